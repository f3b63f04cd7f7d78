// Import: a 2-table Word file (the seed's tables in their local layout) and a workbook with a
// 500-indicator table, from bytes in memory to validated canonical tables.
import { readFile } from 'node:fs/promises'
import { writeDocx } from '../src/adapters/export-table/docx-table-writer.ts'
import { writeXlsx } from '../src/adapters/export-table/xlsx-table-writer.ts'
import { importTables } from '../src/adapters/import/import-tables.ts'
import type { ProjectTableJson } from '../src/adapters/import/import-types.ts'
import { generateProjectTable } from '../test/fixtures/generated-table.ts'
import { medianMs, type BenchResult } from './lib.ts'

export async function run(): Promise<BenchResult[]> {
  const seed = await Promise.all(
    ['data/samples/zongzhi-2022.json', 'data/samples/sixing-xiaoqu-2022.json'].map(
      async (f) => JSON.parse(await readFile(f, 'utf8')) as ProjectTableJson,
    ),
  )
  const docx = await writeDocx(seed, { layout: 'local' })
  const docxMs = await medianMs(() => importTables({ fileName: 'seed.docx', bytes: docx }), 50, 5)

  const big = generateProjectTable(500) as ProjectTableJson
  const xlsx = await writeXlsx([big], { layout: 'local' })
  const xlsxMs = await medianMs(() => importTables({ fileName: 'big.xlsx', bytes: xlsx }), 20, 3)

  const text = await readFile('test/fixtures/seed/000_f391e55dc884f009.txt')
  const textMs = await medianMs(() => importTables({ fileName: 'seed.txt', bytes: text }), 200, 20)
  return [
    {
      name: `2-table .docx (${(docx.length / 1024).toFixed(0)} KiB): import`,
      value: docxMs,
      unit: 'ms',
      runs: 50,
    },
    {
      name: `500-row .xlsx (${(xlsx.length / 1024).toFixed(0)} KiB): import`,
      value: xlsxMs,
      unit: 'ms',
      runs: 20,
    },
    { name: 'seed text (2 tables, pasted): import', value: textMs, unit: 'ms', runs: 200 },
  ]
}
