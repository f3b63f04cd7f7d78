// The ask → answer → redraft loop with the real template engine and the real verifier.
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { createTemplateDrafter } from '../../src/app/template-drafter.ts'
import { verifyDraft } from '../../src/core/verify.ts'
import { makeApp, parseSse } from '../support/app.ts'

async function realApp() {
  const ctx = await makeApp({ verify: verifyDraft, drafters: { template: createTemplateDrafter(verifyDraft) } })
  const conversation = async (tableId: string) =>
    (await ctx.request('POST', '/api/conversations', { tableId })).json.conversation.id as string
  const turn = async (id: string, text: string) => {
    const res = await ctx.app.request(`/api/conversations/${id}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    })
    const events = parseSse(await res.text())
    const done = events.at(-1)!
    expect(done.event).toBe('done')
    return { events, message: done.data.message, draft: done.data.draft }
  }
  return { ...ctx, conversation, turn }
}

/**
 * zongzhi with the 财政拨款 row's reason cell left empty, and those of the rows of the same money
 * (the 合计 row, the cost indicator 综治平安经费) too: its shortfall has no stated cause.
 */
async function tableWithoutCause() {
  const json = JSON.parse(await readFile('data/samples/zongzhi-2022.json', 'utf8'))
  json.funding[0].reason = ''
  json.funding[1].reason = ''
  json.indicators[4].reason = ''
  return json
}

/** zongzhi with every reason cell left empty: nothing in the table says why. */
async function tableWithoutReasons() {
  const json = JSON.parse(await readFile('data/samples/zongzhi-2022.json', 'utf8'))
  for (const row of [...json.funding, ...json.indicators]) row.reason = ''
  return json
}

describe('the note loop', () => {
  it('asks for a cause, takes the answer as that row’s cause, and the redraft uses it and asks nothing twice', async () => {
    const ctx = await realApp()
    const upload = await ctx.request('POST', '/api/tables', {
      fileName: 'no-cause.json',
      table: await tableWithoutCause(),
    })
    expect(upload.status).toBe(201)
    const id = await ctx.conversation(upload.json.table.id)

    const first = await ctx.turn(id, '财政拨款为什么只执行了一部分？')
    expect(first.draft).toMatchObject({ section: 'variance', row: 'P1.F1' })
    expect(first.draft.text).toContain('【待补充：')
    expect(first.message.questions).toHaveLength(1)
    const intro = first.events.find((e) => e.event === 'message' && e.data.message.role === 'assistant')!
    expect(intro.data.message.text).toBe('以下说明“综治、平安建设经费·财政拨款”的差异原因。')

    const cause = '工程已完工，剩余质保金尾款未支付'
    const second = await ctx.turn(id, cause)
    const ack = second.events.find((e) => e.event === 'message' && e.data.message.kind === 'note')!
    expect(ack.data.message.text).toContain('按原因使用')
    expect(second.draft).toMatchObject({ section: 'variance', row: 'P1.F1', ok: true, questions: [] })
    expect(second.draft.text).toContain(`主要原因是${cause}。`)
    expect(second.draft.text).not.toContain('待补充')
    expect(second.message.questions).toEqual([])

    const notes = (await ctx.request('GET', `/api/tables/${upload.json.table.id}`)).json.table.notes
    expect(notes).toMatchObject([{ text: cause, kind: 'cause', row: 'P1.F1' }])
    // asking again drafts with the cause and asks nothing
    const again = await ctx.turn(id, '财政拨款为什么只执行了一部分？')
    expect(again.draft.text).toContain(cause)
    expect(again.message.questions).toEqual([])
    // and the problems section takes it as a cause of the low execution
    const problems = await ctx.turn(id, '存在的问题及原因分析')
    expect(problems.draft.text).toContain(cause)
    expect(problems.draft.questions).not.toContain('请说明预算执行率偏低的原因。')
    // and the measures answer it
    const measures = await ctx.turn(id, '下一步改进措施')
    expect(measures.draft).toMatchObject({ section: 'measures', ok: true })
    expect(measures.draft.text).toContain(`针对“${cause}”的情况，加强项目实施进度和合同履约管理`)
  })

  it('answers a cause given for no row in the measures too, as the user’s', async () => {
    const ctx = await realApp()
    const upload = await ctx.request('POST', '/api/tables', {
      fileName: 'none.json',
      table: await tableWithoutReasons(),
    })
    const id = await ctx.conversation(upload.json.table.id)
    const problems = await ctx.turn(id, '存在的问题及原因分析')
    expect(problems.draft.questions).toContain('请说明预算执行率偏低的原因。')

    const cause = '受疫情影响，部分培训活动未能开展'
    const redraft = await ctx.turn(id, cause)
    expect(redraft.draft).toMatchObject({ section: 'problems', ok: true })
    expect(redraft.draft.text).toContain(cause)
    const notes = (await ctx.request('GET', `/api/tables/${upload.json.table.id}`)).json.table.notes
    expect(notes).toMatchObject([{ text: cause, kind: 'cause', row: null }])

    const measures = await ctx.turn(id, '下一步改进措施')
    expect(measures.draft).toMatchObject({ section: 'measures', ok: true })
    // after the measures of the three problems the table shows
    const paragraphs = measures.draft.text.split('\n\n')
    expect(paragraphs).toHaveLength(5)
    expect(paragraphs.at(-1)).toBe(
      `（四）针对用户说明的“${cause}”的情况，提前研判疫情、天气等客观因素的影响，制定备选方案，合理调整工作安排，确保年度任务如期完成。`,
    )
  })

  it('keeps figures the user states as 用户说明 facts of the row, never as a cause', async () => {
    const ctx = await realApp()
    const id = await ctx.conversation(ctx.ids.zongzhi)
    const answer = await ctx.turn(id, '人民群众满意度这个指标得了多少分？')
    expect(answer.message.kind).toBe('text')
    expect(answer.message.text).toMatch(/^以下解释“人民群众满意度”指标/)
    expect(answer.message.questions).toEqual(['请补充“人民群众满意度”的实际完成数值（满意度调查的实际结果）'])
    expect(answer.message.rendered.html).toContain('num-verified')

    const said = '满意度调查实际结果为96.3%，共发放问卷300份'
    const redraft = await ctx.turn(id, said)
    expect(redraft.events[1]!.data.message.text).toContain('用户说明的数字')
    expect(redraft.draft).toMatchObject({ section: 'variance', row: 'P1.I7', ok: true, questions: [] })
    expect(redraft.draft.text).toContain(`用户说明：${said}。`)
    expect(redraft.draft.text).not.toMatch(/原因[^。]*96\.3%/)
    const stated = redraft.draft.verification.mentions.find((m: { text: string }) => m.text === '96.3%')
    expect(stated).toMatchObject({ status: 'verified', source: { kind: 'note', note: said } })

    const problems = await ctx.turn(id, '存在的问题及原因分析')
    expect(problems.draft.ok).toBe(true)
    expect(problems.draft.text).not.toContain(`主要原因：${said}`)
    expect(problems.draft.text).toContain(`（用户说明：${said}）`)
  })

  it('takes a cause for a department line and uses it in the problems section', async () => {
    const ctx = await realApp()
    const id = await ctx.conversation(ctx.ids.department)
    const answer = await ctx.turn(id, '人员经费为什么比上年增长了？')
    expect(answer.message.text).toMatch(/^以下解释部门报告中的“人员经费”/)
    const cause = '本年新增编制人员，且工资标准调整'
    const redraft = await ctx.turn(id, cause)
    expect(redraft.draft.section).toBe('problems')
    expect(redraft.draft.text).toContain(`人员经费较上年变化的原因：${cause}`)
  })

  it('answers "哪些指标没完成？" from the data instead of drafting', async () => {
    const ctx = await realApp()
    const id = await ctx.conversation(ctx.ids.zongzhi)
    const answer = await ctx.turn(id, '哪些指标没完成？')
    expect(answer.draft).toBeNull()
    expect(answer.message.kind).toBe('text')
    expect(answer.message.text).toMatch(/^以下列出未达成指标值（含无法判断是否完成）的绩效指标：/)
    expect(answer.message.text).toContain('绩效指标共8项，已达成8项，均已达成指标值')
    expect(answer.message.rendered.html).toContain('num-verified')
  })

  it('says plainly that a revision needs a model, and what the data cannot answer', async () => {
    const ctx = await realApp()
    const id = await ctx.conversation(ctx.ids.zongzhi)
    const revise = await ctx.turn(id, '把上面这段改得更简洁一些')
    expect(revise.message.text).toContain('需要由大模型完成')
    const unknown = await ctx.turn(id, '今年全区的GDP是多少？')
    expect(unknown.message.text).toContain('表格中没有找到与这个问题对应的行或数据')
  })
})
