// The example question the chat's help offers, fitted to the table: a project that overspent is
// asked about 超出预算, one that underspent about 低于预算.
import type { TableAnalysis } from '../core/analyze.ts'

export function varianceExample(a: TableAnalysis): string {
  for (const p of a.projects) {
    const row = (p.funding.total ?? p.funding.rows[0])?.row
    const actual = row?.actual
    const budget = row?.fullYearBudget ?? row?.budget
    if (actual && budget && !actual.eq(budget)) {
      return `为什么${p.table.project}实际支出${actual.gt(budget) ? '超出' : '低于'}预算？`
    }
  }
  const project = a.projects[0]?.table.project ?? '某项目'
  return `为什么${project}实际支出与预算有差异？`
}
