// Reads every number in a (width-folded) draft: Arabic with separators, decimals and signs,
// Chinese numerals, 百分之…, 万/亿 scales, qualifiers and units, and the two ends of a range.
// What the number means (a data value, a year, a list marker) is decided later (not-data.ts).
import { Decimal } from '../decimal.ts'
import { CHINESE_NUMERAL_RUN, isChineseNumeralChar, isNumeralCode, parseChineseNumeral } from './chinese-numerals.ts'
import { isCjk, isDigit } from './fold.ts'
import {
  COMPARATIVE_QUALIFIERS,
  INNER_QUALIFIERS,
  POST_QUALIFIERS,
  PRE_QUALIFIERS,
  type Qualifier,
} from './qualifiers.ts'
import { readUnit } from './units.ts'

export type NumberToken = {
  /** the whole mention: qualifiers, numeral, scale and unit */
  start: number
  end: number
  /** the numeral itself (with its sign) */
  numStart: number
  numEnd: number
  /** in `unit`, as written: the sign only when written ("-5.36") */
  value: Decimal
  /** digits after the point, in `unit`; negative when a scale made it coarser (1.2万人 → -3) */
  decimals: number
  unit: string | null
  script: 'arabic' | 'chinese'
  qualifier: Qualifier | null
  range: 'low' | 'high' | null
  /** a single Chinese numeral character (一, 两, 三 …) */
  lone: boolean
  /** glued to Latin letters (P1, 5G): a code, not a quantity */
  code: boolean
  /** 4 or 8 when 万 or 亿 multiplied the value and no unit followed ("30.64万") */
  scaleDigits: number
}

const BAI = '百'.charCodeAt(0)
const DOT = '.'.charCodeAt(0)
const MINUS = '-'.charCodeAt(0)
const PLUS = '+'.charCodeAt(0)
const UNDERSCORE = '_'.charCodeAt(0)
const isAsciiLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const COMMA = ','.charCodeAt(0)
const isDigitCode = (c: number) => c >= 48 && c <= 57
const RANGE_SEPARATORS = new Set(['-', '~', '—', '–', '至', '到'])
const SCALES: Readonly<Record<string, number>> = { 万: 4, 亿: 8 }
/** 节约 is not 约, 附近 is not 近: the character before a one-character qualifier that makes a word. */
const PART_OF_WORD: Readonly<Record<string, string>> = {
  约: '节制契预集简合条公相邀俭',
  近: '附贴亲靠邻',
  逾: '',
}

/** `skip` holds [start, end) regions to leave alone (citation markers, placeholders), sorted. */
export function scanNumbers(t: string, skip: ReadonlyArray<readonly [number, number]> = []): NumberToken[] {
  const tokens: NumberToken[] = []
  let region = 0
  let i = 0
  while (i < t.length) {
    while (region < skip.length && skip[region]![1] <= i) region++
    const r = skip[region]
    if (r && r[0] <= i) {
      i = r[1]
      continue
    }
    const c = t.charCodeAt(i)
    const digit = c >= 48 && c <= 57
    if (!digit && !isNumeralCode(c)) {
      i++
      continue
    }
    const prev = tokens[tokens.length - 1]
    const before = i > 0 ? t.charCodeAt(i - 1) : -1
    let token: NumberToken | null = null
    let next = i + 1
    if (c === BAI && t.startsWith('百分之', i)) {
      token = readPercentWord(t, i)
      if (!token) next = i + 3
    } else if (digit) {
      if (!(before >= 48 && before <= 57) && before !== DOT) token = readArabic(t, i, prev?.end ?? -1)
    } else if (!isNumeralCode(before)) {
      const run = chineseRun(t, i)
      token = readChinese(t, i, run)
      if (!token) next = i + run.length
    }
    if (token) {
      if (prev && isRangePair(t, prev, token)) {
        prev.range = 'low'
        token.range = 'high'
        if (prev.unit === null && token.unit !== null) inheritUnit(prev, token)
      }
      tokens.push(token)
      next = Math.max(token.end, i + 1)
    }
    i = next
  }
  return tokens
}

