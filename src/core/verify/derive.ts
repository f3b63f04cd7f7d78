// Derivations on demand: a number that matches no fact may be one a writer computed from the rows
// its sentence names — a difference (实际比预算少5.36万元), a gap in percentage points, a share
// (占实际支出的31.98%), a ratio (1.17倍), a sum of named rows, a per-unit figure (人均), the unspent
// share (100% − 执行率), an overspend rate, points lost (分值 − 得分). Only the operation its words
// ask for is tried, and only over the facts of the rows the sentence names (and the totals they
// belong to): searching all pairs of the sheet would let a wrong figure through by accident.
import { Decimal } from '../decimal.ts'
import type { Fact, FactRole } from '../facts.ts'
import { formatNumber } from '../format.ts'
import { isMoneyUnit } from '../units.ts'
import { scoreSideOf } from './score-side.ts'
import { computedValue, factInTextUnit, unsigned, valueMatches, type WrittenValue } from './value-match.ts'

export type DerivationOp =
  | 'difference'
  | 'pp-gap'
  | 'share'
  | 'ratio'
  | 'sum'
  | 'per-unit'
  | 'unspent-share'
  | 'overspend-rate'
  | 'score-lost'
  | 'prior-year'

export type Derivation = {
  op: DerivationOp
  /** the facts it is computed from, in the formula's order */
  factIds: string[]
  /** with the numbers: "= 36 − 30.64" */
  formula: string
  exact: Decimal
  unit: string
  /** for a difference with a direction: the sign the data gives (subject − object) */
  sign?: -1 | 0 | 1
}

export type DeriveRequest = {
  /** the number as written (magnitude and unit) */
  written: WrittenValue
  /** the direction word's sign, when one governs the number */
  direction: -1 | 1 | null
  /** the text of the number's clause before it, and after it */
  before: string
  after: string
  /** the facts of the rows the sentence names (nearest first), and of earlier numbers of the sentence */
  pool: readonly Fact[]
  /** the facts of the numbers written earlier in the sentence (a subset of the pool) */
  earlier: readonly Fact[]
  /** the totals the named rows belong to: a share's whole, a plan of the row a sentence names by default */
  totals: readonly Fact[]
  /** the clause names no subject of its own (", 与合计相差…"): the fact of the number before it */
  subject: Fact | null
  /** roles of a fact the clause clearly names and the number contradicts: no derivation of that kind */
  contradicts: FactRole | null
  /** the clause compares with last year (同比, 较上年): only sums of changes are derived */
  yoy: boolean
  /** CJK characters of the comparison object (比/较 …), to tell subject from object */
  object: ReadonlySet<string> | null
  /**
   * amounts of the two sentences before, in the same block ("- 受益农户收入12万元；- 农户收入是补贴资金的
   * 1.27倍；- 受益人口90人，人均约1333元"): what a ratio or a per-unit figure of a later line builds on
   */
  recent?: readonly Fact[]
  /** counts of 户 and 人 in the projects in scope (indicator cells, quoted goal text): a 户均's divisor */
  heads?: readonly Fact[]
  /** the count of every indicator row of the projects in scope: a share's whole (占指标总数的) */
  rowCounts?: readonly Fact[]
  /** a figure's 同比 rate (prepared.changeOf): its prior-year value is worked back from it */
  changeOf?: ReadonlyMap<string, Fact>
}

export type DeriveResult = {
  derivation: Derivation
  flipped: boolean
  /** for a flipped result, the words the figure should have been written with ("超支率") */
  rightly?: string
}

const HUNDRED = Decimal.HUNDRED
const SCALE = 12
const MAX_POOL = 40
const MAX_SUM_TERMS = 8

const DIFF =
  /差距|相差|差额|差值|缺口|差|超出|超过|高出|高于|低于|少于|多于|不足|少|多|增加|减少|节约|节省|结余|超支|下降|上升|提高|降低|低|高|追加|调增|调减|调整|增|减/
const COMPOUND_MONEY = /^(元|万元)\/([\u4e00-\u9fff])/
const DIFF_AFTER = /^的?(?:尾差|差距|差额|差异|缺口|出入|差值)/
const SHARE = /占|比重|比例|占比|份额|构成|相当于/
const SUM =
  /合计|共计|总计|共|之和|累计|加上|两项|二者|两者|三项|总额|总共|一共|(?<=[\d元%分人项])\s*加(?!强|快|大|紧|以)/
const PER = /人均|户均|每|平均|单价|单位成本|均/
const UNSPENT = /未执行|结余|剩余|未使用|未支出|未支付|未拨付|未到位|结转|沉淀|未完成|尚未/
/** what is left of a plan (not 结转, which names a row: 上年结转资金) */
const LEFT = /剩余|剩下|余下|未使用|未支出|未执行|尚未|尚有|还有|仍有/
/** words naming the whole a row is compared with: 较项目整体执行率, 与合计数相比 */
const WHOLE = /整体|合计|总体|全部|项目总|总额/
const OVER = /超支|超出|超过|超预算|超额/
/** a share's whole that is every indicator row: 占指标总数的, 占全部指标的 */
const OF_ALL_ROWS = /占(?:绩效)?(?:指标总数|全部指标|所有指标|指标总项数|总指标数|指标数)的?\s*$/
/** counts of all the rows of a level (一级指标 3, 二级指标 5, 绩效指标 8) */
const ALL_OF_A_LEVEL = /^(?:[一二三]级指标|绩效指标)$/
/** 一级指标 3 + 二级指标 5 counts nothing (two projects' 绩效指标, 8 + 7, do add up) */
function mixesLevels(set: readonly Fact[]): boolean {
  const levels = new Set(set.filter((f) => f.role === 'count' && ALL_OF_A_LEVEL.test(f.subject)).map((f) => f.subject))
  return levels.size > 1
}
/** 占全年实际投入的, 占实际支出的, 占全年预算的: a share's whole by its role alone, no row's name */
const GENERIC_WHOLE =
  /占(?:项目)?(?:全年|全部|本年|当年)?(?:实际)?(?:投入|支出|执行数|执行|预算|年初预算|全年预算|调整后预算|资金)(?:总额|总数|合计|总计)?的?\s*(?:[\d.]+%\s*(?:和|、|及|与)\s*)*(?:约|近|为|达)?\s*$/
