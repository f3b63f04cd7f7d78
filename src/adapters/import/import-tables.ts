// The one entry point for importing a user's file: .docx, .xlsx, .csv, pasted text (.txt) and
// .json. The extension says what the user thinks the file is; the bytes decide (a renamed
// workbook is still read, with a warning). Bad input throws InputError with a Chinese message
// that names the file and the table/row/cell; nothing is returned half-read.
import JSZip from 'jszip'
import { InputError } from '../../core/input-error.ts'
import { readCsv } from './csv-reader.ts'
import { readDocx } from './docx-grid-reader.ts'
import { containerOf, decodeText, extensionOf, isEncryptedOffice } from './file-kind.ts'
import type { ImportInput, ImportResult, ImportWarning } from './import-types.ts'
import { importJson } from './json-import.ts'
import { readPastedText } from './pasted-text-reader.ts'
import { recogniseDocument } from './recognise-tables.ts'
import type { SourceDocument } from './source-table.ts'
import { ZipParts } from './zip-parts.ts'

const WORD = new Set(['docx', 'docm', 'dotx', 'doc', 'wps'])
const EXCEL = new Set(['xlsx', 'xlsm', 'xltx', 'xls', 'et'])

export async function importTables(input: ImportInput): Promise<ImportResult> {
  const { fileName, bytes } = input
  const ext = extensionOf(fileName)
  const fail = (message: string, messageEn: string): never => {
    throw new InputError([{ file: fileName, path: '$', message, messageEn }])
  }
  if (input.year !== undefined && !(Number.isInteger(input.year) && input.year >= 1990 && input.year <= 2100)) {
    fail(`指定的年度 ${input.year} 无效，应为 1990–2100 之间的整数`, `invalid year ${input.year}`)
  }
  const container = containerOf(bytes)
  if (container === 'empty') fail('文件为空（0 字节），没有可导入的内容', 'the file is empty')
  if (container === 'ole') {
    if (isEncryptedOffice(bytes)) {
      fail(
        '文件设置了打开密码（已加密），无法读取；请在 Word/Excel 中取消密码后另存，再导入',
        'the Office file is password-protected (encrypted)',
      )
    }
    fail(
      '这是旧版 Word/Excel 格式（.doc/.xls）或受密码保护的文件，无法直接读取；请在 Word/Excel 中另存为 .docx 或 .xlsx 后再导入',
      'an OLE compound file: old .doc/.xls format or password-protected',
    )
  }
  if (container === 'pdf')
    fail('PDF 文件中的表格无法可靠读取；请导入 Word（.docx）或 Excel（.xlsx）原件', 'PDF files are not supported')

  const warnings: ImportWarning[] = []
  let doc: SourceDocument
  if (container === 'zip') {
    let zip: JSZip
    try {
      zip = await JSZip.loadAsync(bytes)
    } catch (e) {
      return fail(
        '文件已损坏，无法解压读取；请在 Word/Excel 中重新另存后再导入',
        `corrupt zip: ${e instanceof Error ? e.message : String(e)}`,
      )
    }
    if (uncompressedBytes(zip) > MAX_UNZIPPED_BYTES) {
      fail('文件解压后超过 200 MB，不像是一份自评表，未读取', 'the archive unpacks to more than 200 MB')
    }
    const kind = zip.file('word/document.xml') ? 'docx' : zip.file('xl/workbook.xml') ? 'xlsx' : null
    if (!kind)
      fail('这是一个压缩包，但不是 Word（.docx）或 Excel（.xlsx）文件', 'a zip archive that is neither .docx nor .xlsx')
    if ((kind === 'docx' && !WORD.has(ext)) || (kind === 'xlsx' && !EXCEL.has(ext))) {
      const what = kind === 'docx' ? 'Word 文档' : 'Excel 工作簿'
      warnings.push({
        code: 'CONTENT_NOT_EXTENSION',
        path: fileName,
        message: `文件扩展名为“.${ext}”，但内容是${what}，已按${what}读取`,
        messageEn: `the file is named .${ext} but is a ${kind} file; read as ${kind}`,
      })
    }
    if (kind === 'docx') doc = await readDocx(zip, fileName)
    else {
      // exceljs inflates the workbook itself: every part is inflated within the limits first.
      await new ZipParts(zip, fileName).checkAll()
      // exceljs takes about a second to load: only a workbook pays for it
      doc = await (await import('./xlsx-grid-reader.ts')).readXlsx(bytes, fileName)
    }
  } else {
    if (WORD.has(ext) || EXCEL.has(ext)) {
      const what = WORD.has(ext) ? 'Word 文档（.docx）' : 'Excel 工作簿（.xlsx）'
      fail(
        `文件扩展名是“.${ext}”，但内容不是有效的 ${what}；请确认文件没有损坏，或在 Word/Excel 中另存后再导入`,
        `named .${ext} but not a valid Office file`,
      )
    }
    const text = decodeText(bytes)
    if (text === null) fail('无法识别的文件格式：不是文本，也不是 Word/Excel 文件', 'unrecognised binary file')
    const body = text!
    if (body.trim() === '') fail('文件内容为空，没有可导入的表格', 'the file holds only whitespace')
    if (ext === 'json' || (!['csv', 'tsv', 'txt'].includes(ext) && /^\s*[[{]/.test(body))) {
      return prepend(importJson(body, fileName), warnings)
    }
    doc = ext === 'csv' || ext === 'tsv' ? readCsv(body) : readPastedText(body)
  }
  return prepend(recogniseDocument(doc, { fileName, year: input.year }), warnings)
}

/**
 * A first, cheap guard against zip bombs: the sizes the archive declares. zip-parts.ts then
 * counts what the parts really inflate to.
 */
const MAX_UNZIPPED_BYTES = 200 * 2 ** 20

/** The sizes the zip's central directory declares (JSZip keeps them on each entry's _data). */
function uncompressedBytes(zip: JSZip): number {
  let total = 0
  zip.forEach((_, entry) => {
    const data = (entry as unknown as { _data?: { uncompressedSize?: number } })._data
    total += data?.uncompressedSize ?? 0
  })
  return total
}

function prepend(result: ImportResult, warnings: ImportWarning[]): ImportResult {
  return warnings.length ? { tables: result.tables, warnings: [...warnings, ...result.warnings] } : result
}
