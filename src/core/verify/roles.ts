// The role a number's clause implies: a number after 预算 must be a budget, after 实际/支出/投入/到位
// an actual, after 执行率 a rate, after 减少/节约/超出/差额 a difference, after 同比/较上年 a change.
import type { FactGroup, FactRole } from '../facts.ts'
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
  /** a bare difference (相差, 差额) in a sentence that names no budget or target: not one against the budget */
  notAgainstPlan?: boolean
}

const roles = (...r: FactRole[]): ReadonlySet<FactRole> => new Set(r)

const ACTUAL = roles('actual', 'total', 'value', 'count')
const SPENT: ReadonlySet<FactGroup> = new Set(['funding', 'basic', 'project', 'department'])
const REACHED: ReadonlySet<FactGroup> = new Set(['indicator', 'outcome', 'staffing'])

type Cue = readonly [string, ReadonlySet<FactRole>, ReadonlySet<FactGroup>?]
const BUDGET = roles('budget', 'full-year-budget')
const CHANGE = roles('change', 'change-pct')
const DIFFERENCE = roles('difference', 'deviation', 'deviation-rate')
const SIGNED = roles('difference', 'deviation', 'deviation-rate', 'change', 'change-pct')

/** Cue words, longest first; the one nearest before the number wins. */
const CUES: ReadonlyArray<Cue> = (
  [
    ['预算执行率', roles('execution-rate')], ['执行率', roles('execution-rate')], ['支出进度', roles('execution-rate')],
    ['执行进度', roles('execution-rate')], ['完成率', roles('completion')], ['完成比例', roles('completion')],
    ['偏差率', roles('deviation-rate')], ['偏离度', roles('deviation-rate')], ['占比', roles('share')],
    ['比重', roles('share')], ['全年预算', roles('full-year-budget', 'budget')], ['调整后预算', roles('full-year-budget', 'budget')],
    ['年初预算', BUDGET], ['预算数', BUDGET], ['预算资金', BUDGET], ['预算金额', BUDGET], ['预算', BUDGET], ['安排资金', BUDGET],
    ['下达资金', BUDGET], ['批复', BUDGET], ['指标值', roles('target')], ['目标值', roles('target')], ['计划数', roles('target')],
    ['年度目标', roles('target')], ['目标', roles('target')], ['计划', roles('target')], ['预期', roles('target')],
    ['实际完成值', ACTUAL, REACHED], ['实际投入', ACTUAL, SPENT], ['实际支出', ACTUAL, SPENT], ['实际完成', ACTUAL, REACHED],
    ['完成值', ACTUAL, REACHED], ['实际', ACTUAL], ['支出', ACTUAL, SPENT], ['投入', ACTUAL, SPENT], ['到位', ACTUAL, SPENT],
    ['拨付', ACTUAL, SPENT], ['执行数', ACTUAL, SPENT], ['使用', ACTUAL], ['发放', ACTUAL], ['支付', ACTUAL, SPENT],
    ['完成', ACTUAL, REACHED], ['实现', ACTUAL, REACHED], ['达到', ACTUAL, REACHED], ['差额', DIFFERENCE], ['差异', DIFFERENCE],
    ['相差', DIFFERENCE], ['偏差', DIFFERENCE], ['之和', roles('sum')], ['加总', roles('sum')], ['相加', roles('sum')], ['得分', roles('score')], ['评分', roles('score')], ['总分', roles('score')],
    ['分值', roles('weight')], ['权重', roles('weight')], ['增减', SIGNED], ['变化', SIGNED], ['变动', SIGNED],
    ['上年', roles('prior-year')], ['去年', roles('prior-year')],
  ] as const satisfies readonly Cue[]
).slice().sort((a, b) => b[0].length - a[0].length)

/** 较, 比, 相比, 同比, 环比, 占: a comparison (not the adverbs 较好, 比较, nor 比重, 比例). */
const COMPARISON = /较(?![好大高低少多为快慢差强弱])|(?<!比)比(?![重例率较])|占/g
const PRIOR = /上年|去年|同期|上一年|前一年|往年|同比|环比/
const PLAN = /预算|计划|目标|指标|年初/
const AGAINST_BUDGET = /预算|年初/
const AGAINST_TARGET = /计划|目标|指标/

/**
 * The role cue of the number at `to`, read in [from, to). A comparison (较上年, 比预算, 占…的) or a
 * direction word decides first; else the nearest cue word; else null (any role).
 */
export function readRoleCue(
  t: string,
  from: number,
  to: number,
  direction: Direction | null,
  level: boolean,
  sentenceFrom = from,
): RoleCue | null {
  const cue = readCue(t, from, to, direction, level) ?? (direction || level ? null : readCue(t, sentenceFrom, to, null, false))
  if (cue && cue.roles === DIFFERENCE && !direction && !PLAN.test(t.slice(sentenceFrom, to))) return { ...cue, notAgainstPlan: true }
  return cue
}

function readCue(t: string, from: number, to: number, direction: Direction | null, level: boolean): RoleCue | null {
  const window = t.slice(from, to)
  let marker: RegExpMatchArray | null = null
  for (const m of window.matchAll(COMPARISON)) marker = m
  if (direction || (marker && !level)) {
    if (marker?.[0] === '占' && (!direction || direction.start < from + marker.index!)) {
      return { word: '占', roles: roles('share'), yoy: false }
    }
    if (PRIOR.test(window)) return { word: window.match(PRIOR)![0], roles: CHANGE, yoy: true }
    if (direction && PLAN.test(window)) {
      // 超出年初预算 is a funding difference; 超出指标值 an indicator's deviation.
      const budget = AGAINST_BUDGET.test(window)
      const target = AGAINST_TARGET.test(window)
      const r = budget && !target ? roles('difference') : target && !budget ? roles('deviation', 'deviation-rate') : DIFFERENCE
      return { word: window.match(PLAN)![0], roles: r, yoy: false }
    }
    if (direction) return { word: direction.word, roles: SIGNED, yoy: false }
  }
  let best: { cue: Cue; end: number } | null = null
  for (let i = 0; i < window.length; ) {
    const hit = CUES.find(([w]) => window.startsWith(w, i))
    if (!hit) {
      i++
      continue
    }
    if (!best || i + hit[0].length >= best.end) best = { cue: hit, end: i + hit[0].length }
    i += hit[0].length
  }
  if (!best) return level ? { word: '', roles: ACTUAL, yoy: false } : null
  const [word, r, groups] = best.cue
  return groups ? { word, roles: r, groups, yoy: false } : { word, roles: r, yoy: false }
}

export const SIGNED_ROLES = SIGNED

export const CUE_WORDS: readonly string[] = CUES.map(([w]) => w)
