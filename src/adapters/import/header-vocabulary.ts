// The labels printed on self-evaluation forms, for both layouts:
//  - the local layout of the seed: 资金情况（万元）· 年初预算资金总额 · 实际投入资金额 · 产生差异的原因;
//    指标值 · 全年实际完成值 · 产生差异的原因及改进措施;
//  - the national template of 财预〔2020〕10号: 项目资金（万元）· 年初预算数 · 全年预算数 · 全年执行数 ·
//    分值 · 执行率 · 得分; 年度指标值 · 实际完成值 · 分值 · 得分 · 偏差原因分析及改进措施;
// and the wording variants seen on provincial forms. Every test takes a labelKey (no spaces,
// half-width brackets, no trailing colon). Order matters: 执行率 before 执行数, 实际完成值 before 指标值.

export type FundingColumn = 'budget' | 'fullYearBudget' | 'actual' | 'weight' | 'rate' | 'score' | 'reason'
export type IndicatorColumn =
  | 'level1'
  | 'level2'
  | 'name'
  | 'operator'
  | 'target'
  | 'unit'
  | 'actual'
  | 'weight'
  | 'score'
  | 'reason'
export type GoalColumn = 'target' | 'achieved'
export type FieldLabel = 'project' | 'managerPhone' | 'manager' | 'phone' | 'department' | 'unit' | 'year'

const withoutUnit = (key: string) => key.replace(/\([^)]*\)/g, '')

const FUNDING: ReadonlyArray<readonly [RegExp, FundingColumn]> = [
  [/执行率|支出率|完成率/, 'rate'],
  [/得分/, 'score'],
  [/^分值|权重/, 'weight'],
  [/全年预算|调整后预算|调整预算|预算调整/, 'fullYearBudget'],
  [/全年执行|执行数|实际投入|实际支出|实际执行|实际使用|实际拨付|支出数|决算数|实际到位|到位资金|到位数/, 'actual'],
  [/年初预算|预算数|预算资金|预算金额|预算安排|批复预算|^预算$/, 'budget'],
  [/原因|说明|备注|偏差|差异/, 'reason'],
]

export function fundingColumnOf(key: string): FundingColumn | null {
  const k = withoutUnit(key)
  for (const [re, col] of FUNDING) if (re.test(k)) return col
  return null
}

const INDICATOR: ReadonlyArray<readonly [RegExp, IndicatorColumn]> = [
  [/^一级指标/, 'level1'],
  [/^二级指标/, 'level2'],
  [/^三级指标|指标名称|具体指标|^指标内容/, 'name'],
  [/^(指标性质|运算符号?|符号|计算符号|指标方向)$/, 'operator'],
  [/^(度量单位|计量单位|单位)$/, 'unit'],
  [/实际完成|实际值|完成值|实际达成|实际情况/, 'actual'],
  [/得分/, 'score'],
  [/^分值|权重/, 'weight'],
  [/原因|偏差|差异|改进措施|说明|备注/, 'reason'],
  [/指标值|目标值|计划值|预期值|预期目标|^目标/, 'target'],
]

export function indicatorColumnOf(key: string): IndicatorColumn | null {
  const k = withoutUnit(key)
  for (const [re, col] of INDICATOR) if (re.test(k)) return col
  return null
}

export function goalColumnOf(key: string): GoalColumn | null {
  if (/完成情况|实际完成|实际情况|完成$/.test(key)) return 'achieved'
  if (/目标/.test(key)) return 'target'
  return null
}

/** The label in the first cell of the goal rows: 总体目标, 年度总体目标, 绩效目标. */
export function isGoalSectionLabel(key: string): boolean {
  return /^(年度)?(总体|绩效)目标$|^年度目标$/.test(key)
}

/** The label of a goal-achievement row on forms that put it beside its text: 年度总体目标完成情况. */
export function isGoalAchievedLabel(key: string): boolean {
  return /^((年度)?(总体|绩效)?目标)?(实际)?完成情况$/.test(key)
}

/** The label in the first cell of the funding rows; its brackets give the money unit. */
export function fundingSectionUnit(key: string): string | null {
  if (!/^(资金情况|项目资金|资金投入|预算资金|资金来源|年度资金)/.test(key)) return null
  return /\((万元|元|千元|亿元)\)/.exec(key)?.[1] ?? '万元'
}

const FIELDS: ReadonlyArray<readonly [RegExp, FieldLabel]> = [
  [/^项目名称$/, 'project'],
  [/^(项目)?(负责人|联系人)(及|和|、|\/)?(联系)?(电话|方式)$/, 'managerPhone'],
  [/^(项目)?(负责人|联系人)$/, 'manager'],
  [/^(联系)?电话$|^联系方式$/, 'phone'],
  [/^主管(部门|单位)(及代码)?$|^预算部门$/, 'department'],
  [/^(项目)?实施单位$|^预算单位$|^填报单位$/, 'unit'],
  [/^(评价|所属|预算|项目|自评)?年度$/, 'year'],
]

export function fieldLabelOf(key: string): FieldLabel | null {
  for (const [re, field] of FIELDS) if (re.test(key)) return field
  return null
}

export function isTotalScoreLabel(key: string): boolean {
  return /^(总分|合计得分|综合得分|自评得分|总得分|自评总分)$/.test(key)
}

/** A level-1 label: 产出指标, 效益指标, 满意度指标 (and 成本 / 决策 / 过程 / 管理 on some forms). */
export function isLevel1Label(key: string): boolean {
  return /^(产出|效益|效果|满意度|成本|决策|过程|管理|影响)(指标)?$/.test(key)
}

/** A level-2 label: 数量指标, 社会效益指标, 服务对象满意度指标 … */
export function isLevel2Label(key: string): boolean {
  if (/指标$/.test(key) && key.length <= 12) return true
  return /^(数量|质量|时效|成本|经济成本|社会成本|生态环境成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|满意度)$/.test(
    key,
  )
}

/** The header labels a user can be told to use, per section, for both layouts. */
export const EXPECTED_HEADERS = {
  funding:
    '年初预算资金总额（或年初预算数）、实际投入资金额（或全年执行数），以及可选的全年预算数、分值、执行率、得分、产生差异的原因',
  indicators:
    '一级指标、二级指标、三级指标、指标值（或年度指标值）、全年实际完成值（或实际完成值），以及可选的分值、得分、产生差异的原因及改进措施（或偏差原因分析及改进措施）',
  fields: '项目名称、主管部门、实施单位（项目负责人及电话可选）',
} as const
