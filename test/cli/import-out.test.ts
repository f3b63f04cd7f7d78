import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SEED_TEXT_PATH, seedTables } from '../import/fixtures.ts'
import { runCli } from '../helpers/run-cli.ts'

describe('jixiao import', () => {
  it('--out DIR writes one canonical JSON per table, lists them on stdout and the summary with warnings on stderr', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'jixiao-out-')), '表格')
    const r = await runCli(['import', SEED_TEXT_PATH, '--out', dir])
    expect(r.code).toBe(0)
    const files = [join(dir, '000_f391e55dc884f009-1.json'), join(dir, '000_f391e55dc884f009-2.json')]
    expect(r.stdout).toBe(files.map((f) => `${f}\n`).join(''))
    expect(r.stderr).toContain('识别出 2 张表')
    expect(r.stderr).toContain('警告：粘贴文本第1行：表格未注明年度，取自文档其他位置')
    const written = await Promise.all(files.map(async (f) => JSON.parse(await readFile(f, 'utf8'))))
    expect(written).toStrictEqual(seedTables())
    // what it wrote is what facts reads
    const facts = await runCli(['facts', files[1]!])
    expect(facts.code).toBe(0)
    expect(facts.stdout).toMatch(/P1\.F0\.rate\s+151\.33%/)
  })

  it('without --json prints each table and its warnings on stdout', async () => {
    const r = await runCli(['import', SEED_TEXT_PATH])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('2. 项目支出绩效自评表 · 2022年度 · 四型平安小区以奖代拨经费')
    expect(r.stdout).toContain('警告：粘贴文本第127行：表格未注明年度，取自文档其他位置：2022 年')
  })
})
