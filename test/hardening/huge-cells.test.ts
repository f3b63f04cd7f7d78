// Finding 6 of issue 10: a 4.9-million-digit number cell took 9–18 s to analyse and blocked the
// server, and a 5 MB field came back whole in a 10 MB error body. Every text field now has a
// maximum (src/app/field-limits.ts); the 400 names the field and the limit and quotes at most a
// few dozen characters of the value.
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { FIELD_LIMITS, ROW_LIMITS } from '../../src/app/field-limits.ts'
import { parseCanonicalTable } from '../../src/app/schema.ts'
import { InputError } from '../../src/core/input-error.ts'
import { makeApp } from '../support/app.ts'

const zongzhi = async () => JSON.parse(await readFile('data/samples/zongzhi-2022.json', 'utf8'))

function problemsOf(f: () => unknown) {
  try {
    f()
  } catch (e) {
    if (e instanceof InputError) return e.problems
    throw e
  }
  throw new Error('expected an InputError')
}

describe('huge cells and field maxima (issue 10, finding 6)', () => {
  it('refuses a 4.9-million-digit target cell with a small 400 naming the cell and the limit', async () => {
    const ctx = await makeApp()
    const table = await zongzhi()
    table.indicators[0].target = `≥${'9'.repeat(4_900_000)}次`
    const res = await ctx.request('POST', '/api/tables', { fileName: 'huge.json', table })
    expect(res.status).toBe(400)
    expect(res.json.error.problems).toEqual([
      {
        file: 'huge.json',
        path: 'indicators[0].target',
        place: '绩效指标·第1行（公众安全感民意调查）·指标值',
        message: `文本过长：共 4900002 个字符，上限 ${FIELD_LIMITS.cell} 个`,
        messageEn: `text too long: 4900002 characters, at most ${FIELD_LIMITS.cell}`,
      },
    ])
    expect(res.text.length).toBeLessThan(2_000)
  })

  it('refuses a 5 MB reason through POST /api/verify without echoing it', async () => {
    const ctx = await makeApp()
    const table = await zongzhi()
    table.funding[0].reason = '因'.repeat(5_000) + 'x'.repeat(4_995_000)
    const res = await ctx.request('POST', '/api/verify', { table, text: '预算36万元。' })
    expect(res.status).toBe(400)
    expect(res.json.error.problems[0]).toMatchObject({
      path: 'funding[0].reason',
      message: `文本过长：共 5000000 个字符，上限 ${FIELD_LIMITS.text} 个`,
    })
    expect(res.text.length).toBeLessThan(2_000)
  })

  it('refuses a number written with a hundred thousand digits, and quotes only the start of a wrong value', () => {
    const problems = problemsOf(() =>
      parseCanonicalTable({
        kind: 'project-self-evaluation',
        year: '年'.repeat(1000),
        project: 'p',
        indicators: [],
        funding: [{ source: '合计', budget: '1'.repeat(100_000), actual: '三十' }],
      }),
    )
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['year', `应为数字，实际为文本“${'年'.repeat(40)}…”（共 1000 个字符）`],
      ['funding[0].budget', `数字文本过长（共 100000 个字符，上限 ${FIELD_LIMITS.amount} 个）`],
      ['funding[0].actual', '应为数字，实际为文本“三十”'],
    ])
  })

  it('limits names, notes and the number of rows, and counts the problems it does not list', async () => {
    const ctx = await makeApp()
    const table = await zongzhi()
    table.project = '项'.repeat(FIELD_LIMITS.name + 1)
    table.indicators = Array.from({ length: ROW_LIMITS.indicators + 1 }, () => table.indicators[0])
    const res = await ctx.request('POST', '/api/tables', { fileName: 'rows.json', table })
    expect(res.status).toBe(400)
    expect(res.json.error.problems.map((p: any) => p.path)).toEqual(['project', 'indicators'])
    expect(res.json.error.problems[1].message).toBe(`条目过多：共 2001 条，上限 ${ROW_LIMITS.indicators} 条`)

    const many = await zongzhi()
    many.indicators = many.indicators.map((r: any) => ({ ...r, actual: 'x'.repeat(FIELD_LIMITS.cell + 1) }))
    many.indicators = [...many.indicators, ...many.indicators, ...many.indicators, ...many.indicators]
    const listed = await ctx.request('POST', '/api/tables', { fileName: 'many.json', table: many })
    expect(listed.json.error.problems).toHaveLength(20)
    expect(listed.json.error.message).toContain(`（另有 ${many.indicators.length - 20} 处问题未列出）`)
  })

  it('accepts a table whose every field is at its maximum', async () => {
    const ctx = await makeApp()
    const table = await zongzhi()
    table.project = '项'.repeat(FIELD_LIMITS.name)
    table.indicators[0].reason = '因'.repeat(FIELD_LIMITS.text)
    table.indicators[0].target = `≥${'9'.repeat(FIELD_LIMITS.cell - 2)}次`
    const res = await ctx.request('POST', '/api/tables', { fileName: 'max.json', table })
    expect(res.status).toBe(201)
  })

  it('keeps the report download header small whatever the project is called', async () => {
    const ctx = await makeApp()
    const table = await zongzhi()
    table.project = `"<报告>\u202e${'很长的项目名称'.repeat(27)}`
    const created = await ctx.request('POST', '/api/tables', { fileName: 'long.json', table })
    expect(created.status).toBe(201)
    for (const ext of ['md', 'docx']) {
      const res = await ctx.app.request(`/api/report/export.${ext}?tableId=${created.json.table.id}`)
      expect(res.status).toBe(200)
      const header = res.headers.get('content-disposition')!
      expect(header.length).toBeLessThan(700)
      const name = decodeURIComponent(/filename\*=UTF-8''(.*)$/.exec(header)![1]!)
      expect(name).toBe(`${`报告${'很长的项目名称'.repeat(27)}`.slice(0, 60)}….${ext}`)
    }
  })
})
