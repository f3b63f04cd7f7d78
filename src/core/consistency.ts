// Consistency checks on a project table: sums that do not add up, cost indicators that disagree
// with the money, values that are not values, variances with no reason, scores that differ.
import { Decimal } from './decimal.ts'
import { formatAmount, formatNumber, formatPercent } from './format.ts'
import type { FundingResult } from './funding.ts'
import type { IndicatorResult } from './indicators.ts'
import type { ProjectAnalysis } from './project-analysis.ts'
import { convertUnit, isMoneyUnit } from './units.ts'
import { readReasonCell } from './reason-cell.ts'
import { parseValueText } from './value-text.ts'
import type { RowRef, TableWarning, WarningCode } from './warnings.ts'

type Emit = (
  code: WarningCode,
  rows: RowRef[],
  message: string,
  messageEn: string,
  values?: Record<string, Decimal | string>,
  severity?: 'warning' | 'info',
) => void

export function warningEmitter(table: string, tableName: string, out: TableWarning[]): Emit {
  return (code, rows, message, messageEn, values = {}, severity = 'warning') =>
    out.push({
      code,
      severity,
      message,
      messageEn,
      table,
      tableName,
      rows,
      values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.toString()])),
    })
}

const COLUMNS = [
  { key: 'budget', zh: '年初预算数' },
  { key: 'fullYearBudget', zh: '全年预算数' },
  { key: 'actual', zh: '实际投入' },
] as const

export function checkProject(p: ProjectAnalysis): TableWarning[] {
  const out: TableWarning[] = []
  const emit = warningEmitter(p.key, p.tableName, out)
  checkFundingSums(emit, p)
  checkCostIndicators(emit, p)
  p.indicators.forEach((r, i) => {
    checkIndicator(emit, r, p.score.indicators[i] ?? null)
  })
  checkFundingReasons(emit, p)
  checkExecution(emit, p)
  checkWeights(emit, p)
  return out
}

const fundingRef = (r: FundingResult): RowRef => ({ path: `funding[${r.index}]`, label: r.label })
const indicatorRef = (r: IndicatorResult): RowRef => ({
  path: `indicators[${r.index}]`,
  label: r.row.name.replace(/\s+/g, ''),
})

/** Every value, or null when one is missing. */
function allPresent<T>(values: readonly (T | null)[]): T[] | null {
  const out: T[] = []
  for (const v of values) {
    if (v === null) return null
    out.push(v)
  }
  return out
}

/** The sources against 合计, column by column; or a note that 合计 is empty and the sources are used. */
function checkFundingSums(emit: Emit, p: ProjectAnalysis) {
  const { total, sums } = p.funding
  const unit = p.table.moneyUnit
  if (total && p.funding.executionFrom === 'sources') {
    emit(
      'FUNDING_TOTAL_EMPTY',
      [fundingRef(total)],
      `“${total.label}”行未填写金额，执行率按各资金来源之和计算`,
      'the total row is empty; the execution rate uses the sum of the sources',
      {},
      'info',
    )
    return
  }
  if (!total || sums.parts.length === 0) return
  for (const col of COLUMNS) {
    const stated = total.row[col.key]
    const sum = sums[col.key]
    if (stated === null || sum === null || stated.eq(sum)) continue
    const parts = sums.parts.flatMap((r) => {
      const value = r.row[col.key]
      return value === null ? [] : [{ r, value }]
    })
    const terms = parts.map(({ r, value }) => `${r.label} ${formatNumber(value, 6)}`).join(' + ')
    emit(
      'FUNDING_SUM_MISMATCH',
      [fundingRef(total), ...parts.map(({ r }) => fundingRef(r))],
      `资金来源之和与合计不符（${col.zh}）：${terms} = ${formatAmount(sum, unit, 6)}，而“${total.label}”为 ${formatAmount(stated, unit, 6)}，相差 ${formatAmount(stated.sub(sum).abs(), unit, 6)}`,
      `${col.key}: sources add up to ${sum} but the total row says ${stated}`,
      { column: col.key, stated, sum, difference: stated.sub(sum) },
    )
  }
}

