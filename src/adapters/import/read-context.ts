// What the section readers share while reading one source table: the table, and the problems
// and warnings found so far. Problems are collected, not thrown one by one, so that the user
// sees every unreadable cell at once; the import then fails whole.
import type { InputProblem } from '../../core/input-error.ts'
import { alignPastedRow, cellsIn, type ColumnRange } from './column-map.ts'
import { IMPORT_WARNING_CODES, type ImportWarning, type ImportWarningCode } from './import-types.ts'
import { decimalToJson, readNumberCell } from './number-cell.ts'
import type { SourceTable } from './source-table.ts'

export type ReadContext = {
  source: SourceTable
  problems: InputProblem[]
  warnings: ImportWarning[]
}

/**
 * The data rows laid under a header `width` cells wide: as read where the grid keeps its columns,
 * else pasted rows aligned to the header; `unplaced` are those that cannot be.
 */
export function rowsUnderHeader(
  ctx: ReadContext,
  dataRows: readonly number[],
  width: number,
): { placed: { r: number; row: string[] }[]; unplaced: number[] } {
  const placed: { r: number; row: string[] }[] = []
  const unplaced: number[] = []
  for (const r of dataRows) {
    const cells = ctx.source.rows[r] ?? []
    const row = ctx.source.aligned ? cells : alignPastedRow(cells, width)
    if (row) placed.push({ r, row })
    else unplaced.push(r)
  }
  return { placed, unplaced }
}

/** COLUMN_NOT_IMPORTED for each header label outside the canonical format. */
export function warnIgnoredColumns(ctx: ReadContext, headerRow: number, ignored: readonly ColumnRange[]): void {
  for (const r of ignored) {
    addWarning(
      ctx,
      'COLUMN_NOT_IMPORTED',
      ctx.source.where(headerRow, r.start, r.label),
      `“${r.label}”`,
      `column ${JSON.stringify(r.label)} not imported`,
    )
  }
}

export function addProblem(ctx: ReadContext, path: string, message: string, messageEn: string): void {
  ctx.problems.push({ path, message, messageEn })
}

export function addWarning(
  ctx: ReadContext,
  code: ImportWarningCode,
  path: string,
  detail: string,
  messageEn: string,
): void {
  ctx.warnings.push({ code, path, message: `${IMPORT_WARNING_CODES[code]}：${detail}`, messageEn })
}

/** The number in a cell range as a JSON number; unreadable text becomes a problem naming the cell. */
export function numberAt(
  ctx: ReadContext,
  row: readonly string[],
  rowIndex: number,
  range: ColumnRange | undefined,
  unit: string | null,
): number | null {
  if (!range) return null
  const text = cellsIn(row, range)
  const cell = readNumberCell(text, unit)
  const col = row.findIndex((t, i) => i >= range.start && i < range.end && t !== '')
  const label = range.label.replace(/[:：]$/, '')
  const where = ctx.source.where(rowIndex, col >= 0 ? col : range.start, label)
  switch (cell.kind) {
    case 'value':
      return decimalToJson(cell.value)
    case 'instruction':
      addWarning(
        ctx,
        'CELL_INSTRUCTION',
        where,
        `“${cell.text}”`,
        `instruction text ${JSON.stringify(cell.text)} read as empty`,
      )
      return null
    case 'unreadable':
      addProblem(ctx, where, `${label}：${cell.message}`, cell.messageEn)
      return null
  }
}
