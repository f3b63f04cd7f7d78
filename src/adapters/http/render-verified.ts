// Markdown to safe HTML, with every number the verifier found wrapped in a marker of its state.
// Mentions index the raw text, so markers go into the raw text first — as private-use characters
// that markdown leaves alone — and become elements only after the HTML is sanitized. Raw HTML in
// the text (a table cell, model output) is escaped by the renderer and shown as text.
import { Marked } from 'marked'
import sanitizeHtml from 'sanitize-html'
import type { Mention, MentionStatus, Verification } from '../../core/verification.ts'
import { STATUS_ZH, summarizeVerification, type VerificationSummary } from '../../app/verification-summary.ts'

const OPEN = '\uE000'
const MID = '\uE001'
const CLOSE = '\uE002'
/** mention i is written as the character INDEX_BASE + i */
const INDEX_BASE = 0xe100
const MAX_MARKED = 0xefff - INDEX_BASE
const PRIVATE_USE = /[\uE000-\uF8FF]/g

export const GLYPHS: Record<MentionStatus, string> = {
  verified: '✓',
  mismatch: '✗',
  unsupported: '?',
  ignored: '·',
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const marked = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    html: ({ text }) => escapeHtml(text),
    // A link or an image in a table cell, a note or a model's answer is shown as it was written,
    // never followed or loaded: text from a table must not become a live link on the page.
    link: ({ raw }) => escapeHtml(raw),
    image: ({ raw }) => escapeHtml(raw),
  },
})

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'b',
    'i',
    'del',
    'ul',
    'ol',
    'li',
    'blockquote',
    'code',
    'pre',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  // No URI attributes at all (links are rendered as text above).
  allowedAttributes: { ol: ['start'] },
  allowedSchemes: [],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
}

export type RenderedText = { html: string; summary: VerificationSummary | null }

/** Sanitized HTML of a markdown text; numbers marked when a verification is given. */
export function renderVerified(text: string, verification: Verification | null): RenderedText {
  const clean = text.replace(PRIVATE_USE, '\uFFFD')
  const mentions = verification?.mentions ?? []
  const source = verification ? insertMarkers(clean, mentions) : clean
  const html = sanitizeHtml(marked.parse(source, { async: false }), SANITIZE)
  const withMarks = verification ? markersToElements(html, mentions) : html
  return {
    // A 【待补充：…】 placeholder (data the unit must still supply) stands out.
    html: withMarks.replace(/【待补充[^】<]*】/g, (m) => `<mark class="todo">${m}</mark>`),
    summary: verification ? summarizeVerification(verification) : null,
  }
}

function insertMarkers(text: string, mentions: readonly Mention[]): string {
  const order = mentions
    .map((m, i) => ({ m, i }))
    .filter(({ m, i }) => i <= MAX_MARKED && m.start >= 0 && m.end <= text.length && m.start < m.end)
    .sort((a, b) => a.m.start - b.m.start)
  let out = ''
  let at = 0
  for (const { m, i } of order) {
    if (m.start < at || isListMarker(text, m)) continue
    out += text.slice(at, m.start) + OPEN + String.fromCharCode(INDEX_BASE + i) + MID
    out += text.slice(m.start, m.end) + CLOSE
    at = m.end
  }
  return out + text.slice(at)
}

/** "1. " at the start of a line: a marker before it would stop markdown reading a list. */
function isListMarker(text: string, m: Mention): boolean {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1
  return /^\s*$/.test(text.slice(lineStart, m.start)) && /^[.)]\s/.test(text.slice(m.end, m.end + 2))
}

const PAIR = new RegExp(`${OPEN}([\\uE100-\\uEFFF])${MID}([^<${OPEN}${CLOSE}]*)${CLOSE}`, 'g')
const LONE_OPEN = new RegExp(`${OPEN}([\\uE100-\\uEFFF])${MID}`, 'g')

function markersToElements(html: string, mentions: readonly Mention[]): string {
  const span = (index: string, content: string) => {
    const i = index.charCodeAt(0) - INDEX_BASE
    const m = mentions[i]!
    // A number that is not data (四型平安小区, 一是, （一）, 下一步) stays plain text: no glyph, no
    // button. The span only lets the page reveal these on request (显示全部数字).
    if (m.status === 'ignored') return `<span class="num-plain" data-m="${i}">${content}</span>`
    const label = `${m.text}：${STATUS_ZH[m.status]}，按回车查看来源`
    return (
      `<span class="num num-${m.status}" data-m="${i}" tabindex="0" role="button" aria-label="${escapeHtml(label)}">` +
      `${content}<span class="glyph" aria-hidden="true">${GLYPHS[m.status]}</span></span>`
    )
  }
  // A mention cut by markup (half inside **bold**) keeps its glyph, placed where it starts.
  return html
    .replace(PAIR, (_, index: string, content: string) => span(index, content))
    .replace(LONE_OPEN, (_, index: string) => span(index, ''))
    .replace(new RegExp(CLOSE, 'g'), '')
}
