// `verify` without --json: the draft with every number marked, then the findings, for a person.
import type { Verification } from '../core/verification.ts'

const MARK = { verified: '✓', mismatch: '✗', unsupported: '?', ignored: '–' } as const

export function renderVerification(text: string, v: Verification): string {
  let out = ''
  let at = 0
  for (const m of v.mentions) {
    out += text.slice(at, m.start)
    const expected = m.status === 'mismatch' && m.expected ? `→${m.expected}` : ''
    out += `⟦${text.slice(m.start, m.end)} ${MARK[m.status]}${expected}⟧`
    at = m.end
  }
  out += text.slice(at)
  const count = (s: keyof typeof MARK) => v.mentions.filter((m) => m.status === s).length
  const lines = [
    out.replace(/\s+$/, ''),
    '',
    '——',
    `核对结果：${v.ok ? '通过' : '未通过'}（✓ 相符 ${count('verified')} 个，✗ 不符 ${count('mismatch')} 个，? 数据中没有 ${count('unsupported')} 个，– 不是数据 ${count('ignored')} 个）`,
  ]
  for (const m of v.mentions) {
    if (m.status === 'verified' && m.derivation) lines.push(`推算 ${m.text} ${m.derivation.formula}`)
    else if (m.status === 'verified' && m.source?.kind === 'note') lines.push(`引自用户说明 ${m.text}`)
    else if (m.status === 'verified' && m.source?.kind === 'cell')
      lines.push(`引自表内文字 ${m.text}（${m.source.section}·${m.source.row}·${m.source.column}）`)
  }
  for (const f of v.findings) {
    const { line, column } = lineColumn(text, f.start)
    lines.push(`${f.severity === 'error' ? '错误' : '提示'} 第${line}行第${column}列 [${f.code}] ${f.message}`)
  }
  return `${lines.join('\n')}\n`
}

function lineColumn(text: string, i: number): { line: number; column: number } {
  const before = text.slice(0, i)
  const line = before.split('\n').length
  return { line, column: i - before.lastIndexOf('\n') }
}