/** the name of a share saved (结余率, 节约比例): never a rate over 100% less 100% */
const SAVING_SHARE = /(?:结余|节余|节约|节省)(?:率|比例|比率|占比)[^，,。；;]{0,6}$/
const OVER_SHARE = /(?:超支|超出|超额)(?:率|比例|比率)[^，,。；;]{0,6}$/
const LOST = /扣|失分|丢分|未得分|减分|比满分少|距满分|离满分/

/** percentages whose gap a writer gives in points (not changes, shares of different wholes …) */
const GAP_ROLES: ReadonlySet<FactRole> = new Set([
  'execution-rate',
  'full-year-execution-rate',
  'completion',
  'actual',
  'target',
  'value',
  'quoted',
])
/** what a writer adds up: amounts and counts of rows, not sums or totals already added */
const SUM_TERM: ReadonlySet<FactRole> = new Set([
  'budget',
  'full-year-budget',
  'actual',
  'value',
  'count',
  'target',
  'weight',
  'score',
  'change',
])
const PLAN: ReadonlySet<FactRole> = new Set(['budget', 'full-year-budget', 'target'])
const REACHED: ReadonlySet<FactRole> = new Set(['actual', 'value', 'total', 'count', 'sum'])
const RATES: ReadonlySet<FactRole> = new Set(['execution-rate', 'full-year-execution-rate', 'completion'])
const COUNT_UNITS = new Set([
  '人',
  '名',
  '户',
  '人次',
  '件',
  '次',
  '个',
  '项',
  '家',
  '所',
  '处',
  '辆',
  '台',
  '公里',
  '亩',
  '平方米',
  '天',
  '份',
  '场',
  '批',
  '条',
  '座',
  '套',
  '间',
  '吨',
  '起',
  '例',
  '宗',
  '只',
  '头',
  '米',
  '盏',
  '株',
  '棵',
  '册',
  '本',
  '张',
  '月',
])

/**
 * The pool cut to MAX_POOL facts — but the figures the sentence itself wrote and verified stay in
 * it, however many rows it names ("…等2个项目开展了绩效自评，合计支出53.34万元，占项目支出的68.37%": the sum
 * is the share's part).
 */
function boundedPool(q: DeriveRequest): readonly Fact[] {
  if (q.pool.length <= MAX_POOL) return q.pool
  const own = new Set(q.earlier)
  const kept = q.pool
    .slice(MAX_POOL)
    .filter((f) => own.has(f))
    .slice(0, MAX_OWN_PAST_CUT)
  return kept.length ? [...q.pool.slice(0, MAX_POOL), ...kept] : q.pool.slice(0, MAX_POOL)
}
/** the sentence's own figures kept beyond the pool's cut */
const MAX_OWN_PAST_CUT = 8

/** The first derivation the sentence's words ask for that agrees with the written number, or null. */
export function derive(request: DeriveRequest): DeriveResult | null {
  // "有0.01分的尾差", "5万元的缺口": a word of difference right after the number asks as one before it does
  let q = DIFF_AFTER.test(request.after) ? { ...request, before: `${request.before}差` } : request
  // "3600元/人·年": a compound unit of money asks for an amount per head, in the money unit
  const per = COMPOUND_MONEY.exec(q.written.unit ?? '')
  if (per) q = { ...q, written: { ...q.written, unit: per[1]! }, before: `${q.before}每${per[2]}` }
  const unit = q.written.unit
  const pool = boundedPool(q)
  const text = q.before + q.after
  const ops: ((q: DeriveRequest, pool: readonly Fact[]) => DeriveResult | null)[] = []
  const same = (roles: readonly FactRole[]) => q.contradicts !== null && roles.includes(q.contradicts)
  // "同比上升132.14%（上年约28人）", "比上年多37人": a prior-year value worked back from the rate
  if (q.changeOf?.size && PRIOR.test(q.before)) ops.push(priorYear)
  if (q.yoy) {
    if (unit !== '%' && SUM.test(text)) ops.push(sums)
  } else if (unit === '倍') ops.push(ratios)
  else if (unit === '百分点' || unit === '个百分点') {
    if (UNSPENT.test(q.before)) ops.push(unspent)
    if (OVER.test(q.before)) ops.push(overspend)
    if (!same(['deviation', 'deviation-rate'])) ops.push(percentGaps)
  } else if (unit === '%') {
    // "全部9项指标中，达成8项，达成率88.89%": a share of two counts the sentence gave; "分值25分，自评24分，
    // 得分率96%": of two points
    if (
      q.earlier.filter((f) => f.role === 'count').length >= 2 ||
      (q.earlier.some((f) => f.role === 'count') && OF_ALL_ROWS.test(q.before))
    )
      ops.push(countShares)
    if (/得分率/.test(q.before) && q.earlier.filter((f) => f.unit === '分').length >= 2) ops.push(pointShares)
    // "两个项目年初预算合计51万元，实际支出合计53.34万元，合并执行率104.59%": the rate of the two sums
    if (/执行率/.test(q.before) && q.earlier.filter((f) => f.id === '~sum').length >= 2) ops.push(summedRate)
    // "各安排30万元，每项各占年初预算90万元的33.33%": a share of two amounts the sentence wrote
    if (SHARE.test(q.before) && q.earlier.length >= 2) ops.push(writtenShares)
    // the unspent share and the overspend rate are of the budget: 占实际支出的 is another whole
    const ofSpent = SHARE.test(q.before) && wholeFamily(q.before) === 'reached'
    if (UNSPENT.test(q.before) && !ofSpent) ops.push(unspent)
    if (OVER.test(q.before) && !ofSpent) ops.push(overspend)
    // a share of a figure derived earlier in the sentence (两项合计53.34万元，占…) is no row's share
    if (SHARE.test(text) && (!same(['share']) || q.earlier.some((f) => f.id.startsWith('~')))) ops.push(shares)
    if ((DIFF.test(q.before) || q.direction) && !same(['deviation', 'deviation-rate']) && !ofSpent)
      ops.push(percentGaps)
  } else if (unit === '分') {
    if (LOST.test(q.before)) ops.push(pointsLost)
    // "预算执行（10分）和产出数量指标（43分），合计53分": points the sentence itself wrote, added up
    if (SUM.test(q.before) && q.earlier.length >= 2) ops.push(earlierSums)
    if (SUM.test(text) && !same(['score', 'sum', 'total'])) ops.push(sums)
    // two scores the sentence wrote ("应得8.62分，表中给了9分，多给了0.38分")
    if ((DIFF.test(q.before) || q.direction) && q.earlier.length >= 2) ops.push(earlierDifferences)
    if (DIFF.test(q.before) || q.direction) ops.push(differences)
  } else {
    if (PER.test(q.before)) ops.push(perUnit)
    if (SUM.test(text) && !same(['sum', 'total'])) ops.push(sums)
    // two figures the sentence itself wrote ("15万元与22.7万元不一致，相差7.7万元") may always be compared
    if ((DIFF.test(q.before) || q.direction) && q.earlier.length >= 2) ops.push(earlierDifferences)
    // 剩余1.4公里, 未使用的资金约5.4万元: what is left of a plan is a difference too
    if (
      (DIFF.test(q.before) || LEFT.test(q.before) || q.direction) &&
      (q.subject || !same(['difference', 'deviation']))
    )
      ops.push(differences)
  }
  for (const op of ops) {
    const hit = op(q, pool)
    if (hit) return hit
  }
  return null
}

