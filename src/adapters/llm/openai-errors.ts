// Errors of the openai SDK (and of fetch underneath it) as LlmError, with a Chinese message for
// the user and an English one for logs. The API key is scrubbed from anything a server echoes.
import OpenAI from 'openai'
import { LlmError } from '../../app/llm-error.ts'

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

export function scrubSecret(text: string, secret: string): string {
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
  const extra = { attempts: ctx.attempts, cause: e }
  const retried = ctx.attempts > 1 ? `，已重试 ${ctx.attempts - 1} 次仍未成功` : ''
  const retriedEn = ctx.attempts > 1 ? ` after ${ctx.attempts - 1} retries` : ''

  if (ctx.timedOut || e instanceof OpenAI.APIConnectionTimeoutError) {
    const seconds = ctx.timeoutMs / 1000
    return ctx.streaming
      ? new LlmError('timeout', `模型服务（${where}）在 ${seconds} 秒内没有继续输出，稿件未完成，已中止`, `stream from ${where} stalled for ${ctx.timeoutMs} ms; the draft is incomplete`, extra)
      : new LlmError('timeout', `模型服务（${where}）在 ${seconds} 秒内没有响应，请稍后再试或调大 JIXIAO_LLM_TIMEOUT_MS`, `no response from ${where} within ${ctx.timeoutMs} ms`, extra)
  }
  if (ctx.aborted || e instanceof OpenAI.APIUserAbortError) {
    return new LlmError('aborted', '已取消生成', 'cancelled by the caller', extra)
  }
  if (e instanceof OpenAI.APIConnectionError) {
    return new LlmError('network', `无法连接模型服务 ${where}${retried}：请检查网络和 OPENAI_BASE_URL`, `cannot connect to ${where}${retriedEn}`, extra)
  }
  if (e instanceof OpenAI.APIError) {
    const status = e.status ?? null
    const detail = serverMessage(e, ctx)
    const withStatus = { ...extra, status }
    if (status === null) {
      // an error event inside a stream
      return new LlmError('server', `模型服务在生成过程中报错：${detail}`, `error event in the stream: ${detail}`, withStatus)
    }
    if (status === 401 || status === 403) {
      return new LlmError('auth', `模型服务拒绝了密钥（HTTP ${status}）：请检查 OPENAI_API_KEY 是否正确、是否有权使用模型“${ctx.model}”`, `key refused by ${where} (HTTP ${status}): ${detail}`, withStatus)
    }
    if (status === 429) {
      return new LlmError('rate-limit', `模型服务请求过于频繁或额度不足（HTTP 429）${retried}，请稍后再试`, `rate limited by ${where} (HTTP 429)${retriedEn}: ${detail}`, withStatus)
    }
    if (status >= 500) {
      return new LlmError('server', `模型服务出错（HTTP ${status}）${retried}，请稍后再试`, `server error from ${where} (HTTP ${status})${retriedEn}: ${detail}`, withStatus)
    }
    if (status === 404) {
      return new LlmError('request', `模型服务找不到模型“${ctx.model}”或接口（HTTP 404）：请检查 OPENAI_MODEL 和 OPENAI_BASE_URL（${ctx.baseURL}）`, `not found at ${where} (HTTP 404): ${detail}`, withStatus)
    }
    return new LlmError('request', `模型服务拒绝了请求（HTTP ${status}）：${detail}`, `request refused by ${where} (HTTP ${status}): ${detail}`, withStatus)
  }
  if (e instanceof SyntaxError) {
    return new LlmError('malformed-response', `模型服务返回的数据格式有误，无法读取${ctx.streaming ? '，稿件未完成' : ''}`, `malformed ${ctx.streaming ? 'chunk' : 'body'} from ${where}: ${e.message}`, extra)
  }
  const detail = scrubSecret(e instanceof Error ? e.message : String(e), ctx.apiKey)
  return ctx.streaming
    ? new LlmError('stream-interrupted', '模型输出中途中断，稿件不完整，请重试', `stream from ${where} broke off: ${detail}`, extra)
    : new LlmError('network', `与模型服务 ${where} 的连接出错：${detail}`, `request to ${where} failed: ${detail}`, extra)
}

export function hostOf(baseURL: string): string {
  try {
    return new URL(baseURL).host
  } catch {
    return baseURL
  }
}
