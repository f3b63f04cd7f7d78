// Errors of the openai SDK (and of fetch underneath it) as LlmError, with a Chinese message for
// the user and an English one for logs. The API key is scrubbed from anything a server echoes.
import OpenAI from 'openai'
import { LlmError, type LlmErrorKind } from '../../app/llm-error.ts'

export type ErrorContext = {
  apiKey: string
  baseURL: string
  model: string
  timeoutMs: number
  attempts: number
  /** our own timer fired (the SDK then only sees an abort) */
  timedOut: boolean
  /** the caller's signal fired */
  aborted: boolean
  /** the response had started streaming: a failure now cuts the draft short */
  streaming: boolean
}

function scrubSecret(text: string, secret: string): string {
  return secret.length >= 4 ? text.split(secret).join('***') : text
}

function serverMessage(e: InstanceType<typeof OpenAI.APIError>, ctx: ErrorContext): string {
  const err = e.error as { message?: unknown } | undefined
  const text = typeof err?.message === 'string' ? err.message : e.message
  return scrubSecret(text, ctx.apiKey).slice(0, 300)
}

export function toLlmError(e: unknown, ctx: ErrorContext): LlmError {
  if (e instanceof LlmError) return e
  const where = hostOf(ctx.baseURL)
  const make = (kind: LlmErrorKind, zh: string, en: string, status: number | null = null) =>
    new LlmError(kind, zh, en, { attempts: ctx.attempts, cause: e, status })
  const retried = ctx.attempts > 1 ? `，已重试 ${ctx.attempts - 1} 次仍未成功` : ''
  const retriedEn = ctx.attempts > 1 ? ` after ${ctx.attempts - 1} retries` : ''

  if (ctx.timedOut || e instanceof OpenAI.APIConnectionTimeoutError) {
    const seconds = ctx.timeoutMs / 1000
    return ctx.streaming
      ? make(
          'timeout',
          `模型服务（${where}）在 ${seconds} 秒内没有继续输出，稿件未完成，已中止`,
          `stream from ${where} stalled for ${ctx.timeoutMs} ms; the draft is incomplete`,
        )
      : make(
          'timeout',
          `模型服务（${where}）在 ${seconds} 秒内没有响应，请稍后再试或调大 JIXIAO_LLM_TIMEOUT_MS`,
          `no response from ${where} within ${ctx.timeoutMs} ms`,
        )
  }
  if (ctx.aborted || e instanceof OpenAI.APIUserAbortError) {
    return make('aborted', '已取消生成', 'cancelled by the caller')
  }
  if (e instanceof OpenAI.APIConnectionError) {
    return make(
      'network',
      `无法连接模型服务 ${where}${retried}：请检查网络和 OPENAI_BASE_URL`,
      `cannot connect to ${where}${retriedEn}`,
    )
  }
  if (e instanceof OpenAI.APIError) {
    const status = e.status ?? null
    const detail = serverMessage(e, ctx)
    if (status === null) {
      // an error event inside a stream
      return make('server', `模型服务在生成过程中报错：${detail}`, `error event in the stream: ${detail}`)
    }
    const http = `HTTP ${status}`
    if (status === 401 || status === 403) {
      return make(
        'auth',
        `模型服务拒绝了密钥（${http}）：请检查 OPENAI_API_KEY 是否正确、是否有权使用模型“${ctx.model}”`,
        `key refused by ${where} (${http}): ${detail}`,
        status,
      )
    }
    if (status === 429) {
      return make(
        'rate-limit',
        `模型服务请求过于频繁或额度不足（${http}）${retried}，请稍后再试`,
        `rate limited by ${where} (${http})${retriedEn}: ${detail}`,
        status,
      )
    }
    if (status >= 500) {
      return make(
        'server',
        `模型服务出错（${http}）${retried}，请稍后再试`,
        `server error from ${where} (${http})${retriedEn}: ${detail}`,
        status,
      )
    }
    if (status === 404) {
      return make(
        'request',
        `模型服务找不到模型“${ctx.model}”或接口（${http}）：请检查 OPENAI_MODEL 和 OPENAI_BASE_URL（${ctx.baseURL}）`,
        `not found at ${where} (${http}): ${detail}`,
        status,
      )
    }
    return make(
      'request',
      `模型服务拒绝了请求（${http}）：${detail}`,
      `request refused by ${where} (${http}): ${detail}`,
      status,
    )
  }
  if (e instanceof SyntaxError) {
    return make(
      'malformed-response',
      `模型服务返回的数据格式有误，无法读取${ctx.streaming ? '，稿件未完成' : ''}`,
      `malformed ${ctx.streaming ? 'chunk' : 'body'} from ${where}: ${e.message}`,
    )
  }
  const detail = scrubSecret(e instanceof Error ? e.message : String(e), ctx.apiKey)
  return ctx.streaming
    ? make('stream-interrupted', '模型输出中途中断，稿件不完整，请重试', `stream from ${where} broke off: ${detail}`)
    : make('network', `与模型服务 ${where} 的连接出错：${detail}`, `request to ${where} failed: ${detail}`)
}

export function hostOf(baseURL: string): string {
  try {
    return new URL(baseURL).host
  } catch {
    return baseURL
  }
}
