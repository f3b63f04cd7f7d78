// `review FILE [--json]` and `review DIR --summary` through the real command line (DESIGN.md §7).
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.ts'
import { seedText } from '../import/fixtures.ts'
import { correctNarrative, PLANTS, plant, reportDocx, zongzhiNarrative } from './report-fixture.ts'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jixiao-review-'))
  await writeFile(join(dir, 'good.docx'), await reportDocx())
  await writeFile(join(dir, 'planted.docx'), await reportDocx(plant(correctNarrative(), PLANTS)))
  await writeFile(join(dir, 'broken.docx'), 'not a Word file')
  await writeFile(join(dir, 'notes.md'), '# not a report')
})

describe('review FILE', () => {
  it('prints the contract JSON and exits 0 for a correct report', async () => {
    const run = await runCli(['review', join(dir, 'good.docx'), '--json'])
    expect(run.code).toBe(0)
    const out = JSON.parse(run.stdout)
    expect(Object.keys(out)).toEqual(['tables', 'paragraphs', 'summary', 'warnings', 'tableInfo'])
    expect(out.tables.map((t: { project: string }) => t.project)).toEqual([
      '综治、平安建设经费',
      '四型平安小区以奖代拨经费',
    ])
    expect(Object.keys(out.paragraphs[0])).toEqual(
      expect.arrayContaining(['index', 'text', 'ok', 'mentions', 'findings']),
    )
    expect(out.summary).toMatchObject({ mismatch: 0, unsupported: 0, errors: 0, warnings: 0 })
    expect(out.warnings.map((w: { code: string }) => w.code)).toContain('FUNDING_SUM_MISMATCH')
  })

  it('marks the numbers and exits 1 when a paragraph has an error', async () => {
    const run = await runCli(['review', join(dir, 'planted.docx')])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('全年实际投入⟦30.46万元 ✗→30.64万元⟧')
    expect(run.stdout).toContain('审核结果：未通过')
    expect(run.stdout).toMatch(/✗ 不符 3 个.*错误 3 处/)
  })

  it('exits 2 naming the file when it cannot be read', async () => {
    const run = await runCli(['review', join(dir, 'broken.docx')])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('broken.docx')
    expect(run.stderr).toContain('不是有效的 Word 文档')
  })

  it('takes the year from --year when a pasted report names none', async () => {
    const tablesOnly = seedText().split('南岳区政法委2022年度')[0]!
    const file = join(await mkdtemp(join(tmpdir(), 'jixiao-review-year-')), 'no-year.txt')
    await writeFile(file, `${tablesOnly.trimEnd()}\n\n${zongzhiNarrative().slice(1).join('\n')}\n`)
    const without = await runCli(['review', file, '--json'])
    expect(without.code).toBe(2)
    expect(without.stderr).toContain('--year')
    const withYear = await runCli(['review', file, '--json', '--year', '2022'])
    expect(withYear.code).toBe(0)
    const out = JSON.parse(withYear.stdout)
    expect(out.tables.map((t: { year: number }) => t.year)).toEqual([2022, 2022])
    expect(out.summary).toMatchObject({ errors: 0, mismatch: 0 })
    expect(out.summary.verified).toBeGreaterThan(20)
  })
})

describe('review DIR --summary', () => {
  it('writes a row per report (the unreadable one with its reason) and one JSON per report', async () => {
    const out = join(dir, 'out')
    const summary = join(dir, 'summary.xlsx')
    const run = await runCli(['review', dir, '--summary', summary, '--out', out, '--jobs', '2'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('[3/3]')
    expect(run.stderr).toContain('完成：3 份报告，通过 1 份，有错误 1 份，无法读取 1 份')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(summary)
    const rows = wb.worksheets[0]!.getSheetValues().slice(1) as unknown[][]
    const header = rows[0]!.slice(1)
    expect(header.slice(0, 4)).toEqual(['文件', '结果', '单位', '项目'])
    const byFile = new Map(rows.slice(1).map((r) => [r[1], Object.fromEntries(header.map((h, i) => [h, r[i + 1]]))]))
    expect([...byFile.keys()]).toEqual(['broken.docx', 'good.docx', 'planted.docx'])
    expect(byFile.get('good.docx')).toMatchObject({ 结果: '通过', 表格数: 2, 不符: 0, 计算得分: '98.51 / 100' })
    expect(byFile.get('planted.docx')).toMatchObject({ 结果: '有错误', 不符: 3, 错误: 3 })
    expect(byFile.get('planted.docx')!.最严重的问题).toContain('“30.46万元”：实际投入应为30.64万元')
    expect(byFile.get('broken.docx')).toMatchObject({ 结果: '无法读取' })
    expect(byFile.get('broken.docx')!.无法读取的原因).toContain('不是有效的 Word 文档')
    expect((await readdir(out)).sort()).toEqual(['good.json', 'planted.json'])
    const planted = JSON.parse(await readFile(join(out, 'planted.json'), 'utf8'))
    expect(planted.summary.errors).toBe(3)
  })

  it('writes the summary as CSV with a byte-order mark for Excel', async () => {
    const summary = join(dir, 'summary.csv')
    const run = await runCli(['review', dir, '--summary', summary, '--jobs', '1'])
    expect(run.code).toBe(1)
    const lines = (await readFile(summary, 'utf8')).split('\r\n')
    expect(lines[0]!.startsWith('\ufeff文件,结果,单位,项目,')).toBe(true)
    expect(lines[2]).toMatch(/^good\.docx,通过,中共南岳区委政法委员会,综治、平安建设经费；四型平安小区以奖代拨经费,2,/)
  })
})