/** Does the written magnitude agree with a derived exact value (at the text's precision)? */
function agrees(w: WrittenValue, exact: Decimal, unit: string, precision: number): boolean {
  const pseudo = computedValue(exact.abs(), unit, precision)
  const points = w.unit === '百分点' || w.unit === '个百分点'
  const written: WrittenValue = { ...unsigned(w), unit: points && unit === '%' ? '%' : w.unit }
  return valueMatches(written, pseudo)
}

/** 比98分, 比表头自评得分98分, 较上年的320.94万元: a figure written as the object of a comparison */
const NUMBER_OBJECT = /(?:比|较)[^\d，。；]{0,8}?([\d]+(?:\.\d+)?)\s*(?:万元|元|分|%|人|项|个)?[^\d，。；]{0,6}$/

/** the points of the execution rate, printed on each funding row and given by the rule: one row's */
const EXECUTION_POINTS = /^P\d+\.(?:F\d+\.(?:weight|score)|score\.execution(?:Weight|Theirs)?)$/
const sameRow = (a: Fact, b: Fact) => a.table === b.table && a.subject === b.subject
/** one row as a term of a sum: the execution rate's points are one term however many cells print them */
const sameTerm = (a: Fact, b: Fact) =>
  sameRow(a, b) || (a.table === b.table && EXECUTION_POINTS.test(a.id) && EXECUTION_POINTS.test(b.id))
const family = (r: FactRole) =>
  PLAN.has(r)
    ? r === 'target'
      ? 'target'
      : 'budget'
    : REACHED.has(r) || r === 'quoted'
      ? 'reached'
      : RATES.has(r)
        ? 'rate'
        : r

/** a − b of two facts in the text's unit, and the precision a stated difference is exact at. */
function minus(a: Fact, b: Fact, unit: string | null): { exact: Decimal; precision: number } | null {
  const x = factInTextUnit(a, unit)
  const y = factInTextUnit(b, unit)
  if (x === null || y === null) return null
  // a computed fact (a rate × weight score of 97.24074…) is known to its precision, and may be rounded
  const scale = (f: Fact, v: Decimal) => (f.source.kind === 'cell' ? v.scale : Math.min(v.scale, f.precision))
  return { exact: x.sub(y), precision: Math.max(scale(a, x), scale(b, y)) }
}

/** Which of two facts the sentence compares against (the object of 比/较), or null when unclear. */
function objectOf(q: DeriveRequest, a: Fact, b: Fact): Fact | null {
  if (!q.object) return null
  const score = (f: Fact) => [...f.subject].filter((c) => q.object!.has(c)).length
  const sa = score(a)
  const sb = score(b)
  return sa === sb ? null : sa > sb ? a : b
}

/** The data's sign of a difference, read the way the sentence puts it: reached − plan, subject − object. */
function signOf(q: DeriveRequest, a: Fact, b: Fact): { first: Fact; second: Fact } | null {
  // "94分，比98分还少4分": a figure written right after 比/较 is the object compared with
  const written = NUMBER_OBJECT.exec(q.before)?.[1]
  const v = written ? Decimal.tryParse(written) : null
  if (v && a.exact.eq(v) !== b.exact.eq(v)) return a.exact.eq(v) ? { first: b, second: a } : { first: a, second: b }
  // a result against a plan, of the same row or of the row's twin (a department's line): result − plan
  if (PLAN.has(b.role) && REACHED.has(a.role)) return { first: a, second: b }
  if (PLAN.has(a.role) && REACHED.has(b.role)) return { first: b, second: a }
  // this year against the year before: current − prior
  if (b.role === 'prior-year' && a.role !== 'prior-year') return { first: a, second: b }
  if (a.role === 'prior-year' && b.role !== 'prior-year') return { first: b, second: a }
  // "结余22.14万元，其中…结余20.14万元、…结余2万元": what is left of a difference after its part has
  // the whole's sign
  if (isDifference(a) && isDifference(b) && a.exact.sign === b.exact.sign && !a.exact.abs().eq(b.exact.abs()))
    return a.exact.abs().gt(b.exact.abs()) ? { first: a, second: b } : { first: b, second: a }
  // a score against its weight: score − weight, unless the object is the score ("分值较得分多4分")
  if (a.role === 'weight' && b.role === 'score') return weighed(q, b, a)
  if (b.role === 'weight' && a.role === 'score') return weighed(q, a, b)
  // "成本指标实际值为15万元，比该项目实际投入多7.7万元": a clause with no subject of its own compares
  // the figure before it
  if (q.subject === a || q.subject === b) return q.subject === a ? { first: a, second: b } : { first: b, second: a }
  if (sameRow(a, b)) {
    // the unit's own score against the rules': stated − computed ("多给0.55分")
    if (a.role === 'score' && b.role === 'score' && twoSides(a, b))
      return scoreSideOf(a.id) === 'stated' ? { first: a, second: b } : { first: b, second: a }
    if (a.role === 'full-year-budget' && b.role === 'budget') return { first: a, second: b }
    if (b.role === 'full-year-budget' && a.role === 'budget') return { first: b, second: a }
    return null
  }
  const obj = objectOf(q, a, b)
  // a figure of the user's notes against the table's ("满意度为96.5%", 高于目标值 ≥95%): the notes tell
  // what was reached, the table what was written down
  if (!obj && (a.group === 'note') !== (b.group === 'note'))
    return a.group === 'note' ? { first: a, second: b } : { first: b, second: a }
  if (!obj) return null
  return obj === b ? { first: a, second: b } : { first: b, second: a }
}

