// Core: load (parse + validate + join), compute and build the fact sheet.
import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { loadTable, type TableSource } from '../src/app/load-table.ts'
import { analyzeTable } from '../src/core/analyze.ts'
import { generateProjectTable } from '../test/fixtures/generated-table.ts'
import { medianMs, type BenchResult } from './lib.ts'

/** Files read once up front, so the timing is the code's, not the disk's. */
async function memorySource(files: string[]): Promise<TableSource> {
  const texts = new Map<string, string>()
  for (const f of files) texts.set(resolve(f), await readFile(f, 'utf8'))
  return {
    async readRelative(from, ref) {
      const file = resolve(dirname(from), ref)
      const text = texts.get(file)
      return text === undefined ? null : { file, text }
    },
  }
}

export async function run(): Promise<BenchResult[]> {
  const dept = 'data/samples/nanyue-zhengfawei-2022-department.json'
  const source = await memorySource([dept, 'data/samples/zongzhi-2022.json', 'data/samples/sixing-xiaoqu-2022.json'])
  const deptText = (await source.readRelative(resolve(dept), resolve(dept)))!
  const deptMs = await medianMs(async () => analyzeTable(await loadTable(source, deptText)), 200, 20)

  const big = { file: '/generated/500.json', text: JSON.stringify(generateProjectTable(500)) }
  const bigTable = await loadTable(source, big)
  const facts = analyzeTable(bigTable).sheet.facts.length
  const bigMs = await medianMs(async () => analyzeTable(await loadTable(source, big)), 50, 5)
  return [
    { name: 'department file + 2 joined tables: load, compute, fact sheet', value: deptMs, unit: 'ms', runs: 200 },
    {
      name: `generated table of 500 indicators (${facts} facts): load, compute, fact sheet`,
      value: bigMs,
      unit: 'ms',
      runs: 50,
    },
  ]
}
