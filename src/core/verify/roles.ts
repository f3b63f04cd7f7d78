// The role a number's clause implies: a number after 预算 must be a budget, after 实际/支出/投入/到位
// an actual, after 执行率 a rate, after 减少/节约/超出/差额 a difference, after 同比/较上年 a change.
import type { FactGroup, FactRole } from '../facts.ts'
import { matchesOf } from '../numbers/each-match.ts'
import {
  ACTUAL,
  ADJUSTMENT,
  BUDGET,
  CHANGE,
  COMPLETION,
  CUE_TABLE,
  DIFFERENCE,
  EXECUTION,
  FULL_YEAR_EXECUTION,
  INITIAL_EXECUTION,
  SHARE,
  SIGNED,
  roles,
  type CueWord,
} from './cue-words.ts'
import type { Direction } from './direction.ts'

export type RoleCue = {
  /** the word that set the role ('较上年', '实际投入', …) */
  word: string
  /** the roles a fact may have to match the number */
  roles: ReadonlySet<FactRole>
  /** and the groups, when the word tells money spent (投入) from an indicator reached (完成值) */
  groups?: ReadonlySet<FactGroup>
  /** a comparison with last year: facts labelled 同比 match too */
  yoy: boolean
  /** a bare difference (相差, 差额) in a sentence naming no budget or target: not one against the budget */
  notAgainstPlan?: boolean
  /** the roles were inferred (a number in points after a row word), not named: enough to verify, not to correct */
  inferred?: boolean
  /** what the number is compared with ("年初预算", "合计数"): decides which way a difference points */
  object?: string
  /** where the object is in the text (the reader may have masked names in `object`) */
  objectSpan?: readonly [number, number]
}

/** Where the role and direction of the number are read. */
export type CueWindow = {
  /** the clause start, or the end of the previous number when that is later */
  from: number
  /** the number's start */
  to: number
  /** the clause start: a comparison (比年初预算15万元多7.7万元) may lie before the previous number */
  clause: number
  /** the sentence start, or the end of the previous number: where to look when the clause has no cue */
  sentence: number
  /** the sentence start itself */
  sentenceStart: number
  /** the number is a percentage: "为年初预算的85.11%" is a rate */
  percent: boolean
  /** the number is in points (分): "合计得50分" is a score */
  points?: boolean
  /** the number is written as a bound (≥95%, 不低于10次): it may be a target */
  bound?: boolean
  /** a few characters after the number ("35公里的目标") */
  after?: string
  /** the rest of the sentence after the number, bounded */
  rest?: string
}

/** 较, 比, 相比, 同比, 环比, 占: a comparison (not the adverbs 较好, 比较, nor 比重, 比例). */
const COMPARISON = /较(?![好大高低少多为快慢差强弱])|(?<!比)比(?![重例率较])|占/g
const PRIOR = /上年|去年|同期|上一年|前一年|往年|同比|环比/
const PLAN = /预算|计划|目标|指标|年初/
const AGAINST_BUDGET = /预算|年初/
const AGAINST_TARGET = /计划|目标|指标/
/** 为年初预算的85.11%, 完成年度目标的100%, 占基本支出的91%: a percentage of something named. */
const UNSPENT_AFTER = /^(尚?未(执行|使用|支出|支付|拨付)|结余|没有(执行|使用|支出))/
const UNSPENT_AMOUNT = roles('difference', 'full-year-difference')
const UNSPENT_SHARE_AFTER =
  /^[^，。；,;]{0,12}?(没有用完|未用完|没用完|未花完|没有花完|没有执行|未执行|未使用|没有使用)/
const HEADING_AFTER = /^的?(原因|分析|说明|情况)/
const RATIO_REACH = 30
const RATIO = /(占|为|是|达到|达|完成)([^，。；：,;:]*?)的$/

/**
 * The role cue of the number at `w.to`. A comparison (较上年, 比预算, 占…的) or a direction word
 * decides first; else the nearest cue word in the clause, then in the sentence; else null (any role).
 */
