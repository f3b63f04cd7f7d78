// Indicator rows: read target and actual, decide met / exceeded / partial / not met / not
// comparable, and compute the completion ratio (the right way round for "≥" and "≤") and, for
// 成本指标, the deviation from the target.
import type { Decimal } from './decimal.ts'
import { percentOf } from './funding.ts'
import type { ScoringProfile } from './scoring-profile.ts'
import type { IndicatorRow } from './table.ts'
import { convertUnit, sameDimension } from './units.ts'
import { parseValueText, type QualitativeLevel, type ValueText } from './value-text.ts'

export type IndicatorCategory = '产出' | '效益' | '满意度' | '其他'
export type TargetDirection = 'at-least' | 'at-most' | 'exactly' | 'within'
export type IndicatorStatus = 'met' | 'exceeded' | 'partial' | 'not-met' | 'not-comparable'
export type Comparison = 'numeric' | 'qualitative' | 'date' | null

export type IndicatorResult = {
  index: number
  row: IndicatorRow
  category: IndicatorCategory
  isCost: boolean
  target: ValueText
  actual: ValueText
  /** the target was read from the indicator name ("年度资金支付完成率100%") */
  targetFromName: boolean
  direction: TargetDirection | null
  comparison: Comparison
  status: IndicatorStatus
  /** the actual is a definite value, not a bound like "≥95%" */
  actualDefinite: boolean
  /** the actual had no unit and was read in the target's unit */
  unitAssumed: boolean
  /** the actual in the target's unit, when numeric and definite */
  actualValue: Decimal | null
  /** percent: actual ÷ target for "≥"/"=", target ÷ actual for "≤"; not for 成本 rows */
  completionRatio: Decimal | null
  /** 成本 rows: actual − target (in the target's unit) and that ÷ target × 100 */
  deviation: { amount: Decimal; rate: Decimal | null } | null
  /** for qualitative comparison: the level the actual states */
  level: QualitativeLevel | null
  /** why the row could not be compared, in Chinese */
  note: string | null
}

function indicatorCategory(row: Pick<IndicatorRow, 'level1' | 'level2'>): IndicatorCategory {
  const l1 = row.level1.replace(/\s/g, '')
  const l2 = (row.level2 ?? '').replace(/\s/g, '')
  if (/满意/.test(l1) || /满意/.test(l2)) return '满意度'
  if (/产出/.test(l1)) return '产出'
  if (/效益|效果/.test(l1)) return '效益'
  return '其他'
}

function isCostRow(row: Pick<IndicatorRow, 'level1' | 'level2'>): boolean {
  return /成本/.test(row.level2 ?? '') || /成本/.test(row.level1)
}

/** "年度资金支付完成率100%" → the longest tail that reads as a number with an operator or unit. */
function targetInName(name: string): ValueText | null {
  const compact = name.replace(/\s/g, '')
  for (let i = 1; i < compact.length; i++) {
    if (!/[\d≥≤><=＞＜≧≦不达]/.test(compact[i]!)) continue
    const v = parseValueText(compact.slice(i))
    if (v.kind === 'number' && (v.unit !== null || v.operator !== null)) return v
  }
  return null
}

export function analyzeIndicator(
  row: IndicatorRow,
  index: number,
  profile: ScoringProfile,
  year: number,
): IndicatorResult {
  let target = parseValueText(row.target)
  let targetFromName = false
  if (target.kind === 'empty') {
    const fromName = targetInName(row.name)
    if (fromName) {
      target = fromName
      targetFromName = true
    }
  }
  const actual = parseValueText(row.actual)
  const isCost = isCostRow(row)
  const base: IndicatorResult = {
    index,
    row,
    category: indicatorCategory(row),
    isCost,
    target,
    actual,
    targetFromName,
    direction: directionOf(target, isCost, profile),
    comparison: null,
    status: 'not-comparable',
    actualDefinite: actual.kind === 'number' && (actual.operator === null || actual.operator === '='),
    unitAssumed: false,
    actualValue: null,
    completionRatio: null,
    deviation: null,
    level: null,
    note: null,
  }
  const notComparable = (note: string): IndicatorResult => ({ ...base, note })

  if (target.kind === 'empty') return notComparable('未填写指标值')
  if (target.kind === 'unreadable') return notComparable(`指标值“${row.target.trim()}”无法识别`)
  if (actual.kind === 'empty') return notComparable('未填写实际完成值')
  if (actual.kind === 'unreadable') return notComparable(`实际完成值“${row.actual.trim()}”无法识别`)

  if (actual.kind === 'qualitative') {
    const level = target.kind === 'qualitative' && sameWording(target.text, actual.text) ? 'achieved' : actual.level
    if (level === null) return notComparable(`实际完成值“${actual.text}”未表明是否达成`)
    const status: IndicatorStatus = level === 'achieved' ? 'met' : level === 'partial' ? 'partial' : 'not-met'
    return { ...base, comparison: 'qualitative', level, status }
  }
  if (target.kind === 'qualitative') {
    return notComparable(`指标值为定性表述“${target.text}”，实际完成值为数值，无法比较`)
  }
  if (target.kind === 'date') {
    if (actual.kind !== 'date') return notComparable('指标值为时间节点，实际完成值不是时间')
    const met = dateKey(actual, year) <= dateKey(target, year)
    return { ...base, comparison: 'date', status: met ? 'met' : 'not-met' }
  }
  if (actual.kind === 'date') return notComparable('实际完成值为时间，指标值不是时间节点')
  return compareNumbers(base, target, actual)
}

