// From a header row to column ranges, and from a data row to the cells under each header.
// In an aligned grid a header merged across columns is followed by '' cells, so a header's range
// runs to the next header; a value merged differently from its header still falls inside it, and
// an operator in a column of its own under "年度指标值" joins the value ("≧" + "95%").
// In pasted text every cell is one position, and a data row must have the header's count of cells.
import { labelKey } from './cell-text.ts'

export type ColumnRange = { start: number; end: number; label: string }

export type ColumnMap<K extends string> = {
  ranges: Map<K, ColumnRange>
  /** the first column a known header starts at (the label and source columns lie before it) */
  firstMapped: number
  /** header labels that are not part of the canonical format, or a second column of one kind */
  ignored: ColumnRange[]
  width: number
}

export function mapHeader<K extends string>(
  cells: readonly string[],
  aligned: boolean,
  classify: (key: string) => K | null,
  isSectionLabel: (key: string) => boolean,
): ColumnMap<K> {
  const ranges = new Map<K, ColumnRange>()
  const ignored: ColumnRange[] = []
  const starts = cells.map((t, i) => (t !== '' ? i : -1)).filter((i) => i >= 0)
  for (const [n, start] of starts.entries()) {
    const end = aligned ? (starts[n + 1] ?? cells.length) : start + 1
    const label = cells[start]!
    const key = labelKey(label)
    const kind = classify(key)
    if (kind && !ranges.has(kind)) ranges.set(kind, { start, end, label })
    else if (!isSectionLabel(key) || kind) ignored.push({ start, end, label })
  }
  const firstMapped = Math.min(...[...ranges.values()].map((r) => r.start), cells.length)
  return { ranges, firstMapped, ignored, width: cells.length }
}

/** The non-empty cells of a range joined (an operator column and its value become one text). */
export function cellsIn(row: readonly string[], range: ColumnRange | undefined, separator = ''): string {
  if (!range) return ''
  return row
    .slice(range.start, range.end)
    .filter((t) => t !== '')
    .join(separator)
}

/**
 * A pasted row laid on the header's positions: trailing empty cells past the header are
 * dropped; null when the count still differs (the row cannot be placed).
 */
export function alignPastedRow(cells: readonly string[], width: number): string[] | null {
  const row = [...cells]
  while (row.length > width && row[row.length - 1] === '') row.pop()
  return row.length === width ? row : null
}
