// A correct draft of about `chars` characters written from a fact sheet, the way the template
// engine writes a variance section: each indicator's target, actual and completion or deviation.
import type { TableAnalysis } from '../src/core/analyze.ts'
import type { Fact } from '../src/core/facts.ts'
import { formatNumber } from '../src/core/format.ts'

export function draftFromSheet(a: TableAnalysis, chars: number, offset = 0): string {
  const byId = a.sheet.byId
  const show = (f: Fact | undefined) => (f ? `${formatNumber(f.value.abs(), f.precision)}${f.unit}` : null)
  const p = a.projects[0]!
  const parts: string[] = []
  const total = byId.get('P1.F0.budget')
  if (total) {
    parts.push(
      `${p.table.project}年初预算${show(total)}，实际投入${show(byId.get('P1.F0.actual'))}，预算执行率${show(byId.get('P1.F0.rate'))}，较年初预算减少${show(byId.get('P1.F0.diff'))}。`,
    )
  }
  const n = p.indicators.length
  for (let k = 0; parts.join('').length < chars && k < n; k++) {
    const i = (k + offset) % n
    const row = p.table.indicators[i]!
    const name = row.name.replace(/\s+/g, '')
    const target = byId.get(`P1.I${i}.target`)
    const actual = byId.get(`P1.I${i}.actual`)
    if (!target || !actual) continue
    let s = `${name}指标值为${target.display}，实际完成值为${show(actual)}`
    const completion = byId.get(`P1.I${i}.completion`)
    const deviation = byId.get(`P1.I${i}.deviation`)
    if (completion) s += `，完成率${show(completion)}`
    else if (deviation && !deviation.value.isZero)
      s += `，较指标值${deviation.value.sign < 0 ? '减少' : '增加'}${show(deviation)}`
    parts.push(`${s}。`)
  }
  return parts.join('')
}
