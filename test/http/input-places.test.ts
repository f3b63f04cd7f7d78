// A table the API rejects is named as the page shows it: the message (and each problem's place)
// names the file, section, row and column; the JSON path is a field of its own, for programs.
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { utf8 } from '../import/fixtures.ts'
import { makeApp } from '../support/app.ts'
import { uploadFile } from '../support/upload.ts'

const sample = async (name: string) => JSON.parse(await readFile(`data/samples/${name}.json`, 'utf8'))

describe('bad tables through the API', () => {
  it('POST /api/tables: a department line and an outcome', async () => {
    const t = await makeApp()
    const d = await sample('nanyue-zhengfawei-2022-department')
    d.projectExpenditure.lines[2].actual = '约5万'
    d.outcomes[0].value = null
    const res = await t.request('POST', '/api/tables', { fileName: '部门.json', table: d })
    expect(res.status).toBe(400)
    expect(res.json.error.message).toBe(
      [
        '输入有误：部门.json · 部门整体表·项目支出·第3行（扫黑除恶专项工作经费）·本年支出：应为数字，实际为文本“约5万”',
        `部门.json · 部门整体表·绩效成效·第1行（${d.outcomes[0].label}）·数值：缺少数字`,
      ].join('\n'),
    )
    expect(res.json.error.problems.map((p: any) => [p.path, p.place])).toEqual([
      ['projectExpenditure.lines[2].actual', '部门整体表·项目支出·第3行（扫黑除恶专项工作经费）·本年支出'],
      ['outcomes[0].value', `部门整体表·绩效成效·第1行（${d.outcomes[0].label}）·数值`],
    ])
  })

  it('POST /api/import: a canonical JSON file with a bad budget and indicator', async () => {
    const t = await makeApp()
    const p = await sample('zongzhi-2022')
    p.funding[1].budget = 'abc'
    p.indicators[2].weight = '十分'
    const res = await uploadFile(t.app, '综治.json', utf8(JSON.stringify(p)))
    expect(res.status).toBe(400)
    expect(res.json.error.message).toBe(
      [
        '输入有误：综治.json · 资金情况·第2行（财政拨款）·年初预算：应为数字，实际为文本“abc”',
        '综治.json · 绩效指标·第3行（综治考评合格率）·分值：应为数字，实际为文本“十分”',
      ].join('\n'),
    )
    expect(res.json.error.problems).toEqual([
      {
        file: '综治.json',
        path: 'funding[1].budget',
        place: '资金情况·第2行（财政拨款）·年初预算',
        message: '应为数字，实际为文本“abc”',
        messageEn: 'expected a number, got the text "abc"',
      },
      {
        file: '综治.json',
        path: 'indicators[2].weight',
        place: '绩效指标·第3行（综治考评合格率）·分值',
        message: '应为数字，实际为文本“十分”',
        messageEn: 'expected a number, got the text "十分"',
      },
    ])
  })

  it('POST /api/tables/batch: the file of the bad table names it, the path keeps its index', async () => {
    const t = await makeApp()
    const p = await sample('sixing-xiaoqu-2022')
    p.indicators[0].actual = 12
    const res = await t.request('POST', '/api/tables/batch', {
      tables: [
        { fileName: 'a.json', table: await sample('zongzhi-2022') },
        { fileName: 'b.json', table: p },
      ],
    })
    expect(res.status).toBe(400)
    const place = `绩效指标·第1行（${p.indicators[0].name}）·实际完成值`
    expect(res.json.error.message).toBe(`输入有误：b.json · ${place}：应为文本，实际为数字 12`)
    expect(res.json.error.problems).toEqual([
      expect.objectContaining({ file: 'b.json', path: 'tables[1].indicators[0].actual', place }),
    ])
  })

  it('POST /api/verify with a table in the request, and a request field by its name', async () => {
    const t = await makeApp()
    const p = await sample('zongzhi-2022')
    p.funding[0].actual = true
    const res = await t.request('POST', '/api/verify', { table: p, text: '实际支出30.64万元。' })
    expect(res.status).toBe(400)
    expect(res.json.error.message).toBe(
      '输入有误：request.json · 资金情况·第1行（合计）·实际投入：应为数字，实际为布尔值 true',
    )
    const notes = await t.request('POST', '/api/verify', { tableId: t.ids.zongzhi, text: '', notes: ['a', 7] })
    expect(notes.status).toBe(400)
    expect(notes.json.error.message).toBe('输入有误：补充说明·第2条：应为文本，实际为数字 7')
    expect(notes.json.error.problems[0]).toMatchObject({ path: 'notes[1]', place: '补充说明·第2条' })
  })
})
