// Worker thread entry of a folder review: says when it is ready (its modules loaded), then
// answers each job with its result.
import { parentPort } from 'node:worker_threads'
import { runReviewJob, type ReviewJob } from './review-job.ts'

parentPort!.on('message', async (job: ReviewJob) => {
  parentPort!.postMessage({ type: 'result', result: await runReviewJob(job) })
})
parentPort!.postMessage({ type: 'ready' })
