import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { writeDocx } from '../../src/adapters/export-table/docx-table-writer.ts'
import { importTables } from '../../src/adapters/import/import-tables.ts'
import { InputError } from '../../src/core/input-error.ts'
import { seedTables, utf8 } from './fixtures.ts'

/** An OLE compound file header followed by a directory entry name in UTF-16LE. */
function oleFile(streamName: string): Uint8Array {
  const bytes = new Uint8Array(1024)
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  ;[...streamName].forEach((c, i) => {
    bytes[512 + i * 2] = c.charCodeAt(0)
  })
  return bytes
}

async function failure(fileName: string, bytes: Uint8Array, year?: number): Promise<InputError> {
  const error = await importTables({ fileName, bytes, ...(year ? { year } : {}) }).then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(InputError)
  return error as InputError
}

describe('files that cannot be imported', () => {
  it('says a password-protected Office file must be saved without its password', async () => {
    const e = await failure('自评表.docx', oleFile('EncryptedPackage'))
    expect(e.problems).toEqual([
      expect.objectContaining({
        file: '自评表.docx',
        path: '$',
        message: expect.stringContaining('设置了打开密码'),
      }),
    ])
  })

  it('says an old .doc (or a protected file) must be saved as .docx', async () => {
    const e = await failure('自评表.doc', oleFile('WordDocument'))
    expect(e.messageZh).toContain('旧版 Word/Excel 格式（.doc/.xls）或受密码保护')
    expect(e.messageZh).toContain('另存为 .docx 或 .xlsx')
  })

  it('says an empty file is empty', async () => {
    const e = await failure('空.xlsx', new Uint8Array())
    expect(e.messageZh).toBe('空.xlsx：文件为空（0 字节），没有可导入的内容')
  })

  it('says a .docx that is not a zip is not a valid Word document', async () => {
    const e = await failure('假的.docx', utf8('这不是 Word 文件'))
    expect(e.messageZh).toContain('内容不是有效的 Word 文档（.docx）')
  })

  it('says a zip that is neither Word nor Excel is not an Office file', async () => {
    const zip = new JSZip()
    zip.file('readme.txt', 'hello')
    const e = await failure('打包.xlsx', await zip.generateAsync({ type: 'uint8array' }))
    expect(e.messageZh).toContain('不是 Word（.docx）或 Excel（.xlsx）文件')
  })

  it('says a PDF cannot be read reliably and asks for the Word or Excel original', async () => {
    const e = await failure('扫描件.pdf', utf8('%PDF-1.7\n...'))
    expect(e.messageZh).toContain('请导入 Word（.docx）或 Excel（.xlsx）原件')
  })

  it('says a binary file of no known kind is not recognised', async () => {
    const e = await failure('photo.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))
    expect(e.messageZh).toContain('无法识别的文件格式')
  })

  it('reads a Word file renamed to .xlsx by its content, with a warning', async () => {
    const bytes = await writeDocx(seedTables(), { layout: 'local' })
    const result = await importTables({ fileName: '改了名.xlsx', bytes })
    expect(result.tables).toStrictEqual(seedTables())
    expect(result.warnings[0]).toEqual(expect.objectContaining({ code: 'CONTENT_NOT_EXTENSION' }))
  })

  it('names the headers it found and the ones it expects when a header row is not recognised', async () => {
    const text = [
      '项目名称\t老旧小区改造',
      '实施单位\t城建中心',
      '资金\t计划\t实际\t说明',
      '\t合计\t100\t98\t',
      '绩效指标\t一级指标\t二级指标\t三级指标\t目标\t完成\t原因',
      '\t产出指标\t数量指标\t改造小区数\t≥10个\t10个\t',
    ].join('\n')
    const e = await failure('paste.txt', utf8(text), 2022)
    expect(e.problems).toEqual([
      expect.objectContaining({
        path: '粘贴文本第3行',
        message: expect.stringMatching(
          /没有识别出资金情况的表头。找到的是：“资金”、“计划”、“实际”、“说明”；应包含：年初预算资金总额（或年初预算数）、实际投入资金额（或全年执行数）/,
        ),
      }),
    ])
  })

  it('names the cell of an amount it cannot read in a Word table, and returns no table', async () => {
    const tables = seedTables()
    const bytes = await writeDocx(tables, { layout: 'local' })
    const zip = await JSZip.loadAsync(bytes)
    const xml = await zip.file('word/document.xml')!.async('string')
    zip.file('word/document.xml', xml.replace('>30.64<', '>30.64万元左右<'))
    const e = await failure('x.docx', await zip.generateAsync({ type: 'uint8array' }))
    expect(e.problems).toEqual([
      expect.objectContaining({
        path: '表格1 · 第6行 · 实际投入资金额',
        message: '实际投入资金额：“30.64万元左右”不是可识别的数字（单位万元）',
      }),
    ])
  })

  it('reads an amount written with its unit, and an instruction left in a cell as empty with a warning', async () => {
    const bytes = await writeDocx(seedTables(), { layout: 'local' })
    const zip = await JSZip.loadAsync(bytes)
    const xml = (await zip.file('word/document.xml')!.async('string')).replace('>30.64<', '>30.64万元<')
    // the empty budget cell of the 其他资金 row
    const at = xml.indexOf('<w:t xml:space="preserve"></w:t>', xml.indexOf('其他资金'))
    zip.file('word/document.xml', `${xml.slice(0, at)}<w:t>（填写金额）</w:t>${xml.slice(at + 32)}`)
    const result = await importTables({
      fileName: 'x.docx',
      bytes: await zip.generateAsync({ type: 'uint8array' }),
    })
    expect(result.tables[0]).toStrictEqual(seedTables()[0])
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: 'CELL_INSTRUCTION',
        path: '表格1 · 第8行 · 年初预算资金总额',
        table: 0,
      }),
    ])
  })

  it('refuses an archive that declares more than 200 MB unpacked, without unpacking it', async () => {
    const zip = new JSZip()
    zip.file('word/document.xml', 'x', { compression: 'STORE' })
    const bytes = await zip.generateAsync({ type: 'uint8array' })
    // Declare 1 GiB in the local and central headers, as a zip bomb does.
    const view = new DataView(bytes.buffer)
    for (let i = 0; i + 4 <= bytes.length; i++) {
      const signature = view.getUint32(i, true)
      if (signature === 0x02014b50) view.setUint32(i + 24, 2 ** 30, true)
      if (signature === 0x04034b50) view.setUint32(i + 22, 2 ** 30, true)
    }
    const e = await failure('bomb.docx', bytes)
    expect(e.messageZh).toBe('bomb.docx：文件解压后超过 200 MB，不像是一份自评表，未读取')
  })

  it('refuses a year outside 1990–2100', async () => {
    const e = await failure('a.txt', utf8('x'), 3000)
    expect(e.messageZh).toContain('指定的年度 3000 无效')
  })
})
