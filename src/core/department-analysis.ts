// The department's overall expenditure: shares, sums, the year-on-year changes it states and
// what they imply, and its joined project tables.
import { Decimal } from './decimal.ts'
import { percentOf } from './funding.ts'
import { analyzeProject, type ProjectAnalysis } from './project-analysis.ts'
import type { ScoringProfile } from './scoring-profile.ts'
import type { BasicLine, DepartmentTable, ProjectLine } from './table.ts'

export type Interval = { low: Decimal; high: Decimal }

export type BasicLineFigures = {
  index: number
  line: BasicLine
  /** percent of the basic total */
  share: Decimal | null
  /** prior year implied by the stated change: actual ÷ (1 + pct ÷ 100) */
  impliedPrior: Decimal | null
  /** actual − impliedPrior */
  impliedChange: Decimal | null
  /** impliedChange over the range the rounded pct allows (pct ± half its last digit) */
  impliedChangeRange: Interval | null
}

export type ProjectLineFigures = {
  index: number
  line: ProjectLine
  share: Decimal | null
  /** the joined self-evaluation table, analysed */
  analysis: ProjectAnalysis | null
}

export type DepartmentAnalysis = {
  key: 'D'
  table: DepartmentTable
  tableName: string
  basic: {
    total: Decimal
    lines: BasicLineFigures[]
    linesSum: Decimal | null
    change: Decimal | null
    prior: Decimal | null
    /** the sum of the lines' implied changes, when every line states a pct */
    impliedChange: Decimal | null
    impliedChangeRange: Interval | null
  }
  project: {
    lines: ProjectLineFigures[]
    total: Decimal
    change: Decimal | null
    prior: Decimal | null
  }
  /** basic + project */
  total: Decimal
  projects: ProjectAnalysis[]
}

/** Money derived from a percentage is kept at this scale before display rounding. */
const DERIVED_MONEY_SCALE = 6

export function analyzeDepartment(table: DepartmentTable, profile: ScoringProfile): DepartmentAnalysis {
  const basicTotal = table.basicExpenditure.total
  const basicLines = table.basicExpenditure.lines.map((line, index): BasicLineFigures => {
    const implied = impliedFromPct(line.actual, line.changeFromPriorYearPct)
    return { index, line, share: percentOf(line.actual, basicTotal), ...implied }
  })
  const allStatePct = basicLines.length > 0 && basicLines.every((l) => l.impliedChange !== null)
  const basicChange = table.basicExpenditure.changeFromPriorYear

  let n = 0
  const projectTotal = Decimal.sum(table.projectExpenditure.lines.map((l) => l.actual))
  const projectLines = table.projectExpenditure.lines.map(
    (line, index): ProjectLineFigures => ({
      index,
      line,
      share: percentOf(line.actual, projectTotal),
      analysis: line.project ? analyzeProject(line.project, `P${++n}`, profile) : null,
    }),
  )
  const projectChange = table.projectExpenditure.changeFromPriorYear

  return {
    key: 'D',
    table,
    tableName: `${table.unit}${table.year}年度部门整体支出绩效评价`,
    basic: {
      total: basicTotal,
      lines: basicLines,
      linesSum: basicLines.length ? Decimal.sum(basicLines.map((l) => l.line.actual)) : null,
      change: basicChange,
      prior: basicChange ? basicTotal.sub(basicChange) : null,
      impliedChange: allStatePct ? Decimal.sum(basicLines.map((l) => l.impliedChange!)) : null,
      impliedChangeRange: allStatePct
        ? {
            low: Decimal.sum(basicLines.map((l) => l.impliedChangeRange!.low)),
            high: Decimal.sum(basicLines.map((l) => l.impliedChangeRange!.high)),
          }
        : null,
    },
    project: {
      lines: projectLines,
      total: projectTotal,
      change: projectChange,
      prior: projectChange ? projectTotal.sub(projectChange) : null,
    },
    total: basicTotal.add(projectTotal),
    projects: projectLines.flatMap((l) => (l.analysis ? [l.analysis] : [])),
  }
}

function impliedFromPct(
  actual: Decimal,
  pct: Decimal | null,
): Pick<BasicLineFigures, 'impliedPrior' | 'impliedChange' | 'impliedChangeRange'> {
  const none = { impliedPrior: null, impliedChange: null, impliedChangeRange: null }
  if (pct === null) return none
  const prior = priorFromPct(actual, pct)
  if (prior === null) return none
  // The pct was rounded to its last digit: the truth lies within ± half of it.
  const half = Decimal.of(5n, pct.scale + 1)
  const a = priorFromPct(actual, pct.sub(half))
  const b = priorFromPct(actual, pct.add(half))
  if (a === null || b === null) return { ...none, impliedPrior: prior, impliedChange: actual.sub(prior) }
  const changes = [actual.sub(a), actual.sub(b)]
  return {
    impliedPrior: prior,
    impliedChange: actual.sub(prior),
    impliedChangeRange: { low: Decimal.min(changes[0]!, changes[1]!), high: Decimal.max(changes[0]!, changes[1]!) },
  }
}

/** actual ÷ (1 + pct ÷ 100); null at −100%. */
function priorFromPct(actual: Decimal, pct: Decimal): Decimal | null {
  return actual.mul(Decimal.HUNDRED).div(Decimal.HUNDRED.add(pct), DERIVED_MONEY_SCALE)
}