function weighed(q: DeriveRequest, score: Fact, weight: Fact): { first: Fact; second: Fact } {
  const o = q.object
  const scoreIsObject = o !== null && (o.has('得') || o.has('评')) && !(o.has('值') || o.has('权') || o.has('满'))
  return scoreIsObject ? { first: weight, second: score } : { first: score, second: weight }
}

function result(
  q: DeriveRequest,
  op: DerivationOp,
  facts: Fact[],
  formula: string,
  exact: Decimal,
  unit: string,
  order: { first: Fact; second: Fact } | null,
): DeriveResult {
  const derivation: Derivation = { op, factIds: facts.map((f) => f.id), formula: `= ${formula}`, exact, unit }
  let flipped = false
  if (order) {
    const sign = (facts[0] === order.first ? exact : exact.neg()).sign as -1 | 0 | 1
    derivation.sign = sign
    if (q.direction && sign !== 0 && sign !== q.direction) flipped = true
  }
  return { derivation, flipped }
}

const num = (d: Decimal) => formatNumber(d, 6)

/** A sum or total and one of the rows it adds up are not two things to compare. */
function inputOf(whole: Fact, part: Fact): boolean {
  return (
    whole.source.kind === 'formula' &&
    (whole.role === 'sum' || whole.role === 'total') &&
    whole.source.inputs.includes(part.id)
  )
}

/**
 * A clause with no subject of its own (", 与合计实际投入相差…") compares the number before it with
 * the row the clause names.
 */
function withSubject(q: DeriveRequest, a: Fact, b: Fact): boolean {
  if (!q.subject) return true
  const other = a === q.subject ? b : b === q.subject ? a : null
  if (other === null) return false
  // "该项目实际投入", "项目合计": the project's 合计 row
  if (q.totals.includes(other) && other.group === 'funding' && /项目|合计|总/.test(q.before)) return true
  // "普及率达到91.2%，比目标高1.2个百分点": the plan of the same row
  if (sameRow(other, q.subject) && PLAN.has(other.role) && /目标|指标值|计划|预算|预期|年初/.test(q.before)) return true
  // (and a figure of the user's notes against the target of the row the words are about)
  if (q.subject.group === 'note' && other.role === 'target' && /目标|指标值|计划|预期/.test(q.before)) return true
  // "总分应为99.8分，比自评高3.8分": the other side of the same score, named by the side it is on
  if (sameScore(other, q.subject) && twoSides(other, q.subject))
    return (scoreSideOf(other.id) === 'stated' ? STATED_SIDE : COMPUTED_SIDE).test(q.before)
  return [...other.subject].every((c) => q.before.includes(c))
}

/** one score: of one row, the total, or the execution rate's however many cells print it */
const sameScore = (a: Fact, b: Fact) =>
  sameTerm(a, b) || (a.table === b.table && TOTAL_SCORE.test(a.id) && TOTAL_SCORE.test(b.id))
const TOTAL_SCORE = /\.score\.(total|theirTotal)$/
/** words for the score the table states, and for the one the rules give */
const STATED_SIDE = /自评|表中|表内|填报|原表/
const COMPUTED_SIDE = /规则|公式|测算|复核|按.{0,6}计算/

/** Pairs that a writer compares: plan and result of one row, or one measure of two rows. */
function comparable(a: Fact, b: Fact): boolean {
  if (a === b || a.exact.eq(b.exact) || inputOf(a, b) || inputOf(b, a)) return false
  if (sameRow(a, b)) {
    const fa = family(a.role)
    const fb = family(b.role)
    return (
      (fa === 'reached' && (fb === 'budget' || fb === 'target')) ||
      (fb === 'reached' && (fa === 'budget' || fa === 'target')) ||
      (a.role === 'budget' && b.role === 'full-year-budget') ||
      (b.role === 'budget' && a.role === 'full-year-budget') ||
      (a.role === 'weight' && b.role === 'score') ||
      (b.role === 'weight' && a.role === 'score') ||
      // the unit's own score against the one the rules give ("自评1.9分，按规则约1.69分，多给约0.2分")
      (a.role === 'score' && b.role === 'score' && twoSides(a, b)) ||
      (RATES.has(a.role) && RATES.has(b.role))
    )
  }
  // what the user's notes say was reached, against a row's target ("实际评出15个，比目标多2个")
  if ((a.group === 'note' && b.role === 'target') || (b.group === 'note' && a.role === 'target')) return true
  return family(a.role) === family(b.role)
}

function earlierDifferences(q: DeriveRequest): DeriveResult | null {
  const unit = q.written.unit
  const pool = q.earlier
  // (a pair the written direction fits wins over one it does not: "| 3 | 2.92 | 多给0.08 |", where 3 is
  // the row's weight as well as its own score)
  let flipped: DeriveResult | null = null
  for (let i = 0; i < pool.length; i++) {
    for (let j = i + 1; j < pool.length; j++) {
      const a = pool[i]!
      const b = pool[j]!
      if (a.unit === '%' || b.unit === '%' || a.exact.eq(b.exact)) continue
      // ("| 1.8 | 1.25 | 多给0.55 |": a bare gap of two figures of one unit written bare before it)
      const u = unit ?? (a.unit === b.unit && a.unit !== '' && !isMoneyUnit(a.unit) ? a.unit : null)
      const d = minus(a, b, u)
      if (!d || !agrees({ ...q.written, unit: u }, d.exact, u ?? '', d.precision)) continue
      const hit = difference(q, a, b, d.exact, u)
      // (after a flipped pair, only one whose order the data gives)
      if (!hit.flipped && (!flipped || hit.derivation.sign !== undefined)) return hit
      flipped ??= hit
    }
  }
  return flipped
}

