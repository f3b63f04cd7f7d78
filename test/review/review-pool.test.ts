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
})
