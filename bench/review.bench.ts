// Review mode (issue 12): a folder of 100 generated finished reports — the seed's two project
// tables with the narrative of a correct report, errors planted in every third — reviewed
// end to end by `review DIR --summary` (a fresh CLI process: start-up, worker threads, reading,
// verifying, the summary workbook), with one worker and with one per core; and one report in
// this process (read + review), median.
import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { reviewBytes } from '../src/adapters/review/review-file.ts'
import { verifyDraft } from '../src/core/verify.ts'
import { correctNarrative, PLANTS, plant, reportDocx } from '../test/review/report-fixture.ts'
import { medianMs, type BenchResult } from './lib.ts'

const REPORTS = 100

function runCli(args: string[]): Promise<{ code: number | null; ms: number }> {
  const t0 = process.hrtime.bigint()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/cli.js', ...args], { stdio: 'ignore' })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, ms: Number(process.hrtime.bigint() - t0) / 1e6 }))
  })
}

export async function run(): Promise<BenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-review-bench-'))
  const good = await reportDocx()
  const bad = await reportDocx(plant(correctNarrative(), PLANTS))
  for (let i = 0; i < REPORTS; i++) {
    await writeFile(join(dir, `report-${String(i).padStart(3, '0')}.docx`), i % 3 === 2 ? bad : good)
  }
  const oneMs = await medianMs(() => reviewBytes({ fileName: 'r.docx', bytes: good }, { verify: verifyDraft }), 30, 5)
  const results: BenchResult[] = [
    {
      name: `one report in process (2 tables, 18 paragraphs, 69 numbers, ${(good.length / 1024).toFixed(0)} KiB): read + review`,
      value: oneMs,
      unit: 'ms',
      runs: 30,
    },
  ]
  const cores = availableParallelism()
  for (const jobs of [...new Set([1, cores])]) {
    const { code, ms } = await runCli(['review', dir, '--summary', join(dir, 'summary.xlsx'), '--jobs', String(jobs)])
    if (code !== 1) throw new Error(`review DIR exited with ${code} (expected 1: a third of the reports have errors)`)
    const seconds = ms / 1000
    results.push(
      {
        name: `review DIR, ${REPORTS} reports, ${jobs} thread${jobs > 1 ? `s (this one and ${jobs - 1} worker${jobs > 2 ? 's' : ''})` : ' (no worker)'}: seconds per report`,
        value: seconds / REPORTS,
        unit: 's',
        note: `${seconds.toFixed(1)} s in all, process start-up included`,
      },
      {
        name: `review DIR, ${REPORTS} reports, ${jobs} thread${jobs > 1 ? `s (this one and ${jobs - 1} worker${jobs > 2 ? 's' : ''})` : ' (no worker)'}: reports per minute`,
        value: (REPORTS / seconds) * 60,
        unit: 'reports/min',
      },
    )
  }
  await rm(dir, { recursive: true, force: true })
  return results
}
