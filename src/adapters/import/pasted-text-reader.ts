// Text copied out of Word. Two shapes occur:
//  - one cell per line, each starting with a tab, rows separated by blank lines, a line break
//    inside a cell continuing on the next line without a tab (the seed document's shape);
//  - one row per line, cells separated by tabs (Word's and Excel's clipboard), where a cell
//    holding a line break spills onto the next line, and Excel quotes such cells.
// Either way a cell merged across columns is a single cell, so rows are not aligned with the
// form's grid; the recogniser knows that (SourceTable.aligned = false). Lines outside the table
// become paragraphs, which may name the year.
import { cleanCellText } from './cell-text.ts'
import { parseDelimited } from './csv-reader.ts'
import type { SourceDocument } from './source-table.ts'

type Row = { cells: string[]; lines: number[] }

export function readPastedText(text: string): SourceDocument {
  const lines = text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
  const cellPerLine = lines.some((l) => l.startsWith('\t')) && !lines.some((l) => /[^\t]\t/.test(l))
  const excelQuoted = !cellPerLine && /(^|\t)"[^"\t]*\n/m.test(lines.join('\n'))
  const { rows, paragraphs } = cellPerLine
    ? readCellPerLine(lines)
    : excelQuoted
      ? readExcelClipboard(lines.join('\n'))
      : readTabSeparated(lines)
  const cleaned = rows.map((r) => r.cells.map(cleanCellText))
  for (const r of rows)
    if (r.cells.length === 1 && cleanCellText(r.cells[0]!)) paragraphs.push(cleanCellText(r.cells[0]!))
  return {
    tables: cleaned.length
      ? [
          {
            name: '粘贴文本',
            rows: cleaned,
            aligned: false,
            context: [],
            where: (row, col, label) => {
              const r = rows[row]
              const line = r ? (col !== undefined ? (r.lines[col] ?? r.lines[0]) : r.lines[0]) : undefined
              return `粘贴文本第${line ?? '?'}行${label ? ` · ${label}` : ''}`
            },
          },
        ]
      : [],
    paragraphs,
  }
}

function readCellPerLine(lines: string[]): { rows: Row[]; paragraphs: string[] } {
  const rows: Row[] = []
  const paragraphs: string[] = []
  let row: Row | null = null
  lines.forEach((line, i) => {
    if (line.startsWith('\t')) {
      row ??= { cells: [], lines: [] }
      row.cells.push(line.slice(1))
      row.lines.push(i + 1)
    } else if (line.trim() === '') {
      if (row) rows.push(row)
      row = null
    } else if (row) {
      // no tab and no blank line before: the previous cell goes on
      row.cells[row.cells.length - 1] += `\n${line}`
    } else {
      paragraphs.push(line.trim())
    }
  })
  if (row) rows.push(row)
  return { rows, paragraphs }
}

function readTabSeparated(lines: string[]): { rows: Row[]; paragraphs: string[] } {
  const rows: Row[] = []
  const paragraphs: string[] = []
  let previous: Row | null = null
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      previous = null
      return
    }
    if (!line.includes('\t')) {
      // A line without a tab right after a row is the rest of that row's last cell.
      if (previous && previous.cells.length > 1) previous.cells[previous.cells.length - 1] += `\n${line}`
      else rows.push({ cells: [line], lines: [i + 1] })
      return
    }
    const row: Row = { cells: [], lines: [] }
    for (const cells of parseDelimited(line, '\t')) row.cells.push(...cells)
    row.lines = row.cells.map(() => i + 1)
    rows.push(row)
    previous = row
  })
  return { rows, paragraphs }
}

/** Excel's clipboard quotes a cell holding a line break: parse the text as one TSV document. */
function readExcelClipboard(text: string): { rows: Row[]; paragraphs: string[] } {
  const rows: Row[] = []
  let line = 1
  for (const cells of parseDelimited(text, '\t')) {
    const lines: number[] = []
    let at = line
    for (const cell of cells) {
      lines.push(at)
      at += cell.split('\n').length - 1
    }
    if (cells.some((c) => c.trim() !== '')) rows.push({ cells, lines })
    line = at + 1
  }
  return { rows, paragraphs: [] }
}
