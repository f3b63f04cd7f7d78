// Which rows a variance draft explains (产生差异的原因): one rule for the template and the model
// engines, so both explain the same rows.
import type { TableAnalysis } from './analyze.ts'
import type { FundingResult } from './funding.ts'
import type { IndicatorResult } from './indicators.ts'
import type { ProjectAnalysis } from './project-analysis.ts'

/** Warnings that make a row worth explaining even when its own figures show no gap. */
const FLAGGING_CODES = new Set(['VARIANCE_WITHOUT_REASON', 'SCORE_WITHOUT_REASON', 'COST_INDICATOR_MISMATCH'])

/** A funding row spent differently from its budget, or spent without one. */
export function fundingNeedsExplanation(r: FundingResult): boolean {
  if (r.difference) return !r.difference.isZero
  return r.row.actual !== null && !r.row.actual.isZero
}

/** An indicator not exactly met, not comparable, not stated as a value, or below its weight. */
function indicatorNeedsExplanation(p: ProjectAnalysis, r: IndicatorResult): boolean {
  if (r.status !== 'met') return true
  if (r.actual.kind === 'number' && !r.actualDefinite) return true
  if (r.deviation && !r.deviation.amount.isZero) return true
  const line = p.score.indicators[r.index]
  return !!line && line.score !== null && line.weight !== null && line.score.lt(line.weight)
}

function rowFlaggedByWarnings(a: TableAnalysis, table: string, path: string): boolean {
  return a.warnings.some((w) => w.table === table && FLAGGING_CODES.has(w.code) && w.rows.some((r) => r.path === path))
}

export function fundingRowToExplain(a: TableAnalysis, p: ProjectAnalysis, r: FundingResult): boolean {
  return fundingNeedsExplanation(r) || rowFlaggedByWarnings(a, p.key, `funding[${r.index}]`)
}

export function indicatorRowToExplain(a: TableAnalysis, p: ProjectAnalysis, r: IndicatorResult): boolean {
  return indicatorNeedsExplanation(p, r) || rowFlaggedByWarnings(a, p.key, `indicators[${r.index}]`)
}
