// facts, draft and verify read the table from whatever file the user has: canonical JSON,
// import's output ({"tables": […]}) or a Word, Excel, CSV or text file, with --table N|name
// when it holds several.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeXlsx } from '../../src/adapters/export-table/xlsx-table-writer.ts'
import { national, SEED_TEXT_PATH, seedTables } from '../import/fixtures.ts'
import { runCli } from '../helpers/run-cli.ts'

const rateOf = (stdout: string) =>
  (JSON.parse(stdout) as { facts: Array<{ id: string; value: string }> }).facts.find((f) => f.id === 'P1.F0.rate')!
    .value

describe('a table from any file', () => {
  it('a text file of two tables: --table is required, lists both, and picks by number or by name', async () => {
    const none = await runCli(['facts', SEED_TEXT_PATH])
    expect(none.code).toBe(2)
    expect(none.stderr).toContain(
      '文件中有 2 张表，请用 --table 序号或名称选择一张：1. 项目支出绩效自评表 · 综治、平安建设经费；2. 项目支出绩效自评表 · 四型平安小区以奖代拨经费',
    )
    const second = await runCli(['facts', SEED_TEXT_PATH, '--table', '2', '--json'])
    expect(second.code).toBe(0)
    expect(rateOf(second.stdout)).toBe('151.33')
    // the import's warnings are shown, on stderr
    expect(second.stderr).toContain('导入提示：粘贴文本第127行：表格未注明年度')
    const byName = await runCli(['facts', SEED_TEXT_PATH, '--table', '综治', '--json'])
    expect(rateOf(byName.stdout)).toBe('85.11')
    const wrong = await runCli(['facts', SEED_TEXT_PATH, '--table', '3'])
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain('文件中没有第 3 张表（共 2 张）')
  })

  it("import's own output and an .xlsx are read directly", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-input-'))
    const imported = join(dir, 'tables.json')
    await writeFile(imported, JSON.stringify({ tables: seedTables(), warnings: [] }))
    const r = await runCli(['facts', imported, '--table', '四型平安小区以奖代拨经费', '--json'])
    expect(r.code).toBe(0)
    expect(rateOf(r.stdout)).toBe('151.33')

    const xlsx = join(dir, 'national.xlsx')
    await writeFile(xlsx, await writeXlsx([national()], { layout: 'national' }))
    const x = await runCli(['facts', xlsx])
    expect(x.code).toBe(0)
    expect(x.stdout).toContain('农村饮水安全巩固提升工程：得分')
  })

  it('verify --data on the text file gives the same verdict as on the canonical JSON', async () => {
    const draft = 'test/fixtures/drafts/zongzhi-2022-variance.md'
    const fromJson = await runCli(['verify', '--data', 'data/samples/zongzhi-2022.json', '--draft', draft, '--json'])
    const fromText = await runCli(['verify', '--data', SEED_TEXT_PATH, '--table', '1', '--draft', draft, '--json'])
    expect(fromText.code).toBe(fromJson.code)
    expect(JSON.parse(fromText.stdout)).toEqual(JSON.parse(fromJson.stdout))
  })

  it('text that is not JSON, under a name the importer does not read, suggests import (exit 2)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-input-'))
    const file = join(dir, '自评表.md')
    await writeFile(file, '项目名称：综治、平安建设经费\n年初预算 36 万元\n')
    const r = await runCli(['facts', file])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('自评表.md：不是有效的 JSON')
    expect(r.stderr).toContain('jixiao import 文件 --out 文件夹')
  })
})