function compareNumbers(
  base: IndicatorResult,
  target: Extract<ValueText, { kind: 'number' | 'range' }>,
  actual: Extract<ValueText, { kind: 'number' | 'range' }>,
): IndicatorResult {
  const targetUnit = target.unit
  if (actual.kind === 'range') {
    return { ...base, note: `实际完成值“${actual.raw.trim()}”是一个区间，不是确定的数值` }
  }
  let unitAssumed = false
  let value: Decimal | null
  if (actual.unit === null || targetUnit === null) {
    value = actual.value
    unitAssumed = actual.unit !== targetUnit
  } else if (sameDimension(actual.unit, targetUnit)) {
    value = convertUnit(actual.value, actual.unit, targetUnit)
  } else {
    return { ...base, note: `单位不一致：指标值为“${targetUnit}”，实际完成值为“${actual.unit}”` }
  }
  if (value === null) return { ...base, note: '单位无法换算' }
  const withUnit = { ...base, unitAssumed, comparison: 'numeric' as const }

  if (!base.actualDefinite) {
    // "≥95%" as an actual is a bound, not a value: met only when the bound implies the target.
    const op = actual.kind === 'number' ? actual.operator : null
    const implied =
      target.kind === 'number' &&
      ((base.direction === 'at-least' && (op === '>=' || op === '>') && value.gte(target.value)) ||
        (base.direction === 'at-most' && (op === '<=' || op === '<') && value.lte(target.value)))
    return implied
      ? { ...withUnit, status: 'met', note: '实际完成值为区间表述，按其下限（上限）判断已达到指标值' }
      : { ...withUnit, comparison: null, note: `实际完成值“${actual.raw.trim()}”不是确定的数值` }
  }

  if (target.kind === 'range') {
    const status: IndicatorStatus = value.lt(target.low) ? 'not-met' : value.gt(target.high) ? 'exceeded' : 'met'
    return { ...withUnit, actualValue: value, status, completionRatio: percentOf(value, target.low) }
  }

  const t = target.value
  const op = target.operator
  let status: IndicatorStatus
  switch (base.direction) {
    case 'at-most':
      status = (op === '<' ? value.lt(t) : value.lte(t)) ? 'met' : 'not-met'
      break
    case 'exactly':
      status = value.eq(t) ? 'met' : value.gt(t) ? 'exceeded' : 'not-met'
      break
    default:
      status = (op === '>' ? value.gt(t) : value.gte(t)) ? (value.gt(t) ? 'exceeded' : 'met') : 'not-met'
  }
  if (base.isCost) {
    const amount = value.sub(t)
    return { ...withUnit, actualValue: value, status, deviation: { amount, rate: percentOf(amount, t) } }
  }
  const completionRatio = base.direction === 'at-most' ? percentOf(t, value) : percentOf(value, t)
  return { ...withUnit, actualValue: value, status, completionRatio }
}

function directionOf(target: ValueText, isCost: boolean, profile: ScoringProfile): TargetDirection | null {
  if (target.kind === 'range') return 'within'
  if (target.kind !== 'number') return null
  switch (target.operator) {
    case '>=':
    case '>':
      return 'at-least'
    case '<=':
    case '<':
      return 'at-most'
    case '=':
      return isCost && profile.costTargetIsCeiling ? 'at-most' : 'exactly'
    default:
      // A bare value reads as a floor, except in 成本 rows where an amount is a ceiling.
      return isCost ? 'at-most' : 'at-least'
  }
}

function sameWording(a: string, b: string): boolean {
  const clean = (s: string) => s.replace(/[\s，。,.、；;]/g, '')
  return clean(a) === clean(b)
}

function dateKey(d: Extract<ValueText, { kind: 'date' }>, year: number): number {
  const y = d.year ?? year
  const m = d.month ?? 12
  const day = d.day ?? (d.bound === 'before' && d.month !== null ? 0 : 31)
  return y * 10000 + m * 100 + day
}
