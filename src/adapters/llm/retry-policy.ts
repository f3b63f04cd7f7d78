// When to retry a model request and how long to wait: 429 and 5xx answers and lost connections
// are retried with exponential backoff (with a little jitter), honouring the server's
// retry-after-ms / retry-after headers up to a ceiling.

export type RetryPolicy = {
  maxRetries: number
  /** the first backoff; doubled on each retry */
  baseDelayMs: number
  maxDelayMs: number
  /** a server asking for a longer wait is waited for this long at most */
  maxRetryAfterMs: number
}

export const DEFAULT_RETRY_POLICY: Omit<RetryPolicy, 'maxRetries'> = {
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
}

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || status >= 500
}

/**
 * The wait before retry number `retry` (0 for the first retry). `random` ∈ [0, 1) takes up to a
 * quarter off the exponential delay so that many clients do not retry in step.
 */
export function retryDelayMs(
  retry: number,
  headers: Headers | null | undefined,
  policy: RetryPolicy,
  random: () => number,
  now: () => number,
): number {
  const asked = retryAfterMs(headers, now)
  if (asked !== null) return Math.min(Math.max(0, asked), policy.maxRetryAfterMs)
  const exponential = Math.min(policy.baseDelayMs * 2 ** retry, policy.maxDelayMs)
  return Math.round(exponential * (1 - 0.25 * random()))
}

/** retry-after-ms (milliseconds), else retry-after (seconds or an HTTP date); null when absent. */
function retryAfterMs(headers: Headers | null | undefined, now: () => number): number | null {
  const ms = headers?.get('retry-after-ms')
  if (ms && Number.isFinite(Number(ms))) return Number(ms)
  const after = headers?.get('retry-after')?.trim()
  if (!after) return null
  if (/^\d+(\.\d+)?$/.test(after)) return Number(after) * 1000
  const date = Date.parse(after)
  return Number.isNaN(date) ? null : date - now()
}
