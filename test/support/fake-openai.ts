// A small OpenAI-compatible endpoint on loopback for browser tests (msw cannot stand between a
// browser and a server): tool calls for the conversation, streamed text for drafts and revisions,
// and a request that waits until it is cancelled, to test "停止生成".
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'

export const MODEL_DRAFT =
  '综治、平安建设经费“合计”年初预算36万元[P1.F0.budget]，实际投入30.64万元[P1.F0.actual]，预算执行率85.11%[P1.F0.rate]。主要原因是单位用其它资金弥补该项经费支出。'
export const MODEL_REVISION =
  '合计实际投入30.64万元[P1.F0.actual]，执行率85.11%[P1.F0.rate]，主要原因是单位用其它资金弥补该项经费支出。'

type Body = { stream?: boolean; tools?: unknown[]; messages: Array<{ role: string; content: string }> }

/** One streamed chunk of a chat completion. */
function chunk(delta: { content?: string }, finish: string | null): string {
  return JSON.stringify({
    id: 'x',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'fake',
    choices: [{ index: 0, delta, finish_reason: finish }],
  })
}

export async function startFakeOpenAi() {
  const aborted: string[] = []
  const app = new Hono()
  app.post('/v1/chat/completions', async (c) => {
    const body = (await c.req.json()) as Body
    const last = body.messages.filter((m) => m.role === 'user').at(-1)?.content ?? ''
    if (body.tools) {
      if (last.includes('请慢慢想')) {
        // held open until the caller cancels
        await new Promise<void>((resolve) => c.req.raw.signal.addEventListener('abort', () => resolve()))
        aborted.push('converse')
        return c.body(null, 500)
      }
      const revise = /改得更简洁/.test(last)
      const message = revise
        ? {
            role: 'assistant',
            content: null,
            tool_calls: [
              {
                id: 'c1',
                type: 'function',
                function: { name: 'revise_draft', arguments: JSON.stringify({ instruction: '更简洁' }) },
              },
            ],
          }
        : { role: 'assistant', content: '预算执行率为85.11%[P1.F0.rate]。' }
      return c.json({
        id: 'x',
        object: 'chat.completion',
        created: 1,
        model: 'fake',
        choices: [{ index: 0, message, finish_reason: revise ? 'tool_calls' : 'stop', logprobs: null }],
      })
    }
    const text = last.includes('## 用户的修改要求') ? MODEL_REVISION : MODEL_DRAFT
    return streamSSE(c, async (s) => {
      for (const part of [text.slice(0, 20), text.slice(20)]) await s.writeSSE({ data: chunk({ content: part }, null) })
      await s.writeSSE({ data: chunk({}, 'stop') })
      await s.writeSSE({ data: '[DONE]' })
    })
  })
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server
  await new Promise<void>((resolve) => server.once('listening', resolve))
  return {
    baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    aborted,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
