// `review` without --json: each paragraph with its numbers marked (as `verify` prints a draft),
// the findings under it, then the summary, for a person.
import type { ReviewResult } from '../app/review/review-types.ts'

const MARK = { verified: '✓', mismatch: '✗', unsupported: '?', ignored: '–' } as const

export function renderReview(file: string, r: ReviewResult): string {
  const lines: string[] = [`${file}：识别出 ${r.tables.length} 张表，正文 ${r.paragraphs.length} 段`]
  for (const t of r.tableInfo) lines.push(`  表${t.index + 1}：${t.name}`)
  for (const p of r.paragraphs) {
    let out = ''
    let at = 0
    for (const m of p.mentions) {
      out += p.text.slice(at, m.start)
      const expected = m.status === 'mismatch' && m.expected ? `→${m.expected}` : ''
      out += `⟦${p.text.slice(m.start, m.end)} ${MARK[m.status]}${expected}⟧`
      at = m.end
    }
    out += p.text.slice(at)
    const tables = [...new Set(p.segments.map((x) => x.table + 1))]
    const against = tables.length && r.tables.length > 1 ? `（对照表${tables.join('、表')}）` : ''
    lines.push('', `第${p.index + 1}段${against}${p.ok ? '' : ' ✗'}：${out.trim()}`)
    for (const f of p.findings) {
      lines.push(`  ${f.severity === 'error' ? '错误' : '提示'} [${f.code}] “${f.text}”：${f.message}`)
    }
  }
  const s = r.summary
  lines.push(
    '',
    '——',
    `审核结果：${s.errors ? '未通过' : '通过'}。共 ${s.numbers} 个数字：✓ 相符 ${s.verified} 个，✗ 不符 ${s.mismatch} 个，? 数据中没有 ${s.unsupported} 个，– 不是数据 ${s.ignored} 个；错误 ${s.errors} 处，提示 ${s.warnings} 处`,
  )
  if (r.warnings.length) {
    lines.push('', '表格提示：')
    for (const w of r.warnings) {
      const t = w.table !== null ? `表${w.table + 1} ` : ''
      lines.push(`  ${t}[${w.code}] ${w.message}`)
    }
  }
  return `${lines.join('\n')}\n`
}
