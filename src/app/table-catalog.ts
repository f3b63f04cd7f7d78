// The tables the web app knows: importing canonical JSON, resolving a department's
// `selfEvaluation` paths against the stored tables by file name, and the analysis of each table
// (cached: a stored table never changes; a referenced one cannot be deleted).
import { analyzeTable, type TableAnalysis } from '../core/analyze.ts'
import type { CanonicalTable } from '../core/table.ts'
import { InputError, type InputProblem } from '../core/input-error.ts'
import { ConflictError, tableNotFound } from './errors.ts'
import { loadTable, parseJsonText, type TableSource } from './load-table.ts'
import type { Repository } from './repository.ts'
import { parseCanonicalTable } from './schema.ts'
import { safeFileName, sameFileName } from './safe-file-name.ts'
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

  /** Validates and stores a table; InputError (bad table, unresolved reference), ConflictError. */
  async importTable(upload: TableUpload): Promise<StoredTable> {
    const entry = this.entry(upload)
    const table = await this.resolve(entry.json, entry.sourceFile)
    return this.repo.addTable(record(entry, table))
  }

  /**
   * Validates and stores several tables: all or none. A department may refer to a project table
   * of the same batch by its file name. Every problem of every table is reported at once, its
   * path prefixed with `tables[i].`; then InputError or ConflictError, and nothing is stored.
   */
  async importTables(uploads: readonly TableUpload[]): Promise<StoredTable[]> {
    const problems: InputProblem[] = []
    const attempt = async <T>(i: number, step: () => T | Promise<T>): Promise<T | null> => {
      try {
        return await step()
      } catch (e) {
        if (!(e instanceof InputError)) throw e
        const at = (path: string) => `tables[${i}]${path === '$' ? '' : `.${path}`}`
        problems.push(...e.problems.map((p) => ({ ...p, path: at(p.path) })))
        return null
      }
    }
    const entries: (TableEntry | null)[] = []
    for (const [i, u] of uploads.entries()) entries.push(await attempt(i, () => this.entry(u)))
    const known = entries.filter((e) => e !== null)
    const records: Omit<StoredTable, 'id' | 'createdAt'>[] = []
    for (const [i, entry] of entries.entries()) {
      if (!entry) continue
      const others = known.filter((e) => e !== entry)
      const table = await attempt(i, () => this.resolve(entry.json, entry.sourceFile, others))
      if (table) records.push(record(entry, table))
    }
    if (problems.length) throw new InputError(problems)
    return this.repo.addTables(records)
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

  /**
   * Analyses canonical JSON that is not stored (POST /api/verify with a table, an import's
   * preview); a department's references resolve against the stored tables and `others`.
   */
  async analyzeJson(
    json: unknown,
    fileName = 'request.json',
    others: readonly TableEntry[] = [],
  ): Promise<TableAnalysis> {
    return analyzeTable(await this.resolve(json, fileName, others))
  }

  /** Deletes a table unless a department refers to it (ConflictError naming the department and path). */
  async deleteTable(id: string): Promise<boolean> {
    const table = await this.repo.getTable(id)
    if (!table) return false
    for (const other of await this.repo.listTables()) {
      const ref = referencingLine(other, table.sourceFile)
      if (other.id !== id && ref) {
        // The user's words: the department and its line by name, never a JSON path.
        const line = ref.name ? `项目支出“${ref.name}”一行` : `项目支出第 ${ref.index + 1} 行`
        throw new ConflictError(
          `table ${id} is referred to by ${other.sourceFile} at projectExpenditure.lines[${ref.index}].selfEvaluation`,
          `部门表“${other.name}”的${line}引用了该表（${table.sourceFile}），请先删除部门表。`,
          'TABLE_REFERENCED',
        )
      }
    }
    this.cache.delete(id)
    return this.repo.deleteTable(id)
  }

  private entry(upload: TableUpload): TableEntry {
    const sourceFile = safeFileName(upload.fileName ?? '') || `上传-${this.newId().slice(0, 8)}.json`
    const json = upload.text !== undefined ? parseJsonText(upload.text, sourceFile) : upload.json
    return { sourceFile, json }
  }

  private async resolve(json: unknown, file: string, others: readonly TableEntry[] = []): Promise<CanonicalTable> {
    const table = parseCanonicalTable(json, file)
    if (table.kind !== 'department-overall') return table
    const known = [...(await this.repo.listTables()), ...others]
    return loadTable(storedTableSource(known), { file, text: JSON.stringify(json) })
  }
}

/** A table by the file name it is (or will be) stored under. */
export type TableEntry = Pick<StoredTable, 'sourceFile' | 'json'>

function record(entry: TableEntry, table: CanonicalTable): Omit<StoredTable, 'id' | 'createdAt'> {
  return {
    sourceFile: entry.sourceFile,
    name: tableName(table),
    kind: table.kind,
    year: table.year,
    json: entry.json,
    notes: [],
  }
}

/** Resolves a `selfEvaluation` path by its file name among the stored tables. */
function storedTableSource(tables: readonly TableEntry[]): TableSource {
  return {
    async readRelative(_from, ref) {
      const table = tables.find((t) => sameFileName(t.sourceFile, baseName(ref)))
      return table ? { file: table.sourceFile, text: JSON.stringify(table.json) } : null
    },
  }
}

/** The project line of a department that refers to `sourceFile`: its index and name. */
function referencingLine(table: StoredTable, sourceFile: string): { index: number; name: string | null } | null {
  if (table.kind !== 'department-overall') return null
  const lines = (table.json as { projectExpenditure?: { lines?: unknown } }).projectExpenditure?.lines
  if (!Array.isArray(lines)) return null
  const index = lines.findIndex(
    (l) => typeof l?.selfEvaluation === 'string' && sameFileName(baseName(l.selfEvaluation), sourceFile),
  )
  if (index < 0) return null
  const name: unknown = lines[index]?.name
  return { index, name: typeof name === 'string' && name.trim() ? name.trim() : null }
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path
}

/** The display name of a table: its project or unit, year and kind. */
export function tableName(table: CanonicalTable): string {
  return table.kind === 'project-self-evaluation'
    ? `${table.project}（${table.year}年项目支出绩效自评表）`
    : `${table.unit}（${table.year}年度部门整体支出）`
}