function chineseRun(t: string, i: number): string {
  CHINESE_NUMERAL_RUN.lastIndex = i
  return CHINESE_NUMERAL_RUN.exec(t)?.[0] ?? t[i]!
}

/**
 * The Arabic numeral at i, as /(\d{1,3}(?:,\d{3}(?!\d))+|\d+)(\.\d+)?/y reads it — thousands
 * groups only after one to three digits — read by character code (this runs for every number of
 * every draft): where its integer part ends and where it ends, or null when no digit is at i.
 */
function arabicSpan(t: string, i: number): { intEnd: number; end: number } | null {
  let j = i
  while (isDigitCode(t.charCodeAt(j))) j++
  if (j === i) return null
  const group = (at: number) =>
    t.charCodeAt(at) === COMMA &&
    isDigitCode(t.charCodeAt(at + 1)) &&
    isDigitCode(t.charCodeAt(at + 2)) &&
    isDigitCode(t.charCodeAt(at + 3)) &&
    !isDigitCode(t.charCodeAt(at + 4))
  if (j - i <= 3) while (group(j)) j += 4
  const intEnd = j
  if (t.charCodeAt(j) === DOT && isDigitCode(t.charCodeAt(j + 1))) {
    j += 2
    while (isDigitCode(t.charCodeAt(j))) j++
  }
  return { intEnd, end: j }
}

function readArabic(t: string, i: number, prevEnd: number): NumberToken | null {
  const span = arabicSpan(t, i)
  if (!span) return null
  const intText = t.slice(i, span.intEnd)
  const fraction = span.end > span.intEnd ? t.slice(span.intEnd + 1, span.end) : ''
  let numStart = i
  let sign = ''
  const before = t.charCodeAt(i - 1)
  if ((before === MINUS || before === PLUS) && prevEnd !== i - 1 && !/[0-9%‰A-Za-z.)）\]]/.test(t[i - 2] ?? '')) {
    numStart = i - 1
    sign = before === MINUS ? '-' : ''
  }
  const numEnd = span.end
  const digits = `${intText.includes(',') ? intText.replace(/,/g, '') : intText}${fraction}`
  // (up to 15 digits a double holds the integer exactly, and BigInt of a number is cheaper than of text)
  const units = digits.length <= 15 ? BigInt(Number(digits)) : BigInt(digits)
  const value = Decimal.of(sign ? -units : units, fraction.length)
  // glued to Latin letters it is a code (P1, 5G) — but RMB999 is an amount of money
  const letterBefore = isAsciiLetterCode(t.charCodeAt(numStart - 1))
  const currency = letterBefore && /(?:RMB|CNY)$/i.test(t.slice(Math.max(0, numStart - 3), numStart))
  const code =
    !currency && (letterBefore || t.charCodeAt(numStart - 1) === UNDERSCORE || isAsciiLetterCode(t.charCodeAt(numEnd)))
  return finish(t, {
    numStart,
    numEnd,
    value,
    decimals: fraction.length,
    script: 'arabic',
    lone: false,
    code,
  })
}

function readChinese(t: string, i: number, run: string): NumberToken | null {
  // 百日, 千方百计, 万寿: a run that opens with a unit character is a word, not a number.
  if (/^[百千万亿]/.test(run)) return null
  let numText = run
  if (/[万亿]$/.test(run) && !run.includes('点') && run.length > 1) numText = run.slice(0, -1)
  const after = t[i + numText.length]
  if (numText === '十' && after === '分') return null // 十分 (very)
  // 二〇二二 digit by digit is a number only as a year.
  if (numText.length > 1 && !/[十百千万亿点]/.test(numText) && after !== '年') return null
  const value = parseChineseNumeral(numText)
  if (!value) return null
  const point = numText.indexOf('点')
  return finish(t, {
    numStart: i,
    numEnd: i + numText.length,
    value,
    decimals: point < 0 ? 0 : numText.length - point - 1,
    script: 'chinese',
    lone: numText.length === 1,
    code: false,
  })
}

