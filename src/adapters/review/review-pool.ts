// Reviews many files on every core: this thread and `jobs − 1` worker threads take the next file
// from one queue as they become free. A worker is given files only once it has loaded (it says
// "ready"), so a small folder is never slower than reviewing in this thread alone — a worker
// takes a few seconds to load the TypeScript sources. Results come back in the order of the
// files; `onResult` sees each as it finishes (progress).
import { availableParallelism } from 'node:os'
import { basename } from 'node:path'
import { Worker } from 'node:worker_threads'
import { unreadableRow } from '../../app/review/summary-row.ts'
import { runReviewJob, type ReviewJob, type ReviewJobResult } from './review-job.ts'

export type PoolOptions = {
  /** threads in all, this one included (default: the cores available, at most one per file) */
  jobs?: number
  onResult?: (result: ReviewJobResult, done: number, total: number) => void
  /** false: only the workers review (`jobs` of them); for tests of the worker path */
  thisThread?: boolean
  /** the worker's entry (tests give a failing one) */
  workerUrl?: URL
}

/**
 * The worker: the compiled review-worker.js beside this file when running from dist/, else a
 * JavaScript entry that registers the TypeScript loader (review-worker.mjs).
 */
const DEFAULT_WORKER = import.meta.url.endsWith('.js')
  ? new URL('./review-worker.js', import.meta.url)
  : new URL('./review-worker.mjs', import.meta.url)

type WorkerMessage = { type: 'ready' } | { type: 'result'; result: ReviewJobResult }

export async function reviewMany(jobs: readonly ReviewJob[], options: PoolOptions = {}): Promise<ReviewJobResult[]> {
  const threads = Math.max(1, Math.min(options.jobs ?? availableParallelism(), jobs.length))
  const results: ReviewJobResult[] = new Array(jobs.length)
  let done = 0
  let next = 0
  let active = 0
  const finish = (i: number, r: ReviewJobResult) => {
    results[i] = r
    active--
    options.onResult?.(r, ++done, jobs.length)
  }
  const take = (): number => {
    if (next >= jobs.length) return -1
    active++
    return next++
  }
  const here = options.thisThread ?? true
  const workers = Array.from(
    { length: here ? threads - 1 : threads },
    () => new Worker(options.workerUrl ?? DEFAULT_WORKER),
  )
  try {
    await new Promise<void>((resolve, reject) => {
      const settle = () => {
        if (next >= jobs.length && active === 0) resolve()
      }
      const work = async () => {
        for (let i = take(); i >= 0; i = take()) finish(i, await runReviewJob(jobs[i]!))
        settle()
      }
      let alive = workers.length
      for (const worker of workers) {
        let current = -1
        let dead = false
        const feed = () => {
          current = take()
          if (current < 0) return settle()
          worker.postMessage(jobs[current])
        }
        // A worker that fails (it cannot load, or crashes) costs its current file a row with the
        // reason, never the folder; with no worker left and none in this thread, this thread goes on.
        const fail = (why: string) => {
          if (dead) return
          dead = true
          if (current >= 0 && results[current] === undefined) {
            finish(current, {
              path: jobs[current]!.path,
              row: unreadableRow(basename(jobs[current]!.path), `内部错误：${why}`, 0),
              json: null,
              thread: worker.threadId,
            })
          }
          current = -1
          if (--alive === 0 && !here) work().catch(reject)
          else settle()
        }
        worker.on('message', (m: WorkerMessage) => {
          if (m.type === 'result') finish(current, m.result)
          feed()
        })
        worker.on('error', (e) => fail(e instanceof Error ? e.message : String(e)))
        worker.on('exit', (code) => fail(`审核线程意外退出（${code}）`))
      }
      if (here) work().catch(reject)
    })
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return results
}
