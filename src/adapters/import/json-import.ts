// .json through the same entry point: one canonical table, an array of them, or an import
// result ({"tables": [...]}). Each is validated by the schema and passed on unchanged. A
// department file's selfEvaluation paths point at files next to it on the user's disk, which an
// upload does not have: they are kept as written, with a warning.
import { parseJsonText } from '../../app/load-table.ts'
import { parseCanonicalTable } from '../../app/schema.ts'
import { InputError, type InputProblem, problemPlace } from '../../core/input-error.ts'
import { tablePlace } from '../../core/table-places.ts'
import type { CanonicalJson, ImportResult, ImportWarning } from './import-types.ts'

export function importJson(text: string, fileName: string): ImportResult {
  const json = parseJsonText(text, fileName)
  const list: unknown[] = Array.isArray(json)
    ? json
    : json && typeof json === 'object' && Array.isArray((json as { tables?: unknown }).tables)
      ? (json as { tables: unknown[] }).tables
      : [json]
  const problems: InputProblem[] = []
  const warnings: ImportWarning[] = []
  list.forEach((item, i) => {
    const prefix = list.length > 1 || item !== json ? `tables[${i}]` : ''
    try {
      const table = parseCanonicalTable(item)
      if (table.kind !== 'department-overall') return
      table.projectExpenditure.lines.forEach((line, j) => {
        if (!line.selfEvaluation) return
        warnings.push({
          code: 'SELF_EVALUATION_PATH_KEPT',
          // where, as the user sees the table (`table` says which one)
          path: tablePlace(['projectExpenditure', 'lines', j, 'selfEvaluation'], item) ?? '',
          message: `上传的部门表引用了项目自评表文件“${line.selfEvaluation}”，上传时无法读取，已原样保留；请另行导入该项目表`,
          messageEn: `selfEvaluation ${JSON.stringify(line.selfEvaluation)} cannot be resolved from an upload; kept as written`,
          table: i,
        })
      })
    } catch (e) {
      if (!(e instanceof InputError)) throw e
      problems.push(
        ...e.problems.map((p) => ({
          ...p,
          file: fileName,
          path: prefix ? `${prefix}.${p.path}` : p.path,
          place: prefix ? [tableOrdinal(item, i), problemPlace(p)].filter(Boolean).join('·') : p.place,
        })),
      )
    }
  })
  if (problems.length) throw new InputError(problems)
  if (!list.length) {
    throw new InputError([
      {
        file: fileName,
        path: '$',
        message: '文件中没有表格',
        messageEn: 'the file holds no table',
      },
    ])
  }
  return { tables: list as CanonicalJson[], warnings }
}

/** "第2个表格（综治、平安建设经费）": a table of a file that holds several, by its own name. */
function tableOrdinal(item: unknown, i: number): string {
  const t = (item ?? {}) as { kind?: unknown; project?: unknown; unit?: unknown }
  const name = t.kind === 'department-overall' ? t.unit : t.project
  return `第${i + 1}个表格${typeof name === 'string' && name.trim() ? `（${name.trim()}）` : ''}`
}