/** Two to four of the points the sentence wrote before the number, added up. */
function earlierSums(q: DeriveRequest): DeriveResult | null {
  const points = q.earlier.filter((f) => f.unit === '分').slice(-MAX_SUM_TERMS)
  if (points.length < 2) return null
  return subsets(points, (set) => {
    if (set.length > 4) return null
    const total = Decimal.sum(set.map((f) => f.exact))
    const precision = Math.max(...set.map((f) => f.precision))
    return agrees(q.written, total, '分', precision)
      ? result(q, 'sum', set, set.map((f) => num(f.exact)).join(' + '), total, '分', null)
      : null
  })
}

/** a − b, written the way the data reads it (result − plan, subject − object) when that is known. */
function difference(q: DeriveRequest, a: Fact, b: Fact, exact: Decimal, unit: string | null): DeriveResult {
  const order = signOf(q, a, b)
  const [x, y] = order && order.first === b ? [b, a] : [a, b]
  const d = x === a ? exact : exact.neg()
  return result(q, 'difference', [x, y], `${num(x.exact)} − ${num(y.exact)}`, d, unit ?? a.unit, order)
}

function differences(q: DeriveRequest, named: readonly Fact[]): DeriveResult | null {
  const unit = q.written.unit
  // a row named by default (合计) only when the sentence names no funding row of its own
  // (and, when the sentence names one funding row, the rest of it: 年初预算500万元，年中追加20.5万元 is
  // that row's 全年 − 年初)
  const rows = named.filter((f) => f.group === 'funding')
  const one = rows.length > 0 && rows.every((f) => sameRow(f, rows[0]!))
  const base = rows.length
    ? [...named, ...(one ? q.totals.filter((t) => !named.includes(t) && sameRow(rows[0]!, t)) : [])]
    : [...named, ...q.totals.filter((f) => f.group === 'funding' && !named.includes(f))]
  // "全年预算调整为520.5万元，较年初增加20.5万元": a clause with no subject of its own compares the figure
  // before it with its own row's other columns
  const subject = q.subject
  const pool = subject ? [...base, ...q.totals.filter((t) => !base.includes(t) && sameRow(t, subject))] : base
  for (let i = 0; i < pool.length; i++) {
    for (let j = i + 1; j < pool.length; j++) {
      const a = pool[i]!
      const b = pool[j]!
      if (a.unit === '%' || b.unit === '%' || !comparable(a, b)) continue
      if (!withSubject(q, a, b)) continue
      const d = minus(a, b, unit)
      if (!d || !agrees(q.written, d.exact, unit ?? '', d.precision)) continue
      return difference(q, a, b, d.exact, unit)
    }
  }
  return null
}

/**
 * "| 合计 | 15 | 22.7 | 100% |": the whole's own share, 100%, on the row of the whole itself (the
 * row the sentence names first is a total, and the words call it one).
 */
function ownWhole(q: DeriveRequest, named: readonly Fact[]): Fact | null {
  if (!q.written.value.eq(HUNDRED) || !/合计|总计|小计|总额|总体|整体/.test(q.before)) return null
  const first = named[0]
  if (!first || !q.totals.includes(first)) return null
  const row = named.filter((f) => sameRow(f, first) && f.unit !== '%' && !f.exact.isZero)
  const want = wholeFamily(q.before)
  return row.find((f) => family(f.role) === want) ?? row[0] ?? null
}

/** the unit's own score and the one the rules give, of one row (either way round; not points lost, which
 * run the other way) */
const twoSides = (a: Fact, b: Fact) => {
  if (LOST_ID.test(a.id) || LOST_ID.test(b.id)) return false
  const x = scoreSideOf(a.id)
  return x !== null && scoreSideOf(b.id) !== null && x !== scoreSideOf(b.id)
}
const LOST_ID = /[lL]ost$/

const inputsOf = (f: Fact): readonly string[] => (f.source.kind === 'formula' ? f.source.inputs : [])

/** A row's difference against its 年初 or its 全年 budget. */
const isDifference = (f: Fact) => f.role === 'difference' || f.role === 'full-year-difference'

/** part ÷ whole as a share, when the written percentage agrees with it (`x`: the part in the whole's unit). */
function shareOf(q: DeriveRequest, part: Fact, whole: Fact, x: Decimal = part.exact): DeriveResult | null {
  // (a gap's share is of its size: 差10.84万元，占35.4%)
  const size = isDifference(part) ? x.abs() : x
  const share = size.div(whole.exact, SCALE)!.mul(HUNDRED)
  const shown = isDifference(part) ? part.exact.abs() : part.exact
  return agrees(q.written, share, '%', 2)
    ? result(q, 'share', [part, whole], `${num(shown)} ÷ ${num(whole.exact)} × 100%`, share, '%', null)
    : null
}

/** A count over another count the sentence wrote before (8 of 9 indicators met: 88.89%). */
function countShares(q: DeriveRequest): DeriveResult | null {
  const counts = q.earlier.filter((f) => f.role === 'count' && !f.exact.isZero)
  // "全年完成15项，占指标总数的93.75%": the whole may be a count the words name (the pool), not written
  const wholes = OF_ALL_ROWS.test(q.before)
    ? [...counts, ...(q.rowCounts ?? []).filter((f) => !counts.includes(f))]
    : counts
  for (const whole of wholes)
    for (const part of counts) {
      // (达成8个 of 8: 100%)
      if (part === whole || part.exact.gt(whole.exact)) continue
      const hit = shareOf(q, part, whole)
      if (hit) return hit
    }
  return null
}

/** The inputs of a sum the sentence derived, when all are in one of the roles (by their ids' last part). */
function sumOf(f: Fact, roles: RegExp): boolean {
  return f.id === '~sum' && f.source.kind === 'formula' && f.source.inputs.every((id) => roles.test(id))
}

/** A sum of actuals over a sum of budgets the sentence derived before: their execution rate. */
function summedRate(q: DeriveRequest): DeriveResult | null {
  for (const part of q.earlier.filter((f) => sumOf(f, /\.actual$/)))
    for (const whole of q.earlier.filter((f) => sumOf(f, /\.(budget|fullYearBudget)$/)))
      if (!whole.exact.isZero) {
        const hit = shareOf(q, part, whole)
        if (hit) return hit
      }
  return null
}