function readPercentWord(t: string, i: number): NumberToken | null {
  const j = i + 3
  let inner: NumberToken | null = null
  if (isDigit(t[j])) inner = readArabic(t, j, -1)
  else if (isChineseNumeralChar(t[j])) inner = readChinese(t, j, chineseRun(t, j))
  if (!inner || inner.numStart !== j) return null
  // 百分之九十五 is 95%: the numeral is read alone, the unit is the 百分之 before it.
  inner.start = i
  inner.numStart = i
  inner.unit = '%'
  inner.lone = false
  // 不低于百分之九十五: the bound is before 百分之, not before the numeral
  if (!inner.qualifier) {
    for (const [word, q] of PRE_BY_LAST.get(t.charCodeAt(i - 1)) ?? []) {
      if (i < word.length || !t.startsWith(word, i - word.length)) continue
      inner.qualifier = q
      inner.start = i - word.length
      break
    }
  }
  return inner
}

type Numeral = Pick<NumberToken, 'numStart' | 'numEnd' | 'value' | 'decimals' | 'script' | 'lone' | 'code'>

function finish(t: string, n: Numeral): NumberToken {
  let j = n.numEnd
  let value = n.value
  let decimals = n.decimals
  let qualifier: Qualifier | null = innerQualifier(t, j)
  if (qualifier) j++
  const scale = SCALE_BY_CODE.get(t.charCodeAt(j))
  let scaleChar: string | null = null
  if (scale !== undefined) {
    scaleChar = t[j]!
    j++
    const q = qualifier ? null : innerQualifier(t, j) // 889万余元
    if (q) {
      qualifier = q
      j++
    }
  }
  let k = j
  while (t.charCodeAt(k) === SPACE && k - j < 2) k++
  let unit = readUnit(t, k)
  if (unit) j = k + unit.length
  if (scaleChar) {
    if (unit === '元' || unit?.startsWith('元/')) unit = `${scaleChar}${unit}`
    else {
      value = value.mul(Decimal.of(10n ** BigInt(scale!))).trimmed()
      decimals -= scale!
    }
  }
  if (!qualifier && POST_FIRST.has(t.charCodeAt(j))) {
    for (const [word, q] of POST_QUALIFIERS) {
      if (!t.startsWith(word, j)) continue
      if (word === '上下' && isCjk(t[j + word.length])) break
      qualifier = q
      j += word.length
      break
    }
  }
  // "控制在40万元以内": the limit a figure was kept within, a stated bound like ≤40万元 — not "a
  // little under 40万元"
  if (qualifier === 'under' && KEPT_WITHIN.test(t.slice(Math.max(0, n.numStart - 6), n.numStart))) qualifier = 'atMost'
  let start = n.numStart
  if (t.charCodeAt(start - 1) === EQUALS) start--
  // "低于95%的目标值": a comparison with the target, which the number is — not a bound on it
  const ofTarget = OF_TARGET_FIRST.has(t.charCodeAt(j)) && OF_TARGET.test(t.slice(j, j + 4))
  // "近 **195万元**": a space (left where emphasis was) may stand between the word and the number
  let at = start
  while (at > 0 && (t.charCodeAt(at - 1) === SPACE || t.charCodeAt(at - 1) === IDEOGRAPHIC_SPACE) && start - at < 2)
    at--
  for (const [word, q] of PRE_BY_LAST.get(t.charCodeAt(at - 1)) ?? []) {
    if (at < word.length || !t.startsWith(word, at - word.length)) continue
    if (ofTarget && COMPARATIVE_QUALIFIERS.has(word)) break
    // "> 二是…": a Markdown quote's mark at the start of a line, not "more than"
    if (word === '>' && /(?:^|\n)[ \t>]*$/.test(t.slice(Math.max(0, at - word.length - 8), at - word.length))) break
    const before = t[at - word.length - 1]
    if (before !== undefined && PART_OF_WORD[word]?.includes(before)) break
    qualifier ??= q
    start = at - word.length
    break
  }
  // "不到预算的三成", "超过全年支出的一半": the bound is on the share, with its whole between
  if (!qualifier && unit === '%') {
    const m = SHARE_BOUND.exec(t.slice(Math.max(0, at - 14), at))
    if (m) qualifier = SHARE_BOUND_KIND[m[1]!]!
  }
  return {
    start,
    end: j,
    numStart: n.numStart,
    numEnd: n.numEnd,
    value,
    decimals,
    unit,
    script: n.script,
    qualifier,
    range: null,
    lone: n.lone,
    code: n.code,
    scaleDigits: scaleChar && !unit ? scale! : 0,
  }
}

