// Loads a canonical table from its text and joins the project tables a department names.
// File access goes through a port so the same use case serves the CLI (files), the server
// (stored tables) and tests (memory).
import { InputError } from '../core/input-error.ts'
import type { CanonicalTable, ProjectTable } from '../core/table.ts'
import { tablePlace } from '../core/table-places.ts'
import { parseCanonicalTable } from './schema.ts'

export type TableText = { file: string; text: string }

export interface TableSource {
  /**
   * The text of `ref` (a path relative to `from`), or null when it does not exist; an
   * InputError when `ref` may not be read (outside the folder of `from`).
   */
  readRelative(from: string, ref: string): Promise<TableText | null>
}

/** JSON text → value; a syntax error names the line and column. */
export function parseJsonText(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') {
    throw new InputError([{ file, path: '$', message: '文件为空，没有表格内容', messageEn: 'the file is empty' }])
  }
  try {
    return JSON.parse(body)
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e)
    const pos = /position (\d+)/.exec(detail)
    const at = pos ? lineColumn(body, Number(pos[1])) : null
    const atEnd = !at && /end of JSON/i.test(detail)
    const where = at ? `第 ${at.line} 行第 ${at.column} 列附近` : atEnd ? '文件末尾附近' : ''
    const whereEn = at ? ` near line ${at.line}, column ${at.column}` : atEnd ? ' at the end' : ''
    throw new InputError([
      {
        file,
        path: at ? `${at.line}:${at.column}` : '$',
        // the message says the line and column
        place: '',
        message: `不是有效的 JSON：${where}有语法错误${looksLikeJson(body) ? '' : IMPORT_HINT}`,
        // Not the parser's own message: it quotes the file's text, which may be anything.
        messageEn: `invalid JSON${whereEn}`,
      },
    ])
  }
}

/**
 * Text that does not even start like JSON is most likely a table in another form (a Word or
 * Excel file, text copied from Word): the message says how to read it.
 */
const IMPORT_HINT =
  '。这不像 JSON 表格文件：Word、Excel、CSV 或文本文件请先导入（命令行：jixiao import 文件 --out 文件夹；网页：「导入表格」）'

function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text)
}

function lineColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index)
  const line = before.split('\n').length
  const column = index - before.lastIndexOf('\n')
  return { line, column }
}

/** Parses and validates a table; a department's `selfEvaluation` tables are loaded and joined. */
export async function loadTable(source: TableSource, input: TableText): Promise<CanonicalTable> {
  return joinTable(source, parseJsonText(input.text, input.file), input.file)
}

/**
 * Validates a table already parsed (one of an import's tables); a department's
 * `selfEvaluation` tables are loaded relative to `file` and joined.
 */
export async function joinTable(source: TableSource, json: unknown, file: string): Promise<CanonicalTable> {
  const table = parseCanonicalTable(json, file)
  if (table.kind !== 'department-overall') return table
  // every line is read, and every problem reported in line order (not the first read to fail)
  const settled = await Promise.allSettled(
    table.projectExpenditure.lines.map(async (line, i) => {
      if (!line.selfEvaluation) return line
      const path = `projectExpenditure.lines[${i}].selfEvaluation`
      const place = tablePlace(['projectExpenditure', 'lines', i, 'selfEvaluation'], json) ?? ''
      const joined = await source.readRelative(file, line.selfEvaluation).catch((e: unknown) => {
        if (!(e instanceof InputError)) throw e
        throw new InputError(e.problems.map((p) => ({ ...p, file, path, place })))
      })
      if (!joined) {
        throw new InputError([
          {
            file,
            path,
            place,
            message: `引用的项目自评表文件“${line.selfEvaluation}”不存在`,
            messageEn: `the project table ${JSON.stringify(line.selfEvaluation)} does not exist`,
          },
        ])
      }
      const project = parseCanonicalTable(parseJsonText(joined.text, joined.file), joined.file)
      if (project.kind !== 'project-self-evaluation') {
        throw new InputError([
          {
            file,
            path,
            place,
            message: `“${line.selfEvaluation}”不是项目支出绩效自评表（kind 为 ${project.kind}）`,
            messageEn: `${JSON.stringify(line.selfEvaluation)} is not a project table (kind ${project.kind})`,
          },
        ])
      }
      return { ...line, project: project satisfies ProjectTable }
    }),
  )
  const lines = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
  const failed: unknown[] = settled.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []))
  const other = failed.find((e) => !(e instanceof InputError))
  if (other !== undefined) throw other
  if (failed.length) throw new InputError(failed.flatMap((e) => (e as InputError).problems))
  return { ...table, projectExpenditure: { ...table.projectExpenditure, lines } }
}
