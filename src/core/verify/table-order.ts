// "四项指标的分值分别为25、25、30、10分": a 分别 list that names no row, after a count of the table's
// indicator rows and the name of one of their columns, gives that column row by row in table order.
// Only a list as long as the rows are many, every value its row's, pairs: a list that does not is
// left to the other readings (and so is any table with more than one project).
import type { TableAnalysis } from '../analyze.ts'
import { Decimal } from '../decimal.ts'
import type { Fact } from '../facts.ts'
import type { FoundNumber } from '../numbers/find-numbers.ts'
import { projectsNumeral } from './counts.ts'
import type { TextStructure } from './text-structure.ts'

/** a count of indicator rows and a column, right before 分别 (group 1: the count, group 2: the column) */
const ROWS_AND_COLUMN =
  /([一二两三四五六七八九十\d]+)[项个](?:绩效)?指标(?:的|之)?(分值|权重|自评得分|得分|指标值|目标值|实际完成值|实际值|完成值|完成率)$/

const COLUMN_ROLE: Readonly<Record<string, string>> = {
  分值: 'weight',
  权重: 'weight',
  得分: 'theirScore',
  自评得分: 'theirScore',
  指标值: 'target',
  目标值: 'target',
  实际完成值: 'actual',
  实际值: 'actual',
  完成值: 'actual',
  完成率: 'completion',
}

/** how far before the number the 分别 and the count are looked for */
const REACH = 80

/**
 * The fact the number at `k` is, read in table order, and whether it agrees with it; null when the
 * clause is no such list. Of three or more values one may disagree (the slip is that value's); two
 * or more disagreeing say the list is not in table order.
 */
export function tableOrderFact(
  t: string,
  s: TextStructure,
  numbers: readonly FoundNumber[],
  k: number,
  analysis: TableAnalysis,
): { fact: Fact; agrees: boolean } | null {
  if (analysis.department !== null || analysis.projects.length !== 1) return null
  const n = numbers[k]!
  const from = Math.max(s.clauseStart(n.start), n.start - REACH)
  const before = t.slice(from, n.start)
  const at = before.lastIndexOf('分别')
  if (at < 0) return null
  const m = ROWS_AND_COLUMN.exec(before.slice(0, at).trimEnd())
  if (!m) return null
  const project = analysis.projects[0]!
  const rows = project.indicators
  const count = projectsNumeral(m[1]!)
  if (!count?.eq(Decimal.of(BigInt(rows.length))) || rows.length < 2) return null
  const start = from + at
  const end = s.clauseEnd(start)
  const group = numbers.filter((x) => x.ignored === null && x.start > start && x.start < end)
  if (group.length !== rows.length) return null
  const role = COLUMN_ROLE[m[2]!]!
  const facts = rows.map((r) => analysis.sheet.byId.get(`${project.key}.I${r.index}.${role}`))
  if (facts.some((f) => !f)) return null
  const differs = facts.filter((f, j) => !f!.exact.eq(group[j]!.value)).length
  if (differs > (rows.length >= 3 ? 1 : 0)) return null
  const i = group.indexOf(n)
  return { fact: facts[i]!, agrees: facts[i]!.exact.eq(n.value) }
}
