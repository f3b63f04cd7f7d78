// The words that tell a number's role: 预算 a budget, 实际投入 an actual spent, 实际完成值 an
// indicator reached, 执行率 a rate, 差额 a difference, 得分 a score … Nearest before the number wins.
import type { FactGroup, FactRole } from '../facts.ts'
import { WordTable } from './word-table.ts'

const ROLE_SETS = new Map<string, ReadonlySet<FactRole>>()

/** One Set per combination, so that cues compare (and cache) by identity. */
export function roles(...r: FactRole[]): ReadonlySet<FactRole> {
  const key = r.join(',')
  return ROLE_SETS.get(key) ?? ROLE_SETS.set(key, new Set(r)).get(key)!
}

export const ACTUAL = roles('actual', 'total', 'value', 'count')
export const BUDGET = roles('budget', 'full-year-budget')
export const CHANGE = roles('change', 'change-pct')
export const DIFFERENCE = roles('difference', 'full-year-difference', 'deviation', 'deviation-rate')
export const SIGNED = roles('difference', 'full-year-difference', 'deviation', 'deviation-rate', 'change', 'change-pct')
export const EXECUTION = roles('execution-rate', 'full-year-execution-rate')
export const INITIAL_EXECUTION = roles('execution-rate')
export const FULL_YEAR_EXECUTION = roles('full-year-execution-rate')
/** no fact has it: the unspent share (未执行比例) is derived on demand, never read as a rate */
export const UNSPENT = roles('unspent-share')
/** no fact has it: 全年预算 against 年初预算 is derived on demand */
export const ADJUSTMENT = roles('budget-adjustment')
export const COMPLETION = roles('completion')
export const SHARE = roles('share')
export const TOTALS = roles('sum', 'total', 'actual', 'value')

/** money spent (投入, 支出) against an indicator or outcome reached (完成值) */
const SPENT: ReadonlySet<FactGroup> = new Set(['funding', 'basic', 'project', 'department'])
const REACHED: ReadonlySet<FactGroup> = new Set(['indicator', 'outcome', 'staffing'])

export type CueWord = {
  word: string
  roles: ReadonlySet<FactRole>
  groups?: ReadonlySet<FactGroup>
}

const LIST: ReadonlyArray<readonly [string, ReadonlySet<FactRole>, ReadonlySet<FactGroup>?]> = [
  ['预算执行率 执行率 支出进度 执行进度 到位率', EXECUTION],
  ['完成率 完成比例', COMPLETION],
  ['偏差率 偏离度', roles('deviation-rate')],
  ['占比 比重', SHARE],
  // the amount left unspent is the funding row's difference (budget − actual), never an indicator's
  [
    '未执行金额 未执行资金 未执行数 结余资金 结余金额 剩余资金 未使用资金 未支出资金 未支付资金',
    roles('difference', 'full-year-difference'),
    SPENT,
  ],
  ['未执行率 未执行比例 未执行比率 结余率 结余比例 节余率 剩余比例 未使用比例 未支出比例 未支付比例', UNSPENT],
  ['全年预算 调整后预算 全年预算数 调整预算', roles('full-year-budget')],
  // "全年预算比年初的500万元增加了20.5万元": 年初 with 的 before a figure is the budget at the start of the year
  ['年初预算 年初预算数 年初安排 年初的 年初数', roles('budget')],
  ['预算数 预算资金 预算金额 预算 安排资金 下达资金 批复', BUDGET],
  ['指标值 目标值 计划数 年度目标 目标 计划 预期 控制标准 控制数', roles('target')],
  ['实际完成值 实际完成 完成值 完成', ACTUAL, REACHED],
  [
    '实际投入 实际支出 支出 投入 到位 拨付 执行数 支付 全年执行 全年执行数 执行金额 执行额 已执行 累计执行',
    ACTUAL,
    SPENT,
  ],
  ['实际 使用 发放', ACTUAL],
  ['合计 共计 总计', TOTALS],
  // "两个项目年初预算合计51万元": a role word's 合计 is the total of that role
  ['年初预算合计 年初预算共计', roles('budget')],
  ['全年预算合计 全年预算共计 调整后预算合计', roles('full-year-budget')],
  ['预算合计 预算共计 预算数合计', BUDGET],
  ['实际支出合计 支出合计 实际投入合计 投入合计 执行数合计 全年执行合计 实际支出共计 支出共计', ACTUAL, SPENT],
  ['差额 差异 相差 偏差', DIFFERENCE],
  ['之和 加总 相加', roles('sum')],
  ['得分 评分 总分', roles('score')],
  ['分值 权重 满分', roles('weight')],
  ['增减 变化 变动', SIGNED],
  ['上年 去年', roles('prior-year')],
]

const ENTRIES: CueWord[] = LIST.flatMap(([words, r, groups]) =>
  words.split(' ').map((word) => (groups ? { word, roles: r, groups } : { word, roles: r })),
)

export const CUE_TABLE = new WordTable(ENTRIES.map((e) => [e.word, e] as const))
export const CUE_WORDS: readonly string[] = ENTRIES.map((e) => e.word)
