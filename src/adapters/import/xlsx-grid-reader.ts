// Excel workbooks through exceljs: each visible worksheet becomes a cell grid. Cells covered by
// a merge are '' (exceljs returns the master's value for them). Numbers arrive as JS numbers:
// they go through their string form, at Excel's own 15 significant digits, so that 30.64 stays
// "30.64" and the exact decimal type reads it; percent formats print as "85.11%".
import ExcelJS from 'exceljs'
import { Decimal } from '../../core/decimal.ts'
import { InputError } from '../../core/input-error.ts'
import { cleanCellText } from './cell-text.ts'
import { spreadsheetWhere, type Covered, type SourceDocument, type SourceTable } from './source-table.ts'

export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never)
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e)
    throw new InputError([
      {
        file: fileName,
        path: '$',
        message: '无法读取 Excel 文件，文件可能已损坏；请在 Excel 中打开并另存为 .xlsx 后再导入',
        messageEn: `cannot read the workbook: ${detail}`,
      },
    ])
  }
  const tables: SourceTable[] = []
  for (const ws of workbook.worksheets) {
    if (ws.state && ws.state !== 'visible') continue
    const rows: string[][] = []
    const covered = new Map<string, Covered>()
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: string[] = []
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const master = cell.master
        cells[c - 1] = master === cell ? cellText(cell) : ''
        if (master !== cell) covered.set(`${r - 1},${c - 1}`, master.fullAddress.row < r ? 'up' : 'left')
      })
      rows[r - 1] = Array.from(cells, (t) => t ?? '')
    })
    const dense = Array.from(rows, (r) => r ?? [])
    const width = Math.max(0, ...dense.map((r) => r.length))
    for (const r of dense) while (r.length < width) r.push('')
    while (dense.length && dense[dense.length - 1]!.every((t) => t === '')) dense.pop()
    if (!dense.length) continue
    tables.push({
      name: ws.name,
      rows: dense,
      aligned: true,
      covered: (r, c) => covered.get(`${r},${c}`) ?? null,
      context: [],
      where: spreadsheetWhere(ws.name),
    })
  }
  return { tables, paragraphs: [] }
}

function cellText(cell: ExcelJS.Cell): string {
  return cleanCellText(valueText(cell.value, cell.numFmt))
}

function valueText(value: ExcelJS.CellValue | undefined, numFmt: string | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return numberText(value, numFmt)
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('hyperlink' in value) return valueText(value.text as ExcelJS.CellValue, numFmt)
  if ('error' in value) return value.error
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result
    // A formula saved without its result cannot be trusted to mean "empty": keep it visible so
    // a number cell holding it is reported by address.
    if (result === undefined || result === null) return `=${(value as ExcelJS.CellFormulaValue).formula ?? ''}`
    return valueText(result as ExcelJS.CellValue, numFmt)
  }
  return ''
}

/** A number as Excel shows it: 15 significant digits, the format's decimals, percent applied. */
export function numberText(n: number, numFmt: string | undefined): string {
  if (!Number.isFinite(n)) return String(n)
  const value = Decimal.parse(String(Number(n.toPrecision(15))))
  const format = (numFmt ?? '').replace(/"[^"]*"/g, '').split(';')[0] ?? ''
  const decimals = /\.(0+)/.exec(format)?.[1]?.length ?? 0
  if (format.includes('%')) {
    const percent = value.mul(Decimal.HUNDRED).trimmed()
    return `${percent.withScale(decimals).toString()}%`
  }
  return value.trimmed().withScale(decimals).toString()
}
