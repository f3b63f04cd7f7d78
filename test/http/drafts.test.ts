import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { makeApp } from '../support/app.ts'
import { PROBLEMS_TEXT } from '../support/fakes.ts'

async function problemsDraft(ctx: Awaited<ReturnType<typeof makeApp>>) {
  const res = await ctx.request('POST', '/api/drafts', {
    tableId: ctx.ids.department,
    section: 'problems',
  })
  expect(res.status).toBe(201)
  return res.json.draft
}

describe('drafts', () => {
  it('are drafted without the chat and kept with their verification, engine and prompt hash', async () => {
    const ctx = await makeApp()
    const draft = await problemsDraft(ctx)
    expect(draft).toMatchObject({
      section: 'problems',
      text: PROBLEMS_TEXT,
      ok: true,
      status: 'draft',
      edited: false,
      provider: 'template',
      model: 'template',
      promptHash: null,
    })
    expect(draft.verification.mentions.map((m: any) => m.status)).toEqual(['verified', 'verified', 'verified'])
    expect((await ctx.request('GET', `/api/drafts/${draft.id}`)).json.draft.id).toBe(draft.id)
  })

  it('keep the data’s review notes (核对提示) beside the text, not in it', async () => {
    const ctx = await makeApp()
    const draft = await problemsDraft(ctx)
    const stored = (await ctx.request('GET', `/api/drafts/${draft.id}`)).json.draft
    const sum = stored.reviewNotes.find((n: { code: string }) => n.code === 'FUNDING_SUM_MISMATCH')
    expect(sum.message).toContain('相差 10.84万元')
    expect(stored.text).not.toContain('10.84')
    expect(stored.cleanup).toEqual([])
  })

  it('are re-verified on every edit: a wrong number is marked a mismatch with the right value', async () => {
    const ctx = await makeApp()
    const draft = await problemsDraft(ctx)
    const res = await ctx.request('PUT', `/api/drafts/${draft.id}`, {
      text: draft.text.replace('85.11%', '85.21%'),
    })
    expect(res.status).toBe(200)
    const edited = res.json.draft
    expect(edited).toMatchObject({ ok: false, edited: true, originalText: PROBLEMS_TEXT })
    expect(edited.verification.mentions[2]).toMatchObject({
      text: '85.21%',
      status: 'mismatch',
      expected: '85.11%',
      factIds: ['P1.F0.rate'],
    })
    expect(edited.rendered.html).toContain('num-mismatch')
    expect(edited.rendered.html).toContain('✗')
    expect(edited.rendered.summary.text).toBe('共 3 个数字：2 个已核实，1 个与数据不符')
  })

  it('that did not verify are accepted only when the user confirms', async () => {
    const ctx = await makeApp()
    const draft = await problemsDraft(ctx)
    await ctx.request('PUT', `/api/drafts/${draft.id}`, {
      text: draft.text.replace('85.11%', '85.21%'),
    })
    const refused = await ctx.request('POST', `/api/drafts/${draft.id}/accept`, {})
    expect(refused.status).toBe(409)
    expect(refused.json.error.code).toBe('DRAFT_NOT_VERIFIED')
    expect(refused.json.error.message).toContain('1 处未通过数字核验')
    const accepted = await ctx.request('POST', `/api/drafts/${draft.id}/accept`, { confirm: true })
    expect(accepted.status).toBe(200)
    expect(accepted.json.section).toMatchObject({
      section: 'problems',
      ok: false,
      draftId: draft.id,
    })
    expect(accepted.json.draft.status).toBe('accepted')
  })

  it('that verified are accepted with an empty body, and a later accept of the same section replaces it', async () => {
    const ctx = await makeApp()
    const first = await problemsDraft(ctx)
    expect((await ctx.app.request(`/api/drafts/${first.id}/accept`, { method: 'POST' })).status).toBe(200)
    const second = await problemsDraft(ctx)
    await ctx.request('POST', `/api/drafts/${second.id}/accept`)
    const report = await ctx.request('GET', `/api/report?tableId=${ctx.ids.department}`)
    expect(report.json.sections.map((s: any) => s.draftId)).toEqual([second.id])
  })

  it('go back to "draft" when edited after acceptance; the report keeps the accepted text', async () => {
    const ctx = await makeApp()
    const draft = await problemsDraft(ctx)
    await ctx.request('POST', `/api/drafts/${draft.id}/accept`)
    const edited = await ctx.request('PUT', `/api/drafts/${draft.id}`, {
      text: `${draft.text}另起一句。`,
    })
    expect(edited.json.draft.status).toBe('draft')
    const report = await ctx.request('GET', `/api/report?tableId=${ctx.ids.department}`)
    expect(report.json.sections[0].text).toBe(PROBLEMS_TEXT)
  })

  it('for a row that does not exist are refused with 400 naming the field', async () => {
    const ctx = await makeApp()
    const res = await ctx.request('POST', '/api/drafts', {
      tableId: ctx.ids.department,
      section: 'variance',
      row: 'P9.F0',
    })
    expect(res.status).toBe(400)
    expect(res.json.error.problems[0]).toMatchObject({ path: 'row' })
  })

  it('of an unknown section are refused with 400 naming the field', async () => {
    const ctx = await makeApp()
    const res = await ctx.request('POST', '/api/drafts', {
      tableId: ctx.ids.department,
      section: 'summary',
    })
    expect(res.status).toBe(400)
    expect(res.json.error.problems[0].path).toBe('section')
    expect(res.json.error.problems[0].message).toContain('"variance" 或 "problems" 或 "measures"')
  })

  it('unknown are a 404', async () => {
    const ctx = await makeApp()
    expect((await ctx.request('GET', '/api/drafts/nope')).status).toBe(404)
    expect((await ctx.request('PUT', '/api/drafts/nope', { text: 'x' })).status).toBe(404)
    expect((await ctx.request('POST', '/api/drafts/nope/accept')).status).toBe(404)
  })
})

