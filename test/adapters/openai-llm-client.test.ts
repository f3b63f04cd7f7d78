import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import type { ChatMessage } from '../../src/app/llm-client.ts'
import { LlmError } from '../../src/app/llm-error.ts'
import type { LlmConfig } from '../../src/adapters/llm/llm-config.ts'
import { OpenAiLlmClient } from '../../src/adapters/llm/openai-llm-client.ts'
import { DEFAULT_ANSWER } from '../mocks/handlers.ts'
import { server, useMockServer } from '../mocks/node.ts'
import { answer, CHAT_URL, completionJson, LLM_BASE_URL, scriptedChat, sseResponse } from '../mocks/openai.ts'

useMockServer()

const KEY = 'sk-test-0123456789abcdef'
const config = (over: Partial<LlmConfig> = {}): LlmConfig => ({
  apiKey: KEY,
  baseURL: LLM_BASE_URL,
  model: 'test-model',
  timeoutMs: 5_000,
  maxRetries: 3,
  ...over,
})
const messages: ChatMessage[] = [
  { role: 'system', content: '你是助手' },
  { role: 'user', content: '写一句话' },
]

/** A client whose waits are recorded instead of slept, with no jitter. */
function client(over: Partial<LlmConfig> = {}) {
  const delays: number[] = []
  const c = new OpenAiLlmClient(config(over), {
    sleep: async (ms) => {
      delays.push(ms)
    },
    random: () => 0,
    now: () => Date.parse('2024-01-01T00:00:00Z'),
  })
  return { c, delays }
}

async function collect(stream: AsyncIterable<string>, into: string[] = []): Promise<string[]> {
  for await (const d of stream) into.push(d)
  return into
}

async function failure(p: Promise<unknown>): Promise<LlmError> {
  try {
    await p
  } catch (e) {
    expect(e).toBeInstanceOf(LlmError)
    return e as LlmError
  }
  throw new Error('expected an LlmError')
}

