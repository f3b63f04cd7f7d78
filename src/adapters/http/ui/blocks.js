// An assistant text as the server rendered it (sanitized HTML, numbers marked), with its
// summary line and the findings that are not about a single number.
import { el } from './dom.js'
import { bindMarks } from './fact-card.js'

/** The marked-up HTML, its summary line and the findings that are not about one number. */
export function renderedBlock(rendered, verification) {
  const wrap = el('div', 'verified-block')
  const body = el('div', 'rendered')
  body.innerHTML = rendered.html // sanitized on the server; numbers marked there
  if (verification) bindMarks(body, verification)
  wrap.append(body)
  if (rendered.summary) {
    const s = rendered.summary
    const cls = s.counts.mismatch || s.counts.unsupported || s.otherErrors ? 'summary has-problems' : 'summary'
    wrap.append(el('p', cls, s.text))
  }
  const findings = (verification?.findings ?? []).filter(
    (f) => f.severity === 'error' && !overlapsMention(f, verification),
  )
  if (findings.length) {
    const ul = el('ul', 'findings')
    for (const f of findings) ul.append(el('li', '', `✗ ${f.message}`))
    wrap.append(ul)
  }
  return wrap
}

function overlapsMention(f, v) {
  return v.mentions.some((m) => m.start < f.end && m.end > f.start && m.status !== 'verified')
}
