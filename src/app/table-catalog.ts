// The tables the web app knows: importing canonical JSON, resolving a department's
// `selfEvaluation` paths against the stored tables by file name, and the analysis of each table
// (cached: a stored table never changes; a referenced one cannot be deleted).
import { analyzeTable, type TableAnalysis } from '../core/analyze.ts'
import type { CanonicalTable } from '../core/table.ts'
import { ConflictError, tableNotFound } from './errors.ts'
import { loadTable, parseJsonText, type TableSource } from './load-table.ts'
import type { Repository } from './repository.ts'
import { parseCanonicalTable } from './schema.ts'
import type { StoredTable } from './store.ts'

export type TableUpload = {
  /** the file's name; a department refers to project tables by it */
  fileName?: string | undefined
  /** the canonical JSON, parsed … */
  json?: unknown
  /** … or as text (a syntax error then names the line and column) */
  text?: string | undefined
}

const CACHE_SIZE = 64

export class TableCatalog {
  private readonly cache = new Map<string, TableAnalysis>()

  constructor(
    private readonly repo: Repository,
    private readonly newId: () => string,
  ) {}

  /** Validates and stores a table. Throws InputError (bad table, unresolved reference) or ConflictError. */
  async importTable(upload: TableUpload): Promise<StoredTable> {
    const sourceFile = baseName(upload.fileName?.trim() || `上传-${this.newId().slice(0, 8)}.json`)
    const json = upload.text !== undefined ? parseJsonText(upload.text, sourceFile) : upload.json
    const table = await this.resolve(json, sourceFile)
    return this.repo.addTable({
      sourceFile,
      name: tableName(table),
      kind: table.kind,
      year: table.year,
      json,
      notes: [],
    })
  }

  /** The analysis of a stored table, or null when there is no such table. */
  async analysis(id: string): Promise<{ table: StoredTable; analysis: TableAnalysis } | null> {
    const table = await this.repo.getTable(id)
    if (!table) return null
    let analysis = this.cache.get(id)
    if (!analysis) {
      analysis = analyzeTable(await this.resolve(table.json, table.sourceFile))
      if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!)
      this.cache.set(id, analysis)
    }
    return { table, analysis }
  }

  async requireAnalysis(id: string): Promise<{ table: StoredTable; analysis: TableAnalysis }> {
    const found = await this.analysis(id)
    if (!found) throw tableNotFound(id)
    return found
  }

  /** Analyses canonical JSON that is not stored (POST /api/verify with a table). */
  async analyzeJson(json: unknown, fileName = 'request.json'): Promise<TableAnalysis> {
    return analyzeTable(await this.resolve(json, fileName))
  }

  /** Deletes a table unless a department refers to it (ConflictError naming the department and path). */
  async deleteTable(id: string): Promise<boolean> {
    const table = await this.repo.getTable(id)
    if (!table) return false
    for (const other of await this.repo.listTables()) {
      const path = referencePath(other, table.sourceFile)
      if (other.id !== id && path) {
        throw new ConflictError(
          `table ${id} is referred to by ${other.sourceFile} at ${path}`,
          `部门表“${other.name}”在 ${path} 引用了该表（${table.sourceFile}），请先删除部门表。`,
          'TABLE_REFERENCED',
        )
      }
    }
    this.cache.delete(id)
    return this.repo.deleteTable(id)
  }

  private async resolve(json: unknown, file: string): Promise<CanonicalTable> {
    const table = parseCanonicalTable(json, file)
    if (table.kind !== 'department-overall') return table
    return loadTable(storedTableSource(await this.repo.listTables()), {
      file,
      text: JSON.stringify(json),
    })
  }
}

/** Resolves a `selfEvaluation` path by its file name among the stored tables. */
export function storedTableSource(tables: readonly StoredTable[]): TableSource {
  return {
    async readRelative(_from, ref) {
      const table = tables.find((t) => t.sourceFile === baseName(ref))
      return table ? { file: table.sourceFile, text: JSON.stringify(table.json) } : null
    },
  }
}

function referencePath(table: StoredTable, sourceFile: string): string | null {
  if (table.kind !== 'department-overall') return null
  const lines = (table.json as { projectExpenditure?: { lines?: unknown } }).projectExpenditure
    ?.lines
  if (!Array.isArray(lines)) return null
  const i = lines.findIndex(
    (l) => typeof l?.selfEvaluation === 'string' && baseName(l.selfEvaluation) === sourceFile,
  )
  return i < 0 ? null : `projectExpenditure.lines[${i}].selfEvaluation`
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path
}

function tableName(table: CanonicalTable): string {
  return table.kind === 'project-self-evaluation'
    ? `${table.project}（${table.year}年项目支出绩效自评表）`
    : `${table.unit}（${table.year}年度部门整体支出）`
}
