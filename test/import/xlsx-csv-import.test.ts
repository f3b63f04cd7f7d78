import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { writeCsv } from '../../src/adapters/export-table/csv-table-writer.ts'
import { writeXlsx } from '../../src/adapters/export-table/xlsx-table-writer.ts'
import { importTables } from '../../src/adapters/import/import-tables.ts'
import { numberText } from '../../src/adapters/import/xlsx-grid-reader.ts'
import { InputError } from '../../src/core/input-error.ts'
import { national, seedTables, utf8, withCharacterReferences } from './fixtures.ts'

async function workbookBytes(build: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  build(wb.addWorksheet('Sheet1'))
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
}

describe('reading Excel workbooks', () => {
  it('imports the seed layout with its merged cells to the seed tables, one sheet per form', async () => {
    const bytes = await writeXlsx(seedTables(), { layout: 'local' })
    const result = await importTables({ fileName: '自评表.xlsx', bytes })
    expect(result.tables).toStrictEqual(seedTables())
    expect(result.warnings).toEqual([])
  })

  it('imports the national template, reading a percent-formatted 执行率 as printed', async () => {
    const bytes = await writeXlsx([national()], { layout: 'national' })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(bytes) as never)
    const rateCell = wb.worksheets[0]!.getCell('H6')
    expect([rateCell.value, rateCell.numFmt]).toEqual([0.9575, '0.00%'])
    const result = await importTables({ fileName: 'national.xlsx', bytes })
    expect(result.tables).toStrictEqual([national()])
  })

  it('decodes character references in shared strings once, as the text Excel shows', async () => {
    const file = await withCharacterReferences((t) => writeXlsx(t, { layout: 'local' }), 'xl/sharedStrings.xml')
    expect(file.xml).toContain('研发（R&amp;D）经费，见附件&amp;#12290;')
    expect(file.referenced).toContain('&#x4E2D;')
    const result = await importTables({ fileName: '自评表.xlsx', bytes: file.bytes })
    expect(result.tables).toStrictEqual(file.tables)
  })

  it('prints Excel numbers at 15 significant digits and the format’s decimals, never losing digits', () => {
    expect(numberText(30.64, 'General')).toBe('30.64')
    expect(numberText(0.1 + 0.2, undefined)).toBe('0.3')
    expect(numberText(9.8 + 10, '0.00')).toBe('19.80')
    expect(numberText(30.645, '0.0')).toBe('30.645')
    expect(numberText(0.8511, '0.00%')).toBe('85.11%')
    expect(numberText(1, '0%')).toBe('100%')
  })

  it('names the cell of an amount it cannot read, and imports nothing', async () => {
    const bytes = await writeXlsx(seedTables(), { layout: 'local' })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(bytes) as never)
    wb.worksheets[0]!.getCell('D6').value = '三十万'
    const broken = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
    const error = await importTables({ fileName: 'broken.xlsx', bytes: broken }).catch((e) => e)
    expect(error).toBeInstanceOf(InputError)
    expect(error.problems).toEqual([
      expect.objectContaining({
        file: 'broken.xlsx',
        path: '1.综治、平安建设经费!D6',
        message: '实际投入资金额：“三十万”不是可识别的数字（单位万元）',
      }),
    ])
  })

  it('reports a formula saved without its result instead of reading it as empty', async () => {
    const bytes = await writeXlsx(seedTables(), { layout: 'local' })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(bytes) as never)
    wb.worksheets[0]!.getCell('D6').value = { formula: 'D7+D8' } as ExcelJS.CellFormulaValue
    const broken = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
    const error = await importTables({ fileName: 'f.xlsx', bytes: broken }).catch((e) => e)
    expect(error.problems[0].path).toBe('1.综治、平安建设经费!D6')
    expect(error.problems[0].message).toContain('“=D7+D8”')
  })

  it('reads a form whose level cells are left blank below their first row (no merges)', async () => {
    const bytes = await workbookBytes((ws) => {
      ws.addRows([
        ['2021年度项目支出绩效自评表'],
        ['项目名称', '老旧小区改造'],
        ['主管部门', '住建局', '实施单位', '城建中心'],
        ['资金情况(万元)', '', '年初预算数', '实际支出', '偏差原因'],
        ['', '合计', 100, 98.5, ''],
        ['绩效指标', '一级指标', '二级指标', '三级指标', '目标值', '实际值', '原因'],
        ['', '产出指标', '数量指标', '改造小区数', '≥10个', '10个', ''],
        ['', '', '', '改造户数', '≥500户', '512户', ''],
        ['', '', '质量指标', '验收合格率', '100%', '100%', ''],
        ['', '满意度指标', '', '居民满意度', '≥90%', '92%', ''],
        ['', '', '', '指标2：', '', '', ''],
      ])
    })
    const [t] = (await importTables({ fileName: 'blank.xlsx', bytes })).tables as ReturnType<typeof national>[]
    expect(t!.year).toBe(2021)
    expect(t!.funding).toEqual([{ source: '合计', budget: 100, actual: 98.5, reason: '' }])
    expect(t!.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ['产出指标', '数量指标', '改造小区数'],
      ['产出指标', '数量指标', '改造户数'],
      ['产出指标', '质量指标', '验收合格率'],
      ['满意度指标', null, '居民满意度'],
    ])
  })
})

describe('reading CSV files', () => {
  it('imports the seed layout to the seed tables', async () => {
    const result = await importTables({
      fileName: 'seed.csv',
      bytes: utf8(writeCsv(seedTables(), { layout: 'local' })),
    })
    expect(result.tables).toStrictEqual(seedTables())
  })

  it('imports the national template to the expected table', async () => {
    const result = await importTables({
      fileName: 'n.csv',
      bytes: utf8(writeCsv([national()], { layout: 'national' })),
    })
    expect(result.tables).toStrictEqual([national()])
  })

  it('reads a CSV saved by Excel on Chinese Windows (GB18030, with semicolons)', async () => {
    const text = writeCsv([national()], { layout: 'national' }).replace(/,/g, ';')
    const gb = gb18030Encode(text)
    const result = await importTables({ fileName: 'gbk.csv', bytes: gb })
    expect(result.tables).toStrictEqual([national()])
  })
})

/** GB18030 bytes for test text, through Node's ICU (TextEncoder only writes UTF-8). */
function gb18030Encode(text: string): Uint8Array {
  const bytes: number[] = []
  const decoder = new TextDecoder('gb18030')
  const table = new Map<string, number[]>()
  // Build the code of every character in the text by searching the two-byte GBK range.
  const needed = new Set([...text].filter((c) => c.charCodeAt(0) > 0x7f))
  for (let hi = 0x81; hi <= 0xfe && table.size < needed.size; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]))
      if (needed.has(ch) && !table.has(ch)) table.set(ch, [hi, lo])
    }
  }
  for (const c of text) {
    if (c.charCodeAt(0) <= 0x7f) bytes.push(c.charCodeAt(0))
    else {
      const code = table.get(c)
      if (!code) throw new Error(`no GB18030 code for ${c}`)
      bytes.push(...code)
    }
  }
  return new Uint8Array(bytes)
}
