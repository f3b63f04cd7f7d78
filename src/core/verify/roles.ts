// The role a number's clause implies: a number after 预算 must be a budget, after 实际/支出/投入/到位
// an actual, after 执行率 a rate, after 减少/节约/超出/差额 a difference, after 同比/较上年 a change.
import type { FactGroup, FactRole } from '../facts.ts'
import type { Direction } from './direction.ts'
import { WordTable } from './word-table.ts'

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
  /** what the number is compared with ("年初预算", "合计数"): decides which way a difference points */
  object?: string
}

/** The words after a comparison marker, up to the direction word, without numbers. */
function comparisonObject(t: string, from: number, to: number): string {
  return t.slice(from, Math.max(from, to)).replace(/[\d.,，%万元亿]+/g, '')
}

const ROLE_SETS = new Map<string, ReadonlySet<FactRole>>()
/** One Set per combination, so that cues compare (and cache) by identity. */
const roles = (...r: FactRole[]): ReadonlySet<FactRole> => {
  const key = r.join(',')
  return ROLE_SETS.get(key) ?? ROLE_SETS.set(key, new Set(r)).get(key)!
}

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
    ['执行进度', roles('execution-rate')], ['到位率', roles('execution-rate')], ['完成率', roles('completion')], ['完成比例', roles('completion')],
    ['偏差率', roles('deviation-rate')], ['偏离度', roles('deviation-rate')], ['占比', roles('share')],
    ['比重', roles('share')], ['全年预算', roles('full-year-budget', 'budget')], ['调整后预算', roles('full-year-budget', 'budget')],
    ['年初预算', BUDGET], ['预算数', BUDGET], ['预算资金', BUDGET], ['预算金额', BUDGET], ['预算', BUDGET], ['安排资金', BUDGET],
    ['下达资金', BUDGET], ['批复', BUDGET], ['指标值', roles('target')], ['目标值', roles('target')], ['计划数', roles('target')],
    ['年度目标', roles('target')], ['目标', roles('target')], ['计划', roles('target')], ['预期', roles('target')],
    ['实际完成值', ACTUAL, REACHED], ['实际投入', ACTUAL, SPENT], ['实际支出', ACTUAL, SPENT], ['实际完成', ACTUAL, REACHED],
    ['完成值', ACTUAL, REACHED], ['实际', ACTUAL], ['支出', ACTUAL, SPENT], ['投入', ACTUAL, SPENT], ['到位', ACTUAL, SPENT],
    ['拨付', ACTUAL, SPENT], ['执行数', ACTUAL, SPENT], ['使用', ACTUAL], ['发放', ACTUAL], ['支付', ACTUAL, SPENT],
    ['完成', ACTUAL, REACHED], ['差额', DIFFERENCE], ['差异', DIFFERENCE],
    ['相差', DIFFERENCE], ['偏差', DIFFERENCE], ['之和', roles('sum')], ['加总', roles('sum')], ['相加', roles('sum')], ['得分', roles('score')], ['评分', roles('score')], ['总分', roles('score')],
    ['分值', roles('weight')], ['权重', roles('weight')], ['增减', SIGNED], ['变化', SIGNED], ['变动', SIGNED],
    ['上年', roles('prior-year')], ['去年', roles('prior-year')],
  ] as const satisfies readonly Cue[]
).slice().sort((a, b) => b[0].length - a[0].length)

const CUE_TABLE = new WordTable(CUES.map((c) => [c[0], c] as const))

/** 较, 比, 相比, 同比, 环比, 占: a comparison (not the adverbs 较好, 比较, nor 比重, 比例). */
const COMPARISON = /较(?![好大高低少多为快慢差强弱])|(?<!比)比(?![重例率较])|占/g
const PRIOR = /上年|去年|同期|上一年|前一年|往年|同比|环比/
const PLAN = /预算|计划|目标|指标|年初/
const AGAINST_BUDGET = /预算|年初/
const AGAINST_TARGET = /计划|目标|指标/

