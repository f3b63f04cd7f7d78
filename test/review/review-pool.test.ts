// The folder review's pool: files reviewed on worker threads come back in the order of the
// files, each with its row, whichever thread reviewed it.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { threadId } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { reviewMany } from '../../src/adapters/review/review-pool.ts'
import { correctNarrative, PLANTS, plant, reportDocx } from './report-fixture.ts'

describe('reviewMany', () => {
  it('reviews on worker threads only, in file order, with progress for each file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-pool-'))
    const good = await reportDocx()
    const bad = await reportDocx(plant(correctNarrative(), PLANTS))
    const files = ['a.docx', 'b.docx', 'c.docx', 'd.txt']
    await writeFile(join(dir, 'a.docx'), good)
    await writeFile(join(dir, 'b.docx'), bad)
    await writeFile(join(dir, 'c.docx'), good)
    await writeFile(join(dir, 'd.txt'), '没有表格的文本')
    const progress: number[] = []
    const results = await reviewMany(
      files.map((f) => ({ path: join(dir, f), profile: 'national', withResult: true })),
      { jobs: 2, thisThread: false, onResult: (_, done) => progress.push(done) },
    )
    expect(results.map((r) => [r.row.file, r.row.status, r.row.mismatch])).toEqual([
      ['a.docx', 'ok', 0],
      ['b.docx', 'errors', 3],
      ['c.docx', 'ok', 0],
      ['d.txt', 'unreadable', 0],
    ])
    expect(results[3]!.row.reason).toContain('没有找到绩效自评表')
    expect(JSON.parse(results[1]!.json!).summary.errors).toBe(3)
    expect(progress).toEqual([1, 2, 3, 4])
    // two worker threads, neither of them this one
    const threads = new Set(results.map((r) => r.thread))
    expect(threads.has(threadId)).toBe(false)
    expect(threads.size).toBeLessThanOrEqual(2)
  }, 60_000)

  it('goes on in this thread when the workers cannot start', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-pool-'))
    await writeFile(join(dir, 'a.docx'), await reportDocx())
    await writeFile(join(dir, 'b.docx'), await reportDocx(plant(correctNarrative(), PLANTS)))
    const broken = new URL('data:text/javascript,throw new Error("cannot load")')
    const results = await reviewMany(
      ['a.docx', 'b.docx'].map((f) => ({ path: join(dir, f), profile: 'national', withResult: false })),
      { jobs: 2, thisThread: false, workerUrl: broken },
    )
    expect(results.map((r) => [r.row.file, r.row.status, r.thread])).toEqual([
      ['a.docx', 'ok', threadId],
      ['b.docx', 'errors', threadId],
    ])
  }, 60_000)

  it('gives the file a worker crashed on a row with the reason, and reviews the others', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-pool-'))
    await writeFile(join(dir, 'a.docx'), await reportDocx())
    await writeFile(join(dir, 'b.docx'), await reportDocx())
    const crashing = new URL(
      `data:text/javascript,${encodeURIComponent(
        "import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => process.exit(3)); parentPort.postMessage({ type: 'ready' })",
      )}`,
    )
    const results = await reviewMany(
      ['a.docx', 'b.docx'].map((f) => ({ path: join(dir, f), profile: 'national', withResult: false })),
      { jobs: 1, thisThread: false, workerUrl: crashing },
    )
    expect(results.map((r) => [r.row.file, r.row.status])).toEqual([
      ['a.docx', 'unreadable'],
      ['b.docx', 'ok'],
    ])
    expect(results[0]!.row.reason).toBe('内部错误：审核线程意外退出（3）')
  }, 60_000)
})
