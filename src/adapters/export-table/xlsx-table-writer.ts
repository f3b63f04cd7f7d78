// Canonical project tables → an Excel workbook, one sheet per form, with the form's merged
// ranges. Money, weights and scores are written as numbers, a printed rate as a percent-formatted
// number ("85.11%" → 0.8511 with format 0.00%), as an officer's own workbook holds them.
import ExcelJS from 'exceljs'
import { Decimal } from '../../core/decimal.ts'
import type { ProjectTableJson } from '../import/import-types.ts'
import type { FormCell, LayoutOptions } from './form-grid.ts'
import { layoutForm } from './layout-form.ts'

export async function writeXlsx(tables: readonly ProjectTableJson[], options: LayoutOptions): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  tables.forEach((table, i) => {
    const grid = layoutForm(table, options)
    const ws = workbook.addWorksheet(sheetName(table.project, i))
    ws.columns = grid.columnWidths.map((w) => ({ width: w * 1.2 }))
    let top = 1
    for (const line of grid.above) {
      ws.getCell(top, 1).value = line
      ws.mergeCells(top, 1, top, grid.width)
      top++
    }
    for (let r = 0; r < grid.height; r++) {
      for (let c = 0; c < grid.width; c++) ws.getCell(top + r, c + 1).border = THIN_BORDER
    }
    // Excel does not grow rows for wrapped text in merged cells: size them from the text.
    const widthOf = (c: { col: number; colSpan: number }) =>
      grid.columnWidths.slice(c.col, c.col + c.colSpan).reduce((a, b) => a + b, 0) * 1.2
    const lines = new Map<number, number>()
    for (const cell of grid.cells) {
      const perLine = Math.max(1, Math.floor(widthOf(cell) / 2))
      const n = cell.text.split('\n').reduce((sum, l) => sum + Math.max(1, Math.ceil(l.length / perLine)), 0)
      const row = cell.row + cell.rowSpan - 1
      lines.set(row, Math.max(lines.get(row) ?? 1, Math.ceil(n / cell.rowSpan)))
    }
    for (const [row, n] of lines) if (n > 1) ws.getRow(top + row).height = 15 * n
    for (const cell of grid.cells) {
      const target = ws.getCell(top + cell.row, cell.col + 1)
      writeCell(target, cell)
      if (cell.rowSpan > 1 || cell.colSpan > 1) {
        ws.mergeCells(top + cell.row, cell.col + 1, top + cell.row + cell.rowSpan - 1, cell.col + cell.colSpan)
      }
    }
  })
  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}

const THIN = { style: 'thin' } as const
const THIN_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN }

function writeCell(target: ExcelJS.Cell, cell: FormCell): void {
  if (cell.number !== undefined) {
    target.value = cell.number
  } else if (cell.percent) {
    const digits = /\.(\d+)%$/.exec(cell.text)?.[1]?.length ?? 0
    target.value = Number(
      Decimal.parse(cell.text.slice(0, -1))
        .div(Decimal.HUNDRED, digits + 2)!
        .toString(),
    )
    target.numFmt = digits ? `0.${'0'.repeat(digits)}%` : '0%'
  } else {
    target.value = cell.text
  }
  target.alignment = { wrapText: true, vertical: 'middle' }
  if (cell.label) target.font = { bold: true }
}

/** Excel sheet names: at most 31 characters, none of \ / ? * [ ] : */
function sheetName(project: string, index: number): string {
  const clean = project.replace(/[\\/?*[\]:]/g, '').slice(0, 28)
  return `${index + 1}.${clean || '表'}`.slice(0, 31)
}
