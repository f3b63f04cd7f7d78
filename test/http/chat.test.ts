import { describe, expect, it } from 'vitest'
import { makeApp, parseSse } from '../support/app.ts'
import { FailingDrafter, HangingDrafter, PROBLEMS_TEXT, VARIANCE_QUESTION } from '../support/fakes.ts'

async function conversationOn(ctx: Awaited<ReturnType<typeof makeApp>>, tableId: string) {
  const res = await ctx.request('POST', '/api/conversations', { tableId })
  expect(res.status).toBe(201)
  return res.json.conversation.id as string
}

async function turn(ctx: Awaited<ReturnType<typeof makeApp>>, conversationId: string, text: string) {
  const res = await ctx.app.request(`/api/conversations/${conversationId}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  })
  expect(res.headers.get('content-type')).toContain('text/event-stream')
  return parseSse(await res.text())
}

describe('a chat turn streamed as server-sent events', () => {
  it('streams a problems draft in deltas, then its verification, then the stored message and draft', async () => {
    const ctx = await makeApp()
    const id = await conversationOn(ctx, ctx.ids.department)
    const events = await turn(ctx, id, '存在的问题及原因分析')
    expect(events.map((e) => e.event)).toEqual(['message', 'delta', 'delta', 'verification', 'done'])
    expect(events[0]!.data.message).toMatchObject({ role: 'user', text: '存在的问题及原因分析' })
    expect(events[1]!.data.text + events[2]!.data.text).toBe(PROBLEMS_TEXT)
    const rate = events[3]!.data.mentions.find((m: any) => m.text === '85.11%')
    expect(rate).toMatchObject({ status: 'verified', factIds: ['P1.F0.rate'] })
    const done = events[4]!.data
    expect(done.draft).toMatchObject({
      section: 'problems',
      text: PROBLEMS_TEXT,
      ok: true,
      provider: 'template',
      model: 'template',
      promptHash: null,
    })
    expect(done.message).toMatchObject({ role: 'assistant', kind: 'draft', draftId: done.draft.id })
    expect(done.message.rendered.summary.text).toBe('共 3 个数字：3 个已核实')
    expect(done.message.rendered.html).toContain(
      '<span class="num num-verified" data-m="2" tabindex="0" role="button" aria-label="85.11%：已核实，按回车查看来源">85.11%<span class="glyph" aria-hidden="true">✓</span></span>',
    )
  })

  it('keeps the conversation: GET answers the messages with their marked-up HTML', async () => {
    const ctx = await makeApp()
    const id = await conversationOn(ctx, ctx.ids.department)
    await turn(ctx, id, '存在的问题')
    const res = await ctx.request('GET', `/api/conversations/${id}`)
    expect(res.json.messages.map((m: any) => m.role)).toEqual(['user', 'assistant'])
    expect(res.json.messages[0].rendered).toBeNull()
    expect(res.json.messages[1].rendered.html).toContain('num-verified')
    expect(res.json.messages[1].verification.mentions).toHaveLength(3)
  })

  it('explains the variance of the row a question names', async () => {
    const ctx = await makeApp()
    const id = await conversationOn(ctx, ctx.ids.department)
    const events = await turn(ctx, id, '为什么综治经费实际支出低于预算？')
    expect(ctx.template.requests.at(-1)).toMatchObject({
      section: 'variance',
      row: 'P1.F0',
      userNotes: [],
    })
    expect(events.at(-1)!.data.draft).toMatchObject({
      row: 'P1.F0',
      rowLabel: '综治、平安建设经费·合计',
    })
  })

  it('asks for a missing cause, keeps the answer as a note of the table and drafts again with it', async () => {
    const ctx = await makeApp()
    const id = await conversationOn(ctx, ctx.ids.department)
    const first = await turn(ctx, id, '为什么综治经费实际支出低于预算？')
    expect(first.at(-1)!.data.message.questions).toEqual([VARIANCE_QUESTION])
    expect((await ctx.request('GET', `/api/conversations/${id}`)).json.conversation.pending).toMatchObject({
      section: 'variance',
      row: 'P1.F0',
    })

    const answer = '年底财政资金未及时到位'
    const second = await turn(ctx, id, answer)
    expect(second.map((e) => e.event)).toEqual(['message', 'message', 'delta', 'delta', 'verification', 'done'])
    expect(second[1]!.data.message).toMatchObject({ role: 'assistant', kind: 'note' })
    expect(second[1]!.data.message.text).toContain(answer)
    expect(ctx.template.requests.at(-1)).toMatchObject({
      section: 'variance',
      row: 'P1.F0',
      userNotes: [{ text: answer, kind: 'cause', row: 'P1.F0' }],
    })
    expect(second.at(-1)!.data.draft.text).toContain(answer)

    const table = await ctx.request('GET', `/api/tables/${ctx.ids.department}`)
    expect(table.json.table.notes).toMatchObject([
      { text: answer, question: VARIANCE_QUESTION, kind: 'cause', row: 'P1.F0' },
    ])
    expect((await ctx.request('GET', `/api/conversations/${id}`)).json.conversation.pending).toBeNull()

    // and the next draft of another section receives it too
    await turn(ctx, id, '生成下一步改进措施')
    expect(ctx.template.requests.at(-1)).toMatchObject({
      section: 'measures',
      userNotes: [{ text: answer, kind: 'cause', row: 'P1.F0' }],
    })
  })

  it('answers a message it does not understand with what it can do, in Chinese', async () => {
    const ctx = await makeApp()
    const id = await conversationOn(ctx, ctx.ids.zongzhi)
    const events = await turn(ctx, id, '你好')
    expect(events.map((e) => e.event)).toEqual(['message', 'done'])
    const reply = events[1]!.data.message
    expect(reply.kind).toBe('help')
    expect(reply.text).toContain('存在的问题及原因分析')
    expect(reply.text).toContain('为什么综治、平安建设经费实际支出低于预算？')
    expect(ctx.template.requests).toHaveLength(0)
  })

  it('asks which project is meant when a row name fits several', async () => {
    const ctx = await makeApp()
    const id = await conversationOn(ctx, ctx.ids.department)
    const events = await turn(ctx, id, '为什么人民群众满意度没有达到目标？')
    expect(events.at(-1)!.data.message.text).toContain('综治、平安建设经费·人民群众满意度')
    expect(events.at(-1)!.data.message.text).toContain('四型平安小区以奖代拨经费·人民群众满意度')
  })

  it('turns an engine failure into an error event with a masked Chinese message', async () => {
    const ctx = await makeApp({ drafters: { template: new FailingDrafter() } })
    const id = await conversationOn(ctx, ctx.ids.department)
    const events = await turn(ctx, id, '存在的问题')
    expect(events.at(-1)).toEqual({
      event: 'error',
      data: { code: 'INTERNAL', message: '抱歉，生成回答时出错，请稍后重试。' },
    })
    expect(JSON.stringify(events)).not.toMatch(/sk-secret|upstream|\.ts:/)
    expect(ctx.logger.errors).toHaveLength(1)
    const messages = (await ctx.request('GET', `/api/conversations/${id}`)).json.messages
    expect(messages.at(-1)).toMatchObject({ role: 'assistant', kind: 'error' })
  })

  it('stops the engine when the client goes away, and stores no draft', async () => {
    const hanging = new HangingDrafter()
    const ctx = await makeApp({ drafters: { template: hanging } })
    const id = await conversationOn(ctx, ctx.ids.department)
    const res = await ctx.app.request(`/api/conversations/${id}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '存在的问题' }),
    })
    const reader = res.body!.getReader()
    const seen: string[] = []
    const decoder = new TextDecoder()
    while (!seen.join('').includes('event: delta')) seen.push(decoder.decode((await reader.read()).value))
    await reader.cancel()
    await ctx.store.flush()
    expect(hanging.aborted).toBe(true)
    expect((await ctx.store.snapshot()).drafts).toHaveLength(0)
  })

  it('answers 404 in JSON, not a stream, for an unknown conversation', async () => {
    const ctx = await makeApp()
    const res = await ctx.request('POST', '/api/conversations/nope/messages', {
      text: '存在的问题',
    })
    expect(res.status).toBe(404)
    expect(res.json.error.code).toBe('NOT_FOUND')
  })

  it('answers 400 when the openai engine is asked for but not configured', async () => {
    const ctx = await makeApp()
    const id = await conversationOn(ctx, ctx.ids.department)
    const res = await ctx.request('POST', `/api/conversations/${id}/messages`, {
      text: '存在的问题',
      provider: 'openai',
    })
    expect(res.status).toBe(400)
    expect(res.json.error.problems[0].path).toBe('provider')
  })

  it('answers 400 naming the field for an empty message', async () => {
    const ctx = await makeApp()
    const id = await conversationOn(ctx, ctx.ids.department)
    const res = await ctx.request('POST', `/api/conversations/${id}/messages`, { text: '' })
    expect(res.status).toBe(400)
    expect(res.json.error.problems[0].path).toBe('text')
  })
})

describe('conversations', () => {
  it('are listed per table and deleted with their messages', async () => {
    const ctx = await makeApp()
    const a = await conversationOn(ctx, ctx.ids.department)
    await conversationOn(ctx, ctx.ids.zongzhi)
    await turn(ctx, a, '你好')
    const listed = await ctx.request('GET', `/api/conversations?tableId=${ctx.ids.department}`)
    expect(listed.json.conversations.map((c: any) => c.id)).toEqual([a])
    expect((await ctx.request('DELETE', `/api/conversations/${a}`)).status).toBe(204)
    expect((await ctx.store.snapshot()).messages).toHaveLength(0)
    expect((await ctx.request('GET', `/api/conversations/${a}`)).status).toBe(404)
  })

  it('cannot be opened on a table that does not exist', async () => {
    const ctx = await makeApp()
    expect((await ctx.request('POST', '/api/conversations', { tableId: 'nope' })).status).toBe(404)
  })
})