/** Cost indicators in money against the money spent (a warning) and budgeted (a note). */
function checkCostIndicators(emit: Emit, p: ProjectAnalysis) {
  const costRows = p.indicators.filter((r) => r.isCost && r.target.kind === 'number' && isMoneyUnit(r.target.unit))
  if (costRows.length === 0) return
  const { total, sums } = p.funding
  const unit = p.table.moneyUnit
  const fromTotal = total && p.funding.executionFrom !== 'sources'
  const spent = fromTotal ? total.row.actual : sums.actual
  const budget = fromTotal ? total.row.budget : sums.budget
  const inMoney = (r: IndicatorResult, which: 'target' | 'actual') => {
    const cell = r[which]
    if (cell.kind !== 'number') return null
    const fallback = r.target.kind === 'number' ? r.target.unit : null
    return convertUnit(cell.value, cell.unit ?? fallback, unit)
  }
  const names = costRows.map((r) => `“${indicatorRef(r).label}”`).join('、')
  const refs = [...costRows.map(indicatorRef), ...(total ? [fundingRef(total)] : [])]
  const actuals = allPresent(costRows.map((r) => inMoney(r, 'actual')))
  if (spent && actuals) {
    const costActual = Decimal.sum(actuals)
    if (!costActual.eq(spent)) {
      emit(
        'COST_INDICATOR_MISMATCH',
        refs,
        `成本指标${names}实际完成值为 ${formatAmount(costActual, unit, 6)}，而资金情况实际投入为 ${formatAmount(spent, unit, 6)}，相差 ${formatAmount(spent.sub(costActual).abs(), unit, 6)}`,
        `cost indicator actual ${costActual} differs from the funding actual ${spent}`,
        { costActual, fundingActual: spent, difference: spent.sub(costActual) },
      )
    }
  }
  const targets = allPresent(costRows.map((r) => inMoney(r, 'target')))
  if (budget && targets) {
    const costTarget = Decimal.sum(targets)
    if (!costTarget.eq(budget)) {
      emit(
        'COST_INDICATOR_MISMATCH',
        refs,
        `成本指标${names}指标值为 ${formatAmount(costTarget, unit, 6)}，而资金情况年初预算为 ${formatAmount(budget, unit, 6)}`,
        `cost indicator target ${costTarget} differs from the budget ${budget}`,
        { costTarget, fundingBudget: budget, difference: budget.sub(costTarget) },
        'info',
      )
    }
  }
}

/** One indicator row: values that are not values, assumptions made, a variance with no reason, its score. */
function checkIndicator(emit: Emit, r: IndicatorResult, line: ScoreLine | null) {
  const ref = indicatorRef(r)
  const name = `“${ref.label}”`
  for (const [cell, col] of [
    [r.target, '指标值'],
    [r.actual, '实际完成值'],
  ] as const) {
    if (cell.kind === 'unreadable') {
      emit(
        'VALUE_UNREADABLE',
        [ref],
        `${name}的${col}“${cell.raw.trim()}”无法识别：${cell.reason}。已按原文保留，未参与计算`,
        `${col === '指标值' ? 'target' : 'actual'} ${JSON.stringify(cell.raw)} could not be read`,
        { text: cell.raw },
      )
    }
  }
  if (
    (r.actual.kind === 'number' && r.actual.operator !== null && r.actual.operator !== '=') ||
    r.actual.kind === 'range'
  ) {
    emit(
      'ACTUAL_NOT_DEFINITE',
      [ref],
      `${name}的实际完成值写作“${r.actual.raw.trim()}”，是一个范围而不是确定的实际数值，请填写实际达到的数值`,
      `actual ${JSON.stringify(r.actual.raw)} is a bound, not a value`,
      { text: r.actual.raw },
    )
  }
  if (r.actual.kind === 'qualitative' && (r.target.kind === 'number' || r.target.kind === 'range')) {
    emit(
      'ACTUAL_QUALITATIVE',
      [ref],
      `${name}的指标值为“${r.target.raw.trim()}”，实际完成值却写作“${r.actual.raw.trim()}”，请填写实际数值`,
      'numeric target answered in words',
      { text: r.actual.raw },
    )
  }
  if (r.unitAssumed) {
    emit(
      'UNIT_ASSUMED',
      [ref],
      `${name}的实际完成值“${r.actual.raw.trim()}”未写单位，按指标值的单位理解`,
      'actual has no unit; read in the target unit',
      {},
      'info',
    )
  }
  if (r.targetFromName) {
    emit(
      'TARGET_FROM_NAME',
      [ref],
      `${name}未单独填写指标值，按名称中的“${r.target.raw}”理解`,
      'target read from the indicator name',
      {},
      'info',
    )
  }
  if (
    r.status === 'not-comparable' &&
    r.target.kind !== 'unreadable' &&
    r.actual.kind !== 'unreadable' &&
    r.note &&
    !(r.actual.kind === 'number' && !r.actualDefinite)
  ) {
    emit('INDICATOR_NOT_COMPARABLE', [ref], `${name}无法判断是否完成：${r.note}`, 'indicator cannot be compared')
  }
  const reasonValue = parseValueText(r.row.reason)
  if (reasonValue.kind === 'number' || reasonValue.kind === 'range') {
    emit(
      'REASON_LOOKS_LIKE_VALUE',
      [ref],
      `${name}的“偏差原因”栏填写的是数值“${r.row.reason.trim()}”，像是填错了栏目：原因栏应说明偏差原因及改进措施`,
      `reason column holds a value ${JSON.stringify(r.row.reason)}`,
      { text: r.row.reason },
    )
  }
  const hasReason = isReason(r.row.reason)
  const belowWeight = line !== null && line.score !== null && line.weight !== null && line.score.lt(line.weight)
  if (!hasReason && (r.status === 'not-met' || r.status === 'partial' || belowWeight)) {
    emit(
      'VARIANCE_WITHOUT_REASON',
      [ref],
      `${name}未完成指标值（指标值“${r.target.raw.trim()}”，实际“${r.actual.raw.trim()}”），但未说明原因`,
      'indicator not met and no reason given',
    )
  }
  if (line) checkScore(emit, ref, name, line, hasReason)
}

