// The table a command works on, from any file a user has: canonical JSON, `import`'s output
// ({"tables": […]}), or a Word, Excel, CSV or text file read by the importer (loaded only then).
// `--table N|name` picks one when the file holds several; the import's warnings go to stderr.
import { readFileBytes } from '../adapters/fs-text-file.ts'
import { fsTableSource } from '../adapters/fs-table-source.ts'
import { containerOf, decodeText, extensionOf } from '../adapters/import/file-kind.ts'
import type { CanonicalJson } from '../adapters/import/import-types.ts'
import { joinTable, parseJsonText } from '../app/load-table.ts'
import { InputError } from '../core/input-error.ts'
import type { CanonicalTable } from '../core/table.ts'
import type { CliIo } from './commands.ts'

/** Extensions read by the importer rather than as JSON. */
const IMPORTED = new Set(['docx', 'docm', 'xlsx', 'xlsm', 'csv', 'txt', 'doc', 'xls', 'wps', 'et'])

export async function loadTableInput(
  file: string,
  choice: string | undefined,
  io: Pick<CliIo, 'err'>,
): Promise<CanonicalTable> {
  const bytes = await readFileBytes(file)
  const container = containerOf(bytes)
  const text = container === 'other' && !IMPORTED.has(extensionOf(file)) ? decodeText(bytes) : null
  if (text === null) {
    const { importTables } = await import('../adapters/import/import-tables.ts')
    const result = await importTables({ fileName: file, bytes })
    const i = chooseTable(result.tables, choice, file)
    for (const w of result.warnings.filter((w) => w.table === undefined || w.table === i))
      io.err(`导入提示：${w.path}：${w.message}\n`)
    return joinTable(fsTableSource, result.tables[i], file)
  }
  const json = parseJsonText(text, file)
  if (isImportOutput(json)) {
    const i = chooseTable(json.tables as CanonicalJson[], choice, file)
    return joinTable(fsTableSource, json.tables[i], file)
  }
  if (choice !== undefined && choice !== '1') {
    throw new InputError([
      {
        file,
        path: '--table',
        message: `文件中只有一张表，没有“${choice}”`,
        messageEn: `the file holds one table; no ${JSON.stringify(choice)}`,
      },
    ])
  }
  return joinTable(fsTableSource, json, file)
}

function isImportOutput(json: unknown): json is { tables: unknown[] } {
  return (
    typeof json === 'object' &&
    json !== null &&
    !('kind' in json) &&
    Array.isArray((json as { tables?: unknown }).tables)
  )
}

/** "项目支出绩效自评表 · 综治、平安建设经费", as `import` lists it. */
export function describeTable(t: unknown): string {
  const o = (typeof t === 'object' && t !== null ? t : {}) as Record<string, unknown>
  if (o.kind === 'project-self-evaluation') return `项目支出绩效自评表 · ${String(o.project ?? '（未命名）')}`
  if (o.kind === 'department-overall') return `部门整体支出绩效评价 · ${String(o.unit ?? '（未命名）')}`
  return `未知类型的表（kind 为 ${JSON.stringify(o.kind ?? null)}）`
}

function names(t: unknown): string[] {
  const o = (typeof t === 'object' && t !== null ? t : {}) as Record<string, unknown>
  return [o.project, o.unit].filter((v): v is string => typeof v === 'string').map(squash)
}

const squash = (s: string) => s.replace(/\s+/g, '')

/**
 * The index of the table `choice` names: a number from 1 (as `import` lists them) or a project
 * or unit name, whole or in part. With no choice the file must hold exactly one table.
 */
export function chooseTable(tables: readonly unknown[], choice: string | undefined, file: string): number {
  const list = tables.map((t, i) => `${i + 1}. ${describeTable(t)}`).join('；')
  const fail = (message: string, messageEn: string): never => {
    throw new InputError([{ file, path: '--table', message, messageEn }])
  }
  if (tables.length === 0) fail('文件中没有识别出绩效自评表', 'the file holds no table')
  if (choice === undefined) {
    if (tables.length === 1) return 0
    return fail(
      `文件中有 ${tables.length} 张表，请用 --table 序号或名称选择一张：${list}`,
      `the file holds ${tables.length} tables; choose one with --table N|name`,
    )
  }
  const wanted = squash(choice)
  if (/^\d+$/.test(wanted)) {
    const n = Number(wanted)
    if (n >= 1 && n <= tables.length) return n - 1
    return fail(
      `文件中没有第 ${n} 张表（共 ${tables.length} 张）：${list}`,
      `no table ${n}; the file holds ${tables.length}`,
    )
  }
  const exact = tables.flatMap((t, i) => (names(t).includes(wanted) ? [i] : []))
  const partial = tables.flatMap((t, i) => (names(t).some((n) => n.includes(wanted)) ? [i] : []))
  const found = exact.length ? exact : partial
  if (found.length === 1) return found[0]!
  if (found.length === 0) {
    return fail(`文件中没有名为“${choice}”的表：${list}`, `no table named ${JSON.stringify(choice)}`)
  }
  return fail(
    `“${choice}”对应 ${found.length} 张表，请用序号选择：${found.map((i) => `${i + 1}. ${describeTable(tables[i])}`).join('；')}`,
    `${JSON.stringify(choice)} names ${found.length} tables; choose by number`,
  )
}
