// An upload's preview: the tables the importer recognised in a user's file, each with what the
// user should check before saving it (project or unit, year, the funding rows' budget and actual
// with our computed execution rate, how many indicator rows, the warnings of the import and of
// the analysis) and the file name it would be stored under. Nothing is stored here: the user
// confirms and the chosen tables are saved together (TableCatalog.importTables).
import type { TableAnalysis } from '../core/analyze.ts'
import type { TableWarning } from '../core/warnings.ts'
import { proposeFileNames } from './import-file-names.ts'
import type { ImportFileFn, ImportNotice } from './ports.ts'
import type { Repository } from './repository.ts'
import type { StoredTable } from './store.ts'
import { baseName, tableName, type TableCatalog } from './table-catalog.ts'
import { tableViewToJson } from './table-view.ts'

export type PreviewNotice = {
  code: string
  severity: 'warning' | 'info'
  message: string
  /** the cell, row or rows it is about ("表格1 · 第6行", "资金情况 · 财政拨款"), when known */
  where: string | null
  origin: 'import' | 'analysis'
}

export type FundingPreview = {
  source: string
  budget: string | null
  actual: string | null
  difference: string | null
  /** actual ÷ budget, computed, in percent */
  executionRate: string | null
}

export type TablePreview = {
  /** index into the preview's `tables` */
  index: number
  /** the file name the table would be stored under (unique among the stored tables) */
  fileName: string
  name: string
  kind: StoredTable['kind']
  year: number
  project: string | null
  unit: string | null
  moneyUnit: string
  funding: FundingPreview[]
  indicatorCount: number
  /** a department's basic and project expenditure lines */
  lines: { basic: number; project: number } | null
  score: { total: string | null; max: string; grade: string | null; unscoredNote: string | null } | null
  warnings: PreviewNotice[]
  /** a stored table of the same project (or unit), year and kind: saving would keep both */
  duplicateOf: { id: string; name: string; sourceFile: string } | null
}

export type ImportPreview = {
  /** the uploaded file's name */
  fileName: string
  /** the canonical JSON of each table, as POST /api/tables/batch takes it back */
  tables: unknown[]
  /** the importer's warnings, as `import --json` prints them */
  warnings: ImportNotice[]
  previews: TablePreview[]
}

export type PreviewDeps = { importFile: ImportFileFn; catalog: TableCatalog; repo: Repository }

/** Reads the file and analyses each table; InputError (naming the cell) when it cannot be read. */
export async function previewImport(
  deps: PreviewDeps,
  input: { fileName: string; bytes: Uint8Array; year?: number },
): Promise<ImportPreview> {
  const fileName = baseName(input.fileName)
  const result = await deps.importFile({ ...input, fileName })
  const stored = await deps.repo.listTables()
  const taken = new Set(stored.map((t) => t.sourceFile))
  const names = proposeFileNames(fileName, result.tables.length, taken)
  const entries = result.tables.map((json, i) => ({ sourceFile: names[i]!, json }))
  const previews: TablePreview[] = []
  for (const [i, entry] of entries.entries()) {
    const others = entries.filter((e) => e !== entry)
    const analysis = await deps.catalog.analyzeJson(entry.json, entry.sourceFile, others)
    // A department's references resolved (else analyzeJson threw): the importer's notice that
    // it could not read them is moot here.
    const notices = result.warnings.filter((w) => w.table === i && w.code !== 'SELF_EVALUATION_PATH_KEPT')
    previews.push(describe(i, entry.sourceFile, analysis, notices, stored))
  }
  return { fileName, tables: [...result.tables], warnings: [...result.warnings], previews }
}

function describe(
  index: number,
  fileName: string,
  a: TableAnalysis,
  notices: readonly ImportNotice[],
  stored: readonly StoredTable[],
): TablePreview {
  const view = tableViewToJson(a)
  const name = tableName(a.table)
  const duplicate = stored.find((t) => t.name === name && t.kind === a.table.kind)
  const common = {
    index,
    fileName,
    name,
    kind: a.table.kind,
    year: a.table.year,
    moneyUnit: a.table.moneyUnit,
    warnings: [...notices.map(fromImport), ...a.warnings.map(fromAnalysis)],
    duplicateOf: duplicate ? { id: duplicate.id, name: duplicate.name, sourceFile: duplicate.sourceFile } : null,
  }
  const p = view.department ? null : view.projects[0]
  if (!p) {
    const d = view.department!
    return {
      ...common,
      project: null,
      unit: d.unit,
      funding: [],
      indicatorCount: 0,
      lines: { basic: d.basic.lines.length, project: d.project.lines.length },
      score: null,
    }
  }
  return {
    ...common,
    project: p.project,
    unit: p.unit,
    funding: p.funding.map((r) => ({
      source: r.source,
      budget: r.budget,
      actual: r.actual,
      difference: r.difference,
      executionRate: r.executionRate,
    })),
    indicatorCount: p.indicators.length,
    lines: null,
    score: { total: p.score.total, max: p.score.max!, grade: p.score.grade, unscoredNote: p.score.unscoredNote },
  }
}

function fromImport(w: ImportNotice): PreviewNotice {
  return { code: w.code, severity: 'warning', message: w.message, where: w.path, origin: 'import' }
}

function fromAnalysis(w: TableWarning): PreviewNotice {
  const rows = w.rows.map((r) => r.label).join('、')
  return {
    code: w.code,
    severity: w.severity,
    message: w.message,
    where: rows || null,
    origin: 'analysis',
  }
}