/** Funding rows far from their budget (by the profile's thresholds), or spent with no budget, and no reason. */
function checkFundingReasons(emit: Emit, p: ProjectAnalysis) {
  const { total } = p.funding
  const unit = p.table.moneyUnit
  const profile = p.score.profile
  for (const r of p.funding.rows) {
    if (isReason(r.row.reason)) continue
    const ref = fundingRef(r)
    const rate =
      r === total || (total === null && p.funding.rows.length === 1)
        ? p.funding.executionRate
        : (r.fullYearExecutionRate ?? r.executionRate)
    const scored = r === total
    const low = scored ? profile.reasons.executionBelowPct : 100 - profile.reasons.fundingDeviationPct
    const high = 100 + profile.reasons.fundingDeviationPct
    const { budget, actual } = r.row
    if (rate !== null && budget && actual && (rate.lt(Decimal.fromNumber(low)) || rate.gt(Decimal.fromNumber(high)))) {
      emit(
        'VARIANCE_WITHOUT_REASON',
        [ref],
        `“${r.label}”预算 ${formatAmount(budget, unit, 6)}、实际投入 ${formatAmount(actual, unit, 6)}，执行率 ${formatPercent(rate)}，但未说明产生差异的原因`,
        `funding row executed at ${rate}% with no reason`,
        { rate },
      )
    } else if (rate === null && actual && !actual.isZero && !hasBudget(r)) {
      emit(
        'VARIANCE_WITHOUT_REASON',
        [ref],
        `“${r.label}”未列预算，实际投入 ${formatAmount(actual, unit, 6)}，但未说明资金来源和原因`,
        'spending without a budget and no reason',
        { actual },
      )
    }
  }
}

/** The execution score beside the unit's own, and the execution rate as printed against ours. */
function checkExecution(emit: Emit, p: ProjectAnalysis) {
  const { total } = p.funding
  if (!total) return
  checkScore(emit, fundingRef(total), `“${total.label}”（预算执行率）`, p.score.execution, isReason(total.row.reason))
  const printed = total.row.rate ? parseValueText(total.row.rate) : null
  const rate = p.funding.executionRate
  if (printed?.kind === 'number' && rate && !rate.round(printed.value.scale).eq(printed.value)) {
    emit(
      'RATE_PRINTED_DIFFERS',
      [fundingRef(total)],
      `填报的执行率为 ${total.row.rate}，按实际投入 ÷ 预算计算为 ${formatPercent(rate)}`,
      `printed rate ${total.row.rate} differs from computed ${rate}`,
      { printed: printed.value, computed: rate },
    )
  }
}

type ScoreLine = ProjectAnalysis['score']['execution']

function checkScore(emit: Emit, ref: RowRef, name: string, line: ScoreLine, hasReason: boolean) {
  if (line.theirs === null) return
  if (line.score !== null && !line.score.round(line.theirs.scale).eq(line.theirs)) {
    emit(
      'SCORE_DIFFERS',
      [ref],
      `${name}自评得分为 ${line.theirs.toString()} 分，按评分规则计算为 ${formatNumber(line.score)} 分（${line.rule}）`,
      `printed score ${line.theirs} differs from computed ${line.score}`,
      { theirs: line.theirs, ours: line.score },
    )
  }
  if (line.weight !== null && line.theirs.lt(line.weight) && !hasReason) {
    emit(
      'SCORE_WITHOUT_REASON',
      [ref],
      `${name}自评得分 ${line.theirs.toString()} 分低于分值 ${formatNumber(line.weight)} 分，但未说明偏差原因`,
      'score below weight with no reason',
      { theirs: line.theirs, weight: line.weight },
    )
  }
}

function checkWeights(emit: Emit, p: ProjectAnalysis) {
  const lines = [p.score.execution, ...p.score.indicators]
  if (!lines.some((l) => l.weightSource === 'table')) return
  const sum = Decimal.sum(lines.flatMap((l) => (l.weight ? [l.weight] : [])))
  if (!sum.eq(Decimal.HUNDRED)) {
    emit('WEIGHTS_SUM', [], `各项分值合计为 ${formatNumber(sum)} 分，不是100分`, `weights add up to ${sum}`, { sum })
  }
}

/**
 * A reason cell that states a cause: not empty, not a placeholder, not a number, not the name of
 * a figure ("本年财政实拨支出金额") and not only a measure (reason-cell.ts).
 */
export function isReason(text: string): boolean {
  return readReasonCell(text).kind === 'cause'
}

/** A row with a budget: initial or full-year, not zero. */
function hasBudget(r: FundingResult): boolean {
  return [r.row.budget, r.row.fullYearBudget].some((d) => d !== null && !d.isZero)
}
