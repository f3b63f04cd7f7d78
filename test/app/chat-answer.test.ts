import { beforeAll, describe, expect, it } from 'vitest'
import { loadTableFile } from '../../src/adapters/fs-table-source.ts'
import { answerFromData } from '../../src/app/chat-answer.ts'
import { recognizeIntent } from '../../src/app/chat-intent.ts'
import { subjectPrefixes, type ChatSubject } from '../../src/app/chat-subject.ts'
import { analyzeTable, type TableAnalysis } from '../../src/core/analyze.ts'
import { Decimal } from '../../src/core/decimal.ts'
import type { UserNote } from '../../src/core/user-notes.ts'
import { indicator, projectTable } from '../core/table-builders.ts'

let zongzhi: TableAnalysis
let sixing: TableAnalysis
let dept: TableAnalysis
beforeAll(async () => {
  zongzhi = analyzeTable(await loadTableFile('data/samples/zongzhi-2022.json'))
  sixing = analyzeTable(await loadTableFile('data/samples/sixing-xiaoqu-2022.json'))
  dept = analyzeTable(await loadTableFile('data/samples/nanyue-zhengfawei-2022-department.json'))
})

function ask(a: TableAnalysis, question: string, notes: UserNote[] = []) {
  const intent = recognizeIntent(question, a, { awaitingAnswer: false })
  expect(intent.kind).toBe('answer')
  const answer = answerFromData(a, (intent as { subjects: ChatSubject[] }).subjects, notes)
  /** the fact a written figure is marked with */
  const factOf = (text: string, nth = 0) => answer.verification.mentions.filter((m) => m.text === text)[nth]?.factIds
  return { ...answer, factOf }
}

/** Every number of an answer is a fact's (its display value) or marked as not data. */
function expectEveryNumberMarked(a: TableAnalysis, answer: ReturnType<typeof ask>) {
  expect(answer.verification.ok).toBe(true)
  for (const m of answer.verification.mentions) {
    expect(answer.text.slice(m.start, m.end)).toBe(m.text)
    if (m.status === 'verified') {
      const f = a.sheet.byId.get(m.factIds[0]!)!
      const v = Decimal.parse(m.value!)
      expect(f.value.eq(v) || f.exact.eq(v) || f.value.abs().eq(v)).toBe(true)
    } else expect(m.status).toBe('ignored')
  }
}

describe('offline answers about an indicator', () => {
  it('answers "人民群众满意度这个指标得了多少分？" with the score, its rule, the status and a question', () => {
    const a = ask(zongzhi, '人民群众满意度这个指标得了多少分？')
    expect(a.text).toMatch(/^以下解释“人民群众满意度”指标（综治、平安建设经费）：/)
    expect(a.text).toContain('- 得分：10分（计算方法：按评分规则计算，即已达成，得满分 10 分）；分值：10分')
    expect(a.text).toContain('实际完成值：≥95%（来源：绩效指标·人民群众满意度·实际完成值）')
    expect(a.text).toContain('表中“原因”栏填写为“=95%”，不是原因说明')
    expect(a.factOf('10分', 0)).toEqual(['P1.I7.score'])
    expect(a.factOf('10分', 1)).toEqual(['P1.I7.weight'])
    expect(a.questions).toEqual(['请补充“人民群众满意度”的实际完成数值（满意度调查的实际结果）'])
    expect(a.questionRow).toBe('P1.I7')
    expectEveryNumberMarked(zongzhi, a)
  })

  it('finds the indicator by its category: "满意度指标为什么没有得分？" — it scored in full', () => {
    const a = ask(zongzhi, '满意度指标为什么没有得分？')
    expect(a.text).toMatch(/^以下解释“人民群众满意度”指标/)
    expect(a.text).toContain('，得满分')
    expectEveryNumberMarked(zongzhi, a)
  })

  it('answers by category 时效 and 成本 on the 四型小区 table', () => {
    const timely = ask(sixing, '时效指标完成了吗？')
    expect(timely.text).toMatch(/^以下解释“按计划约定时间完成”指标/)
    expect(timely.text).toContain('完成情况：已达成指标值')
    const cost = ask(sixing, '成本指标的情况如何')
    expect(cost.text).toMatch(/^以下解释“四型平安小区以奖代拨经费”指标/)
    expect(cost.factOf('15万元')).toEqual(['P1.I3.target'])
    expect(cost.text).toContain(
      '核对提示：成本指标“四型平安小区以奖代拨经费”实际完成值为 15万元，而资金情况实际投入为 22.7万元',
    )
    expectEveryNumberMarked(sixing, cost)
  })

  it('answers about both projects when the department’s two tables share an indicator', () => {
    const a = ask(dept, '人民群众满意度这个指标得了多少分？')
    expect(a.text).toContain('以下解释“人民群众满意度”指标（综治、平安建设经费）')
    expect(a.text).toContain('以下解释“人民群众满意度”指标（四型平安小区以奖代拨经费）')
    expect(a.questions).toHaveLength(1) // the same question once
  })
})

