// A finished report file → its tables (recognised by the importer) and its narrative paragraphs.
// A .docx gives the paragraphs of word/document.xml outside the tables; a .txt the lines outside
// them. A file whose tables cannot be read fails with the importer's message naming the cell.
import JSZip from 'jszip'
import { ZipParts } from '../import/zip-parts.ts'
import type { ReportDocument } from '../../app/review/report-document.ts'
import { InputError } from '../../core/input-error.ts'
import { containerOf, decodeText, extensionOf } from '../import/file-kind.ts'
import { importTables } from '../import/import-tables.ts'
import { layoutTablesOf, narrativeParagraphs } from './docx-narrative.ts'
import { parseDocumentXml } from './ooxml-parse.ts'
import { textParagraphs } from './text-narrative.ts'

export type ReportInput = { fileName: string; bytes: Uint8Array; year?: number }

/** Files that hold tables but no narrative. */
const NO_NARRATIVE = new Set(['json', 'csv', 'tsv', 'xlsx', 'xlsm', 'xltx', 'xls', 'et'])

export async function readReport(input: ReportInput): Promise<ReportDocument> {
  const { fileName, bytes } = input
  const ext = extensionOf(fileName)
  const container = containerOf(bytes)
  if (NO_NARRATIVE.has(ext)) {
    throw new InputError([
      {
        file: fileName,
        path: '$',
        message: `审核需要 Word 报告（.docx）或粘贴的文本（.txt），“.${ext}”文件中只有表格，没有报告正文`,
        messageEn: `a report to review is a .docx or .txt file, not .${ext}`,
      },
    ])
  }
  // The importer says first what is wrong with a file (old .doc, PDF, encrypted, empty, tables
  // it cannot read), naming the cell.
  const imported = await importTables(input)
  let paragraphs: string[]
  if (container === 'zip') {
    const zip = await JSZip.loadAsync(bytes)
    const entry = zip.file('word/document.xml')
    if (!entry) {
      throw new InputError([
        {
          file: fileName,
          path: '$',
          message: '审核需要 Word 报告（.docx）或粘贴的文本（.txt）；Excel 文件中只有表格，没有报告正文',
          messageEn: 'a report to review is a .docx or .txt file, not a workbook',
        },
      ])
    }
    // inflated within the importer's limits (zip-parts.ts), like every other part of an upload
    const root = parseDocumentXml((await new ZipParts(zip, fileName).text('word/document.xml')) ?? '')
    paragraphs = narrativeParagraphs(root, layoutTablesOf(imported.warnings)).map((p) => p.text)
  } else {
    paragraphs = textParagraphs(decodeText(bytes) ?? '')
  }
  return { fileName, tables: imported.tables, warnings: imported.warnings, paragraphs }
}
