// Canonical project tables → a Word document, one form per table in the chosen layout, with the
// merged cells of a real form (w:gridSpan, w:vMerge restart/continue). `wordMerges` writes a
// vertical-merge continuation the way Word itself does (a bare <w:vMerge/>), which the docx
// library does not; `after` adds paragraphs after the forms (the seed's report heading), `between`
// after each form (a finished report's narrative).
import {
  Bookmark,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx'
import JSZip from 'jszip'
import type { ProjectTableJson } from '../import/import-types.ts'
import type { FormCell, FormGrid, LayoutOptions } from './form-grid.ts'
import { layoutForm } from './layout-form.ts'

export type DocxWriteOptions = LayoutOptions & {
  wordMerges?: boolean
  /** paragraphs before the first form */
  before?: string[]
  /** paragraphs after the last form */
  after?: string[]
  /** paragraphs right after form i (a finished report's narrative between its tables) */
  between?: string[][]
}

const TABLE_WIDTH_TWIPS = 9000

export async function writeDocx(tables: readonly ProjectTableJson[], options: DocxWriteOptions): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = (options.before ?? []).map((t) => new Paragraph(t))
  for (const [i, table] of tables.entries()) {
    const grid = layoutForm(table, options)
    for (const line of grid.above) children.push(new Paragraph({ children: [new TextRun({ text: line, bold: true })] }))
    children.push(gridToTable(grid), new Paragraph(''))
    for (const line of options.between?.[i] ?? []) children.push(new Paragraph(line))
  }
  for (const line of options.after ?? []) children.push(new Paragraph(line))
  const doc = new Document({ sections: [{ children }] })
  const buffer = await Packer.toBuffer(doc)
  if (!options.wordMerges) return new Uint8Array(buffer)
  const zip = await JSZip.loadAsync(buffer)
  const xml = await zip.file('word/document.xml')!.async('string')
  zip.file('word/document.xml', xml.replace(/<w:vMerge w:val="continue"\/>/g, '<w:vMerge/>'))
  return zip.generateAsync({ type: 'uint8array' })
}

function gridToTable(grid: FormGrid): Table {
  const total = grid.columnWidths.reduce((a, b) => a + b, 0)
  const widths = grid.columnWidths.map((w) => Math.round((w / total) * TABLE_WIDTH_TWIPS))
  const starts = new Map(grid.cells.map((c) => [`${c.row},${c.col}`, c]))
  // Cells merged down continue in the rows below them, where Word writes a vMerge cell.
  const continues = new Map<string, FormCell>()
  for (const c of grid.cells) for (let r = 1; r < c.rowSpan; r++) continues.set(`${c.row + r},${c.col}`, c)
  const rows: TableRow[] = []
  for (let r = 0; r < grid.height; r++) {
    const cells: TableCell[] = []
    for (let col = 0; col < grid.width; ) {
      const start = starts.get(`${r},${col}`)
      const cont = continues.get(`${r},${col}`)
      const span = (start ?? cont)?.colSpan ?? 1
      const width = {
        size: widths.slice(col, col + span).reduce((a, b) => a + b, 0),
        type: WidthType.DXA,
      }
      if (start) {
        cells.push(
          new TableCell({
            children: paragraphsOf(start),
            columnSpan: start.colSpan > 1 ? start.colSpan : undefined,
            verticalMerge: start.rowSpan > 1 ? VerticalMergeType.RESTART : undefined,
            width,
          }),
        )
        col += start.colSpan
      } else if (cont) {
        cells.push(
          new TableCell({
            children: [new Paragraph('')],
            columnSpan: cont.colSpan > 1 ? cont.colSpan : undefined,
            verticalMerge: VerticalMergeType.CONTINUE,
            width,
          }),
        )
        col += cont.colSpan
      } else {
        cells.push(new TableCell({ children: [new Paragraph('')], width }))
        col++
      }
    }
    rows.push(new TableRow({ children: cells }))
  }
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: TABLE_WIDTH_TWIPS, type: WidthType.DXA },
  })
}

function paragraphsOf(cell: FormCell): Paragraph[] {
  const lines = cell.text.split('\n')
  const run = (text: string, breakBefore = false) =>
    new TextRun({ text, bold: cell.label, break: breakBefore ? 1 : undefined })
  const mark = () => (cell.bookmark ? [new Bookmark({ id: '_GoBack', children: [] })] : [])
  if (cell.paragraphs)
    return lines.map((line, i) => new Paragraph({ children: [...(i === 0 ? mark() : []), run(line)] }))
  return [new Paragraph({ children: [...mark(), ...lines.map((line, i) => run(line, i > 0))] })]
}
