// How one number reads in its clause: its value with the sign its direction word gives it, the
// role its clause implies, where its clause starts and ends.
import type { FoundNumber } from '../numbers/find-numbers.ts'
import { asMoneyScale, MONEY_CONTEXT } from '../numbers/money-words.ts'
import { readDirection, type Direction } from './direction.ts'
import { readRoleCue, type RoleCue } from './roles.ts'
import type { TextStructure } from './text-structure.ts'
import type { WrittenValue } from './value-match.ts'

export type Reading = {
  n: FoundNumber
  /** where the number's clause (or the text after the previous number) starts */
  clauseFrom: number
  /** where the number's clause ends (or the next number starts) */
  clauseTo: number
  written: WrittenValue
  cue: RoleCue | null
  direction: Direction | null
}

/** Money words: "实际投入30.64万" means 30.64万元. */
const MONEY_REACH = 120
const POINTS_BEFORE = /(权重|分值|满分)(为|是|[:：])?[\s*]*$/

/** comparison words a gap in points starts with: its direction */
const GAP_WORDS: Readonly<Record<string, 1 | -1>> = {
  高于: 1,
  超过: 1,
  多于: 1,
  大于: 1,
  低于: -1,
  少于: -1,
  小于: -1,
}

/**
 * Reads the number at k: its direction word, role cue and signed value. `t` has the sheet's names
 * masked (for role and direction words); `named`, when given, is the same text unmasked, where a
 * name ("年度资金总额") still tells that the sentence speaks of money.
 */
/** two numbers with nothing but spaces (or Markdown's *) between them */
function backToBack(t: string, a: FoundNumber, b: FoundNumber): boolean {
  return b.start - a.end <= 4 && /^[\s*]*$/.test(t.slice(a.end, b.start))
}

export function read(
  t: string,
  s: TextStructure,
  numbers: readonly FoundNumber[],
  k: number,
  named: string = t,
): Reading {
  const n = numbers[k]!
  const zero = n.value.isZero && n.script === 'arabic'
  // bounded: a 50,000-character sentence must still be read in linear time
  const money = () => MONEY_CONTEXT.test(named.slice(Math.max(s.sentenceStart(n.start), n.start - MONEY_REACH), n.end))
  // "填报为0" where the sentence speaks of money: a zero amount
  if (n.unit === null && zero && money()) n.unit = '万元'
  if (n.unit === null && n.scaleDigits > 0 && money()) asMoneyScale(n)
  // "权重60", "分值10、得分10": a bare number right after a word of points is in points
  if (n.unit === null && !zero && POINTS_BEFORE.test(named.slice(Math.max(0, n.start - 5), n.start))) n.unit = '分'
  // The high end of a range ("90%-95%") is read with the words before the low end.
  const at = n.range === 'high' && k > 0 ? k - 1 : k
  const first = numbers[at]!
  const prev = numbers[at - 1]
  const from = Math.max(s.clauseStart(first.start), prev ? prev.end : 0)
  let { direction, level } = readDirection(t, from, first.start)
  // "高于目标值11.376万元0.624万元": of two figures written back to back after a direction word, the
  // first is what is compared with and the second the amount the direction governs
  const following = numbers[at + 1]
  if (direction && n.unit && following?.unit && backToBack(t, first, following)) direction = null
  else if (!direction && prev?.unit && n.unit && backToBack(t, prev, first)) {
    const before = numbers[at - 2]
    ;({ direction, level } = readDirection(t, Math.max(s.clauseStart(prev.start), before ? before.end : 0), prev.start))
  }
  // "未完成的14项": a word of achievement before a count says which rows it counts, not a sign
  if (direction && COUNTED.has(n.unit ?? '') && STATUS_WORD.test(direction.word)) direction = null
  // "低于5个百分点": before a gap in points, 高于/低于 is its direction, not a bound on it
  if (!direction && (n.unit === '百分点' || n.unit === '个百分点') && n.qualifier !== null) {
    const word = t.slice(n.start, n.start + 2)
    const sign = GAP_WORDS[word]
    if (sign) {
      direction = { word, start: n.start, end: n.start + 2, sign }
      n.qualifier = null
    }
  }
  // "低于95%的目标值": the number is the target compared with, not an amount by which it differs
  if (
    direction &&
    /^[\s*]*$/.test(t.slice(direction.end, first.start)) &&
    /^[\s*]*的?(?:控制)?(目标|指标|计划|预期|标准|要求|考核|上限)/.test(t.slice(n.end, n.end + 8))
  )
    direction = null
  const sentenceStart = s.sentenceStart(first.start)
  const cue = readRoleCue(
    t,
    {
      from,
      to: first.start,
      clause: s.clauseStart(first.start),
      sentence: Math.max(sentenceStart, cueFrom(t, s, numbers, at, sentenceStart)),
      sentenceStart,
      percent: n.unit === '%',
      points: n.unit === '分',
      bound: n.qualifier === 'atLeast' || n.qualifier === 'atMost',
      after: t.slice(n.end, n.end + 6),
      rest: t.slice(n.end, Math.min(s.sentenceEnd(n.end), n.end + REST)),
    },
    direction,
    level,
  )
  const magnitude = n.value.abs()
  const written: WrittenValue = {
    value: direction ? (direction.sign < 0 ? magnitude.neg() : magnitude) : n.value,
    signed: direction !== null || n.value.sign < 0,
    unit: n.unit,
    decimals: n.decimals,
    qualifier: n.qualifier,
  }
  // the next number that is data ends the clause (三 of 三级指标 does not)
  let j = k + 1
  while (j < numbers.length && numbers[j]!.ignored !== null && j - k < 4) j++
  const next = numbers[j]
  const clauseTo = Math.min(s.clauseEnd(n.end), next ? next.start : t.length)
  return { n, clauseFrom: from, clauseTo, written, cue, direction }
}

