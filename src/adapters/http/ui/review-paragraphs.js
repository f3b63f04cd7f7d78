// A reviewed report's narrative: each paragraph with its data numbers marked by state (colour and
// glyph) and its findings under it. Numbers that are not data carry no visible mark. Text goes in
// as text; the marks are elements built here.
import { el } from './dom.js'
import { bindMarks } from './fact-card.js'

const MARK = {
  verified: { glyph: '✓', text: '已核实' },
  mismatch: { glyph: '✗', text: '与数据不符' },
  unsupported: { glyph: '?', text: '数据中没有' },
}

export function renderParagraphs(host, review) {
  host.replaceChildren(
    ...review.paragraphs.map((p) => {
      const box = el('div', `review-para${p.ok ? '' : ' has-problems'}`)
      box.dataset.index = String(p.index)
      const tables = [...new Set(p.segments.map((x) => x.table + 1))]
      const against = tables.length && review.tables.length > 1 ? ` · 对照表${tables.join('、表')}` : ''
      const problems = p.findings.filter((f) => f.severity === 'error').length
      box.append(el('p', 'para-head muted', `第${p.index + 1}段${against}${problems ? ` · ✗ ${problems} 处问题` : ''}`))
      const text = el('p', 'para-text')
      if (!p.segments.length) text.append(p.text)
      // each stretch checked against its own table: its numbers' fact cards look ids up there
      for (const seg of p.segments) {
        const inside = (x) => x.start >= seg.start && x.start < seg.end
        const part = el('span', 'segment')
        const mentions = p.mentions.filter(inside)
        part.append(...marked(p.text, mentions, seg.start, seg.end))
        bindMarks(part, { mentions, findings: p.findings.filter(inside) }, review.facts[seg.table])
        text.append(part)
      }
      box.append(text)
      if (p.findings.length) {
        const list = el('ul', 'findings')
        for (const f of p.findings) {
          list.append(el('li', '', `${f.severity === 'error' ? '✗' : '提示'} “${f.text}”：${f.message}`))
        }
        box.append(list)
      }
      return box
    }),
  )
}

/** text[from, to) with the data numbers among `mentions` marked; data-m indexes `mentions`. */
function marked(text, mentions, from, to) {
  const out = []
  let at = from
  mentions.forEach((m, i) => {
    const mark = MARK[m.status]
    if (!mark) return // ignored: not a data value, no mark
    out.push(document.createTextNode(text.slice(at, m.start)))
    const span = el('span', `num num-${m.status}`, text.slice(m.start, m.end))
    span.dataset.m = String(i)
    span.tabIndex = 0
    span.setAttribute('role', 'button')
    span.setAttribute('aria-label', `${text.slice(m.start, m.end)}：${mark.text}`)
    const glyph = el('span', 'glyph', mark.glyph)
    glyph.setAttribute('aria-hidden', 'true')
    span.append(glyph)
    out.push(span)
    at = m.end
  })
  out.push(document.createTextNode(text.slice(at, to)))
  return out
}
