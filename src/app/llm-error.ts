// The few ways a call to a language model fails, as one typed error. `message` is Chinese, for
// the user; `messageEn` is for logs. Neither ever contains the API key.

export type LlmErrorKind =
  /** no key, a bad base URL, a bad setting */
  | 'config'
  /** 401/403: the key was refused */
  | 'auth'
  /** 429 after every retry */
  | 'rate-limit'
  /** 5xx after every retry */
  | 'server'
  /** another 4xx: the request itself was refused (unknown model, too long a prompt …) */
  | 'request'
  /** no connection */
  | 'network'
  | 'timeout'
  /** the caller cancelled */
  | 'aborted'
  /** the stream ended before the model said it was done */
  | 'stream-interrupted'
  /** a chunk or body that is not what the API promises */
  | 'malformed-response'
  /** the model stopped for its token limit or a content filter: the text is incomplete */
  | 'incomplete'
  /** the model answered nothing */
  | 'empty-response'

export class LlmError extends Error {
  readonly kind: LlmErrorKind
  readonly messageEn: string
  /** the HTTP status, when there was a response */
  readonly status: number | null
  /** requests made, including retries */
  readonly attempts: number

  constructor(
    kind: LlmErrorKind,
    message: string,
    messageEn: string,
    extra: { status?: number | null; attempts?: number; cause?: unknown } = {},
  ) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause })
    this.name = 'LlmError'
    this.kind = kind
    this.messageEn = messageEn
    this.status = extra.status ?? null
    this.attempts = extra.attempts ?? 0
  }
}
