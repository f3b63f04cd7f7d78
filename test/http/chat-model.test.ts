// The model in the conversation, through the HTTP chat with msw standing in for the model:
// an answer (plain text and the answer tool), a draft, a revision with its repair round and
// versions, a refused call, a malformed tool call, and stopping the call.
import { HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { loadPromptLibrary } from '../../src/adapters/prompt-files.ts'
import { createChatModel } from '../../src/app/chat-model.ts'
import { createLlmDrafter } from '../../src/app/llm-drafter.ts'
import { createTemplateDrafter } from '../../src/app/template-drafter.ts'
import { verifyDraft } from '../../src/core/verify.ts'
import { server, useMockServer } from '../mocks/node.ts'
import { answer, scriptedChat, type ChatRequestBody } from '../mocks/openai.ts'
import { makeApp, parseSse } from '../support/app.ts'
import { mockedLlmClient } from '../support/llm-drafter.ts'

useMockServer()

function toolCall(name: string, args: unknown) {
  return () =>
    HttpResponse.json({
      id: 'chatcmpl-tool',
      object: 'chat.completion',
      created: 1,
      model: 'test-model',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: null,
            tool_calls: [{ id: 'call_1', type: 'function', function: { name, arguments: JSON.stringify(args) } }],
          },
          finish_reason: 'tool_calls',
          logprobs: null,
        },
      ],
    })
}