export function readRoleCue(t: string, w: CueWindow, direction: Direction | null, level: boolean): RoleCue | null {
  // "较上年的492.6万元": the amount of last year itself
  if (!direction && PRIOR_AMOUNT.test(t.slice(w.from, w.to))) return { word: '上年', roles: PRIOR_YEAR, yoy: false }
  // "还有20.14万元未执行": an amount left unspent, named after the number, is a row's difference
  if (!direction && !w.percent && UNSPENT_AFTER.test(w.after ?? ''))
    return { word: '未执行', roles: UNSPENT_AMOUNT, yoy: false }
  // "约有14.89%（5.36万元）没有用完": a share left unspent, said after it, is the unspent share
  if (!direction && w.percent && UNSPENT_SHARE_AFTER.test(w.rest ?? ''))
    return { word: '未执行', roles: roles('unspent-share'), yoy: false }
  // "低于40万元的上限", "较35公里的目标少1.4公里": a number that names the plan it is compared with
  if (!direction && NAMES_PLAN.test(w.rest ?? '')) return { word: '目标', roles: PLANNED, yoy: false }
  let cue = readRoleCueAnyBase(t, w, direction, level)
  // "预算执行率9.58分", "合计96.18分": a number in points is a score or a weight, whatever row word is near
  // (a difference, 相差0.38分, is derived from two scores instead)
  if (
    cue &&
    w.points &&
    !cue.roles.has('score') &&
    !cue.roles.has('weight') &&
    ![...cue.roles].some((r) => SIGNED.has(r))
  )
    // (without the groups of the word: 按期完成，得4分 is the row's score, not a figure it reached)
    cue = withoutGroups({ ...cue, roles: SCORES, inferred: true })
  // "按全年预算计算为95.75%": a percentage after a budget word is the rate on that budget
  if (cue && w.percent && !direction && [...cue.roles].every((r) => r === 'budget' || r === 'full-year-budget'))
    cue = { ...cue, roles: EXECUTION }
  // "年度资金总额43.2万元，全年执行37.24万元": an amount with no role word, followed by the spending, is the budget
  if (!cue && !w.percent && !w.points && !direction && SPENDING_NEXT.test(w.rest ?? ''))
    cue = { word: '预算', roles: BUDGET, yoy: false }
  // "普及率达到91.2%": with no word of a plan (目标, 指标值, 计划) the number is what was reached
  // (the sentence up to PLAN_REACH characters back: a 50,000-character sentence stays linear)
  const planFrom = Math.max(w.sentenceStart, w.to - PLAN_REACH)
  if (!cue && !w.bound && !PLAN_WORD.test(t.slice(planFrom, w.to)) && !PLAN_AFTER.test(w.rest ?? w.after ?? ''))
    cue = { word: '', roles: NOT_TARGET, yoy: false }
  return cue && cue.roles === EXECUTION ? withRateBase(cue, t.slice(w.sentenceStart, w.to)) : cue
}

function withoutGroups(cue: RoleCue): RoleCue {
  const out = { ...cue }
  delete out.groups
  return out
}

/** "按年初预算计算的执行率" is the rate against 年初预算 only; "按全年预算" the other one. */
function withRateBase(cue: RoleCue, sentence: string): RoleCue {
  const fullYear = FULL_YEAR.test(sentence)
  const initial = /年初/.test(sentence)
  if (fullYear === initial) return cue
  return { ...cue, roles: fullYear ? FULL_YEAR_EXECUTION : INITIAL_EXECUTION }
}

