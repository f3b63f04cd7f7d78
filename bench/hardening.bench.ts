// Worst cases (issue 10): how fast a hostile input is refused, and what the largest input the
// limits let through costs. Zip bombs of the sizes; a 4.9-million-digit cell; a table of
// 2,000 indicators whose every cell is at its maximum length; and how long the event loop is
// blocked while an upload at the tag limit is read, in process and in the worker thread.
import { readFile } from 'node:fs/promises'
import { createApp, createServices } from '../src/adapters/http/app.ts'
import { importTables } from '../src/adapters/import/import-tables.ts'
import { WorkerImporter } from '../src/adapters/import/worker-importer.ts'
import { ZIP_LIMITS } from '../src/adapters/import/zip-parts.ts'
import { LowdbStore } from '../src/adapters/store/lowdb-store.ts'
import { FIELD_LIMITS } from '../src/app/field-limits.ts'
import { parseCanonicalTable } from '../src/app/schema.ts'
import { createTemplateDrafter } from '../src/app/template-drafter.ts'
import { analyzeTable } from '../src/core/analyze.ts'
import { verifyDraft } from '../src/core/verify.ts'
import { generateProjectTable } from '../test/fixtures/generated-table.ts'
import { docxBomb, docxOfTags } from '../test/support/zip-bomb.ts'
import { medianMs, type BenchResult } from './lib.ts'

const MB = 2 ** 20
const refused = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a refusal')
    },
    () => undefined,
  )

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = []
  const worker = new WorkerImporter()
  try {
    // Zip bombs: the 263 KB .docx of 180 MB, and its 128 KB one of 90 MB.
    for (const inflated of [180, 90]) {
      const bomb = docxBomb(inflated * MB)
      const input = { fileName: 'bomb.docx', bytes: bomb }
      const inProcess = await medianMs(() => refused(importTables(input)), 5, 1)
      const viaWorker = await medianMs(() => refused(worker.importFile(input)), 5, 1)
      results.push({
        name: `zip bomb, ${(bomb.length / 1024).toFixed(0)} KiB .docx inflating to ${inflated} MB: refused`,
        value: inProcess,
        unit: 'ms',
        runs: 5,
        note: `${viaWorker.toFixed(0)} ms through the server's import worker (was 139 s / 48 s)`,
      })
    }
    const lying = { fileName: 'lies.docx', bytes: docxBomb(180 * MB, 1_000) }
    results.push({
      name: 'zip bomb declaring 1,000 bytes for 180 MB: refused',
      value: await medianMs(() => refused(importTables(lying)), 5, 1),
      unit: 'ms',
      runs: 5,
    })

    // Blocking: an upload just under the tag limit (no table in it, so a 400 after parsing).
    const heavy = { fileName: 'heavy.docx', bytes: docxOfTags(ZIP_LIMITS.tags - 100) }
    for (const [where, read] of [
      ['in process', () => importTables(heavy)],
      ['in the worker', () => worker.importFile(heavy)],
    ] as const) {
      await refused(read())
      // the longest gap between the ticks of a 5 ms timer while the file is read
      let last = performance.now()
      let stall = 0
      const tick = setInterval(() => {
        const now = performance.now()
        stall = Math.max(stall, now - last)
        last = now
      }, 5)
      const t0 = performance.now()
      await refused(read())
      const took = performance.now() - t0
      await new Promise((done) => setTimeout(done, 20))
      clearInterval(tick)
      results.push({
        name: `upload of ${ZIP_LIMITS.tags - 100} XML tags read ${where}: longest event-loop stall`,
        value: stall,
        unit: 'ms',
        note: `the read took ${took.toFixed(0)} ms`,
      })
    }
  } finally {
    await worker.close()
  }

  // Huge cells: the 4.9-million-digit cell through POST /api/tables (was 9–18 s).
  const store = LowdbStore.memory()
  const services = createServices({
    store,
    verify: verifyDraft,
    drafters: { template: createTemplateDrafter(verifyDraft) },
  })
  const app = createApp(services)
  const table = JSON.parse(await readFile('data/samples/zongzhi-2022.json', 'utf8'))
  table.indicators[0].target = `≥${'9'.repeat(4_900_000)}次`
  const body = JSON.stringify({ fileName: 'huge.json', table })
  const hugeMs = await medianMs(
    async () => {
      const res = await app.request('/api/tables', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      })
      if (res.status !== 400) throw new Error(`expected 400, got ${res.status}`)
      await res.arrayBuffer()
    },
    5,
    1,
  )
  results.push({
    name: '4.9-million-digit cell (4.9 MB body): POST /api/tables refused',
    value: hugeMs,
    unit: 'ms',
    runs: 5,
    note: 'parse 4.9 MB of JSON, validate, 400 of under 1 KB',
  })

  // The largest table the limits accept: 2,000 indicators, every target and actual cell at 500 characters.
  const big = generateProjectTable(2_000) as { indicators: Array<{ target: string; actual: string; reason: string }> }
  for (const [i, row] of big.indicators.entries()) {
    row.target = `≥${'9'.repeat(FIELD_LIMITS.cell - 2)}次`
    row.actual = `${String(i % 10).repeat(FIELD_LIMITS.cell - 1)}次`
  }
  const bigMs = await medianMs(() => analyzeTable(parseCanonicalTable(big)), 3, 1)
  results.push({
    name: `2,000 indicators with ${FIELD_LIMITS.cell}-character number cells: validate + analyse`,
    value: bigMs,
    unit: 'ms',
    runs: 3,
  })
  return results
}
