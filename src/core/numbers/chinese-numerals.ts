// Chinese numerals: 三十六, 二十二点七, 一百一十, 两, 一万二千, 二〇二二 (digit by digit).
// Only the standard forms; a run that is not one (十十, 百 without a digit) reads as nothing.
import { Decimal } from '../decimal.ts'

export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

const SMALL: Readonly<Record<string, bigint>> = { 十: 10n, 百: 100n, 千: 1000n }
const BIG: Readonly<Record<string, bigint>> = { 万: 10_000n, 亿: 100_000_000n }

/** A run of Chinese numeral characters, with an optional 点 and decimal digits. */
export const CHINESE_NUMERAL_RUN = /[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?/y

const NUMERAL_CHARS = new Set([...Object.keys(CHINESE_DIGITS), ...Object.keys(SMALL), ...Object.keys(BIG)])

const NUMERAL_CODES = new Uint8Array(65536)
for (const c of NUMERAL_CHARS) NUMERAL_CODES[c.charCodeAt(0)] = 1

export function isChineseNumeralChar(c: string | undefined): boolean {
  return c !== undefined && NUMERAL_CODES[c.charCodeAt(0)] === 1
}

/** By code unit, for the scanner's loop (−1 for "no character"). */
export function isNumeralCode(c: number): boolean {
  return c >= 0 && NUMERAL_CODES[c] === 1
}

/** The value of a Chinese numeral ("二十二点七" → 22.7), or null when it is not a well-formed one. */
export function parseChineseNumeral(text: string): Decimal | null {
  const [intText, fracText] = text.split('点') as [string, string | undefined]
  const int = parseChineseInteger(intText)
  if (int === null) return null
  if (fracText === undefined) return Decimal.of(int)
  if (fracText === '') return null
  let frac = ''
  for (const c of fracText) {
    const d = CHINESE_DIGITS[c]
    if (d === undefined || c === '两') return null
    frac += String(d)
  }
  return Decimal.parse(`${int}.${frac}`)
}

function parseChineseInteger(text: string): bigint | null {
  const chars = [...text]
  if (chars.length === 0) return null
  if (!chars.some((c) => c in SMALL || c in BIG)) {
    // 二〇二二: digit by digit; a lone digit is itself
    if (chars.length > 1 && chars.includes('两')) return null
    return BigInt(chars.map((c) => CHINESE_DIGITS[c]!).join(''))
  }
  let total = 0n
  let section = 0n
  let pending: bigint | null = null
  let lastSmall = 10_000n
  let lastBig = 1_000_000_000_000n
  for (const c of chars) {
    const d = CHINESE_DIGITS[c]
    if (d !== undefined) {
      if (pending !== null && pending !== 0n) return null // 三五: two digits without a unit
      pending = BigInt(d)
      continue
    }
    const small = SMALL[c]
    if (small !== undefined) {
      if (small >= lastSmall) return null
      if (pending === null && small !== 10n) return null // 百 and 千 need a digit; 十 alone is 10
      if (pending === 0n) return null
      section += (pending ?? 1n) * small
      pending = null
      lastSmall = small
      continue
    }
    const big = BIG[c]!
    if (big >= lastBig) return null
    section += pending ?? 0n
    if (section === 0n) return null
    total = big === BIG.亿 ? (total + section) * big : total + section * big
    section = 0n
    pending = null
    lastSmall = 10_000n
    lastBig = big
  }
  return total + section + (pending ?? 0n)
}
