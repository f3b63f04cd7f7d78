// Canonical project tables → an Excel workbook, one sheet per form, with the form's merged
// ranges. Money, weights and scores are written as numbers, a printed rate as a percent-formatted
// number ("85.11%" → 0.8511 with format 0.00%), as an officer's own workbook holds them.
import ExcelJS from 'exceljs'
import { Decimal } from '../../core/decimal.ts'
import type { ProjectTableJson } from '../import/import-types.ts'
import type { FormCell, LayoutOptions } from './form-grid.ts'
import { layoutForm } from './layout-form.ts'

export async function writeXlsx(
  tables: readonly ProjectTableJson[],
  options: LayoutOptions,
): Promise<Uint8Array> {
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
    for (const cell of grid.cells) {
      const target = ws.getCell(top + cell.row, cell.col + 1)
      writeCell(target, cell)
      if (cell.rowSpan > 1 || cell.colSpan > 1) {
        ws.mergeCells(
          top + cell.row,
          cell.col + 1,
          top + cell.row + cell.rowSpan - 1,
          cell.col + cell.colSpan,
        )
      }
    }
  })
  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}

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
  target.alignment = { wrapText: cell.text.includes('\n'), vertical: 'middle' }
  if (cell.label) target.font = { bold: true }
}

/** Excel sheet names: at most 31 characters, none of \ / ? * [ ] : */
function sheetName(project: string, index: number): string {
  const clean = project.replace(/[\\/?*[\]:]/g, '').slice(0, 28)
  return `${index + 1}.${clean || '表'}`.slice(0, 31)
}