const FULL_YEAR = /全年预算|调整后预算|调整预算|全年计划/
/** words of spending: what 占…预算的 is the rate of (an amount added is a share of the budget instead) */
const SPENT_WORD = /支出|执行|投入|使用|拨付|到位|花费|用了|用掉|实际/
const SPENDING = /实际|执行|支出|投入|使用|支付|拨付/
const SCORES = roles('score', 'weight')
const PRIOR_YEAR = roles('prior-year')
const PRIOR_AMOUNT = /(上年|去年|上一年)(的|为|是|同期)?$/
const NAMES_PLAN = /^[\s*”"]*的[\u4e00-\u9fff]{0,6}?(目标|指标值|目标值|指标|上限|下限|标准|计划数|控制数)/
const PLANNED = roles('target', 'completion')
const SPENDING_NEXT =
  /^[^，,。；;！？\n]{0,4}[，,]\s*(全年|当年|年度)?(实际)?(执行|支出|投入|使用|支付)(数|金额|资金)?(为|了|达)?\s*[\d〇零一二两三四五六七八九十]/
const PLAN_REACH = 200
const PLAN_WORD = /目标|指标值|计划|预期|预算|标准|要求|考核值|不低于|不少于|不超过|以上|以内/
const PLAN_AFTER = /^(的)?[\u4e00-\u9fff]{0,6}?(目标|指标|计划|预期|标准|要求|考核|上限|下限)/
const NOT_TARGET = roles(
  'budget',
  'full-year-budget',
  'actual',
  'difference',
  'full-year-difference',
  'execution-rate',
  'full-year-execution-rate',
  'total',
  'completion',
  'deviation',
  'deviation-rate',
  'share',
  'weight',
  'score',
  'value',
  'count',
  'prior-year',
)

function readRoleCueAnyBase(t: string, w: CueWindow, direction: Direction | null, level: boolean): RoleCue | null {
  // "占参评小区40个的37.5%": the 占 may lie before a number of the object
  const ratio =
    w.percent && !direction
      ? (RATIO.exec(t.slice(w.from, w.to)) ?? RATIO.exec(t.slice(Math.max(w.clause, w.to - RATIO_REACH), w.to)))
      : null
  if (ratio) {
    // "年中追加12.96万元，占调整后预算的5.15%": no word of spending before 占, so a share of the budget
    const before = t.slice(Math.max(w.sentenceStart, w.to - RATIO_REACH * 2), w.to)
    const share = ratio[1] === '占' && !SPENT_WORD.test(before.slice(0, before.lastIndexOf('占')))
    const cue = share ? { word: '占', roles: SHARE, yoy: false } : ratioCue(ratio[1]!, ratio[2]!)
    if (cue) return cue
  }
  const cue =
    readCue(t, w.from, w.to, direction, level, w.clause, w.percent) ??
    (direction || level ? null : readCue(t, w.sentence, w.to, null, false, w.sentence, w.percent))
  if (cue && cue.roles === DIFFERENCE && !direction && !PLAN.test(t.slice(w.sentenceStart, w.to))) {
    return { ...cue, notAgainstPlan: true }
  }
  return cue
}

/** 占年初预算的…% is an execution rate, …年度目标的…% a completion, 占…的 a share. */
function ratioCue(marker: string, object: string): RoleCue | null {
  if (AGAINST_BUDGET.test(object)) return { word: marker, roles: EXECUTION, yoy: false }
  if (AGAINST_TARGET.test(object)) return { word: marker, roles: COMPLETION, yoy: false }
  return marker === '占' ? { word: '占', roles: SHARE, yoy: false } : null
}

function readCue(
  t: string,
  from: number,
  to: number,
  direction: Direction | null,
  level: boolean,
  clause: number,
  percent: boolean,
): RoleCue | null {
  let start = from
  let marker = lastComparison(t, start, to)
  // "占年初预算90万元的33.33%": an amount inside the object of 占 is the whole, read by its own words
  if (marker?.word === '占' && !percent && !direction) {
    start = marker.end
    marker = lastComparison(t, start, to)
  }
  if (!marker && direction && clause < from) {
    start = clause
    marker = lastComparison(t, start, to)
  }
  const window = t.slice(start, to)
  if (direction || (marker && !level)) {
    const objectEnd = direction && marker && direction.start > marker.at ? direction.start : to
    const object = marker ? comparisonObject(t, marker.end, objectEnd) : ''
    const objectSpan = marker ? ([marker.end, Math.max(marker.end, objectEnd)] as const) : undefined
    if (marker?.word === '占' && (!direction || direction.start < marker.at)) return ratioCue('占', object)
    if (PRIOR.test(window))
      return { word: window.match(PRIOR)![0], roles: CHANGE, yoy: true, object, ...(objectSpan ? { objectSpan } : {}) }
    if (direction && PLAN.test(window)) {
      // 超出年初预算 is a funding difference; 超出指标值 an indicator's deviation.
      const budget = AGAINST_BUDGET.test(window)
      const target = AGAINST_TARGET.test(window)
      // 较全年预算 is the difference against the adjusted budget, 较年初预算 against the initial one
      const fullYear = FULL_YEAR.test(window)
      const initial = /年初/.test(window)
      // "全年预算比年初预算增加20.5万元": two budgets compared, no spending: the year's additions
      if (fullYear && initial && !SPENDING.test(window))
        return {
          word: window.match(FULL_YEAR)![0],
          roles: ADJUSTMENT,
          yoy: false,
          object,
          ...(objectSpan ? { objectSpan } : {}),
        }
      const r =
        budget === target
          ? DIFFERENCE
          : budget
            ? fullYear && !initial
              ? roles('full-year-difference')
              : initial && !fullYear
                ? roles('difference')
                : roles('difference', 'full-year-difference')
            : roles('deviation', 'deviation-rate')
      return { word: window.match(PLAN)![0], roles: r, yoy: false, object, ...(objectSpan ? { objectSpan } : {}) }
    }
    if (direction)
      return { word: direction.word, roles: SIGNED, yoy: false, object, ...(objectSpan ? { objectSpan } : {}) }
  }
  let best: CueWord | null = null
  // (the next closing bracket and the next digit at or after a position: pointers that only move forward,
  // so a window of many brackets is read in linear time)
  let close = -1
  let digit = -1
  for (let i = 0; i < window.length; ) {
    // "全年预算2.38万元（年初预算为0，…），其中其他资金1.8万元": the role words of a closed bracket with a
    // figure of its own are that figure's, not the later number's
    if (window[i] === '（' || window[i] === '(') {
      if (close < i) close = nextOf(window, i, CLOSE_BRACKETS)
      if (digit < i) digit = nextOf(window, i, DIGITS)
      if (close > i && digit > i && digit < close) {
        i = close + 1
        continue
      }
    }
    const hit = CUE_TABLE.at(window, i)?.[1]
    if (!hit) {
      i++
      continue
    }
    i += hit.word.length
    // "产生差异的原因", "偏差原因分析": the name of a heading, not the role of a number
    if (HEADING_AFTER.test(window.slice(i, i + 4))) continue
    best = hit // the last one (reading left to right) is the nearest to the number
  }
  if (!best) return level ? { word: '', roles: ACTUAL, yoy: false } : null
  return best.groups
    ? { word: best.word, roles: best.roles, groups: best.groups, yoy: false }
    : { word: best.word, roles: best.roles, yoy: false }
}

const CLOSE_BRACKETS = /[）)]/g
const DIGITS = /\d/g

/** The index of the first match of `re` (global) at or after `from`, or the text's length when none. */
function nextOf(t: string, from: number, re: RegExp): number {
  re.lastIndex = from
  const m = re.exec(t)
  return m ? m.index : t.length
}

function lastComparison(t: string, from: number, to: number): { word: string; at: number; end: number } | null {
  let last: RegExpMatchArray | null = null
  for (const m of matchesOf(COMPARISON, t.slice(from, to))) last = m
  return last ? { word: last[0], at: from + last.index!, end: from + last.index! + last[0].length } : null
}

/** The words after a comparison marker, up to the direction word, without numbers. */
function comparisonObject(t: string, from: number, to: number): string {
  return t.slice(from, Math.max(from, to)).replace(/[\d.,，%万元亿]+/g, '')
}
