// Every place the schema can name, in the table's own words: section, row (by its own name when
// the input has one) and column — never the JSON path.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { tablePlace } from '../../src/core/table-places.ts'

const sample = (name: string) => JSON.parse(readFileSync(`data/samples/${name}.json`, 'utf8'))
const project = sample('zongzhi-2022')
const department = sample('nanyue-zhengfawei-2022-department')

describe('places in a project table', () => {
  it.each([
    [['kind'], '表格类型'],
    [['year'], '年度'],
    [['project'], '项目名称'],
    [['manager'], '项目负责人'],
    [['phone'], '联系电话'],
    [['department'], '主管部门'],
    [['unit'], '实施单位'],
    [['moneyUnit'], '金额单位'],
    [['funding'], '资金情况'],
    [['funding', 1], '资金情况·第2行（财政拨款）'],
    [['funding', 1, 'source'], '资金情况·第2行（财政拨款）·资金来源'],
    [['funding', 1, 'budget'], '资金情况·第2行（财政拨款）·年初预算'],
    [['funding', 1, 'fullYearBudget'], '资金情况·第2行（财政拨款）·全年预算'],
    [['funding', 0, 'actual'], '资金情况·第1行（合计）·实际投入'],
    [['funding', 2, 'reason'], '资金情况·第3行（其他资金）·原因'],
    [['funding', 0, 'weight'], '资金情况·第1行（合计）·分值'],
    [['funding', 0, 'rate'], '资金情况·第1行（合计）·填报执行率'],
    [['funding', 0, 'score'], '资金情况·第1行（合计）·自评得分'],
    [['goal'], '年度总体目标'],
    [['goal', 'target'], '年度总体目标·预期目标'],
    [['goal', 'achieved'], '年度总体目标·实际完成情况'],
    [['indicators'], '绩效指标'],
    [['indicators', 7, 'level1'], '绩效指标·第8行（人民群众满意度）·一级指标'],
    [['indicators', 7, 'level2'], '绩效指标·第8行（人民群众满意度）·二级指标'],
    [['indicators', 7, 'name'], '绩效指标·第8行（人民群众满意度）·三级指标'],
    [['indicators', 7, 'target'], '绩效指标·第8行（人民群众满意度）·指标值'],
    [['indicators', 7, 'actual'], '绩效指标·第8行（人民群众满意度）·实际完成值'],
    [['indicators', 7, 'reason'], '绩效指标·第8行（人民群众满意度）·原因'],
    [['indicators', 7, 'weight'], '绩效指标·第8行（人民群众满意度）·分值'],
    [['indicators', 7, 'score'], '绩效指标·第8行（人民群众满意度）·自评得分'],
  ])('%j is %s', (path, place) => {
    expect(tablePlace(path, project)).toBe(place)
  })

  it('names a row by its number alone when it has no name, and cuts a long name', () => {
    const t = structuredClone(project)
    t.funding[1].source = 42
    t.indicators[0].name = '  '
    t.indicators[1].name = '全区社会大局和谐稳定，人民群众安全感与满意度明显提升，平安建设考评位居全市前列'
    expect(tablePlace(['funding', 1, 'budget'], t)).toBe('资金情况·第2行·年初预算')
    expect(tablePlace(['indicators', 0, 'target'], t)).toBe('绩效指标·第1行·指标值')
    expect(tablePlace(['indicators', 1, 'actual'], t)).toBe(
      '绩效指标·第2行（全区社会大局和谐稳定，人民群众安全感与满意度明显…）·实际完成值',
    )
    expect(tablePlace(['indicators', 9, 'actual'], t)).toBe('绩效指标·第10行·实际完成值')
  })

  it('names nothing for the table as a whole or a key it does not know (never the path)', () => {
    expect(tablePlace([], project)).toBeNull()
    expect(tablePlace(['extra'], project)).toBeNull()
    expect(tablePlace(['funding', 0, 'extra'], project)).toBe('资金情况·第1行（合计）')
    expect(tablePlace(['year'], 'not a table')).toBe('年度')
  })
})

describe('places in a department table', () => {
  it.each([
    [['unit'], '部门整体表·单位名称'],
    [['year'], '部门整体表·年度'],
    [['moneyUnit'], '部门整体表·金额单位'],
    [['basicExpenditure'], '部门整体表·基本支出'],
    [['basicExpenditure', 'total'], '部门整体表·基本支出·合计'],
    [['basicExpenditure', 'changeFromPriorYear'], '部门整体表·基本支出·较上年增减'],
    [['basicExpenditure', 'lines', 1, 'actual'], '部门整体表·基本支出·第2行（日常公用经费）·本年支出'],
    [
      ['basicExpenditure', 'lines', 0, 'changeFromPriorYearPct'],
      '部门整体表·基本支出·第1行（人员经费）·较上年增减（%）',
    ],
    [['projectExpenditure', 'changeFromPriorYear'], '部门整体表·项目支出·较上年增减'],
    [
      ['projectExpenditure', 'lines', 0, 'selfEvaluation'],
      '部门整体表·项目支出·第1行（综治、平安建设工作经费）·项目自评表',
    ],
    [['projectExpenditure', 'lines', 0, 'name'], '部门整体表·项目支出·第1行（综治、平安建设工作经费）·名称'],
    [['staffing', 'onDuty'], '部门整体表·人员编制·年末实际在岗在编人数'],
    [['staffing', 'drivers'], '部门整体表·人员编制·drivers'],
    [['notes', 2], '部门整体表·单位说明·第3条'],
  ])('%j is %s', (path, place) => {
    expect(tablePlace(path, department)).toBe(place)
  })

  it('names an outcome by its label', () => {
    const d = structuredClone(department)
    d.outcomes = [{ label: '调解矛盾纠纷', value: 'x', unit: '件' }]
    expect(tablePlace(['outcomes', 0, 'value'], d)).toBe('部门整体表·绩效成效·第1行（调解矛盾纠纷）·数值')
    expect(tablePlace(['outcomes', 0, 'changeFromPriorYearPct'], d)).toBe(
      '部门整体表·绩效成效·第1行（调解矛盾纠纷）·同比（%）',
    )
  })
})
