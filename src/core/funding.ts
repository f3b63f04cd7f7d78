// Funding rows of a project table: difference, execution rate, and the sum of the sources
// against the 合计 row.
import { Decimal } from './decimal.ts'
import type { FundingRow } from './table.ts'

/** Rates are kept at this many digits (of percent) before display rounding. */
export const EXACT_RATE_SCALE = 6

export type FundingKind = 'total' | 'fiscal' | 'other' | 'carryover' | 'named'

export type FundingResult = {
  index: number
  row: FundingRow
  kind: FundingKind
  /** the source without "其中：" */
  label: string
  /** actual − budget; null when either is missing */
  difference: Decimal | null
  /** actual − full-year budget; null when either is missing */
  fullYearDifference: Decimal | null
  /** actual ÷ budget × 100 at EXACT_RATE_SCALE; null when not computable */
  executionRate: Decimal | null
  /** actual ÷ full-year budget × 100, when a full-year budget is given */
  fullYearExecutionRate: Decimal | null
}

export type FundingSums = {
  /** the rows that are not 合计 */
  parts: FundingResult[]
  budget: Decimal | null
  actual: Decimal | null
  fullYearBudget: Decimal | null
}

export type FundingAnalysis = {
  rows: FundingResult[]
  total: FundingResult | null
  sums: FundingSums
  /** the rate the score uses: 合计 actual ÷ full-year budget where given, else ÷ initial budget */
  executionRate: Decimal | null
  executionBase: 'full-year' | 'initial' | null
  /** 'sources' when the 合计 row is empty and the sum of the sources is scored instead */
  executionFrom: 'total' | 'sources' | null
}

function fundingKind(source: string): FundingKind {
  const s = source.replace(/\s/g, '')
  // (预算数 heads the rows in some provinces' template: 预算数 / 其中：财政资金 / 其他)
  if (/合计|总计|资金总额|小计|^总额$|^总金额$|^预算数$|^预算总数$/.test(s)) return 'total'
  if (/上年结转|结转|结余/.test(s)) return 'carryover'
  if (/财政/.test(s)) return 'fiscal'
  if (/其他|其它/.test(s)) return 'other'
  return 'named'
}

function fundingLabel(source: string): string {
  return source.replace(/\s/g, '').replace(/^其中[:：]?/, '') || source
}

/** a ÷ b × 100 at EXACT_RATE_SCALE; null when b is zero or either is missing. */
export function percentOf(a: Decimal | null, b: Decimal | null): Decimal | null {
  if (a === null || b === null || b.isZero) return null
  return a.mul(Decimal.HUNDRED).div(b, EXACT_RATE_SCALE)
}

function isNothing(v: Decimal | null): boolean {
  return v === null || v.isZero
}

export function analyzeFunding(rows: readonly FundingRow[]): FundingAnalysis {
  const results = rows.map((row, index): FundingResult => {
    const difference = row.actual && row.budget ? row.actual.sub(row.budget) : null
    return {
      index,
      row,
      kind: fundingKind(row.source),
      label: fundingLabel(row.source),
      difference,
      fullYearDifference: row.actual && row.fullYearBudget ? row.actual.sub(row.fullYearBudget) : null,
      executionRate: percentOf(row.actual, row.budget),
      fullYearExecutionRate: percentOf(row.actual, row.fullYearBudget),
    }
  })
  const total = results.find((r) => r.kind === 'total') ?? null
  const parts = results.filter((r) => r !== total)
  const sumOf = (pick: (r: FundingRow) => Decimal | null): Decimal | null => {
    const values = parts.map((p) => pick(p.row)).filter((v): v is Decimal => v !== null)
    return values.length ? Decimal.sum(values) : null
  }
  const sums: FundingSums = {
    parts,
    budget: sumOf((r) => r.budget),
    actual: sumOf((r) => r.actual),
    fullYearBudget: sumOf((r) => r.fullYearBudget),
  }
  // A 合计 row left empty or at 0 while the sources carry the money: score on their sum.
  const totalEmpty =
    total !== null && isNothing(total.row.budget) && isNothing(total.row.actual) && isNothing(total.row.fullYearBudget)
  const scored = total && !totalEmpty ? total.row : total || parts.length > 1 ? sums : (parts[0]?.row ?? null)
  const executionFrom: FundingAnalysis['executionFrom'] = scored === null ? null : scored === sums ? 'sources' : 'total'
  let executionRate: Decimal | null = null
  let executionBase: FundingAnalysis['executionBase'] = null
  if (scored?.fullYearBudget && !scored.fullYearBudget.isZero) {
    executionRate = percentOf(scored.actual, scored.fullYearBudget)
    executionBase = 'full-year'
  } else if (scored) {
    executionRate = percentOf(scored.actual, scored.budget)
    executionBase = executionRate ? 'initial' : null
  }
  return { rows: results, total, sums, executionRate, executionBase, executionFrom }
}
