import { describe, expect, it } from 'vitest'
import { importTables } from '../../src/adapters/import/import-tables.ts'
import type { ProjectTableJson } from '../../src/adapters/import/import-types.ts'
import { utf8 } from './fixtures.ts'

async function importCsv(
  rows: string[][],
): Promise<{ tables: ProjectTableJson[]; warnings: { code: string; path: string }[] }> {
  const text = rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n')
  return (await importTables({ fileName: 'form.csv', bytes: utf8(text) })) as never
}

const provincial = (title: string) => [
  [title, '', '', '', '', '', '', '', ''],
  ['项目名称', '乡村道路养护', '', '', '', '', '', '', ''],
  ['主管部门及代码', '交通运输局', '', '', '项目实施单位', '公路养护中心', '', '', ''],
  ['联系人及电话', '王芳 0734-5551234', '', '', '', '', '', '', ''],
  ['资金情况（元）', '资金来源', '年初预算数', '调整后预算数', '实际支出数', '分值', '支出率', '得分', '差异原因'],
  ['', '合  计', '1,200,000', '1200000', '1,150,000.50', '10', '95.8%', '9.58', ''],
  ['', '其中：财政资金', '1200000', '1200000', '1150000.5', '/', '/', '/', ''],
  ['年度总体目标', '预期目标', '', '', '', '实际完成情况', '', '', ''],
  ['', '完成养护里程120公里', '', '', '', '完成118公里', '', '', ''],
  ['绩效指标', '一级指标', '二级指标', '三级指标', '指标性质', '年度目标值', '度量单位', '实际完成值', '未完成原因'],
  ['', '产出指标', '数量指标', '养护里程', '≧', '120', '公里', '118公里', '两段道路汛期损毁，移至次年'],
  ['', '', '', '指标2：', '', '', '', '', ''],
  ['', '', '时效指标', '完成时间', '', '2023年12月底', '', '按时完成', ''],
  ['', '效益指标', '社会效益指标', '群众出行便利度', '定性', '明显提升', '', '明显提升', ''],
  ['总分', '', '', '', '', '', '100', '96', ''],
]

describe('header wording of provincial forms', () => {
  it('reads the variants: adjusted budget, 支出率, 差异原因, the money unit 元, an operator and a unit column', async () => {
    const { tables, warnings } = await importCsv(provincial('2023年度项目支出绩效自评表'))
    expect(warnings).toEqual([])
    expect(tables).toStrictEqual([
      {
        kind: 'project-self-evaluation',
        year: 2023,
        project: '乡村道路养护',
        manager: '王芳',
        phone: '0734-5551234',
        department: '交通运输局',
        unit: '公路养护中心',
        moneyUnit: '元',
        funding: [
          {
            source: '合计',
            budget: 1200000,
            fullYearBudget: 1200000,
            actual: 1150000.5,
            reason: '',
            weight: 10,
            rate: '95.8%',
            score: 9.58,
          },
          {
            source: '财政资金',
            budget: 1200000,
            fullYearBudget: 1200000,
            actual: 1150000.5,
            reason: '',
            weight: null,
            rate: null,
            score: null,
          },
        ],
        goal: { target: '完成养护里程120公里', achieved: '完成118公里' },
        indicators: [
          {
            level1: '产出指标',
            level2: '数量指标',
            name: '养护里程',
            target: '≧120公里',
            actual: '118公里',
            reason: '两段道路汛期损毁，移至次年',
          },
          {
            level1: '产出指标',
            level2: '时效指标',
            name: '完成时间',
            target: '2023年12月底',
            actual: '按时完成',
            reason: '',
          },
          {
            level1: '效益指标',
            level2: '社会效益指标',
            name: '群众出行便利度',
            target: '明显提升',
            actual: '明显提升',
            reason: '',
          },
        ],
      },
    ])
  })

  it('reads several forms one after another on one sheet', async () => {
    const second = provincial('2023年度项目支出绩效自评表').map((r) =>
      r.map((c) => c.replace('乡村道路养护', '桥梁检测')),
    )
    const { tables } = await importCsv([
      ...provincial('2023年度项目支出绩效自评表'),
      ['', '', '', '', '', '', '', '', ''],
      ...second,
    ])
    expect(tables.map((t) => [t.project, t.indicators.length, t.funding.length])).toEqual([
      ['乡村道路养护', 3, 2],
      ['桥梁检测', 3, 2],
    ])
  })

  it('warns about a column that the canonical format has no place for', async () => {
    const rows = provincial('2023年度项目支出绩效自评表')
    rows[9]![8] = '备注'
    rows[9]!.push('佐证材料')
    for (const r of rows) while (r.length < 10) r.push('')
    const { warnings } = await importCsv(rows)
    expect(warnings).toEqual([expect.objectContaining({ code: 'COLUMN_NOT_IMPORTED', path: 'J10' })])
  })

  it('takes the project name from the title when the 项目名称 cell is empty, with a warning', async () => {
    const rows = provincial('2023年度乡村道路养护绩效自评表')
    rows[1]![1] = ''
    const { tables, warnings } = await importCsv(rows)
    expect(tables[0]!.project).toBe('乡村道路养护')
    expect(warnings).toEqual([expect.objectContaining({ code: 'PROJECT_FROM_TITLE' })])
  })

  it('reads goal rows that hold label and text side by side, and ignores the filling date for the year', async () => {
    const rows = provincial('项目支出绩效自评表')
    rows.splice(1, 0, ['（2022年度）', '', '', '', '', '', '', '', ''])
    rows.splice(2, 0, ['填报日期：2023年3月1日', '', '', '', '', '', '', '', ''])
    const goalAt = rows.findIndex((r) => r[0] === '年度总体目标')
    rows.splice(
      goalAt,
      2,
      ['年度绩效目标', '完成养护里程120公里', '', '', '', '', '', '', ''],
      ['目标完成情况', '完成118公里', '', '', '', '', '', '', ''],
    )
    const { tables } = await importCsv(rows)
    expect(tables[0]!.year).toBe(2022)
    expect(tables[0]!.goal).toEqual({ target: '完成养护里程120公里', achieved: '完成118公里' })
    expect(tables[0]!.funding).toHaveLength(2)
  })
})
