// A 合计 row left blank (no budget, actual 0) while the sources carry the money: the rate is the
// sources' (funding.ts), and the problems and measures, which used to read the 合计 row's budget
// through a non-null assertion and crashed, state the sources instead.
import { describe, expect, it } from 'vitest'
import { analyzeTable } from '../../src/core/analyze.ts'
import { draftWithTemplate } from '../../src/core/template-draft/index.ts'
import { verifyDraft } from '../../src/core/verify.ts'
import { fundingRow, projectTable } from '../core/table-builders.ts'

const blankTotal = (fiscal: number, other: number) =>
  analyzeTable(
    projectTable({
      funding: [fundingRow('合计', null, 0), fundingRow('财政拨款', 90, fiscal), fundingRow('其他资金', 10, other)],
      indicators: [],
    }),
  )

describe('a 合计 row left blank while the sources carry the money', () => {
  it.each([
    {
      spent: [80, 5],
      problem:
        '一是预算执行不到位。综治、平安建设经费“合计”未填写完整，其中财政拨款年初预算90万元，实际投入80万元，执行率88.89%；其他资金年初预算10万元，实际投入5万元，执行率50%。主要原因：【待补充：预算执行率偏低的原因】。',
      measure: /^（一）科学编制项目预算，加快预算执行进度。/,
    },
    {
      spent: [95, 15],
      problem:
        '一是实际支出超出预算，预算约束不够严格。综治、平安建设经费“合计”未填写完整，其中财政拨款年初预算90万元，实际投入95万元，执行率105.56%；其他资金年初预算10万元，实际投入15万元，执行率150%。主要原因：【待补充：实际支出超出预算的原因】。',
      measure: /^（一）严格执行预算，规范预算调整程序。/,
    },
  ])('states the sources off their budgets instead: spent $spent', ({ spent, problem, measure }) => {
    const a = blankTotal(spent[0]!, spent[1]!)
    const d = draftWithTemplate(a, 'problems')
    expect(d.paragraphs[1]).toBe(problem)
    expect(verifyDraft(d.text, a).findings).toEqual([])
    expect(draftWithTemplate(a, 'measures').paragraphs[1]).toMatch(measure)
  })
})
