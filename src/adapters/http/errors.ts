// The API's one error vocabulary: { error: { code, message (zh), problems? } }. Bad input is a
// 400 naming the field, an unknown id a 404, a conflicting change a 409; anything else is logged
// in English and answered with a masked Chinese message, never a stack trace.
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { ConflictError, NotFoundError } from '../../app/errors.ts'
import { LlmError, type LlmErrorKind } from '../../app/llm-error.ts'
import { StoreWriteError } from '../../app/store-write-error.ts'
import { InputError, problemPlace } from '../../core/input-error.ts'

export type Logger = {
  info: (message: string) => void
  error: (message: string, error?: unknown) => void
}

export const consoleLogger: Logger = {
  info: (message) => console.log(message),
  error: (message, error) =>
    console.error(message, error instanceof Error ? (error.stack ?? error.message) : (error ?? '')),
}

/** `path` for programs (a JSON path, a cell); `place` for people ("资金情况·第2行（财政拨款）·年初预算"). */
export type ApiProblem = { path: string; place: string; message: string; messageEn: string }

export type ApiErrorBody = {
  error: { code: string; message: string; problems?: ApiProblem[] }
}

/** problems listed in a 400; the rest are counted */
const MAX_PROBLEMS = 20

export const INTERNAL_MESSAGE = '服务器内部错误，请稍后重试。'

export function errorBody(
  e: unknown,
  logger: Logger,
  where: string,
): { status: ContentfulStatusCode; body: ApiErrorBody } {
  if (e instanceof InputError) {
    // A table with thousands of bad cells would give a body of megabytes: the first ones suffice.
    const shown = e.problems.slice(0, MAX_PROBLEMS)
    const more = e.problems.length - shown.length
    const problems = shown.map((p) => ({
      path: p.path,
      place: problemPlace(p),
      message: p.message,
      messageEn: p.messageEn,
      ...(p.file ? { file: p.file } : {}),
    }))
    return {
      status: 400,
      body: {
        error: {
          code: 'INVALID_INPUT',
          message: `输入有误：${new InputError(shown).messageZh}${more ? `\n（另有 ${more} 处问题未列出）` : ''}`,
          problems,
        },
      },
    }
  }
  if (e instanceof NotFoundError) return { status: 404, body: { error: { code: e.code, message: e.messageZh } } }
  if (e instanceof ConflictError) return { status: 409, body: { error: { code: e.code, message: e.messageZh } } }
  if (e instanceof HTTPException && e.status < 500) {
    const detail = e.message
    const message = /malformed json/i.test(detail)
      ? '请求体不是有效的 JSON'
      : /content-type/i.test(detail)
        ? '请求体应为 JSON（Content-Type: application/json）'
        : `请求有误（${e.status}）`
    return {
      status: e.status as ContentfulStatusCode,
      body: { error: { code: 'INVALID_REQUEST', message } },
    }
  }
  if (e instanceof StoreWriteError) {
    logger.error(`store write failed in ${where}`, e)
    // a full disk is the server's storage (507); a folder it may not write, unavailable (503)
    const status = e.failure === 'disk-full' ? 507 : 503
    return { status, body: { error: { code: e.code, message: e.messageZh } } }
  }
  if (e instanceof LlmError) {
    logger.error(`model call failed in ${where}: ${e.message}`)
    // LlmError's messages never hold the key (openai-errors.ts).
    return { status: LLM_STATUS[e.kind], body: { error: { code: e.code, message: e.messageZh } } }
  }
  logger.error(`internal error in ${where}`, e)
  return { status: 500, body: { error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } } }
}

export function onApiError(logger: Logger) {
  return (e: Error, c: Context) => {
    const { status, body } = errorBody(e, logger, `${c.req.method} ${c.req.path}`)
    return c.json(body, status)
  }
}

/** A model that failed is a bad gateway, a slow one a gateway timeout; ours is not at fault. */
const LLM_STATUS: Record<LlmErrorKind, ContentfulStatusCode> = {
  config: 503,
  auth: 502,
  'rate-limit': 503,
  server: 502,
  request: 502,
  network: 502,
  timeout: 504,
  aborted: 503,
  'stream-interrupted': 502,
  'malformed-response': 502,
  incomplete: 502,
  'empty-response': 502,
}
