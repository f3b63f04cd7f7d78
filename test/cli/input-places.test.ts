// A table the schema rejects is named as the user sees it on the command line: file, section,
// row (by its own name), column — the JSON path only in the English line for logs.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.ts'

const sample = async (name: string) => JSON.parse(await readFile(`data/samples/${name}.json`, 'utf8'))

async function write(name: string, json: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-places-'))
  const file = join(dir, name)
  await writeFile(file, JSON.stringify(json, null, 1))
  return file
}

/** The Chinese lines of the message (the English one, in brackets, aside). */
const chinese = (stderr: string) => stderr.split('\n').filter((l) => l && !l.startsWith('('))

describe('bad tables on the command line', () => {
  it('names the funding row and column of a bad budget, and the indicator of a bad actual', async () => {
    const t = await sample('zongzhi-2022')
    t.funding[1].budget = 'abc'
    t.indicators[7].actual = 95
    t.goal.achieved = ['已完成']
    const file = await write('综治.json', t)
    const r = await runCli(['facts', file])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(chinese(r.stderr)).toEqual([
      '输入有误：',
      `${file} · 资金情况·第2行（财政拨款）·年初预算：应为数字，实际为文本“abc”`,
      `${file} · 年度总体目标·实际完成情况：应为文本，实际为数组`,
      `${file} · 绩效指标·第8行（人民群众满意度）·实际完成值：应为文本，实际为数字 95`,
    ])
    // the path is for developers: in the English line only
    expect(r.stderr).toContain('funding[1].budget: expected a number, got the text "abc"')
  })

  it('names a department line and its self-evaluation table, the staffing count and the year', async () => {
    const d = await sample('nanyue-zhengfawei-2022-department')
    d.year = 1800
    d.basicExpenditure.lines[1].actual = '两万'
    d.staffing = { onDuty: null }
    const bad = await write('部门.json', d)
    const r = await runCli(['facts', bad, '--json'])
    expect(r.code).toBe(2)
    expect(chinese(r.stderr)).toEqual([
      '输入有误：',
      `${bad} · 部门整体表·年度：应在 1990–2100 之间，实际为 1800`,
      `${bad} · 部门整体表·人员编制·年末实际在岗在编人数：缺少数字`,
      `${bad} · 部门整体表·基本支出·第2行（日常公用经费）·本年支出：应为数字，实际为文本“两万”`,
    ])

    const ok = await sample('nanyue-zhengfawei-2022-department')
    ok.projectExpenditure.lines[0].selfEvaluation = '缺少的自评表.json'
    const missing = await write('部门.json', ok)
    const m = await runCli(['facts', missing])
    expect(chinese(m.stderr)).toEqual([
      '输入有误：',
      `${missing} · 部门整体表·项目支出·第1行（综治、平安建设工作经费）·项目自评表：引用的项目自评表文件“缺少的自评表.json”不存在`,
      // the copy has no other table beside it either: every missing one is named, in line order
      `${missing} · 部门整体表·项目支出·第4行（四型小区以奖代拨工作经费）·项目自评表：引用的项目自评表文件“sixing-xiaoqu-2022.json”不存在`,
    ])
  })

  it('numbers the table of a file that holds several, by its name', async () => {
    const t = await sample('zongzhi-2022')
    t.indicators[0].target = 10
    const file = await write('两张表.json', { tables: [await sample('sixing-xiaoqu-2022'), t] })
    const r = await runCli(['import', file, '--json'])
    expect(r.code).toBe(2)
    expect(chinese(r.stderr)).toEqual([
      '输入有误：',
      `${file} · 第2个表格（综治、平安建设经费）·绩效指标·第1行（公众安全感民意调查）·指标值：应为文本，实际为数字 10`,
    ])
    expect(r.stderr).toContain('tables[1].indicators[0].target')
  })
})