/** Points scored over the weight the sentence wrote before (分值25分，自评24分，得分率96%). */
function pointShares(q: DeriveRequest): DeriveResult | null {
  const points = q.earlier.filter((f) => f.unit === '分' && !f.exact.isZero)
  for (const whole of points)
    for (const part of points) {
      if (part === whole || whole.role !== 'weight' || part.role !== 'score' || part.exact.gt(whole.exact)) continue
      const hit = shareOf(q, part, whole)
      if (hit) return hit
    }
  return null
}

/**
 * An amount over another the sentence wrote before, the whole written after 占 itself
 * (每项各占年初预算90万元的33.33%): the last figure before the number, the parts before it.
 */
function writtenShares(q: DeriveRequest): DeriveResult | null {
  if (!/占[^，。；,;]*\d[^，。；,;]*的?\s*$/.test(q.before)) return null
  const amounts = q.earlier.filter((f) => f.unit !== '%' && !f.exact.isZero && f.role !== 'count')
  const whole = amounts[amounts.length - 1]
  if (!whole || whole !== q.earlier[q.earlier.length - 1]) return null
  // points only of points ("产出指标自评合计48分，占该类分值50分的96%")
  const points = whole.unit === '分'
  for (const part of amounts) {
    if (part === whole || !part.exact.abs().lt(whole.exact.abs()) || (part.unit === '分') !== points) continue
    const x = factInTextUnit(part, whole.unit)
    const hit = x && shareOf(q, part, whole, x)
    if (hit) return hit
  }
  return null
}

/** The pool and, after it, the amounts of the sentences just before. */
function withRecent(q: DeriveRequest, pool: readonly Fact[]): Fact[] {
  // only for a figure of two significant digits or more: "约0.2万元" agrees with too many quotients
  if (significantDigits(q.written.value) < 2) return [...pool]
  return [...pool, ...(q.recent ?? []).filter((f) => !pool.includes(f))]
}

function significantDigits(v: Decimal): number {
  return v.abs().trimmed().units.toString().replace(/^0+/, '').length
}

/** The named facts, and the 合计 row's when the sentence names no funding row. */
function withTotals(q: DeriveRequest, named: readonly Fact[]): Fact[] {
  if (named.some((f) => f.group === 'funding' && !q.earlier.includes(f)) && !WHOLE.test(q.before)) return [...named]
  return [...named, ...q.totals.filter((f) => f.group === 'funding' && !named.includes(f))]
}

/** The gap a − b in points, written the way the data reads it: result − plan, subject − object. */
function pointsGap(q: DeriveRequest, a: Fact, b: Fact, gap: Decimal): DeriveResult {
  const order = signOf(q, a, b)
  const [x, y] = order && order.first === b ? [b, a] : [a, b]
  return result(q, 'pp-gap', [x, y], `${num(x.exact)}% − ${num(y.exact)}%`, x === a ? gap : gap.neg(), '百分点', order)
}

/** Gaps between two percentages, or a rate and 100%, in percentage points. */
function percentGaps(q: DeriveRequest, named: readonly Fact[]): DeriveResult | null {
  // two percentages the sentence itself wrote (99.67% … 95.75%，高估3.93个百分点)
  // (a row's own pair first: 满意度100%，高于90%的目标值10个百分点 is that row's result − its target)
  const written = q.earlier.filter((f) => f.unit === '%')
  const pairs: [Fact, Fact][] = []
  for (let i = 0; i < written.length; i++)
    for (let j = i + 1; j < written.length; j++) pairs.push([written[i]!, written[j]!])
  pairs.sort(([a, b], [c, d]) => Number(sameRow(c, d)) - Number(sameRow(a, b)))
  for (const [a, b] of pairs) {
    const gap = a.exact.sub(b.exact)
    if (gap.isZero || !agrees(q.written, gap, '%', 2)) continue
    return pointsGap(q, a, b, gap)
  }
  const pct = withTotals(q, named).filter((f) => f.unit === '%')
  for (let i = 0; i < pct.length; i++) {
    const a = pct[i]!
    if (RATES.has(a.role) || a.role === 'actual') {
      const gap = a.exact.sub(HUNDRED)
      if (!gap.isZero && agrees(q.written, gap, '%', 2)) {
        // (in the written unit: "超出年初预算51.33%" of a rate of 151.33% is 51.33% of the budget)
        const unit = q.written.unit === '%' ? '%' : '百分点'
        const hit = result(q, 'pp-gap', [a], `${num(a.exact)}% − 100%`, gap, unit, { first: a, second: a })
        // "执行率151.33%，节约率51.33%": the share over the budget called a share saved
        if (gap.sign > 0 && SAVING_SHARE.test(q.before)) return { ...hit, flipped: true, rightly: '超支率' }
        return hit.flipped && OVER_SHARE.test(q.before) ? { ...hit, rightly: '结余率' } : hit
      }
    }
    for (let j = i + 1; j < pct.length; j++) {
      const b = pct[j]!
      if (!comparable(a, b) || !GAP_ROLES.has(a.role) || !GAP_ROLES.has(b.role)) continue
      // a funding row's execution rate and an indicator's completion measure different things
      if (isExecution(a) !== isExecution(b) && (a.role === 'completion' || b.role === 'completion')) continue
      if (!withSubject(q, a, b)) continue
      const gap = a.exact.sub(b.exact)
      if (!agrees(q.written, gap, '%', 2)) continue
      return pointsGap(q, a, b, gap)
    }
  }
  return null
}

const isExecution = (f: Fact) => f.role === 'execution-rate' || f.role === 'full-year-execution-rate'

/** The rates of the rows named, or of the 合计 row when none is. */
function ratesOf(q: DeriveRequest, pool: readonly Fact[]): readonly Fact[] {
  return pool.some((f) => RATES.has(f.role)) ? pool : q.totals
}

function unspent(q: DeriveRequest, pool: readonly Fact[]): DeriveResult | null {
  for (const f of ratesOf(q, pool)) {
    if (f.role !== 'execution-rate' && f.role !== 'full-year-execution-rate' && f.role !== 'completion') continue
    const rest = HUNDRED.sub(f.exact)
    if (rest.sign <= 0 || !agrees(q.written, rest, '%', 2)) continue
    return result(q, 'unspent-share', [f], `100% − ${num(f.exact)}%`, rest, '%', null)
  }
  return null
}

