import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { writeXlsx } from '../../src/adapters/export-table/xlsx-table-writer.ts'
import type { CliIo } from '../../src/cli/commands.ts'
import { commands } from '../../src/cli/commands.ts'
import { runCli } from '../helpers/run-cli.ts'
import { national, SEED_TEXT_PATH, seedTables } from './fixtures.ts'

function memoryIo(): CliIo & { stdout: () => string } {
  let out = ''
  return {
    out: (s) => (out += s),
    err: () => {},
    stdin: Readable.from([]),
    env: {},
    stdout: () => out,
  }
}

describe('the import command', () => {
  it('prints {"tables", "warnings"} with --json', async () => {
    const io = memoryIo()
    expect(await commands.import!([SEED_TEXT_PATH, '--json'], io)).toBe(0)
    const printed = JSON.parse(io.stdout())
    expect(printed.tables).toStrictEqual(seedTables())
    expect(printed.warnings.map((w: { code: string }) => w.code)).toEqual(['YEAR_FROM_DOCUMENT', 'YEAR_FROM_DOCUMENT'])
  })

  it('prints a readable summary of each table without --json', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-import-'))
    const file = join(dir, 'national.xlsx')
    await writeFile(file, await writeXlsx([national()], { layout: 'national' }))
    const io = memoryIo()
    expect(await commands.import!([file], io)).toBe(0)
    expect(io.stdout()).toContain('识别出 1 张表')
    expect(io.stdout()).toContain('项目支出绩效自评表 · 2022年度 · 农村饮水安全巩固提升工程')
    expect(io.stdout()).toContain('资金 4 行（年度资金总额、当年财政拨款、上年结转资金、其他资金），绩效指标 8 行')
  })

  it('exits 2 with the Chinese message on stderr for a file it cannot import', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-import-'))
    const file = join(dir, '空.docx')
    await writeFile(file, '')
    const r = await runCli(['import', file, '--json'])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('空.docx：文件为空（0 字节），没有可导入的内容')
  })
})
