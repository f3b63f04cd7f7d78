// The few ways a call to a language model fails, as one typed error: like every app error a
// code, an English `message` for logs and a Chinese `messageZh` for the user (app-error.ts).
// Neither ever contains the API key.
import { AppError } from '../core/app-error.ts'

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

/** The stable code of each kind (the HTTP API answers it). */
const LLM_CODES: Record<LlmErrorKind, string> = {
  config: 'LLM_NOT_CONFIGURED',
  auth: 'LLM_KEY_REFUSED',
  'rate-limit': 'LLM_RATE_LIMITED',
  server: 'LLM_SERVER_ERROR',
  request: 'LLM_REQUEST_REFUSED',
  network: 'LLM_UNREACHABLE',
  timeout: 'LLM_TIMEOUT',
  aborted: 'LLM_ABORTED',
  'stream-interrupted': 'LLM_STREAM_INTERRUPTED',
  'malformed-response': 'LLM_MALFORMED_RESPONSE',
  incomplete: 'LLM_INCOMPLETE',
  'empty-response': 'LLM_EMPTY_RESPONSE',
}

export class LlmError extends AppError {
  readonly kind: LlmErrorKind
  readonly code: string
  readonly messageZh: string
  /** the HTTP status, when there was a response */
  readonly status: number | null
  /** requests made, including retries */
  readonly attempts: number

  constructor(
    kind: LlmErrorKind,
    messageZh: string,
    message: string,
    extra: { status?: number | null; attempts?: number; cause?: unknown } = {},
  ) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause })
    this.name = 'LlmError'
    this.kind = kind
    this.code = LLM_CODES[kind]
    this.messageZh = messageZh
    this.status = extra.status ?? null
    this.attempts = extra.attempts ?? 0
  }
}