/**
 * Where to look for a role word when the clause has none. Words after the number before, in its own
 * clause, are that number's ("超过90%的年度目标，受益群众满意度达93%": 目标 is the 90%'s).
 */
function cueFrom(
  t: string,
  s: TextStructure,
  numbers: readonly FoundNumber[],
  at: number,
  sentenceStart: number,
): number {
  const from = breakdownFrom(t, numbers, at, sentenceStart)
  const prevEnd = numbers[at - 1]?.end ?? 0
  if (from !== prevEnd || at === 0) return from
  // skip the rest of the previous number's clause; a label clause after it ("年初预算：") is ours
  return Math.min(Math.max(from, s.clauseEnd(prevEnd)), numbers[at]!.start)
}

/**
 * Where the words that may give a number its role begin, when its clause has none: after the
 * number before it — but a part of a breakdown ("年初预算500万元，其中财政拨款450万元、结转资金50万元")
 * takes the words of its whole, so the words before the whole.
 */
function breakdownFrom(t: string, numbers: readonly FoundNumber[], at: number, sentenceStart: number): number {
  const before = (j: number) => numbers[j - 1]?.end ?? 0
  let cur = at
  for (let steps = 0; cur > 0 && steps < MAX_BREAKDOWN; steps++) {
    // "全年预算2.38万元（年初预算为0，…），其中财政拨款0.58万元": the numbers of a bracketed aside are no
    // whole of the parts after it; the whole is the number before the bracket
    const aside = asideBefore(t, numbers, cur, sentenceStart)
    if (aside !== null && aside < 0) break
    const pi = aside ?? cur - 1
    const p = numbers[pi]!
    if (p.start < sentenceStart) break
    const gap = t.slice(p.end, numbers[cur]!.start).replace(ASIDE, '')
    if (/其中/.test(gap) && !/[。；;！？\n]/.test(gap)) {
      // "基本支出较上年减少3.9万元，其中人员经费…": the parts are of 基本支出, not of the change
      const whole = before(pi)
      return CHANGE_WORDS.test(t.slice(whole, p.start)) ? before(at) : whole
    }
    if (gap.length > BREAKDOWN_GAP || !/[、和及与]/.test(gap) || /[，,。；;！？\n]/.test(gap)) break
    cur = pi
  }
  return before(at)
}

/** a bracketed aside, closed: 三个指标（安全率、学生满意度）, 全年预算2.38万元（年初预算为0） */
export const ASIDE = /[（(][^（）()]*[）)]/g

/**
 * When the number before numbers[j] is inside a bracket closed before numbers[j], the index of the
 * last number before that bracket opens (-1 for none); null when it is not in an aside.
 */
function asideBefore(t: string, numbers: readonly FoundNumber[], j: number, sentenceStart: number): number | null {
  const p = numbers[j - 1]!
  const gap = t.slice(p.end, numbers[j]!.start)
  const close = gap.search(/[）)]/)
  if (close < 0 || /[（(]/.test(gap.slice(0, close))) return null
  const open = Math.max(t.lastIndexOf('（', p.start), t.lastIndexOf('(', p.start))
  if (open < sentenceStart) return null
  let i = j - 1
  while (i >= 0 && numbers[i]!.end > open) i--
  return i
}

/** units of a count of rows */
const COUNTED = new Set(['项', '个', '条', '类', '处'])
/** a direction word of achievement (未完成, 超额完成) */
const STATUS_WORD = /完成|达成|达到|实现|达标/

const MAX_BREAKDOWN = 8
const CHANGE_WORDS = /较|比|增|减|超|节约|结余|差|多|少|高|低/
const REST = 24
const BREAKDOWN_GAP = 20
