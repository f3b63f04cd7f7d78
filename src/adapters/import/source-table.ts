// A table as read from a file, before it is recognised: rows of cell texts. Readers of every
// format produce this, so one recogniser serves .docx, .xlsx, .csv and pasted text.

export type Covered = 'left' | 'up' | null

export type SourceTable = {
  /** "表格1", "Sheet1", "粘贴文本" */
  name: string
  /**
   * Cell texts, cleaned (see cleanCellText). In an aligned table a merged cell's text is in its
   * top-left position and the positions it covers are '' — the way Word's and Excel's grids and
   * a CSV export of them look.
   */
  rows: string[][]
  /**
   * true when columns line up with the form's grid (.docx, .xlsx, .csv). Text copied from Word
   * is not aligned: a cell merged across columns is one cell, so a row may have fewer cells.
   */
  aligned: boolean
  /**
   * For aligned grids read from Word or Excel: whether a '' position is covered by a merged cell
   * to its left or above (a level-1 cell merged across the level-2 column reads differently from
   * a level-2 cell merged down). Absent for CSV and pasted text, which do not say.
   */
  covered?: (row: number, col: number) => Covered
  /** paragraphs just before the table (title, "（2022年度）"), in document order */
  context: string[]
  /** where a cell is, for messages: "表格2 · 第5行 · 实际投入资金额", "Sheet1!C7" */
  where: (row: number, col?: number, columnLabel?: string) => string
}

/** What a reader gives: the tables and the document's other text (for the year, the title). */
export type SourceDocument = {
  tables: SourceTable[]
  /** every paragraph outside the tables, in order */
  paragraphs: string[]
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
function columnLetters(col: number): string {
  let n = col + 1
  let s = ''
  while (n > 0) {
    const r = (n - 1) % 26
    s = String.fromCharCode(65 + r) + s
    n = Math.floor((n - 1) / 26)
  }
  return s
}

/** Addresses like "Sheet1!C7" (spreadsheets and CSV files). */
export function spreadsheetWhere(sheet: string | null) {
  return (row: number, col?: number): string => {
    const cell = col === undefined ? `第${row + 1}行` : `${columnLetters(col)}${row + 1}`
    return sheet ? `${sheet}!${cell}` : cell
  }
}
