import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { makeApp } from '../support/app.ts'

const zongzhiJson = async () => JSON.parse(await readFile('data/samples/zongzhi-2022.json', 'utf8'))

describe('GET /api/tables', () => {
  it('lists the three sample tables an empty store is seeded with', async () => {
    const { request } = await makeApp()
    const res = await request('GET', '/api/tables')
    expect(res.status).toBe(200)
    expect(res.json.tables.map((t: any) => t.sourceFile).sort()).toEqual([
      'nanyue-zhengfawei-2022-department.json',
      'sixing-xiaoqu-2022.json',
      'zongzhi-2022.json',
    ])
    expect(res.json.tables.find((t: any) => t.kind === 'department-overall').name).toBe(
      '中共南岳区委政法委员会（2022年度部门整体支出）',
    )
  })
})

describe('GET /api/tables/:id', () => {
  it('shows each funding row with its computed difference and execution rate beside the unit’s values', async () => {
    const { request, ids } = await makeApp()
    const res = await request('GET', `/api/tables/${ids.department}`)
    expect(res.status).toBe(200)
    const p1 = res.json.view.projects.find((p: any) => p.key === 'P1')
    expect(p1.project).toBe('综治、平安建设经费')
    expect(p1.funding[0]).toMatchObject({
      path: 'funding[0]',
      row: 'P1.F0',
      source: '合计',
      budget: '36',
      actual: '30.64',
      difference: '-5.36',
      executionRate: '85.11',
    })
    expect(p1.funding[1]).toMatchObject({
      label: '财政拨款',
      difference: '-26.2',
      executionRate: '27.22',
    })
    expect(p1.score).toMatchObject({ total: '98.51', max: '100', grade: '优', theirTotal: null })
    expect(p1.indicators[4]).toMatchObject({
      name: '综治平安经费',
      deviation: '-5.36',
      deviationRate: '-14.89',
      statusText: '已达成',
    })
  })

  it('carries the warnings with the paths of the rows they concern', async () => {
    const { request, ids } = await makeApp()
    const res = await request('GET', `/api/tables/${ids.department}`)
    const sum = res.json.view.warnings.find((w: any) => w.code === 'FUNDING_SUM_MISMATCH')
    expect(sum.table).toBe('P1')
    expect(sum.rows.map((r: any) => r.path)).toEqual(['funding[0]', 'funding[1]', 'funding[2]'])
    const yoy = res.json.view.warnings.find((w: any) => w.code === 'YOY_INCONSISTENT')
    expect(yoy.rows.map((r: any) => r.path)).toContain('basicExpenditure.lines[0]')
    expect(res.json.view.department.basic.lines[0]).toMatchObject({
      path: 'basicExpenditure.lines[0]',
      name: '人员经费',
      share: '90.78',
    })
  })

  it('leaves out the manager’s name and phone number', async () => {
    const { request, ids } = await makeApp()
    const res = await request('GET', `/api/tables/${ids.zongzhi}`)
    expect(res.text).not.toContain('13875709408')
    expect(res.text).not.toContain('刘雄')
  })

  it('offers the chat an example question in the direction the money went', async () => {
    const { request, ids } = await makeApp()
    expect((await request('GET', `/api/tables/${ids.sixing}`)).json.example).toBe(
      '为什么四型平安小区以奖代拨经费实际支出超出预算？',
    )
    expect((await request('GET', `/api/tables/${ids.zongzhi}`)).json.example).toBe(
      '为什么综治、平安建设经费实际支出低于预算？',
    )
  })

  it('answers 404 with a Chinese message for an unknown id', async () => {
    const { request } = await makeApp()
    const res = await request('GET', '/api/tables/nope')
    expect(res.status).toBe(404)
    expect(res.json.error).toEqual({
      code: 'NOT_FOUND',
      message: '没有编号为“nope”的表格，可能已被删除',
    })
  })
})

