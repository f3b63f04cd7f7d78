// The summary table of a folder review, as .xlsx (exceljs: a header row, frozen, column widths)
// or .csv (UTF-8 with a byte-order mark, so that Excel on Chinese Windows reads it right).
import { writeFile } from 'node:fs/promises'
import { SUMMARY_COLUMNS, STATUS_TEXT, type SummaryRow } from '../../app/review/summary-row.ts'

export async function writeSummary(path: string, rows: readonly SummaryRow[]): Promise<void> {
  const cells = rows.map((r) => SUMMARY_COLUMNS.map((c) => (c.key === 'status' ? STATUS_TEXT[r.status] : r[c.key])))
  if (/\.csv$/i.test(path)) {
    const quote = (v: unknown) => {
      const s = String(v)
      return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
    }
    const lines = [SUMMARY_COLUMNS.map((c) => c.title), ...cells].map((r) => r.map(quote).join(','))
    await writeFile(path, `\ufeff${lines.join('\r\n')}\r\n`, 'utf8')
    return
  }
  // loaded only here: exceljs takes about a second to load
  const { default: ExcelJS } = await import('exceljs')
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('审核汇总', { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = SUMMARY_COLUMNS.map((c) => ({ header: c.title, key: c.key, width: c.width }))
  ws.getRow(1).font = { bold: true }
  for (const r of cells) ws.addRow(r)
  await wb.xlsx.writeFile(path)
}
