// Points a writer gives a category of indicators: each of its indicators' ("产出指标4项各得12.5分")
// and its subtotal ("产出指标分值50分，自评得分50分", "效益指标…各得10分，合计30分"). The category is
// the last one the sentence names before the number; the projects are those in scope.
import type { TableAnalysis } from '../analyze.ts'
import { Decimal } from '../decimal.ts'
import type { Fact } from '../facts.ts'
import { formatNumber } from '../format.ts'
import { unsigned, valueMatches, type WrittenValue } from './value-match.ts'

/** What the number's reading gives: the projects in scope, the number, the sentence and clause up to it. */
export type PointsQuery = {
  a: TableAnalysis
  projects: readonly string[]
  written: WrittenValue
  sentenceBefore: string
  clauseBefore: string
}

export type PointsDerivation = { op: 'score' | 'share'; factIds: string[]; formula: string }

/** 各得10分, 每项12.5分, 均为15分 */
const EACH = /(各|每项|每个|每条|均|都)(得|为|计|获得|得分|可得|赋|占)?[\s*]*约?$/
/** 自评得分50分, 得分27分, 合计30分: the category's points … */
const SUBTOTAL = /(得分|自评得分|自评|得|合计|小计|共计|共)(为|了)?[\s*]*约?$/
/** … or its weight */
const WEIGHT = /(分值|权重|满分)(合计|小计|共计)?(为|是)?[\s*]*$/
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
  for (const core of tableCores(a)) {
    const at = before.lastIndexOf(core)
    if (at >= 0 && (!best || at > best.at)) best = { at, core }
  }
  return best?.core ?? null
}

/** The cores of a table's own first-level names (项目决策 of 项目决策指标, 产出 of 产出指标（50分）). */
function tableCores(a: TableAnalysis): string[] {
  const out = new Set<string>()
  for (const p of a.projects)
    for (const row of p.table.indicators) {
      const core = categoryCore(row.level1)
      if (core.length >= 2) out.add(core)
    }
  return [...out]
}

/** The core a draft names a category by: 项目决策 of 项目决策指标, 产出 of 产出指标（50分）, 社会效益 of 社会效益类指标. */
export function categoryCore(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/[（(].*$/, '')
    .replace(/(类)?指标$/, '')
}

/** 分别, 依次: the numbers after it go with the names listed before it, in order */
const RESPECTIVE = /(分别|依次)(为|是|得|计)?/g

/**
 * "产出指标4项、效益指标3项、满意度指标2项，分值分别为40分、30分、20分": the category of the listed
 * ones this number stands for — the n-th number in points after 分别 takes the n-th category.
 */
function respectiveCategory(a: TableAnalysis, before: string): { core: string; weights: boolean } | null {
  const word = [...before.matchAll(RESPECTIVE)].pop()
  if (!word) return null
  const after = before.slice(word.index + word[0].length)
  if (/[，,；;。]/.test(after.replace(/^[\s*]*/, '').replace(/[\d.]+分[、，,和及\s*]*/g, ''))) return null
  const index = (after.match(/[\d.]+分/g) ?? []).length
  const listed: { at: number; core: string }[] = []
  const head = before.slice(0, word.index)
  for (const core of categoryCores(a)) {
    const at = head.indexOf(core)
    if (at >= 0 && !listed.some((x) => x.core.includes(core) || core.includes(x.core))) listed.push({ at, core })
  }
  listed.sort((x, y) => x.at - y.at)
  const hit = listed[index]
  if (!hit || listed.length < 2) return null
  return { core: hit.core, weights: /分值|权重|满分/.test(before.slice(Math.max(0, word.index - 4), word.index)) }
}

/** The cores of the categories a table has (产出, 效益, 项目决策 …), and the usual ones. */
function categoryCores(a: TableAnalysis): string[] {
  return [...new Set(['产出', '效益', '满意度', '成本', ...tableCores(a)])]
}

/** Each indicator of the category has the written points (or weight, 分值/权重). */
export function eachIndicator(q: PointsQuery): PointsDerivation | null {
  const { a, projects, written, sentenceBefore, clauseBefore } = q
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
export function categorySubtotal(q: PointsQuery): Fact | null {
  const { a, projects, written, sentenceBefore, clauseBefore } = q
  if (written.unit !== '分') return null
  const listed = respectiveCategory(a, sentenceBefore)
  const weights = listed ? listed.weights : WEIGHT.test(clauseBefore)
  if (!listed && !weights && !SUBTOTAL.test(clauseBefore)) return null
  const core = listed ? listed.core : category(a, sentenceBefore)
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

/** "效益指标得分率为96.67%": the category's points over its weight (the table's, then the rule's). */
export function categoryRate(q: PointsQuery): PointsDerivation | null {
  const { a, projects, written, sentenceBefore, clauseBefore } = q
  if (written.unit !== '%' || !/得分率/.test(clauseBefore)) return null
  const core = category(a, sentenceBefore)
  if (!core) return null
  for (const key of projects)
    for (const weight of a.sheet.facts) {
      if (weight.table !== key || !/\.sub\.L1\.\d+\.weight$/.test(weight.id) || !weight.subject.includes(core)) continue
      if (weight.exact.isZero) continue
      for (const kind of ['theirs', 'score']) {
        const points = a.sheet.byId.get(weight.id.replace(/weight$/, kind))
        if (!points) continue
        const rate = points.exact.div(weight.exact, 12)!.mul(Decimal.HUNDRED)
        if (valueMatches(unsigned(written), { ...points, exact: rate, unit: '%', precision: 2 }))
          return {
            op: 'share',
            factIds: [points.id, weight.id],
            formula: `= ${formatNumber(points.exact, 6)} ÷ ${formatNumber(weight.exact, 6)} × 100%`,
          }
      }
    }
  return null
}