describe('the report export', () => {
  async function acceptedReport() {
    const ctx = await makeApp()
    const problems = await problemsDraft(ctx)
    await ctx.request('PUT', `/api/drafts/${problems.id}`, {
      text: `## 四、存在的问题及原因分析\n\n${problems.text.replace('85.11%', '85.21%')}`,
    })
    await ctx.request('POST', `/api/drafts/${problems.id}/accept`, { confirm: true })
    const measures = await ctx.request('POST', '/api/drafts', {
      tableId: ctx.ids.department,
      section: 'measures',
    })
    await ctx.request('PUT', `/api/drafts/${measures.json.draft.id}`, {
      text: '一是**强化预算管理**。\n二是定期开展预算执行分析。',
    })
    await ctx.request('POST', `/api/drafts/${measures.json.draft.id}/accept`)
    return ctx
  }

  it('is Markdown laid out as the report’s sections 四 and 五, a section that did not verify marked 【待核实】', async () => {
    const ctx = await acceptedReport()
    const res = await ctx.app.request(`/api/report/export.md?tableId=${ctx.ids.department}`)
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''")
    const md = await res.text()
    expect(md).toBe(
      [
        '# 中共南岳区委政法委员会2022年度部门整体支出绩效评价报告（节选）',
        '',
        '## 四、存在的问题及原因分析',
        '',
        PROBLEMS_TEXT.replace('85.11%', '85.21%'),
        '',
        '> 【待核实】本节有 1 处未通过数字核验：文中为85.21%，数据为85.11%',
        '',
        '## 五、下一步改进措施',
        '',
        '一是**强化预算管理**。\n二是定期开展预算执行分析。',
        '',
      ].join('\n'),
    )
  })

  it('is a .docx that opens and holds the headings, the text and the notice', async () => {
    const ctx = await acceptedReport()
    const res = await ctx.app.request(`/api/report/export.docx?tableId=${ctx.ids.department}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    const zip = await JSZip.loadAsync(await res.arrayBuffer())
    const xml = await zip.file('word/document.xml')!.async('string')
    const text = xml.replace(/<[^>]+>/g, '')
    expect(text).toContain('四、存在的问题及原因分析')
    expect(text).toContain('五、下一步改进措施')
    expect(text).toContain('预算执行率85.21%')
    expect(text).toContain('【待核实】本节有 1 处未通过数字核验')
    expect(text).toContain('强化预算管理')
    expect(xml).toMatch(/<w:b\/>.*强化预算管理/s)
  })

  it('of a table with nothing accepted still has both headings, each saying so', async () => {
    const ctx = await makeApp()
    const md = await (await ctx.app.request(`/api/report/export.md?tableId=${ctx.ids.zongzhi}`)).text()
    expect(md).toContain('# 综治、平安建设经费2022年度绩效自评报告（节选）')
    expect(md.match(/（尚未采纳本部分内容）/g)).toHaveLength(2)
  })

  it('of an unknown table is a 404, and a missing tableId a 400', async () => {
    const ctx = await makeApp()
    expect((await ctx.request('GET', '/api/report/export.docx?tableId=nope')).status).toBe(404)
    const res = await ctx.request('GET', '/api/report/export.md')
    expect(res.status).toBe(400)
    expect(res.json.error.problems[0].path).toBe('tableId')
  })

  it('loses a section removed from the report', async () => {
    const ctx = await acceptedReport()
    const report = await ctx.request('GET', `/api/report?tableId=${ctx.ids.department}`)
    const problems = report.json.sections.find((s: any) => s.section === 'problems')
    expect((await ctx.request('DELETE', `/api/report/sections/${problems.id}`)).status).toBe(204)
    const md = await (await ctx.app.request(`/api/report/export.md?tableId=${ctx.ids.department}`)).text()
    expect(md).not.toContain('85.21%')
    expect((await ctx.request('DELETE', `/api/report/sections/${problems.id}`)).status).toBe(404)
  })
})
