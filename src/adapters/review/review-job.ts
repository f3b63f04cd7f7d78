// One file of a folder review, as a worker thread runs it: read, review, and the summary row —
// or the row of a file that could not be read, with the reason (the others go on).
import { basename } from 'node:path'
import { performance } from 'node:perf_hooks'
import { threadId } from 'node:worker_threads'
import { summaryRow, unreadableRow, type SummaryRow } from '../../app/review/summary-row.ts'
import { InputError } from '../../core/input-error.ts'
import { PROFILES } from '../../core/scoring-profile.ts'
import { verifyDraft } from '../../core/verify.ts'
import { readReportFile, reviewBytes } from './review-file.ts'

export type ReviewJob = { path: string; year?: number; profile: string; withResult: boolean }

export type ReviewJobResult = {
  path: string
  row: SummaryRow
  /** the review as `review FILE --json` prints it, when asked for */
  json: string | null
  /** the thread that reviewed it */
  thread: number
}

export async function runReviewJob(job: ReviewJob): Promise<ReviewJobResult> {
  const t0 = performance.now()
  const name = basename(job.path)
  try {
    const bytes = await readReportFile(job.path)
    const { result } = await reviewBytes(
      { fileName: name, bytes, ...(job.year !== undefined ? { year: job.year } : {}) },
      { verify: verifyDraft, profile: PROFILES[job.profile] },
    )
    const ms = performance.now() - t0
    return {
      path: job.path,
      row: summaryRow(name, result, Math.round(ms)),
      json: job.withResult ? `${JSON.stringify(result, null, 2)}\n` : null,
      thread: threadId,
    }
  } catch (e) {
    const reason =
      e instanceof InputError
        ? e.problems
            .map((p) => [p.path && p.path !== '$' ? p.path : '', p.message].filter(Boolean).join('：'))
            .join('；')
        : `内部错误：${e instanceof Error ? e.message : String(e)}`
    return {
      path: job.path,
      row: unreadableRow(name, reason, Math.round(performance.now() - t0)),
      json: null,
      thread: threadId,
    }
  }
}
