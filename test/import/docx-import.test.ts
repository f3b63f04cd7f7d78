import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { writeDocx } from '../../src/adapters/export-table/docx-table-writer.ts'
import { readDocx } from '../../src/adapters/import/docx-grid-reader.ts'
import { importTables } from '../../src/adapters/import/import-tables.ts'
import { InputError } from '../../src/core/input-error.ts'
import { national, SEED_REPORT_HEADING, seedTables, withCharacterReferences } from './fixtures.ts'

/** A .docx holding the given body XML, as Word writes it. */
async function docxWithBody(body: string): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  )
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  )
  return zip.generateAsync({ type: 'uint8array' })
}

const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`
const tc = (inner: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${inner || '<w:p/>'}</w:tc>`

describe('reading Word tables', () => {
  it('imports the seed layout, with Word merges, a bookmark and line breaks, to the seed tables', async () => {
    const bytes = await writeDocx(seedTables(), {
      layout: 'local',
      yearInTitle: false,
      wordMerges: true,
      bookmarkFundingRow: 2,
      after: [SEED_REPORT_HEADING, '一、部门（单位）基本情况'],
    })
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')
    expect(xml).toContain('<w:vMerge/>')
    expect(xml).toContain('w:name="_GoBack"')
    const result = await importTables({ fileName: '绩效自评表.docx', bytes })
    expect(result.tables).toStrictEqual(seedTables())
    expect(result.warnings.map((w) => w.code)).toEqual(['YEAR_FROM_DOCUMENT', 'YEAR_FROM_DOCUMENT'])
  })

  it('imports the national template with its optional columns to the expected table', async () => {
    const bytes = await writeDocx([national()], { layout: 'national' })
    const result = await importTables({ fileName: 'national.docx', bytes })
    expect(result.tables).toStrictEqual([national()])
    expect(result.warnings).toEqual([])
  })

  it('joins an operator printed in a column of its own into the target as written', async () => {
    const bytes = await writeDocx([national()], { layout: 'national', operatorColumn: true })
    const [table] = (await importTables({ fileName: 'national.docx', bytes })).tables as ReturnType<typeof national>[]
    expect(table!.indicators.map((i) => i.target)).toEqual([
      '≧12处',
      '≧35公里',
      '═100%',
      '2022年12月底',
      '≦40万元',
      '≧90%',
      '长效运行',
      '≧90%',
    ])
    expect(table!.indicators.map((i) => i.actual)).toEqual(national().indicators.map((i) => i.actual))
  })

  it('decodes character references once: &#12290; and &#x3002; are 。, &amp;#12290; stays the text &#12290;', async () => {
    const file = await withCharacterReferences((t) => writeDocx(t, { layout: 'local' }), 'word/document.xml')
    expect(file.xml).toContain('研发（R&amp;D）经费，见附件&amp;#12290;')
    expect(file.referenced).toContain('&#x3002;')
    expect(file.referenced).toContain('&#12290;')
    const result = await importTables({ fileName: '自评表.docx', bytes: file.bytes })
    expect(result.tables).toStrictEqual(file.tables)
  })

  it('reads no level 2 under a level-1 cell merged across its column, even within the same level-1 group', async () => {
    const table = national()
    // the 效益指标 row after 社会效益指标 has its level-1 cell written again, spanning the level-2 column
    table.indicators[6] = { ...table.indicators[6]!, level2: null }
    const bytes = await writeDocx([table], { layout: 'national' })
    const result = await importTables({ fileName: 'national.docx', bytes })
    expect(result.tables).toStrictEqual([table])
    expect((result.tables[0] as typeof table).indicators[6]!.level2).toBeNull()
  })

  it('yields one table per form when a document holds forms of both layouts', async () => {
    const local = await writeDocx(seedTables(), { layout: 'local' })
    const nat = await writeDocx([national()], { layout: 'national' })
    const a = await JSZip.loadAsync(local)
    const b = await JSZip.loadAsync(nat)
    const bodyOf = async (z: JSZip) =>
      /<w:body>([\s\S]*)<w:sectPr/.exec(await z.file('word/document.xml')!.async('string'))![1]!
    const bytes = await docxWithBody((await bodyOf(a)) + (await bodyOf(b)))
    const result = await importTables({ fileName: 'all.docx', bytes })
    expect(result.tables).toStrictEqual([...seedTables(), national()])
  })

  it('resolves gridBefore, gridSpan, legacy hMerge and bare vMerge into one grid', async () => {
    const body =
      p('标题') +
      '<w:tbl>' +
      `<w:tr>${tc(p('A'), '<w:vMerge w:val="restart"/>')}${tc(p('B'), '<w:gridSpan w:val="2"/>')}${tc(p('C'))}</w:tr>` +
      `<w:tr>${tc('', '<w:vMerge/>')}${tc(p('D'), '<w:hMerge w:val="restart"/>')}${tc('', '<w:hMerge/>')}${tc(p('E'))}</w:tr>` +
      `<w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr>${tc(p('F'))}${tc(p('G'))}</w:tr>` +
      '</w:tbl>'
    const doc = await readDocx(await JSZip.loadAsync(await docxWithBody(body)), 'x.docx')
    const [t] = doc.tables
    expect(t!.rows).toEqual([
      ['A', 'B', '', 'C'],
      ['', 'D', '', 'E'],
      ['', '', 'F', 'G'],
    ])
    expect([t!.covered!(0, 2), t!.covered!(1, 0), t!.covered!(1, 2), t!.covered!(2, 0)]).toEqual([
      'left',
      'up',
      'left',
      null,
    ])
    expect(t!.context).toEqual(['标题'])
    expect(t!.where(1, 3, '实际投入资金额')).toBe('表格1 · 第2行 · 实际投入资金额')
  })

  it('reads the visible text of a cell: line breaks, tabs, content controls, tracked changes and fields', async () => {
    const cell =
      '<w:p><w:r><w:t>刘雄</w:t><w:br/><w:t>1387</w:t></w:r><w:del><w:r><w:delText>0000</w:delText></w:r></w:del>' +
      '<w:ins><w:r><w:t>5709408</w:t></w:r></w:ins></w:p>' +
      '<w:sdt><w:sdtContent><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>第二段</w:t><w:tab/><w:t>完</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>'
    const body = `<w:tbl><w:tr>${tc(cell)}</w:tr></w:tbl>`
    const doc = await readDocx(await JSZip.loadAsync(await docxWithBody(body)), 'x.docx')
    expect(doc.tables[0]!.rows[0]![0]).toBe('刘雄\n13875709408\n第二段 完')
  })

  it('skips a table that is not a self-evaluation form, with a warning naming it', async () => {
    const staffing = `<w:tbl><w:tr>${tc(p('编制数'))}${tc(p('在岗人数'))}</w:tr><w:tr>${tc(p('5'))}${tc(p('12'))}</w:tr></w:tbl>`
    const form = /<w:body>([\s\S]*)<w:sectPr/.exec(
      await (await JSZip.loadAsync(await writeDocx([national()], { layout: 'national' })))
        .file('word/document.xml')!
        .async('string'),
    )![1]!
    const result = await importTables({
      fileName: 'report.docx',
      bytes: await docxWithBody(staffing + form),
    })
    expect(result.tables).toStrictEqual([national()])
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: 'TABLE_SKIPPED',
        path: '表格1 · 第1行',
        message: expect.stringContaining('“编制数”、“在岗人数”'),
      }),
    ])
  })

  it('refuses a document whose only table is not a form, naming what it found and what it expects', async () => {
    const staffing = `<w:tbl><w:tr>${tc(p('编制数'))}${tc(p('在岗人数'))}</w:tr></w:tbl>`
    const error = await importTables({
      fileName: 'report.docx',
      bytes: await docxWithBody(staffing),
    }).catch((e) => e)
    expect(error).toBeInstanceOf(InputError)
    expect(error.messageZh).toContain('没有找到绩效自评表')
    expect(error.messageZh).toContain('表格1的第一行为 “编制数”、“在岗人数”')
    expect(error.messageZh).toContain('项目名称')
    expect(error.messageZh).toContain('年初预算资金总额')
  })
})
