// The rows of a project table a draft can be about: funding rows ("P1.F0") and indicator rows
// ("P1.I4"), which of them have a variance to explain, and the warnings that concern each.
import type { TableAnalysis } from '../core/analyze.ts'
import type { FundingResult } from '../core/funding.ts'
import type { IndicatorResult } from '../core/indicators.ts'
import type { ProjectAnalysis } from '../core/project-analysis.ts'
import { InputError } from '../core/input-error.ts'
import { fundingRowToExplain, indicatorRowToExplain } from '../core/rows-to-explain.ts'
import type { TableWarning } from '../core/warnings.ts'

export type DraftRow = {
  /** the fact-id prefix: "P1.F0", "P2.I4" */
  key: string
  project: ProjectAnalysis
  kind: 'funding' | 'indicator'
  index: number
  /** as the form names it: "合计", "财政拨款", "综治平安经费" */
  label: string
  /** the JSON path warnings use: "funding[0]", "indicators[4]" */
  path: string
  funding: FundingResult | null
  indicator: IndicatorResult | null
}

export function projectRows(p: ProjectAnalysis): DraftRow[] {
  const funding = p.funding.rows.map(
    (r): DraftRow => ({
      key: `${p.key}.F${r.index}`,
      project: p,
      kind: 'funding',
      index: r.index,
      label: r.label,
      path: `funding[${r.index}]`,
      funding: r,
      indicator: null,
    }),
  )
  const indicators = p.indicators.map(
    (r): DraftRow => ({
      key: `${p.key}.I${r.index}`,
      project: p,
      kind: 'indicator',
      index: r.index,
      label: r.row.name.replace(/\s+/g, ''),
      path: `indicators[${r.index}]`,
      funding: null,
      indicator: r,
    }),
  )
  return [...funding, ...indicators]
}

export function allRows(a: TableAnalysis): DraftRow[] {
  return a.projects.flatMap(projectRows)
}

export function findRow(a: TableAnalysis, key: string): DraftRow | null {
  return allRows(a).find((r) => r.key === key) ?? null
}

/** The row a request names; an unknown key is bad input that lists the rows there are. */
export function requireRow(a: TableAnalysis, key: string): DraftRow {
  const row = findRow(a, key.trim())
  if (row) return row
  const known = allRows(a).map((r) => r.key)
  throw new InputError([
    {
      path: 'row',
      message: `找不到要说明的行“${key}”。可选的行：${known.join('、') || '（表中没有资金或指标行）'}`,
      messageEn: `no row ${JSON.stringify(key)}; known rows: ${known.join(', ')}`,
    },
  ])
}

export function rowWarnings(a: TableAnalysis, row: DraftRow): TableWarning[] {
  return a.warnings.filter((w) => w.table === row.project.key && w.rows.some((r) => r.path === row.path))
}

/** The rows a variance draft explains: the core's one rule (src/core/rows-to-explain.ts). */
export function hasVariance(a: TableAnalysis, row: DraftRow): boolean {
  return row.funding
    ? fundingRowToExplain(a, row.project, row.funding)
    : indicatorRowToExplain(a, row.project, row.indicator!)
}

export function scoreBelowWeight(row: DraftRow): boolean {
  if (!row.indicator) return false
  const line = row.project.score.indicators[row.index]
  return !!line && line.score !== null && line.weight !== null && line.score.lt(line.weight)
}

/** "综治、平安建设经费·资金情况·“合计”行" */
export function rowTitle(row: DraftRow): string {
  return row.kind === 'funding'
    ? `${row.project.table.project}·资金情况·“${row.label}”行`
    : `${row.project.table.project}·绩效指标·“${row.label}”`
}
