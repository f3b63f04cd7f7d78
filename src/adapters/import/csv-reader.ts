// CSV files (RFC 4180: quoted fields may hold commas, quotes and line breaks). Excel on Chinese
// Windows saves CSV as GB18030 and some tools use ';' or tabs: the separator is the one that
// splits the first lines most evenly. A merged cell exported from Excel leaves '' in the cells
// it covered, which is how the recogniser expects an aligned grid.
import { cleanCellText } from './cell-text.ts'
import { spreadsheetWhere, type SourceDocument } from './source-table.ts'

export function readCsv(text: string): SourceDocument {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const rows = parseDelimited(body, guessSeparator(body)).map((r) => r.map(cleanCellText))
  const width = Math.max(0, ...rows.map((r) => r.length))
  for (const r of rows) while (r.length < width) r.push('')
  while (rows.length && rows[rows.length - 1]!.every((t) => t === '')) rows.pop()
  return {
    tables: rows.length ? [{ name: 'CSV', rows, aligned: true, context: [], where: spreadsheetWhere(null) }] : [],
    paragraphs: [],
  }
}

function guessSeparator(text: string): string {
  const sample = text.split(/\r?\n/).slice(0, 20).join('\n')
  let best = ','
  let bestCount = 0
  for (const sep of [',', ';', '\t']) {
    const count = sample.split(sep).length
    if (count > bestCount) {
      best = sep
      bestCount = count
    }
  }
  return best
}

export function parseDelimited(text: string, sep: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
      } else field += c
      i++
      continue
    }
    if (c === '"' && field === '') quoted = true
    else if (c === sep) {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      if (c === '\r' && text[i + 1] === '\n') i++
    } else field += c
    i++
  }
  if (field !== '' || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows
}