describe('OpenAiLlmClient', () => {
  it('returns a whole completion and sends the model, the messages and the key', async () => {
    const chat = scriptedChat([answer(['实际投入30.64万元。'])])
    server.use(chat.handler)
    const { c } = client()
    expect(await c.complete(messages)).toBe('实际投入30.64万元。')
    expect(chat.requests).toHaveLength(1)
    const { body, headers } = chat.requests[0]!
    expect(body.model).toBe('test-model')
    expect(body.stream).toBe(false)
    expect(body.messages).toEqual(messages)
    expect(headers.get('authorization')).toBe(`Bearer ${KEY}`)
  })

  it('streams a completion chunk by chunk', async () => {
    const { c } = client()
    expect(await collect(c.stream(messages))).toEqual(DEFAULT_ANSWER)
  })

  it('retries a 429 after the backoff delay and then succeeds', async () => {
    const chat = scriptedChat([
      () => HttpResponse.json({ error: { message: 'slow down' } }, { status: 429 }),
      answer(['好']),
    ])
    server.use(chat.handler)
    const { c, delays } = client()
    expect(await collect(c.stream(messages))).toEqual(['好'])
    expect(chat.requests).toHaveLength(2)
    expect(delays).toEqual([500])
  })

  it('waits as long as retry-after asks', async () => {
    const chat = scriptedChat([
      () => HttpResponse.json({ error: { message: 'slow down' } }, { status: 429, headers: { 'retry-after': '2' } }),
      () =>
        HttpResponse.json({ error: { message: 'slow down' } }, { status: 429, headers: { 'retry-after-ms': '750' } }),
      answer(['好']),
    ])
    server.use(chat.handler)
    const { c, delays } = client()
    expect(await c.complete(messages)).toBe('好')
    expect(delays).toEqual([2000, 750])
  })

  it('gives up on 500 when the retries run out, with doubling delays and a Chinese message', async () => {
    const chat = scriptedChat([() => HttpResponse.json({ error: { message: 'boom' } }, { status: 500 })])
    server.use(chat.handler)
    const { c, delays } = client({ maxRetries: 2 })
    const e = await failure(c.complete(messages))
    expect(e.kind).toBe('server')
    expect(e.status).toBe(500)
    expect(e.attempts).toBe(3)
    expect(chat.requests).toHaveLength(3)
    expect(delays).toEqual([500, 1000])
    expect(e.messageZh).toBe('模型服务出错（HTTP 500），已重试 2 次仍未成功，请稍后再试')
    expect(e.message).toContain('HTTP 500')
  })

  it('retries a 408 and a 503 with doubling delays', async () => {
    const chat = scriptedChat([
      () => HttpResponse.json({ error: { message: 'timeout' } }, { status: 408 }),
      () => HttpResponse.json({ error: { message: 'busy' } }, { status: 503 }),
      answer(['好']),
    ])
    server.use(chat.handler)
    const { c, delays } = client()
    expect(await collect(c.stream(messages))).toEqual(['好'])
    expect(delays).toEqual([500, 1000])
  })

  it('does not retry a 400 and reports what the server said', async () => {
    const chat = scriptedChat([() => HttpResponse.json({ error: { message: 'context too long' } }, { status: 400 })])
    server.use(chat.handler)
    const { c, delays } = client()
    const e = await failure(c.complete(messages))
    expect(e.kind).toBe('request')
    expect(e.messageZh).toBe('模型服务拒绝了请求（HTTP 400）：context too long')
    expect(chat.requests).toHaveLength(1)
    expect(delays).toEqual([])
  })

  it('reports a refused key without ever repeating the key', async () => {
    server.use(
      http.post(CHAT_URL, () =>
        HttpResponse.json({ error: { message: `Incorrect API key provided: ${KEY}` } }, { status: 401 }),
      ),
    )
    const { c } = client()
    const e = await failure(c.complete(messages))
    expect(e.kind).toBe('auth')
    expect(e.messageZh).toContain('OPENAI_API_KEY')
    expect(`${e.messageZh} ${e.message} ${e.stack}`).not.toContain(KEY)
  })

  it('retries a lost connection and then reports a network error', async () => {
    const chat = scriptedChat([() => HttpResponse.error()])
    server.use(chat.handler)
    const { c, delays } = client({ maxRetries: 1 })
    const e = await failure(c.complete(messages))
    expect(e.kind).toBe('network')
    expect(chat.requests).toHaveLength(2)
    expect(delays).toEqual([500])
  })

  it('times out with a Chinese message when the server does not answer', async () => {
    server.use(
      http.post(CHAT_URL, async () => {
        await delay('infinite')
        return HttpResponse.json(completionJson('never'))
      }),
    )
    const { c } = client({ timeoutMs: 30, maxRetries: 0 })
    const e = await failure(c.complete(messages))
    expect(e.kind).toBe('timeout')
    expect(e.messageZh).toBe('模型服务（llm.test）在 0.03 秒内没有响应，请稍后再试或调大 JIXIAO_LLM_TIMEOUT_MS')
  })

  it('times out when a stream stops sending in the middle', async () => {
    server.use(http.post(CHAT_URL, () => sseResponse(['实际投入'], { end: 'hang' })))
    const { c } = client({ timeoutMs: 30 })
    const got: string[] = []
    const e = await failure(collect(c.stream(messages), got))
    expect(got).toEqual(['实际投入'])
    expect(e.kind).toBe('timeout')
    expect(e.messageZh).toContain('稿件未完成')
  })

  it('fails a stream that breaks off in the middle instead of returning the part received', async () => {
    server.use(http.post(CHAT_URL, () => sseResponse(['实际投入', '30.'], { end: 'error' })))
    const { c } = client()
    const got: string[] = []
    const e = await failure(collect(c.stream(messages), got))
    expect(got).toEqual(['实际投入', '30.'])
    expect(e.kind).toBe('stream-interrupted')
    expect(e.messageZh).toBe('模型输出中途中断，稿件不完整，请重试')
  })

  it('fails a stream that closes before the model said it was done', async () => {
    server.use(http.post(CHAT_URL, () => sseResponse(['实际投入', '30.'], { end: 'close-early' })))
    const { c } = client()
    const e = await failure(collect(c.stream(messages)))
    expect(e.kind).toBe('stream-interrupted')
  })

  it('fails on a malformed chunk', async () => {
    server.use(
      http.post(CHAT_URL, () => sseResponse(['实际投入'], { raw: ['{"choices": [{"delta": {"content": "30'] })),
    )
    const { c } = client()
    const e = await failure(collect(c.stream(messages)))
    expect(e.kind).toBe('malformed-response')
    expect(e.messageZh).toBe('模型服务返回的数据格式有误，无法读取，稿件未完成')
  })

  it('fails on a chunk that is JSON but not a completion chunk', async () => {
    server.use(http.post(CHAT_URL, () => sseResponse(['实际投入'], { raw: ['{"text": "30.64"}'] })))
    const { c } = client()
    expect((await failure(collect(c.stream(messages)))).kind).toBe('malformed-response')
  })

  it('treats a stream cut at the token limit as incomplete', async () => {
    server.use(http.post(CHAT_URL, () => sseResponse(['实际投入'], { finish: 'length' })))
    const { c } = client()
    expect((await failure(collect(c.stream(messages)))).kind).toBe('incomplete')
  })

  it('stops when the caller aborts', async () => {
    server.use(
      http.post(CHAT_URL, async () => {
        await delay('infinite')
        return HttpResponse.json(completionJson('never'))
      }),
    )
    const { c } = client()
    const controller = new AbortController()
    const pending = c.complete(messages, { signal: controller.signal })
    controller.abort()
    const e = await failure(pending)
    expect(e.kind).toBe('aborted')
  })
})