function overspend(q: DeriveRequest, pool: readonly Fact[]): DeriveResult | null {
  for (const f of ratesOf(q, pool)) {
    if (!RATES.has(f.role)) continue
    const over = f.exact.sub(HUNDRED)
    if (over.sign <= 0 || SAVING_SHARE.test(q.before) || !agrees(q.written, over, '%', 2)) continue
    // signed: "低于年初预算51.33%" of a rate of 151.33% is the wrong way round
    return result(q, 'overspend-rate', [f], `${num(f.exact)}% − 100%`, over, '%', { first: f, second: f })
  }
  return null
}

/** Words after 占 that say which measure the whole is: 占预算 a budget, 占实际支出 an amount spent. */
function wholeFamily(before: string): string | null {
  const at = before.lastIndexOf('占')
  const object = at >= 0 ? before.slice(at + 1) : ''
  if (/预算|计划|安排/.test(object)) return 'budget'
  if (/实际|支出|投入|执行|到位|决算/.test(object)) return 'reached'
  return null
}

function shares(q: DeriveRequest, named: readonly Fact[]): DeriveResult | null {
  const whole = ownWhole(q, named)
  if (whole) return result(q, 'share', [whole], `${num(whole.exact)} ÷ ${num(whole.exact)} × 100%`, HUNDRED, '%', null)
  const money = named.filter(
    (f) => f.unit !== '%' && f.unit !== '分' && !f.exact.isZero && (f.role !== 'sum' || f.id.startsWith('~')),
  )
  // "其他资金占全年实际投入的51.33%": a whole named by its role alone is the total's, never a row
  // the sentence names beside it (财政拨款's 15万元)
  const generic = GENERIC_WHOLE.test(q.before)
  const wholes = generic ? q.totals : [...money, ...q.totals.filter((f) => !money.includes(f))]
  const want = wholeFamily(q.before)
  // 占全年预算的 / 占年初预算的: that budget, never the other
  const budget = /全年预算|调整后预算/.test(q.before) ? 'full-year-budget' : /年初预算/.test(q.before) ? 'budget' : null
  for (const whole of wholes) {
    if (want && family(whole.role) !== want) continue
    if (budget && family(whole.role) === 'budget' && whole.role !== budget) continue
    // a row's difference is a part of its own budget or actual even when only the row's total names it
    const over = OVER.test(q.before)
    const candidates = [...money, ...q.totals.filter((f) => isDifference(f) && !money.includes(f))]
    const parts = candidates.filter(
      (p) =>
        p !== whole &&
        p.exact.abs().lt(whole.exact.abs()) &&
        ((!sameRow(p, whole) && family(p.role) === family(whole.role) && money.includes(p)) ||
          // the unspent amount over the budget (结余5.96万元，约占预算的14%)
          (isDifference(p) && (sameRow(p, whole) || p.id.startsWith('~')) && family(whole.role) === 'budget') ||
          // a gap the sentence worked out, over the figure it was worked out from (差10.84万元，约占合计
          // 实际投入的35.4%)
          (isDifference(p) && p.id.startsWith('~') && inputsOf(p).includes(whole.id)) ||
          // the overspend over the amount spent (超支部分占实际支出的33.92%)
          (over && isDifference(p) && p.exact.sign > 0 && sameRow(p, whole) && family(whole.role) === 'reached')),
    )
    for (const part of parts) {
      const x = factInTextUnit(part, whole.unit)
      const hit = x && shareOf(q, part, whole, x)
      if (hit) return hit
    }
    // two or more named parts together (两项合计占…) — never in a 分别 list, whose every value is one part's
    if (parts.length >= 2 && parts.length <= MAX_SUM_TERMS && !q.before.includes('分别')) {
      const hit = subsets(parts, (set) => {
        const total = Decimal.sum(set.map((p) => factInTextUnit(p, whole.unit) ?? Decimal.ZERO))
        if (total.gt(whole.exact.abs())) return null
        const share = total.div(whole.exact, SCALE)!.mul(HUNDRED)
        return agrees(q.written, share, '%', 2)
          ? result(
              q,
              'share',
              [...set, whole],
              `(${set.map((p) => num(p.exact)).join(' + ')}) ÷ ${num(whole.exact)} × 100%`,
              share,
              '%',
              null,
            )
          : null
      })
      if (hit) return hit
    }
  }
  return null
}

function ratios(q: DeriveRequest, named: readonly Fact[]): DeriveResult | null {
  const pool = withRecent(q, withTotals(q, named))
  for (const a of pool) {
    for (const b of pool) {
      if (a === b || b.exact.isZero || !comparable(a, b)) continue
      const x = factInTextUnit(a, b.unit)
      if (!x) continue
      const ratio = x.div(b.exact, SCALE)!
      if (agrees({ ...q.written, unit: '' }, ratio, '', 2))
        return result(q, 'ratio', [a, b], `${num(a.exact)} ÷ ${num(b.exact)}`, ratio, '倍', null)
    }
  }
  return null
}

function sums(q: DeriveRequest, pool: readonly Fact[]): DeriveResult | null {
  const unit = q.written.unit
  const byFamily = new Map<string, Fact[]>()
  for (const f of pool) {
    if (factInTextUnit(f, unit) === null || f.unit === '%' || !SUM_TERM.has(f.role)) continue
    // (a subtotal the sentence itself gave may be added on: 指标分值合计90分，加上…10分，共100分)
    if (q.totals.includes(f) || (/总分|合计|总计/.test(f.subject) && !q.earlier.includes(f))) continue
    const key = `${family(f.role)}|${isMoneyUnit(f.unit) ? 'money' : f.unit}`
    ;(byFamily.get(key) ?? byFamily.set(key, []).get(key)!).push(f)
  }
  for (const group of byFamily.values()) {
    // one fact per row: the sum of named rows, not of one row's columns
    const rows = group.filter((f, i) => group.findIndex((g) => sameTerm(f, g)) === i)
    if (rows.length < 2 || rows.length > MAX_SUM_TERMS) continue
    const hit = subsets(rows, (set) => {
      if (mixesLevels(set)) return null
      const values = set.map((f) => factInTextUnit(f, unit)!)
      const total = Decimal.sum(values)
      const precision = Math.max(...values.map((v) => v.scale))
      return agrees(q.written, total, unit ?? '', precision)
        ? result(q, 'sum', set, set.map((f) => num(f.exact)).join(' + '), total, unit ?? set[0]!.unit, signedSum(set))
        : null
    })
    if (hit) return hit
  }
  return null
}

