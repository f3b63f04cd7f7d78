// Worker thread entry of a folder review: receives jobs, answers each with its result.
import { parentPort } from 'node:worker_threads'
import { runReviewJob, type ReviewJob } from './review-job.ts'

parentPort!.on('message', async (job: ReviewJob) => {
  parentPort!.postMessage(await runReviewJob(job))
})
