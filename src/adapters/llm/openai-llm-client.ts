// LlmClient for any OpenAI-compatible chat endpoint (OpenAI, DeepSeek, Qwen, GLM, Ollama, vLLM)
// through the official openai SDK, which builds and sends the request and turns error statuses
// into APIError. Its own retries are off (maxRetries: 0): this class retries 429/5xx/lost
// connections itself so the waits go through an injectable `sleep`; it keeps its own timer, so a
// stalled stream ends in a typed timeout; and it reads the event stream itself (sse-reader.ts),
// so a cut or malformed stream is an LlmError at once — never a silently short draft.
import OpenAI from 'openai'
import type { ChatMessage, LlmCallOptions, LlmClient, ModelReply, ToolSpec } from '../../app/llm-client.ts'
import { LlmError } from '../../app/llm-error.ts'
import type { LlmConfig } from './llm-config.ts'
import { hostOf, toLlmError, type ErrorContext } from './openai-errors.ts'
import { SseAbortedError, readSse } from './sse-reader.ts'
import { DEFAULT_RETRY_POLICY, isRetryableStatus, retryDelayMs, type RetryPolicy } from './retry-policy.ts'

export type OpenAiClientDeps = {
  /** waits between retries; tests pass one that records the delay and returns at once */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  /** jitter source in [0, 1) */
  random?: () => number
  /** for HTTP-date retry-after headers */
  now?: () => number
  fetch?: typeof fetch
  /** English log lines (retries); silent by default */
  log?: (line: string) => void
  retry?: Partial<Omit<RetryPolicy, 'maxRetries'>>
}

/** One request's abort controller: the caller's signal, and our timer (re-armed per chunk). */
class Attempt {
  readonly controller = new AbortController()
  timedOut = false
  private timer: ReturnType<typeof setTimeout> | undefined
  private readonly onCallerAbort = () => this.controller.abort()

  constructor(
    private readonly timeoutMs: number,
    private readonly caller: AbortSignal | undefined,
  ) {
    if (caller?.aborted) this.controller.abort()
    caller?.addEventListener('abort', this.onCallerAbort, { once: true })
    this.arm()
  }

  arm() {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timedOut = true
      this.controller.abort()
    }, this.timeoutMs)
  }

  close() {
    clearTimeout(this.timer)
    this.caller?.removeEventListener('abort', this.onCallerAbort)
  }

  get callerAborted(): boolean {
    return this.caller?.aborted ?? false
  }
}

export class OpenAiLlmClient implements LlmClient {
  readonly model: string
  private readonly sdk: OpenAI
  private readonly policy: RetryPolicy
  private readonly sleep: NonNullable<OpenAiClientDeps['sleep']>
  private readonly random: () => number
  private readonly now: () => number
  private readonly log: (line: string) => void

  constructor(
    private readonly config: LlmConfig,
    deps: OpenAiClientDeps = {},
  ) {
    this.model = config.model
    this.sdk = new OpenAI({
      apiKey: config.apiKey,
      baseURL: config.baseURL,
      organization: null,
      project: null,
      adminAPIKey: null,
      maxRetries: 0,
      // our Attempt timer fires first; this is only a backstop
      timeout: config.timeoutMs + 1_000,
      logLevel: 'off',
      // read globalThis.fetch per call, so an interceptor installed later (msw) is seen
      fetch: deps.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    })
    this.policy = { maxRetries: config.maxRetries, ...DEFAULT_RETRY_POLICY, ...deps.retry }
    this.sleep = deps.sleep ?? abortableSleep
    this.random = deps.random ?? Math.random
    this.now = deps.now ?? Date.now
    this.log = deps.log ?? (() => {})
  }

  async complete(messages: readonly ChatMessage[], options: LlmCallOptions = {}): Promise<string> {
    const { result, attempt, attempts } = await this.withRetries(options.signal, (signal) =>
      this.sdk.chat.completions.create({ model: this.model, messages: [...messages], stream: false }, { signal }),
    )
    attempt.close()
    const choice = Array.isArray(result?.choices) ? result.choices[0] : undefined
    const content = choice?.message?.content
    if (!choice || (content !== null && content !== undefined && typeof content !== 'string')) {
      throw this.fail(new SyntaxError('the completion has no choices[0].message'), attempt, attempts, false)
    }
    this.checkFinish(choice.finish_reason, attempts)
    return content ?? ''
  }

  async respond(
    messages: readonly ChatMessage[],
    tools: readonly ToolSpec[],
    options: LlmCallOptions = {},
  ): Promise<ModelReply> {
    const { result, attempt, attempts } = await this.withRetries(options.signal, (signal) =>
      this.sdk.chat.completions.create(
        {
          model: this.model,
          messages: [...messages],
          stream: false,
          tools: tools.map((t) => ({
            type: 'function' as const,
            function: { name: t.name, description: t.description, parameters: t.parameters },
          })),
          tool_choice: 'auto',
        },
        { signal },
      ),
    )
    attempt.close()
    const choice = Array.isArray(result?.choices) ? result.choices[0] : undefined
    const message = choice?.message
    if (!choice || !message) {
      throw this.fail(new SyntaxError('the completion has no choices[0].message'), attempt, attempts, false)
    }
    const call = message.tool_calls?.find((c) => c.type === 'function')
    if (call && call.type === 'function') {
      return { kind: 'tool', name: call.function.name, arguments: call.function.arguments ?? '' }
    }
    this.checkFinish(choice.finish_reason, attempts)
    return { kind: 'text', text: typeof message.content === 'string' ? message.content : '' }
  }

