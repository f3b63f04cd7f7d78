// Builders for OpenAI-compatible chat responses, plain and streamed (server-sent events), and a
// handler that answers a script of responses in order while recording what was asked.
import { http, HttpResponse } from 'msw'

export const LLM_BASE_URL = 'http://llm.test/v1'
export const CHAT_URL = `${LLM_BASE_URL}/chat/completions`

export type ChatRequestBody = {
  model: string
  stream?: boolean
  messages: { role: string; content: string }[]
}

export function completionJson(text: string, finish: string = 'stop') {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1,
    model: 'test-model',
    choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: finish, logprobs: null }],
  }
}

export function chunkJson(content: string | null, finish: string | null = null) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'test-model',
    choices: [{ index: 0, delta: content === null ? {} : { content }, finish_reason: finish }],
  }
}

const enc = new TextEncoder()
const event = (data: string) => enc.encode(`data: ${data}\n\n`)

export type StreamScript = {
  /** how the stream ends: normally, closed without a finish reason, broken, or left hanging */
  end?: 'done' | 'close-early' | 'error' | 'hang'
  /** raw data lines sent after the parts (e.g. a malformed chunk) */
  raw?: string[]
  finish?: string
}

/** An SSE response streaming `parts` as chunks, one event per read. */
export function sseResponse(parts: readonly string[], script: StreamScript = {}): HttpResponse<ReadableStream> {
  const end = script.end ?? 'done'
  const events = [...parts.map((p) => JSON.stringify(chunkJson(p))), ...(script.raw ?? [])]
  if (end === 'done') events.push(JSON.stringify(chunkJson(null, script.finish ?? 'stop')), '[DONE]')
  const body = new ReadableStream<Uint8Array>(
    {
      pull(c) {
        const next = events.shift()
        if (next !== undefined) return c.enqueue(event(next))
        if (end === 'done' || end === 'close-early') c.close()
        else if (end === 'error') c.error(new TypeError('terminated: other side closed'))
        // 'hang': nothing more, ever
      },
    },
    { highWaterMark: 0 },
  )
  return new HttpResponse(body, { headers: { 'content-type': 'text/event-stream' } })
}

/** A model's answer: streamed as `parts` when the request asks for a stream, else whole. */
export function answer(parts: readonly string[]) {
  return (body: ChatRequestBody) =>
    body.stream ? sseResponse(parts) : HttpResponse.json(completionJson(parts.join('')))
}

type Step = (body: ChatRequestBody, request: Request) => Response | Promise<Response>

/**
 * Answers the chat endpoint with `steps` in order (the last one repeats) and records each
 * request's body and headers.
 */
export function scriptedChat(steps: readonly Step[]) {
  const requests: { body: ChatRequestBody; headers: Headers }[] = []
  const handler = http.post(CHAT_URL, async ({ request }) => {
    const body = (await request.clone().json()) as ChatRequestBody
    requests.push({ body, headers: request.headers })
    const step = steps[Math.min(requests.length - 1, steps.length - 1)]!
    return step(body, request)
  })
  return { handler, requests }
}