/** A sum of changes over last year ("两项合计减少97.54万元") has the sign of its total. */
function signedSum(set: readonly Fact[]): { first: Fact; second: Fact } | null {
  return set.every((f) => f.role === 'change') ? { first: set[0]!, second: set[0]! } : null
}

/** 户均, 人均, 每户, 每人: the count the amount is divided by */
const HEAD = /([户人])均|每([户人])/

/** 每月, 月均: a year's amount over its twelve months */
const MONTHLY = /每月|月均|月平均|每个月/
const MONTHS = Decimal.of(12n)

/** a count of the heads 户均/人均 divides by: 人 counts 人, 人次 and 名 (19名百岁老人) */
function ofHead(unit: string, head: string): boolean {
  return unit.startsWith(head) || (head === '人' && unit === '名')
}

function perUnit(q: DeriveRequest, named: readonly Fact[]): DeriveResult | null {
  const unit = q.written.unit
  const pool = withRecent(q, [...named, ...q.totals.filter((f) => !named.includes(f))])
  const monthly = MONTHLY.test(q.before)
  for (const a of pool) {
    const x = factInTextUnit(a, unit)
    if (x === null || a.unit === '%') continue
    if (monthly && isMoneyUnit(unit) && !a.unit.includes('/月')) {
      const per = x.div(MONTHS, SCALE)!
      if (agrees(q.written, per, unit ?? '', 2))
        return result(q, 'per-unit', [a], `${num(a.exact)} ÷ 12`, per, `${a.unit}/月`, null)
    }
    // 户均/人均 divide by a count of 户/人: the sheet's, in the project named (受益户数, the goal's 39户)
    const head = HEAD.exec(q.before)
    const headUnit = head ? (head[1] ?? head[2]) : undefined
    const divisors = headUnit
      ? [...pool, ...(q.heads ?? []).filter((h) => ofHead(h.unit, headUnit) && !pool.includes(h))]
      : pool
    for (const b of divisors) {
      if (b === a || b.exact.isZero || !COUNT_UNITS.has(b.unit) || b.unit === a.unit || isMoneyUnit(b.unit)) continue
      // 人均 divides by 人, 人次 or 名
      if (headUnit && !ofHead(b.unit, headUnit)) continue
      const per = x.div(b.exact, SCALE)!
      if (agrees(q.written, per, unit ?? '', 2))
        return result(q, 'per-unit', [a, b], `${num(a.exact)} ÷ ${num(b.exact)}`, per, `${a.unit}/${b.unit}`, null)
    }
  }
  return null
}

/** the year before: 上年, 去年 */
const PRIOR = /上年|去年|上一年|前一年|上年度/

/**
 * A figure of the year before, worked back from this year's and its 同比 rate (65人, +132.14%: 上年
 * 65 ÷ 2.3214 ≈ 28人), or the change between the two (比上年多37人), over the figures the sentence
 * and the lines before it gave.
 */
function priorYear(q: DeriveRequest, pool: readonly Fact[]): DeriveResult | null {
  const seen = new Set<Fact>()
  for (const f of [...q.earlier, ...(q.recent ?? []), ...pool]) {
    if (seen.has(f)) continue
    seen.add(f)
    const c = q.changeOf!.get(f.id)
    if (!c) continue
    const x = factInTextUnit(f, q.written.unit)
    if (x === null) continue
    const prior = x.div(HUNDRED.add(c.exact).div(HUNDRED, SCALE)!, SCALE)
    if (!prior) continue
    const unit = q.written.unit ?? ''
    const base = `${num(f.exact)} ÷ (1 ${c.exact.sign < 0 ? '−' : '+'} ${num(c.exact.abs())}%)`
    if (agrees(q.written, prior, unit, 2)) return result(q, 'prior-year', [f, c], base, prior, f.unit, null)
    const change = x.sub(prior)
    if (DIFF.test(q.before) && agrees(q.written, change.abs(), unit, 2))
      return result(q, 'prior-year', [f, c], `${num(f.exact)} − ${base}`, change, f.unit, null)
  }
  return null
}

function pointsLost(q: DeriveRequest, pool: readonly Fact[]): DeriveResult | null {
  // 扣0分 stands only where no row of those named lost anything: full marks are common
  const none: [Fact, Fact][] = []
  let lostSome = false
  // the score the sentence wrote first (自评得分9.6分，扣0.4分 is the table's score, not the rule's)
  const scores = [...q.earlier, ...pool.filter((f) => !q.earlier.includes(f))].filter((f) => f.role === 'score')
  for (const w of pool) {
    if (w.role !== 'weight') continue
    for (const s of scores) {
      if (!sameRow(w, s)) continue
      const lost = w.exact.sub(s.exact)
      if (lost.sign > 0) lostSome = true
      if (lost.sign < 0 || !agrees(q.written, lost, '分', 2)) continue
      if (lost.isZero) {
        if (!none.some(([x]) => sameRow(x, w))) none.push([w, s])
        continue
      }
      return result(q, 'score-lost', [w, s], `${num(w.exact)} − ${num(s.exact)}`, lost, '分', null)
    }
  }
  if (lostSome || !none.length) return null
  const [w, s] = none[0]!
  return result(q, 'score-lost', [w, s], `${num(w.exact)} − ${num(s.exact)}`, Decimal.ZERO, '分', null)
}

/** Tries the subsets of two or more elements, smallest first; the first non-null answer wins. */
function subsets<T, R>(items: readonly T[], f: (set: T[]) => R | null): R | null {
  const n = items.length
  const masks: number[] = []
  for (let m = 1; m < 1 << n; m++) if (popcount(m) >= 2) masks.push(m)
  masks.sort((a, b) => popcount(a) - popcount(b) || a - b)
  for (const m of masks) {
    const set = items.filter((_, i) => m & (1 << i))
    const r = f(set)
    if (r) return r
  }
  return null
}

function popcount(m: number): number {
  let c = 0
  for (; m; m &= m - 1) c++
  return c
}
