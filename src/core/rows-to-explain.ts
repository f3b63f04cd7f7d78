// Which rows a variance draft explains (产生差异的原因): one rule for the template and the model
// engines, so both explain the same rows — a shortfall, an overspend, an indicator not met or not
// comparable, an actual not stated as a value. A cost indicator under its ceiling is met and needs
// no paragraph; a sub-row that is the whole of its total is told with the total.
import type { TableAnalysis } from './analyze.ts'
import type { Decimal } from './decimal.ts'
import type { FundingResult } from './funding.ts'
import type { IndicatorResult } from './indicators.ts'
import type { ProjectAnalysis } from './project-analysis.ts'

/** Warnings that make a row worth explaining even when its own figures show no gap. */
const FLAGGING_CODES = new Set(['VARIANCE_WITHOUT_REASON'])

/** actual − budget, against the full-year (adjusted) budget where the form gives one. */
export function fundingGap(r: FundingResult): Decimal | null {
  const fy = r.row.fullYearBudget
  if (fy && !fy.isZero && r.fullYearDifference) return r.fullYearDifference
  return r.difference
}

/** The budget the gap is measured against: the full-year one where given. */
export function gapAgainstFullYear(r: FundingResult): boolean {
  const fy = r.row.fullYearBudget
  return !!fy && !fy.isZero && !!r.fullYearDifference
}

/** A funding row spent differently from its budget, or spent without one. */
export function fundingNeedsExplanation(r: FundingResult): boolean {
  const gap = fundingGap(r)
  if (gap) return !gap.isZero
  return r.row.actual !== null && !r.row.actual.isZero && r.row.fullYearBudget === null
}

/** A sub-row whose figures are the total's and the only source with money: 合计 = 财政拨款. */
export function mirrorsTotal(p: ProjectAnalysis, r: FundingResult): boolean {
  const total = p.funding.total
  if (!total || r === total) return false
  const same = (x: Decimal | null, y: Decimal | null) => (x === null ? y === null || y.isZero : y !== null && x.eq(y))
  const withMoney = p.funding.rows.filter(
    (s) => s !== total && [s.row.budget, s.row.fullYearBudget, s.row.actual].some((d) => d !== null && !d.isZero),
  )
  return (
    withMoney.length === 1 &&
    withMoney[0] === r &&
    same(r.row.budget, total.row.budget) &&
    same(r.row.fullYearBudget, total.row.fullYearBudget) &&
    same(r.row.actual, total.row.actual)
  )
}

/** An indicator not met, not comparable, not stated as a value, or scored below its weight. */
function indicatorNeedsExplanation(p: ProjectAnalysis, r: IndicatorResult): boolean {
  if (r.status === 'not-met' || r.status === 'partial' || r.status === 'not-comparable') return true
  if (r.actual.kind === 'number' && !r.actualDefinite) return true
  const line = p.score.indicators[r.index]
  return !!line && line.score !== null && line.weight !== null && line.score.lt(line.weight)
}

function rowFlaggedByWarnings(a: TableAnalysis, table: string, path: string): boolean {
  return a.warnings.some((w) => w.table === table && FLAGGING_CODES.has(w.code) && w.rows.some((r) => r.path === path))
}

export function fundingRowToExplain(a: TableAnalysis, p: ProjectAnalysis, r: FundingResult): boolean {
  if (mirrorsTotal(p, r)) return false
  return fundingNeedsExplanation(r) || rowFlaggedByWarnings(a, p.key, `funding[${r.index}]`)
}

export function indicatorRowToExplain(a: TableAnalysis, p: ProjectAnalysis, r: IndicatorResult): boolean {
  return indicatorNeedsExplanation(p, r) || rowFlaggedByWarnings(a, p.key, `indicators[${r.index}]`)
}