/** a bound word, the whole, 的: the share after it is bounded ("不到预算的三成") */
const SHARE_BOUND = /(不到|不足|将近|接近|近|约|逾|超过)[^，,。；;：:\d%]{1,10}的$/
const SHARE_BOUND_KIND: Readonly<Record<string, Qualifier>> = {
  不到: 'under',
  不足: 'under',
  将近: 'near',
  接近: 'near',
  近: 'near',
  约: 'approx',
  逾: 'over',
  超过: 'over',
}

/** 余 or 多 right after the numeral (400余起, 30多万元); 多 only before a scale or a unit. */
function innerQualifier(t: string, at: number): Qualifier | null {
  const q = INNER_BY_CODE.get(t.charCodeAt(at))
  if (!q) return null
  if (
    t.charCodeAt(at) === DUO &&
    !(at + 1 < t.length && (SCALE_BY_CODE.has(t.charCodeAt(at + 1)) || readUnit(t, at + 1)))
  )
    return null
  return q
}

// Lookups by character code: t[i] of a CJK character makes a new one-character string each time,
// and a property or Map lookup by it is several times dearer than one by its code.
const byCode = <T>(table: Readonly<Record<string, T>>) =>
  new Map(Object.entries(table).map(([c, v]) => [c.charCodeAt(0), v] as const))
const INNER_BY_CODE = byCode(INNER_QUALIFIERS)
const SCALE_BY_CODE = byCode(SCALES)
const DUO = '多'.charCodeAt(0)
const SPACE = 32
const IDEOGRAPHIC_SPACE = 0x3000
const EQUALS = '='.charCodeAt(0)
const OF_TARGET = /^的?(目标|指标|计划|预期|标准|要求|考核)/
/** the characters OF_TARGET can begin with */
const OF_TARGET_FIRST = new Set([...'的目指计预标要考'].map((c) => c.charCodeAt(0)))

/** 控制在, 压减到: what comes before a limit a figure was kept within */
const KEPT_WITHIN = /(?:控制|压减|压缩|限定|限制)(?:在|于|到)\s*$/
const POST_FIRST = new Set(POST_QUALIFIERS.map(([w]) => w.charCodeAt(0)))
const PRE_BY_LAST = new Map<number, (readonly [string, Qualifier])[]>()
for (const e of PRE_QUALIFIERS) {
  const last = e[0].charCodeAt(e[0].length - 1)
  ;(PRE_BY_LAST.get(last) ?? PRE_BY_LAST.set(last, []).get(last)!).push(e)
}

function isRangePair(t: string, a: NumberToken, b: NumberToken): boolean {
  if (a.script !== b.script || a.end + 1 !== b.start) return false
  if (!RANGE_SEPARATORS.has(t[a.end]!)) return false
  // "1−85.11%=14.89%", "(36−30.64)÷36": a difference in a formula, not a range
  if (
    /^\s*[=≈＝÷×*/+＋)）]/.test(t.slice(b.end, b.end + 3)) ||
    /[=≈＝÷×*/+＋(（]\s*$/.test(t.slice(Math.max(0, a.start - 3), a.start))
  )
    return false
  return a.unit === null || b.unit === null || a.unit === b.unit
}

/** "30-40万元": the low end takes the unit (and scale) of the high end. */
function inheritUnit(low: NumberToken, high: NumberToken) {
  low.unit = high.unit
}
