// Reviews many files on every core: this thread and `jobs − 1` worker threads take the next file
// from one queue as they become free. A worker is given files only once it has loaded (it says
// "ready"), so a small folder is never slower than reviewing in this thread alone — a worker
// takes a few seconds to load the TypeScript sources. Results come back in the order of the
// files; `onResult` sees each as it finishes (progress).
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { runReviewJob, type ReviewJob, type ReviewJobResult } from './review-job.ts'

export type PoolOptions = {
  /** threads in all, this one included (default: the cores available, at most one per file) */
  jobs?: number
  onResult?: (result: ReviewJobResult, done: number, total: number) => void
  /** false: only the workers review (`jobs` of them); for tests of the worker path */
  thisThread?: boolean
}

/** The worker, through a JavaScript entry that registers the TypeScript loader (review-worker.mjs). */
const WORKER_URL = new URL('./review-worker.mjs', import.meta.url)

type WorkerMessage = { type: 'ready' } | { type: 'result'; result: ReviewJobResult }

export async function reviewMany(
  jobs: readonly ReviewJob[],
  options: PoolOptions = {},
): Promise<ReviewJobResult[]> {
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
  const workers = Array.from({ length: here ? threads - 1 : threads }, () => new Worker(WORKER_URL))
  try {
    await new Promise<void>((resolve, reject) => {
      const settle = () => {
        if (next >= jobs.length && active === 0) resolve()
      }
      for (const worker of workers) {
        let current = -1
        const feed = () => {
          current = take()
          if (current < 0) return settle()
          worker.postMessage(jobs[current])
        }
        worker.on('message', (m: WorkerMessage) => {
          if (m.type === 'result') finish(current, m.result)
          feed()
        })
        worker.on('error', reject)
        worker.on('exit', (code) => {
          if (code !== 0 && current >= 0 && results[current] === undefined) {
            reject(new Error(`review worker exited with code ${code}`))
          }
        })
      }
      const work = async () => {
        for (let i = take(); i >= 0; i = take()) finish(i, await runReviewJob(jobs[i]!))
        settle()
      }
      if (here) work().catch(reject)
    })
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return results
}