async function modelApp() {
  const client = mockedLlmClient()
  const prompts = await loadPromptLibrary()
  const ctx = await makeApp({
    verify: verifyDraft,
    drafters: {
      template: createTemplateDrafter(verifyDraft),
      openai: createLlmDrafter({ client, prompts, verify: verifyDraft }),
      chat: createChatModel({ client, prompts, verify: verifyDraft }),
    },
  })
  const conversation = (await ctx.request('POST', '/api/conversations', { tableId: ctx.ids.zongzhi })).json.conversation
    .id as string
  const turn = async (text: string, provider?: 'template') => {
    const res = await ctx.app.request(`/api/conversations/${conversation}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, ...(provider ? { provider } : {}) }),
    })
    return parseSse(await res.text())
  }
  return { ...ctx, conversation, turn }
}

const lastUser = (body: ChatRequestBody) => body.messages.filter((m) => m.role === 'user').at(-1)!.content

describe('the model in the conversation', () => {
  it('answers a free question with plain text: sent with tools, facts and the question; numbers verified and marked', async () => {
    const chat = scriptedChat([answer(['综治、平安建设经费的预算执行率为85.11%[P1.F0.rate]。'])])
    server.use(chat.handler)
    const ctx = await modelApp()
    const events = await ctx.turn('这个项目的钱花得怎么样？')
    const done = events.at(-1)!
    expect(done.event).toBe('done')
    expect(done.data.message).toMatchObject({ kind: 'text', text: '综治、平安建设经费的预算执行率为85.11%。' })
    expect(done.data.message.verification.mentions).toMatchObject([
      { text: '85.11%', status: 'verified', factIds: ['P1.F0.rate'] },
    ])
    const body = chat.requests[0]!.body as ChatRequestBody & {
      tools: Array<{ function: { name: string; parameters: any } }>
    }
    expect(body.stream).toBe(false)
    expect(body.tools.map((t) => t.function.name)).toEqual(['answer', 'draft_section', 'revise_draft'])
    expect(body.tools[1]!.function.parameters.properties.section.enum).toEqual(['variance', 'problems', 'measures'])
    expect(lastUser(body)).toContain('"这个项目的钱花得怎么样？"')
    expect(lastUser(body)).toContain('[P1.F0.rate]')
  })

  it('answers through the answer tool, and a wrong number is marked, not hidden', async () => {
    server.use(scriptedChat([toolCall('answer', { text: '预算执行率为86%[P1.F0.rate]。' })]).handler)
    const ctx = await modelApp()
    const done = (await ctx.turn('执行率多少？')).at(-1)!
    expect(done.data.message.text).toBe('预算执行率为86%。')
    expect(done.data.message.verification.ok).toBe(false)
    expect(done.data.message.verification.mentions[0]).toMatchObject({ text: '86%', status: 'mismatch' })
    expect(done.data.message.rendered.html).toContain('num-mismatch')
  })

  it('drafts a section when the model calls draft_section, and says what it drafts', async () => {
    const chat = scriptedChat([
      toolCall('draft_section', { section: 'variance', row: 'P1.F0' }),
      answer([
        '年初预算36万元[P1.F0.budget]，实际投入30.64万元[P1.F0.actual]。',
        '主要原因是单位用其它资金弥补该项经费支出。',
      ]),
    ])
    server.use(chat.handler)
    const ctx = await modelApp()
    const events = await ctx.turn('帮我写一下合计行的差异原因')
    const intro = events.find((e) => e.event === 'message' && e.data.message.role === 'assistant')!
    expect(intro.data.message.text).toBe('以下起草“差异原因（综治、平安建设经费·合计）”。')
    const done = events.at(-1)!.data
    expect(done.draft).toMatchObject({ section: 'variance', row: 'P1.F0', provider: 'openai', ok: true })
    expect(done.draft.text).toBe('年初预算36万元，实际投入30.64万元。主要原因是单位用其它资金弥补该项经费支出。')
    expect(chat.requests).toHaveLength(2)
    expect(chat.requests[1]!.body.stream).toBe(true)
  })

  it('revises the draft on the page: a new version, repaired until it verifies, with the earlier turns sent', async () => {
    const ctx = await modelApp()
    const first = (await ctx.turn('差异原因', 'template')).at(-1)!.data.draft
    const chat = scriptedChat([
      toolCall('revise_draft', { instruction: '更简洁' }),
      answer(['合计实际投入31万元[P1.F0.actual]，执行率85.11%[P1.F0.rate]。']),
      answer(['合计实际投入30.64万元[P1.F0.actual]，执行率85.11%[P1.F0.rate]。']),
    ])
    server.use(chat.handler)
    const events = await ctx.turn('把上面这段改得更简洁一些')
    const converse = chat.requests[0]!.body
    expect(converse.messages.some((m) => m.role === 'user' && m.content === '"差异原因"')).toBe(true)
    expect(converse.messages.some((m) => m.role === 'assistant' && m.content === first.text)).toBe(true)
    expect(lastUser(converse)).toContain(JSON.stringify(first.text))
    expect(lastUser(chat.requests[1]!.body)).toContain('"更简洁"')
    expect(lastUser(chat.requests[2]!.body)).toContain('31万元')

    expect(events.filter((e) => e.event === 'delta').map((e) => e.data.round)).toEqual([0, 1])
    const done = events.at(-1)!.data
    expect(done.draft).toMatchObject({
      id: first.id,
      text: '合计实际投入30.64万元，执行率85.11%。',
      ok: true,
      repairRounds: 1,
    })
    expect(done.draft.versions.map((v: any) => [v.n, v.by, v.instruction])).toEqual([
      [1, 'engine', null],
      [2, 'revision', '更简洁'],
    ])
    expect(done.message).toMatchObject({ kind: 'draft', draftId: first.id })

    const versions = (await ctx.request('GET', `/api/drafts/${first.id}/versions`)).json.versions
    expect(versions[0].diff).toBeNull()
    const side = (op: string) =>
      versions[1].diff
        .filter((p: any) => p.op === 'same' || p.op === op)
        .map((p: any) => p.text)
        .join('')
    expect(side('del')).toBe(first.text)
    expect(side('add')).toBe('合计实际投入30.64万元，执行率85.11%。')
    expect(versions[1].diff.some((p: any) => p.op === 'del')).toBe(true)

    const restored = (await ctx.request('POST', `/api/drafts/${first.id}/versions/1/restore`)).json.draft
    expect(restored).toMatchObject({ text: first.text, ok: true })
    expect(restored.versions.map((v: any) => v.by)).toEqual(['engine', 'revision', 'restore'])
  })

  it('turns a refused call into an error event in Chinese, and stores it', async () => {
    server.use(scriptedChat([() => HttpResponse.json({ error: { message: 'invalid key' } }, { status: 401 })]).handler)
    const ctx = await modelApp()
    const events = await ctx.turn('执行率多少？')
    expect(events.at(-1)!.event).toBe('error')
    expect(events.at(-1)!.data.message).toContain('模型服务拒绝了密钥')
    expect(JSON.stringify(events)).not.toContain('sk-test')
    const messages = (await ctx.request('GET', `/api/conversations/${ctx.conversation}`)).json.messages
    expect(messages.at(-1)).toMatchObject({ role: 'assistant', kind: 'error' })
  })

  it('refuses a tool call it does not know, with a clear message', async () => {
    server.use(scriptedChat([toolCall('delete_table', { id: 'x' })]).handler)
    const ctx = await modelApp()
    const events = await ctx.turn('删除这张表')
    expect(events.at(-1)!.event).toBe('error')
    expect(events.at(-1)!.data.message).toContain('无法识别的工具“delete_table”')
  })

  it('stops the model call when the page stops generating', async () => {
    let started!: () => void
    let aborted!: () => void
    const reached = new Promise<void>((r) => (started = r))
    const callAborted = new Promise<void>((r) => (aborted = r))
    server.use(
      scriptedChat([
        (_body, request) =>
          new Promise<Response>((resolve) => {
            started()
            request.signal.addEventListener('abort', () => {
              aborted()
              resolve(HttpResponse.json({}, { status: 499 }))
            })
          }),
      ]).handler,
    )
    const ctx = await modelApp()
    const stop = new AbortController()
    const res = await ctx.app.request(`/api/conversations/${ctx.conversation}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '执行率多少？' }),
      signal: stop.signal,
    })
    const reader = res.body!.getReader()
    await reader.read() // the user's message
    await reached
    await reader.cancel()
    stop.abort()
    await callAborted // the model's request was cancelled (the test would hang otherwise)
    await ctx.store.flush()
    const messages = (await ctx.store.snapshot()).messages
    expect(messages.map((m) => m.role)).toEqual(['user'])
  })
})