describe('GET /api/tables/:id/facts', () => {
  it('gives the fact sheet with the formula and inputs of a computed fact', async () => {
    const { request, ids } = await makeApp()
    const res = await request('GET', `/api/tables/${ids.department}/facts`)
    const rate = res.json.facts.find((f: any) => f.id === 'P1.F0.rate')
    expect(rate).toMatchObject({
      display: '85.11%',
      source: {
        kind: 'formula',
        formula: '30.64 ÷ 36 × 100%',
        inputs: ['P1.F0.actual', 'P1.F0.budget'],
      },
    })
    const actual = res.json.facts.find((f: any) => f.id === 'P1.F0.actual')
    expect(actual.source).toMatchObject({
      kind: 'cell',
      section: '资金情况',
      row: '合计',
      column: '实际投入',
      path: 'funding[0].actual',
    })
  })
})

describe('POST /api/tables', () => {
  it('stores a valid canonical table and answers with its analysis', async () => {
    const { request } = await makeApp()
    const table = { ...(await zongzhiJson()), project: '另一个项目' }
    const res = await request('POST', '/api/tables', { fileName: 'other.json', table })
    expect(res.status).toBe(201)
    expect(res.json.table).toMatchObject({
      name: '另一个项目（2022年项目支出绩效自评表）',
      sourceFile: 'other.json',
    })
    expect(res.json.view.projects[0].funding[0].executionRate).toBe('85.11')
    expect((await request('GET', '/api/tables')).json.tables).toHaveLength(4)
  })

  it('accepts the canonical table itself as the body, with the file name in the query', async () => {
    const { request } = await makeApp()
    const res = await request('POST', '/api/tables?fileName=direct.json', await zongzhiJson())
    expect(res.status).toBe(201)
    expect(res.json.table.sourceFile).toBe('direct.json')
  })

  it('rejects an invalid table with 400 naming the row and column in Chinese, the JSON path apart', async () => {
    const { request } = await makeApp()
    const table = await zongzhiJson()
    table.funding[1].budget = '三十六'
    const res = await request('POST', '/api/tables', { fileName: 'bad.json', table })
    expect(res.status).toBe(400)
    expect(res.json.error.code).toBe('INVALID_INPUT')
    expect(res.json.error.problems).toEqual([
      {
        file: 'bad.json',
        path: 'funding[1].budget',
        place: '资金情况·第2行（财政拨款）·年初预算',
        message: '应为数字，实际为文本“三十六”',
        messageEn: 'expected a number, got the text "三十六"',
      },
    ])
    expect(res.json.error.message).toBe(
      '输入有误：bad.json · 资金情况·第2行（财政拨款）·年初预算：应为数字，实际为文本“三十六”',
    )
  })

  it('names the line and column of a JSON syntax error in uploaded text', async () => {
    const { request } = await makeApp()
    const res = await request('POST', '/api/tables', {
      fileName: 'broken.json',
      text: '{\n  "kind": "project-self-evaluation",\n  "year": 2022,,\n}',
    })
    expect(res.status).toBe(400)
    expect(res.json.error.problems[0].path).toBe('3:16')
    expect(res.json.error.problems[0].message).toBe('不是有效的 JSON：第 3 行第 16 列附近有语法错误')
  })

  it('suggests importing text that is not JSON at all (a table copied from Word)', async () => {
    const { request } = await makeApp()
    const res = await request('POST', '/api/tables', {
      fileName: '自评表.json',
      text: '项目名称\t综治、平安建设经费\n年初预算\t36',
    })
    expect(res.status).toBe(400)
    expect(res.json.error.problems[0].message).toMatch(/^不是有效的 JSON：.*有语法错误。这不像 JSON 表格文件/)
    expect(res.json.error.problems[0].message).toContain('「导入表格」')
  })

  it('rejects a department whose selfEvaluation path names no stored table, naming the path', async () => {
    const { request } = await makeApp()
    const dept = JSON.parse(await readFile('data/samples/nanyue-zhengfawei-2022-department.json', 'utf8'))
    dept.projectExpenditure.lines[3].selfEvaluation = 'missing-2022.json'
    const res = await request('POST', '/api/tables', { fileName: 'dept2.json', table: dept })
    expect(res.status).toBe(400)
    expect(res.json.error.problems[0]).toMatchObject({
      path: 'projectExpenditure.lines[3].selfEvaluation',
      place: '部门整体表·项目支出·第4行（四型小区以奖代拨工作经费）·项目自评表',
      message: '引用的项目自评表文件“missing-2022.json”不存在',
    })
    expect(res.json.error.message).toBe(
      '输入有误：dept2.json · 部门整体表·项目支出·第4行（四型小区以奖代拨工作经费）·项目自评表：引用的项目自评表文件“missing-2022.json”不存在',
    )
  })

  it('refuses a second table from a file of the same name with 409', async () => {
    const { request } = await makeApp()
    const res = await request('POST', '/api/tables', {
      fileName: 'zongzhi-2022.json',
      table: await zongzhiJson(),
    })
    expect(res.status).toBe(409)
    expect(res.json.error.code).toBe('DUPLICATE_FILE_NAME')
  })

  it('answers 400 when neither table nor text is given', async () => {
    const { request } = await makeApp()
    const res = await request('POST', '/api/tables', { fileName: 'x.json' })
    expect(res.status).toBe(400)
    expect(res.json.error.problems[0]).toMatchObject({
      path: 'table',
      message: '应提供 table（表格 JSON）或 text（文件内容）二者之一',
    })
  })
})

