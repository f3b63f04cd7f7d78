// A self-evaluation form as a grid of placed cells with their merges, independent of the file
// format: the .docx and .xlsx writers render the same grid, so both carry the same merged cells
// a real form has.
import type { ProjectTableJson } from '../import/import-types.ts'
import type { AmountJson } from '../../app/schema.ts'

export type FormLayout = 'local' | 'national'

export type FormCell = {
  row: number
  col: number
  rowSpan: number
  colSpan: number
  text: string
  /** a number cell: written as a number in Excel */
  number?: number
  /** a percent as printed ("85.11%"): written as a percent-formatted number in Excel */
  percent?: boolean
  /** write the text's lines as separate paragraphs (else line breaks inside one paragraph) */
  paragraphs?: boolean
  /** put Word's "_GoBack" bookmark in the cell, as Word leaves it where the cursor was */
  bookmark?: boolean
  /** a header or label cell (bold) */
  label?: boolean
}

export type FormGrid = {
  /** paragraphs above the table (national title and year line) */
  above: string[]
  width: number
  height: number
  cells: FormCell[]
  /** relative column widths */
  columnWidths: number[]
}

export type LayoutOptions = {
  layout: FormLayout
  /** national layout: the operator of each target in a column of its own (≧ ═ ﹦) */
  operatorColumn?: boolean
  /** print the year with the title (default true); the seed's tables do not */
  yearInTitle?: boolean
  /** put a _GoBack bookmark in this funding row's reason cell (the seed's quirk) */
  bookmarkFundingRow?: number
}

export type CellContent = { text: string; number?: number; percent?: boolean }
export type CellExtra = Partial<Pick<FormCell, 'rowSpan' | 'colSpan' | 'paragraphs' | 'bookmark' | 'label'>>

/** Places cells row by row; `add` returns the builder so a row reads left to right. */
export class GridBuilder {
  readonly cells: FormCell[] = []
  row = 0

  constructor(readonly width: number) {}

  add(col: number, content: string | CellContent, extra: CellExtra = {}): this {
    const c = typeof content === 'string' ? { text: content } : content
    this.cells.push({ rowSpan: 1, colSpan: 1, ...extra, ...c, row: this.row, col })
    return this
  }

  next(): this {
    this.row++
    return this
  }
}

/**
 * A money, weight or score value: the number, or '' (local) / '—' (national) when absent. A
 * number the JSON wrote as text ("36.00") stays text, as written.
 */
export function numberCell(value: AmountJson | undefined, absent = ''): CellContent {
  if (value === null || value === undefined) return { text: absent }
  return typeof value === 'number' ? { text: String(value), number: value } : { text: value }
}

/** Consecutive rows with the same key, as [start, end) index ranges. */
export function runs<T>(items: readonly T[], key: (item: T) => string): [number, number][] {
  const out: [number, number][] = []
  items.forEach((item, i) => {
    const last = out[out.length - 1]
    if (last && key(items[last[0]]!) === key(item)) last[1] = i + 1
    else out.push([i, i + 1])
  })
  return out
}

export function titleOf(table: ProjectTableJson): string {
  return `${table.project}绩效自评表`
}
