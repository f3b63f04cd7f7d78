// Canonical project tables → CSV, the form's grid with merged cells left empty past their first
// position (what Excel's "save as CSV" writes). Several forms follow each other, a blank line apart.
import type { ProjectTableJson } from '../import/import-types.ts'
import type { LayoutOptions } from './form-grid.ts'
import { layoutForm } from './layout-form.ts'

export function writeCsv(tables: readonly ProjectTableJson[], options: LayoutOptions): string {
  const lines: string[] = []
  for (const table of tables) {
    const grid = layoutForm(table, options)
    const rows = Array.from({ length: grid.height }, () => Array.from({ length: grid.width }, () => ''))
    for (const c of grid.cells) rows[c.row]![c.col] = c.text
    for (const line of grid.above) lines.push(csvLine([line, ...Array.from({ length: grid.width - 1 }, () => '')]))
    for (const r of rows) lines.push(csvLine(r))
    lines.push('')
  }
  return `${lines.join('\r\n')}\r\n`
}

function csvLine(cells: readonly string[]): string {
  return cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')
}