describe('DELETE /api/tables/:id', () => {
  it('refuses to delete a project table the department refers to, naming the department and its line as the user sees them', async () => {
    const { request, ids } = await makeApp()
    const res = await request('DELETE', `/api/tables/${ids.zongzhi}`)
    expect(res.status).toBe(409)
    expect(res.json.error.code).toBe('TABLE_REFERENCED')
    expect(res.json.error.message).toBe(
      '部门表“中共南岳区委政法委员会（2022年度部门整体支出）”的项目支出“综治、平安建设工作经费”一行引用了该表（zongzhi-2022.json），请先删除部门表。',
    )
    expect(res.json.error.message).not.toContain('projectExpenditure')
  })

  it('deletes a table with its conversations, messages, drafts and report sections', async () => {
    const { request, ids, store } = await makeApp()
    const conv = await request('POST', '/api/conversations', { tableId: ids.department })
    await request('POST', `/api/conversations/${conv.json.conversation.id}/messages`, {
      text: '存在的问题',
    })
    const draft = await request('POST', '/api/drafts', {
      tableId: ids.department,
      section: 'problems',
    })
    await request('POST', `/api/drafts/${draft.json.draft.id}/accept`)
    expect((await request('DELETE', `/api/tables/${ids.department}`)).status).toBe(204)
    const data = await store.snapshot()
    expect([data.conversations.length, data.messages.length, data.drafts.length, data.reportSections.length]).toEqual([
      0, 0, 0, 0,
    ])
    expect((await request('GET', `/api/tables/${ids.department}`)).status).toBe(404)
    // the project tables are free to go now
    expect((await request('DELETE', `/api/tables/${ids.zongzhi}`)).status).toBe(204)
  })

  it('answers 404 for an unknown id', async () => {
    const { request } = await makeApp()
    expect((await request('DELETE', '/api/tables/nope')).status).toBe(404)
  })
})

describe('notes on a table', () => {
  it('adds and deletes a note the drafts will receive', async () => {
    const { request, ids } = await makeApp()
    const added = await request('POST', `/api/tables/${ids.zongzhi}/notes`, {
      text: '财政资金于12月才下达',
    })
    expect(added.status).toBe(201)
    expect((await request('GET', `/api/tables/${ids.zongzhi}`)).json.table.notes.map((n: any) => n.text)).toEqual([
      '财政资金于12月才下达',
    ])
    expect((await request('DELETE', `/api/tables/${ids.zongzhi}/notes/${added.json.note.id}`)).status).toBe(204)
    expect((await request('DELETE', `/api/tables/${ids.zongzhi}/notes/${added.json.note.id}`)).status).toBe(404)
  })

  it('rejects an empty note with 400 naming the field', async () => {
    const { request, ids } = await makeApp()
    const res = await request('POST', `/api/tables/${ids.zongzhi}/notes`, { text: '   ' })
    expect(res.status).toBe(400)
    expect(res.json.error.problems[0].path).toBe('text')
  })
})
