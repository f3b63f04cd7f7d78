// Does a number as written agree with a fact? Same dimension after unit conversion (万元 ↔ 元 ↔
// 亿元), equal to the fact's exact value rounded at the precision the text used (85.11% may be
// written 85.1% or 85%), and within the step a qualifier allows (约, 余, 以上 …). The exact value
// is used, never the rounded one, so that double rounding cannot make a wrong number pass.
import { Decimal } from '../decimal.ts'
import type { Fact } from '../facts.ts'
import type { Qualifier } from '../numbers/qualifiers.ts'
import { sameMentionDimension } from '../numbers/units.ts'
import { convertUnit, isMoneyUnit } from '../units.ts'

export type WrittenValue = {
  /** with the sign the text gives it (a direction word or a minus), else the magnitude */
  value: Decimal
  /** whether the text states a sign */
  signed: boolean
  unit: string | null
  decimals: number
  qualifier: Qualifier | null
}

/** The fact's exact value in the text's unit, or null when the units measure different things. */
export function factInTextUnit(f: Fact, unit: string | null): Decimal | null {
  // a cell written without a unit ("100", "37.24") is read in the unit the draft gives it, and in
  // money only when the table implies 万元 for it (then 43.2元 is a unit slip)
  if (f.unit === '' && f.impliedUnit && isMoneyUnit(unit)) return convertUnit(f.exact, f.impliedUnit, unit)
  if (f.unit === '' && !isMoneyUnit(unit) && f.role !== 'quoted') return f.exact
  // "| 居民健康档案 | 38508 | 37442 |": a bare number is a count in the indicator's own measure word
  if (unit === null && isBareCount(f)) return f.exact
  if (!sameMentionDimension(unit, f.unit)) return null
  if (isMoneyUnit(unit) && isMoneyUnit(f.unit)) return convertUnit(f.exact, f.unit, unit)
  return f.exact
}

/** an indicator's cells a bare number may be (its target or its actual, not a derived gap or rate) */
const BARE_COUNT_ROLES = new Set(['target', 'actual'])
/**
 * An indicator's target or actual counted in its own measure word (人, 户, 个, 吨 …: not money, a share,
 * points, a multiple or time), which a bare number may be.
 */
export function isBareCount(f: Fact): boolean {
  return (
    BARE_COUNT_ROLES.has(f.role) &&
    f.group === 'indicator' &&
    f.unit !== '' &&
    !isMoneyUnit(f.unit) &&
    !/%|分|倍|百分点|年|月|日|天/.test(f.unit)
  )
}

/** The number as written, without the sign a direction word gives it (for unsigned comparisons). */
export function unsigned(w: WrittenValue): WrittenValue {
  return { ...w, value: w.value.abs(), signed: false }
}

/** A computed value to compare a number with (a derivation, written arithmetic): not on the sheet. */
export function computedValue(exact: Decimal, unit: string, precision: number): Fact {
  return {
    id: '~computed',
    label: '',
    value: exact,
    exact,
    unit,
    precision,
    display: '',
    role: 'value',
    group: 'funding',
    table: '',
    tableName: '',
    subject: '',
    source: { kind: 'formula', formula: '', expression: '', inputs: [] },
  }
}

export function valueMatches(w: WrittenValue, f: Fact): boolean {
  const exact = factInTextUnit(f, w.unit)
  if (exact === null) return false
  if (!w.qualifier && w.decimals < exact.significantScale && !mayRound(f) && !atUsualPrecision(w, f)) return false
  return agrees(w, w.signed ? exact : exact.abs()) || morePrecise(w, f, exact)
}

/**
 * 1329120.67元 against a cell of 132.912万元: the text is more precise than the table, and agrees
 * with it at the table's precision. Not an error (the card says so).
 */
