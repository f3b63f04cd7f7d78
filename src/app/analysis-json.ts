// The JSON form of an analysis, shared by the CLI (`facts --json`) and the HTTP API.
import type { TableAnalysis } from '../core/analyze.ts'
import { factToJson } from '../core/facts.ts'
import { formatNumber } from '../core/format.ts'

export function analysisToJson(a: TableAnalysis) {
  return {
    facts: a.sheet.facts.map(factToJson),
    warnings: a.warnings,
    scores: a.projects.map((p) => ({
      table: p.key,
      project: p.table.project,
      profile: a.profile.id,
      executionRate: p.funding.executionRate ? formatNumber(p.funding.executionRate) : null,
      executionBase: p.funding.executionBase,
      total: p.score.total ? formatNumber(p.score.total) : null,
      max: formatNumber(p.score.max),
      grade: p.score.grade,
      unscored: p.score.unscored,
      theirTotal: p.score.theirTotal?.toString() ?? null,
    })),
  }
}