describe('offline answers about a formula, a score and a department line', () => {
  it('explains how the execution rate was computed, with the figures it was computed from', () => {
    const a = ask(zongzhi, '执行率是怎么算的？')
    expect(a.text).toMatch(/^以下解释“综治、平安建设经费”资金情况的“合计”行/)
    expect(a.text).toContain('- 预算执行率：85.11%（计算方法：实际投入 ÷ 年初预算 × 100%，即30.64 ÷ 36 × 100%）')
    expect(a.factOf('85.11%')).toEqual(['P1.F0.rate'])
    const formula = a.text.indexOf('即30.64')
    const inFormula = a.verification.mentions.find((m) => m.start === formula + 1)!
    expect(inFormula).toMatchObject({ text: '30.64', status: 'verified', factIds: ['P1.F0.actual'] })
    expect(a.text).toContain('表中说明的原因：“单位用其它资金弥补该项经费支出”')
    expectEveryNumberMarked(zongzhi, a)
  })

  it('answers the total score with its sum and the lost points', () => {
    const a = ask(zongzhi, '总得分是多少？')
    expect(a.text).toMatch(/^以下解释“综治、平安建设经费”的得分/)
    expect(a.text).toContain('总得分（按全国默认（财预〔2020〕10号）计算）：98.51分')
    expect(a.factOf('98.51分')).toEqual(['P1.score.total'])
    expect(a.text).toContain('扣分合计（按评分规则计算）：1.49分')
    expect(a.text).toContain('- 等级：优')
    expectEveryNumberMarked(zongzhi, a)
  })

  it('answers "人员经费为什么比上年增长了？" with 287.8万元 and +10%, the contradiction, and asks for the cause', () => {
    const a = ask(dept, '人员经费为什么比上年增长了？')
    expect(a.text).toMatch(/^以下解释部门报告中的“人员经费”：/)
    expect(a.factOf('287.8万元')).toEqual(['D.B.L0.actual'])
    expect(a.factOf('10%')).toEqual(['D.B.L0.changePct'])
    expect(a.text).toContain('核对提示：基本支出同比变化前后矛盾')
    expect(a.questions).toEqual(['请说明人员经费较上年变化的原因'])
    expect(a.questionRow).toBe('D.B.L0')
    expectEveryNumberMarked(dept, a)
  })

  it('uses what the user said about the line instead of asking again', () => {
    const notes: UserNote[] = [{ text: '新增编制人员3名，工资标准调整', kind: 'cause', row: 'D.B.L0' }]
    const a = ask(dept, '请把人员经费增长的原因写一下', notes)
    expect(a.text).toContain('用户说明的原因：“新增编制人员3名，工资标准调整”')
    expect(a.questions).toEqual([])
  })

  it('answers the execution rate of a project named by its department line', () => {
    const a = ask(dept, '四型小区的执行率是多少？')
    expect(a.factOf('151.33%')).toEqual(['P2.F0.rate'])
    expectEveryNumberMarked(dept, a)
  })
})

describe('offline answers listing the indicators not met', () => {
  it.each(['哪些指标没完成？', '有哪些指标未达成', '有没有未达标的指标？'])(
    'answers "%s" instead of drafting the variance section',
    (q) => {
      const intent = recognizeIntent(q, zongzhi, { awaitingAnswer: true })
      expect(intent.kind).toBe('answer')
      expect((intent as { subjects: ChatSubject[] }).subjects.map((s) => s.kind)).toEqual(['unmet'])
    },
  )

  it('lists each unmet and not comparable indicator with its target, actual and status, every number marked', () => {
    const t = projectTable({
      funding: [{ source: '合计', budget: 120, actual: 120, reason: '' }],
      indicators: [
        indicator('≥12次', '9次'),
        indicator('≥95%', '96%'),
        indicator('效果明显', '基本完成', { level1: '效益指标', level2: '社会效益指标' }),
      ],
    })
    const table = analyzeTable(t)
    const a = ask(table, '哪些指标没完成？')
    expect(a.text.split('\n')).toEqual([
      '以下列出未达成指标值（含无法判断是否完成）的绩效指标：',
      '',
      '- 绩效指标共3项，其中已达成1项，未达成2项',
      '- “测试指标”：指标值≥12次，实际完成值9次，未达成指标值',
      '- “测试指标”：指标值“效果明显”，实际完成值“基本完成”，部分达成',
    ])
    expect(a.factOf('3项')).toEqual(['P1.count.indicators'])
    expect(a.factOf('2项')).toEqual(['P1.count.notMet'])
    expect(a.factOf('≥12次')).toEqual(['P1.I0.target'])
    expect(a.factOf('9次')).toEqual(['P1.I0.actual'])
    expect(a.questions).toEqual([])
    expectEveryNumberMarked(table, a)
  })

  it('gives a model the facts of the listed indicators and the counts', () => {
    const table = analyzeTable(
      projectTable({
        funding: [{ source: '合计', budget: 120, actual: 120, reason: '' }],
        indicators: [indicator('≥95%', '96%'), indicator('≥12次', '9次')],
      }),
    )
    const intent = recognizeIntent('哪些指标没完成？', table, { awaitingAnswer: false }) as { subjects: ChatSubject[] }
    expect(subjectPrefixes(intent.subjects[0]!)).toEqual(['P1.count.', 'P1.I1.'])
  })

  it('says all are met, with the counts, on each sample', () => {
    const one = ask(zongzhi, '哪些指标没完成？')
    expect(one.text).toContain(
      '- 综治、平安建设经费：绩效指标共8项，已达成8项，均已达成指标值；其中“人民群众满意度”的实际完成值按指标值填写，不是确定的数值',
    )
    expect(one.text.endsWith('没有未完成的绩效指标。')).toBe(true)
    expect(one.factOf('8项', 1)).toEqual(['P1.count.met'])
    expectEveryNumberMarked(zongzhi, one)
    const both = ask(dept, '有哪些指标未达成')
    expect(both.text).toContain('- 四型平安小区以奖代拨经费：绩效指标共7项，已达成7项，均已达成指标值')
    expect(both.text.endsWith('各项目的绩效指标均已达成指标值。')).toBe(true)
    expectEveryNumberMarked(dept, both)
    expectEveryNumberMarked(sixing, ask(sixing, '哪些指标没完成？'))
  })
})
