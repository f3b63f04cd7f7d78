// The narrative of a report pasted as text: the lines outside the tables. Text copied out of Word
// holds a table either one cell per line (each line starting with a tab, rows separated by blank
// lines, a cell's line break continuing without a tab) or one row per line with tab-separated
// cells (src/adapters/import/pasted-text-reader.ts). Any other non-empty line is a paragraph.

export function textParagraphs(text: string): string[] {
  const lines = text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
  const cellPerLine = lines.some((l) => l.startsWith('\t')) && !lines.some((l) => /[^\t]\t/.test(l))
  const out: string[] = []
  let inRow = false
  for (const line of lines) {
    if (line.trim() === '') {
      inRow = false
      continue
    }
    if (line.includes('\t')) {
      inRow = cellPerLine
      continue
    }
    // In the one-cell-per-line shape, a line without a tab right after a cell continues it.
    if (!inRow) out.push(line)
  }
  return out
}
