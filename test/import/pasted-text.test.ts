import { describe, expect, it } from 'vitest'
import { importTables } from '../../src/adapters/import/import-tables.ts'
import { InputError } from '../../src/core/input-error.ts'
import { seedText, seedTables, sixing, utf8, type zongzhi } from './fixtures.ts'

async function importText(text: string, year?: number) {
  return importTables({ fileName: 'pasted.txt', bytes: utf8(text), ...(year ? { year } : {}) })
}

/**
 * The seed's cell-per-line text as Excel's clipboard gives it: one row per line, cells separated
 * by tabs, a cell holding a line break quoted.
 */
function asTabSeparated(text: string): string {
  const rows: string[] = []
  let cells: string[] | null = null
  for (const line of text.split('\n')) {
    if (line.startsWith('\t')) (cells ??= []).push(line.slice(1))
    else if (line === '') {
      if (cells) rows.push(cells.map(quote).join('\t'))
      cells = null
    } else if (cells) cells[cells.length - 1] += `\n${line}`
    else rows.push(line)
  }
  if (cells) rows.push(cells.map(quote).join('\t'))
  return rows.join('\n')
}

const quote = (cell: string) => (cell.includes('\n') ? `"${cell}"` : cell)

describe('importing text copied from Word', () => {
  it('reads the seed file into exactly the two canonical seed tables', async () => {
    const result = await importText(seedText())
    expect(result.tables).toStrictEqual(seedTables())
  })

  it('takes the year 2022 from the department report heading and says so', async () => {
    const result = await importText(seedText())
    expect(result.warnings.map((w) => [w.code, w.table])).toEqual([
      ['YEAR_FROM_DOCUMENT', 0],
      ['YEAR_FROM_DOCUMENT', 1],
    ])
    expect(result.warnings[0]!.message).toContain('南岳区政法委2022年度部门整体支出绩效评价报告')
  })

  it('keeps the manager and phone apart, drops the bookmark artefact and keeps line breaks', async () => {
    const [a, b] = (await importText(seedText())).tables as ReturnType<typeof zongzhi>[]
    expect([a!.manager, a!.phone, a!.department]).toEqual(['刘雄', '13875709408', null])
    expect(b!.funding[2]!.reason).toBe('财政返还市委政法委各项奖励经费支出')
    expect(b!.indicators[3]!.name).toBe('四型平安小区\n以奖代拨经费')
    expect(a!.goal!.target).toContain('；\n聚焦')
  })

  it('places the 满意度指标 row whose level-1 cell spans the level-2 column', async () => {
    const [a] = (await importText(seedText())).tables as ReturnType<typeof zongzhi>[]
    expect(a!.indicators[7]).toEqual({
      level1: '满意度指标',
      level2: null,
      name: '人民群众满意度',
      target: '≥95%',
      actual: '≥95%',
      reason: '=95%',
    })
  })

  it('reads the same tables from tab-separated rows copied from Excel', async () => {
    const result = await importText(asTabSeparated(seedText()))
    expect(result.tables).toStrictEqual(seedTables())
  })

  it('names the rows that a line break inside a cell split apart in unquoted tab-separated text', async () => {
    const unquoted = asTabSeparated(seedText()).replace(/"/g, '')
    const error = await importText(unquoted).catch((e) => e)
    expect(error).toBeInstanceOf(InputError)
    const unplaced = error.problems.filter((p: { message: string }) => p.message.includes('无法对应到表头的列'))
    expect(unplaced.map((p: { path: string }) => p.path)).toContain('粘贴文本第12行')
    expect(unplaced[0].message).toContain('深化平安建设')
  })

  it('uses the year the caller gives when the text names none', async () => {
    const tableOnly = seedText().split('南岳区政法委2022年度')[0]!
    const result = await importText(tableOnly, 2023)
    expect(result.tables.map((t) => t.year)).toEqual([2023, 2023])
  })

  it('refuses a text that names no year, saying how to give one', async () => {
    const tableOnly = seedText().split('南岳区政法委2022年度')[0]!
    const error = await importText(tableOnly).catch((e) => e)
    expect(error).toBeInstanceOf(InputError)
    expect(error.problems[0].path).toBe('粘贴文本第1行')
    expect(error.problems[0].message).toContain('无法确定年度')
    expect(error.problems[0].message).toContain('--year')
  })

  it('names the rows it cannot place under the header, and imports nothing', async () => {
    // The 合计 row loses a cell: it no longer lines up with the funding header.
    const broken = seedText().replace('\t合计\n\t36\n', '\t合计\n')
    const error = await importText(broken).catch((e) => e)
    expect(error).toBeInstanceOf(InputError)
    expect(error.problems).toHaveLength(1)
    expect(error.problems[0].path).toBe('粘贴文本第28行')
    expect(error.problems[0].message).toContain('无法对应到表头的列')
    expect(error.problems[0].message).toContain('“合计”')
  })

  it('reads the second seed table alone when only it is pasted', async () => {
    const second = seedText().slice(seedText().indexOf('\t四型平安小区以奖代拨经费绩效自评表'))
    const result = await importText(second)
    expect(result.tables).toStrictEqual([sixing()])
  })
})
