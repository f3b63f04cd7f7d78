// One project table analysed: funding, indicators and score under a profile.
import { analyzeFunding, type FundingAnalysis } from './funding.ts'
import { analyzeIndicator, type IndicatorResult } from './indicators.ts'
import { scoreProject, type ProjectScore } from './scoring.ts'
import type { ScoringProfile } from './scoring-profile.ts'
import type { ProjectTable } from './table.ts'

export type ProjectAnalysis = {
  /** "P1", "P2": the prefix of this table's fact ids */
  key: string
  table: ProjectTable
  /** the form's title: 项目名称 + 绩效自评表 */
  tableName: string
  funding: FundingAnalysis
  indicators: IndicatorResult[]
  score: ProjectScore
}

export function analyzeProject(table: ProjectTable, key: string, profile: ScoringProfile): ProjectAnalysis {
  const funding = analyzeFunding(table.funding)
  const indicators = table.indicators.map((row, i) => analyzeIndicator(row, i, profile, table.year))
  return {
    key,
    table,
    tableName: `${table.project}绩效自评表`,
    funding,
    indicators,
    score: scoreProject(funding, indicators, profile),
  }
}