/** Where the role and direction of the number are read. */
export type CueWindow = {
  /** the clause start, or the end of the previous number when that is later */
  from: number
  /** the number's start */
  to: number
  /** the clause start: a comparison (比年初预算15万元多7.7万元) may lie before the previous number */
  clause: number
  /** the sentence start, or the end of the previous number: where a cue is looked for when the clause has none */
  sentence: number
  /** the sentence start itself */
  sentenceStart: number
  /** the number is a percentage: "为年初预算的85.11%" is a rate */
  percent: boolean
}

/** 为年初预算的85.11%, 完成年度目标的100%, 占基本支出的91%: a percentage of something named. */
const RATIO = /(占|为|是|达到|达|完成)([^，。；：,;:]*?)的$/

/**
 * The role cue of the number at `w.to`. A comparison (较上年, 比预算, 占…的) or a direction word
 * decides first; else the nearest cue word in the clause, then in the sentence; else null (any role).
 */
export function readRoleCue(t: string, w: CueWindow, direction: Direction | null, level: boolean): RoleCue | null {
  const ratio = w.percent && !direction ? RATIO.exec(t.slice(w.from, w.to)) : null
  if (ratio) {
    const object = ratio[2]!
    if (AGAINST_BUDGET.test(object)) return { word: ratio[1]!, roles: roles('execution-rate'), yoy: false }
    if (AGAINST_TARGET.test(object)) return { word: ratio[1]!, roles: roles('completion'), yoy: false }
    if (ratio[1] === '占') return { word: '占', roles: roles('share'), yoy: false }
  }
  const cue =
    readCue(t, w.from, w.to, direction, level, w.clause) ??
    (direction || level ? null : readCue(t, w.sentence, w.to, null, false, w.sentence))
  if (cue && cue.roles === DIFFERENCE && !direction && !PLAN.test(t.slice(w.sentenceStart, w.to))) return { ...cue, notAgainstPlan: true }
  return cue
}

function readCue(t: string, from: number, to: number, direction: Direction | null, level: boolean, clause: number): RoleCue | null {
  let window = t.slice(from, to)
  let marker: RegExpMatchArray | null = null
  for (const m of window.matchAll(COMPARISON)) marker = m
  if (!marker && direction && clause < from) {
    window = t.slice(clause, to)
    for (const m of window.matchAll(COMPARISON)) marker = m
  }
  if (direction || (marker && !level)) {
    const start = to - window.length
    const object = marker ? comparisonObject(t, start + marker.index! + marker[0].length, direction && direction.start > start + marker.index! ? direction.start : to) : ''
    if (marker?.[0] === '占' && (!direction || direction.start < to - window.length + marker.index!)) {
      // 占年初预算的85.11% is an execution rate, 占年度目标的100% a completion, else a share.
      if (AGAINST_BUDGET.test(object)) return { word: '占', roles: roles('execution-rate'), yoy: false }
      if (AGAINST_TARGET.test(object)) return { word: '占', roles: roles('completion'), yoy: false }
      return { word: '占', roles: roles('share'), yoy: false }
    }
    if (PRIOR.test(window)) return { word: window.match(PRIOR)![0], roles: CHANGE, yoy: true, object }
    if (direction && PLAN.test(window)) {
      // 超出年初预算 is a funding difference; 超出指标值 an indicator's deviation.
      const budget = AGAINST_BUDGET.test(window)
      const target = AGAINST_TARGET.test(window)
      const r = budget && !target ? roles('difference') : target && !budget ? roles('deviation', 'deviation-rate') : DIFFERENCE
      return { word: window.match(PLAN)![0], roles: r, yoy: false, object }
    }
    if (direction) return { word: direction.word, roles: SIGNED, yoy: false, object }
  }
  let best: { cue: Cue; end: number } | null = null
  for (let i = 0; i < window.length; ) {
    const hit = CUE_TABLE.at(window, i)?.[1]
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