export function morePrecise(w: WrittenValue, f: Fact, exact: Decimal): boolean {
  // only across a conversion (万元 → 元), and only for a cell kept to the 百元 or finer: a cell of
  // "90万元" is a round amount, not one known to ±5000元
  if (w.qualifier || f.source.kind !== 'cell' || !isMoneyUnit(f.unit) || !isMoneyUnit(w.unit) || f.unit === w.unit)
    return false
  const step = convertUnit(Decimal.of(1n, f.precision), f.unit, w.unit)
  const yuan = convertUnit(Decimal.of(1n, f.precision), f.unit, '元')
  if (!step || !yuan || yuan.gt(Decimal.HUNDRED)) return false
  const digits = step.trimmed().toString()
  const at = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : -(digits.length - 1)
  if (w.decimals <= at) return false
  const x = w.signed ? w.value : w.value.abs()
  return roundAt(x, at).eq(roundAt(w.signed ? exact : exact.abs(), at))
}

/**
 * 387664.62元 written 38.77万元 (a 万元 table, two decimals), 207.4538万元 written 207.45万元: an amount
 * in 万元 or a coarser money unit is written at that unit's usual precision, to the 百元 or finer.
 */
function atUsualPrecision(w: WrittenValue, f: Fact): boolean {
  if (!isMoneyUnit(w.unit) || !isMoneyUnit(f.unit) || w.decimals < 2) return false
  const step = convertUnit(Decimal.of(1n, w.decimals), w.unit, '元')
  const cell = convertUnit(Decimal.of(1n, f.precision), f.unit, '元')
  return step !== null && cell !== null && step.gt(cell) && step.lte(Decimal.HUNDRED)
}

/**
 * A computed figure (an execution rate of 85.111…%) or a percentage may be written rounded
 * (85.1%, 85%); a stated amount (9.8万元) must be written in full unless the text says 约.
 */
function mayRound(f: Fact): boolean {
  return f.unit === '%' || f.exact.significantScale > f.precision
}

/** The fact matches but for its sign: the direction word is the wrong way round. */
export function valueMatchesFlipped(w: WrittenValue, f: Fact): boolean {
  if (!w.signed || w.value.isZero) return false
  const exact = factInTextUnit(f, w.unit)
  if (exact === null || exact.isZero) return false
  if (!w.qualifier && w.decimals < exact.significantScale && !mayRound(f)) return false
  return agrees(w, exact.neg())
}

function agrees(w: WrittenValue, exact: Decimal): boolean {
  const x = w.value
  if (roundAt(exact, w.decimals).eq(x)) return true
  if (w.qualifier === null || w.qualifier === 'atLeast' || w.qualifier === 'atMost') return false
  const last = lastDigit(x, w.decimals)
  const step = pow10(-last)
  const lo = x.abs()
  const e = exact.abs()
  if (exact.sign * x.sign < 0) return false
  switch (w.qualifier) {
    case 'approx':
      return roundAt(exact, last).eq(x)
    case 'near':
    case 'under':
      return e.lte(lo) && e.gt(lo.sub(step))
    case 'over':
      return e.gte(lo) && e.lt(lo.add(step))
  }
}

/** Rounds 四舍五入 at `decimals` digits after the point; negative means tens, hundreds … */
export function roundAt(d: Decimal, decimals: number): Decimal {
  if (decimals >= 0) return d.round(decimals)
  const unit = pow10(-decimals)
  return d.div(unit, 0)!.mul(unit)
}

/** The position of the last significant digit: 30.6 → 1, 31 → 0, 30 → -1, 400 → -2. */
export function lastDigit(x: Decimal, decimals: number): number {
  if (decimals !== 0) return decimals // 30.6 → 1; 1.2万人 → -3
  let units = x.abs().round(0).units
  if (units === 0n) return decimals
  let zeros = 0
  while (units % 10n === 0n) {
    units /= 10n
    zeros++
  }
  return -zeros
}

function pow10(k: number): Decimal {
  return k >= 0 ? Decimal.of(10n ** BigInt(k)) : Decimal.of(1n, -k)
}
