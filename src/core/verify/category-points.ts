// Points a writer gives a category of indicators: each of its indicators' ("产出指标4项各得12.5分")
// and its subtotal ("产出指标分值50分，自评得分50分", "效益指标…各得10分，合计30分"). The category is
// the last one the sentence names before the number; the projects are those in scope.
import type { TableAnalysis } from '../analyze.ts'
import type { Fact } from '../facts.ts'
import { formatNumber } from '../format.ts'
import { unsigned, valueMatches, type WrittenValue } from './value-match.ts'

export type PointsDerivation = { op: 'score'; factIds: string[]; formula: string }

/** 各得10分, 每项12.5分, 均为15分 */
const EACH = /(各|每项|每个|每条|均|都)(得|为|计|获得|得分|可得|赋|占)?[\s*]*约?$/
/** 自评得分50分, 得分27分, 合计30分: the category's points … */
const SUBTOTAL = /(得分|自评得分|自评|得|合计|小计|共计|共)(为|了)?[\s*]*约?$/
/** … or its weight */
const WEIGHT = /(分值|权重|满分)(为|是)?[\s*]*$/
/** the category a sentence names: 产出指标, 效益类指标 */
const CATEGORY = /(产出|效益|满意度|成本)(类)?指标/g

/**
 * The last category named in `before` (the sentence up to the number): 产出指标 …, or a first-level
 * name of the table's own (项目决策, 项目管理): the core a row's 一级指标 contains.
 */
function category(a: TableAnalysis, before: string): string | null {
  let best: { at: number; core: string } | null = null
  const m = [...before.matchAll(CATEGORY)].pop()
  if (m) best = { at: m.index, core: m[1]! }
  for (const p of a.projects)
    for (const row of p.table.indicators) {
      const core = row.level1
        .replace(/\s+/g, '')
        .replace(/[（(].*$/, '')
        .replace(/指标$/, '')
      if (core.length < 2) continue
      const at = before.lastIndexOf(core)
      if (at >= 0 && (!best || at > best.at)) best = { at, core }
    }
  return best?.core ?? null
}

/** Each indicator of the category has the written points (or weight, 分值/权重). */
export function eachIndicator(
  a: TableAnalysis,
  projects: readonly string[],
  written: WrittenValue,
  sentenceBefore: string,
  clauseBefore: string,
): PointsDerivation | null {
  if (written.unit !== '分' || !EACH.test(clauseBefore)) return null
  const core = category(a, sentenceBefore)
  if (!core) return null
  const weights = /分值|权重|满分/.test(clauseBefore)
  const facts: Fact[] = []
  for (const project of a.projects) {
    if (!projects.includes(project.key)) continue
    project.table.indicators.forEach((row, i) => {
      if (!row.level1.includes(core)) return
      const own = a.sheet.byId.get(`${project.key}.I${i}.${weights ? 'weight' : 'theirScore'}`)
      const f = own ?? (weights ? undefined : a.sheet.byId.get(`${project.key}.I${i}.score`))
      if (f) facts.push(f)
    })
  }
  if (facts.length < 2 || !facts.every((f) => valueMatches(unsigned(written), f))) return null
  return {
    op: 'score',
    factIds: facts.map((f) => f.id),
    formula: `= ${facts.map((f) => formatNumber(f.exact, 6)).join('、')}（${core}指标各项）`,
  }
}

/** The category's subtotal of points (the table's or by the scoring rule) or of weights. */
export function categorySubtotal(
  a: TableAnalysis,
  projects: readonly string[],
  written: WrittenValue,
  sentenceBefore: string,
  clauseBefore: string,
): Fact | null {
  if (written.unit !== '分') return null
  const weights = WEIGHT.test(clauseBefore)
  if (!weights && !SUBTOTAL.test(clauseBefore)) return null
  const core = category(a, sentenceBefore)
  if (!core) return null
  // the table's own subtotal first (自评得分), then the one by the scoring rule
  const kinds = weights ? ['weight'] : ['theirs', 'score']
  for (const kind of kinds)
    for (const key of projects)
      for (const f of a.sheet.facts)
        if (
          f.table === key &&
          f.id.endsWith(`.${kind}`) &&
          /\.sub\.L1\.\d+\./.test(f.id) &&
          f.subject.includes(core) &&
          valueMatches(unsigned(written), f)
        )
          return f
  return null
}
