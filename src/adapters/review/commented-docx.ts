// The original report with a Word comment (批注) anchored at each flagged number. Only comment
// markup is added: a run holding a flagged number is split where the number starts and ends
// (both halves keep the run's properties), so the text and its formatting stay as they were.
// The comments go to word/comments.xml (created, or appended to with ids after the existing ones).
import JSZip from 'jszip'
import { findingNote } from '../../app/review/finding-note.ts'
import type { ReviewResult } from '../../app/review/review-types.ts'
import { InputError } from '../../core/input-error.ts'
import { childrenOf, tagOf, type XmlNode } from '../import/ooxml-nodes.ts'
import { layoutTablesOf, narrativeParagraphs, readParagraph, runChildText } from './docx-narrative.ts'
import { buildDocumentXml, parseDocumentXml } from './ooxml-parse.ts'

export type CommentOptions = { author?: string; initials?: string }

const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments'
const COMMENTS_CONTENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml'
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

export async function commentedDocx(
  bytes: Uint8Array,
  review: ReviewResult,
  options: CommentOptions = {},
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes)
  const entry = zip.file('word/document.xml')
  if (!entry) {
    throw new InputError([
      {
        path: '$',
        message: '只有 Word 原件（.docx）可以加批注',
        messageEn: 'comments can only be added to a .docx original',
      },
    ])
  }
  const root = parseDocumentXml(await entry.async('string'))
  const layout = layoutTablesOf(review.warnings.filter((w) => w.origin === 'import'))
  const paragraphs = narrativeParagraphs(root, layout)
  const same =
    paragraphs.length === review.paragraphs.length && paragraphs.every((p, i) => p.text === review.paragraphs[i]!.text)
  if (!same) throw new Error('the review does not belong to this document')

  const existing = zip.file('word/comments.xml')
  let commentsXml = existing ? await existing.async('string') : null
  let id =
    1 + Math.max(-1, ...[...(commentsXml ?? '').matchAll(/<w:comment\b[^>]*\bw:id="(\d+)"/g)].map((m) => Number(m[1])))
  const author = escapeXml(options.author ?? 'jixiao 数字核对')
  const initials = escapeXml(options.initials ?? 'JX')
  const comments: string[] = []
  review.paragraphs.forEach((rp, i) => {
    for (const f of rp.findings) {
      const start = Math.max(0, Math.min(f.start, rp.text.length - 1))
      const end = Math.max(start + 1, Math.min(f.end, rp.text.length))
      anchor(paragraphs[i]!.node, start, end, id)
      const lines = findingNote(f).split('\n')
      comments.push(
        `<w:comment w:id="${id}" w:author="${author}" w:initials="${initials}">${lines
          .map((l) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(l)}</w:t></w:r></w:p>`)
          .join('')}</w:comment>`,
      )
      id++
    }
  })
  if (!comments.length) return bytes

  zip.file('word/document.xml', buildDocumentXml(root))
  commentsXml ??= `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}"></w:comments>`
  commentsXml = commentsXml.includes('</w:comments>')
    ? commentsXml.replace('</w:comments>', `${comments.join('')}</w:comments>`)
    : commentsXml.replace(/<w:comments([^>]*)\/>/, `<w:comments$1>${comments.join('')}</w:comments>`)
  zip.file('word/comments.xml', commentsXml)
  await ensurePart(zip)
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

/** commentRangeStart before the character `start`, commentRangeEnd and the reference after `end - 1`. */
function anchor(p: XmlNode, start: number, end: number, id: number): void {
  const after = boundary(p, end)
  after.siblings.splice(
    after.index,
    0,
    { 'w:commentRangeEnd': [], ':@': { 'w:id': String(id) } },
    { 'w:r': [{ 'w:commentReference': [], ':@': { 'w:id': String(id) } }] },
  )
  const before = boundary(p, start)
  before.siblings.splice(before.index, 0, { 'w:commentRangeStart': [], ':@': { 'w:id': String(id) } })
}

/** Where in the paragraph's tree a marker goes to stand exactly before character `pos` (splitting a run if need be). */
function boundary(p: XmlNode, pos: number): { siblings: XmlNode[]; index: number } {
  const { text, pieces } = readParagraph(p)
  if (pos >= text.length) {
    const last = pieces.at(-1)!
    return { siblings: last.siblings, index: last.siblings.indexOf(last.run) + 1 }
  }
  const piece = pieces.find((x) => x.start <= pos && pos < x.end)!
  const at = piece.siblings.indexOf(piece.run)
  const children = childrenOf(piece.run)
  const first = children.findIndex((c) => runChildText(c))
  const ci = children.indexOf(piece.child)
  if (pos === piece.start && ci === first) return { siblings: piece.siblings, index: at }
  const props = children.filter((c) => tagOf(c) === 'w:rPr')
  const rest = children.filter((c) => tagOf(c) !== 'w:rPr')
  const ri = rest.indexOf(piece.child)
  let left: XmlNode[]
  let right: XmlNode[]
  if (pos === piece.start) {
    left = rest.slice(0, ri)
    right = rest.slice(ri)
  } else {
    const t = runChildText(piece.child)!
    const k = pos - piece.start
    left = [...rest.slice(0, ri), textNode(piece.child, t.slice(0, k))]
    right = [textNode(piece.child, t.slice(k)), ...rest.slice(ri + 1)]
  }
  const attrs = piece.run[':@']
  const run = (kids: XmlNode[]): XmlNode => ({ 'w:r': [...props, ...kids], ...(attrs ? { ':@': attrs } : {}) })
  piece.siblings.splice(at, 1, run(left), run(right))
  return { siblings: piece.siblings, index: at + 1 }
}

function textNode(original: XmlNode, text: string): XmlNode {
  const attrs = { ...((original[':@'] as Record<string, string> | undefined) ?? {}), 'xml:space': 'preserve' }
  return { 'w:t': [{ '#text': text }], ':@': attrs }
}

/** The relationship to comments.xml and its content type, unless the document has them. */
async function ensurePart(zip: JSZip): Promise<void> {
  const relsPath = 'word/_rels/document.xml.rels'
  let rels =
    (await zip.file(relsPath)?.async('string')) ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
  if (!rels.includes(COMMENTS_TYPE)) {
    rels = rels.replace(
      '</Relationships>',
      `<Relationship Id="rIdJixiaoComments" Type="${COMMENTS_TYPE}" Target="comments.xml"/></Relationships>`,
    )
    zip.file(relsPath, rels)
  }
  const typesPath = '[Content_Types].xml'
  let types = (await zip.file(typesPath)?.async('string')) ?? ''
  if (!types.includes('/word/comments.xml')) {
    types = types.replace(
      '</Types>',
      `<Override PartName="/word/comments.xml" ContentType="${COMMENTS_CONTENT}"/></Types>`,
    )
    zip.file(typesPath, types)
  }
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
}
