// Reviews many files on every core: a pool of worker threads, each taking the next file when it
// is done with one. Results come back in the order of the files; `onResult` sees each as it
// finishes (progress). With one job the files are reviewed in this thread.
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { runReviewJob, type ReviewJob, type ReviewJobResult } from './review-job.ts'

export type PoolOptions = {
  /** worker threads (default: the cores available, at most one per file) */
  jobs?: number
  onResult?: (result: ReviewJobResult, done: number, total: number) => void
}

/** The worker, through a JavaScript entry that registers the TypeScript loader (review-worker.mjs). */
const WORKER_URL = new URL('./review-worker.mjs', import.meta.url)

export async function reviewMany(
  jobs: readonly ReviewJob[],
  options: PoolOptions = {},
): Promise<ReviewJobResult[]> {
  const threads = Math.max(1, Math.min(options.jobs ?? availableParallelism(), jobs.length))
  const results: ReviewJobResult[] = new Array(jobs.length)
  let done = 0
  const finish = (i: number, r: ReviewJobResult) => {
    results[i] = r
    options.onResult?.(r, ++done, jobs.length)
  }
  if (threads === 1) {
    for (const [i, job] of jobs.entries()) finish(i, await runReviewJob(job))
    return results
  }
  let next = 0
  const workers = Array.from({ length: threads }, () => new Worker(WORKER_URL))
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let current = -1
            const feed = () => {
              if (next >= jobs.length) return resolve()
              current = next++
              worker.postMessage(jobs[current])
            }
            worker.on('message', (r: ReviewJobResult) => {
              finish(current, r)
              feed()
            })
            worker.on('error', reject)
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`review worker exited with code ${code}`))
            })
            feed()
          }),
      ),
    )
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return results
}