  async *stream(messages: readonly ChatMessage[], options: LlmCallOptions = {}): AsyncIterable<string> {
    const {
      result: response,
      attempt,
      attempts,
    } = await this.withRetries(options.signal, (signal) =>
      this.sdk.chat.completions
        .create({ model: this.model, messages: [...messages], stream: true }, { signal })
        .asResponse(),
    )
    let finish: string | null = null
    let doneMarker = false
    try {
      if (!response.body) throw new SyntaxError('the response has no body')
      for await (const sse of readSse(response.body, attempt.controller.signal)) {
        attempt.arm()
        if (sse.data.startsWith('[DONE]')) {
          doneMarker = true
          break
        }
        const chunk = JSON.parse(sse.data) as unknown
        const content = chunkContent(chunk, sse.event)
        if (content.text) yield content.text
        if (content.finish) finish = content.finish
      }
    } catch (e) {
      throw this.fail(e instanceof SseAbortedError ? null : e, attempt, attempts, true)
    } finally {
      attempt.close()
    }
    if (finish === null && !doneMarker) {
      throw new LlmError(
        'stream-interrupted',
        '模型输出中途中断（未收到结束标记），稿件不完整，请重试',
        `stream from ${hostOf(this.config.baseURL)} ended without a finish_reason or [DONE]`,
        { attempts },
      )
    }
    this.checkFinish(finish, attempts)
  }

  /** A model that stopped for its token limit or a filter wrote an incomplete text. */
  private checkFinish(reason: string | null | undefined, attempts: number) {
    const why =
      reason === 'length'
        ? (['模型输出达到长度上限被截断', 'the model stopped at its token limit'] as const)
        : reason === 'content_filter'
          ? (['模型服务的内容过滤中止了输出', 'the output was stopped by a content filter'] as const)
          : null
    if (why) throw new LlmError('incomplete', `${why[0]}，稿件不完整`, why[1], { attempts })
  }

  /**
   * Runs `call` until it succeeds, fails in a way not worth retrying, or runs out of retries. The
   * successful Attempt stays open: a stream goes on using its timer and signal.
   */
  private async withRetries<T>(
    caller: AbortSignal | undefined,
    call: (signal: AbortSignal) => Promise<T>,
  ): Promise<{ result: T; attempt: Attempt; attempts: number }> {
    for (let retry = 0; ; retry++) {
      const attempt = new Attempt(this.config.timeoutMs, caller)
      try {
        const result = await call(attempt.controller.signal)
        return { result, attempt, attempts: retry + 1 }
      } catch (e) {
        attempt.close()
        const error = this.fail(e, attempt, retry + 1, false)
        const retryable = error.status === null ? error.kind === 'network' : isRetryableStatus(error.status)
        if (!retryable || retry >= this.policy.maxRetries) throw error
        const headers = e instanceof OpenAI.APIError ? e.headers : null
        const delay = retryDelayMs(retry, headers, this.policy, this.random, this.now)
        this.log(`openai: ${error.message}; retry ${retry + 1}/${this.policy.maxRetries} in ${delay} ms`)
        await this.sleep(delay, caller)
        if (caller?.aborted) {
          throw new LlmError('aborted', '已取消生成', 'cancelled by the caller', { attempts: retry + 1 })
        }
      }
    }
  }

  private fail(e: unknown, attempt: Attempt, attempts: number, streaming: boolean): LlmError {
    const ctx: ErrorContext = {
      apiKey: this.config.apiKey,
      baseURL: this.config.baseURL,
      model: this.model,
      timeoutMs: this.config.timeoutMs,
      attempts,
      timedOut: attempt.timedOut,
      aborted: attempt.callerAborted,
      streaming,
    }
    return toLlmError(e, ctx)
  }
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve()
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done, { once: true })
  })
}

/** The text and finish reason of one chunk; anything not shaped like a chunk is malformed. */
function chunkContent(chunk: unknown, event: string | null): { text: string; finish: string | null } {
  const c = chunk as { choices?: unknown; error?: { message?: unknown } } | null
  if (c && typeof c === 'object' && (event === 'error' || c.error)) {
    const message = typeof c.error?.message === 'string' ? c.error.message : JSON.stringify(c.error ?? c)
    throw new OpenAI.APIError(undefined, c.error ?? c, message, undefined)
  }
  if (!c || typeof c !== 'object' || !Array.isArray(c.choices)) {
    throw new SyntaxError(`a chunk without choices: ${JSON.stringify(chunk).slice(0, 120)}`)
  }
  const choice = c.choices[0] as { delta?: { content?: unknown }; finish_reason?: unknown } | undefined
  if (!choice) return { text: '', finish: null } // e.g. a final usage-only chunk
  const text = choice.delta?.content
  if (text !== null && text !== undefined && typeof text !== 'string') {
    throw new SyntaxError('delta.content is not a string')
  }
  const finish = typeof choice.finish_reason === 'string' ? choice.finish_reason : null
  return { text: text ?? '', finish }
}
