// A measure that answers the cause the user gave for a row (issue 11): the cause in the user's
// words, quoted, and what the unit will do about a cause of that kind — a cause of progress
// (完工、尾款、验收) is answered with settlement and payment on schedule, one of funds arriving
// late with liaison with the finance bureau, and so on. Only words: no number is added to the
// user's own.
import { clauseOf } from '../cause-themes.ts'

type CauseAction = { pattern: RegExp; action: string }

/** First match wins; the last is the fallback for a cause of no known kind. */
const ACTIONS: readonly CauseAction[] = [
  {
    pattern: /完工|尾款|质保|结算|工期|进度|开工|验收|采购|招标|合同|施工/,
    action: '加强项目实施进度和合同履约管理，及时组织验收结算，按合同约定的时限办理资金支付',
  },
  {
    pattern: /疫情|天气|汛期|自然灾害/,
    action: '提前研判疫情、天气等客观因素的影响，制定备选方案，合理调整工作安排，确保年度任务如期完成',
  },
  {
    pattern: /财政|拨付|下达|到位|压减|压缩|调减|财力/,
    action: '加强与财政部门的沟通衔接，资金下达后及时安排使用，因客观原因无法执行的资金按程序调整',
  },
  {
    pattern: /其它资金|其他资金|自筹|结转|资金来源|弥补/,
    action: '将各类资金来源完整纳入年初预算，分别核算、规范使用',
  },
  {
    pattern: /人员|编制|工资|调资|社保|退休/,
    action: '结合人员编制和工资政策变化据实测算人员支出，提高预算编制的准确性',
  },
  {
    pattern: /问卷|调查|宣传|培训|补助|活动|任务|政策|要求/,
    action: '根据工作任务和政策要求合理安排工作和支出，任务调整时及时调整绩效目标和预算',
  },
  { pattern: /[\s\S]/, action: '逐项制定整改措施，明确责任和时限，跟踪落实到位' },
]

/** "针对“工程已完工，剩余质保金尾款未支付”的情况，加强…支付。" or '' when the user gave none. */
export function causeMeasure(causes: readonly string[] | undefined): string {
  const said = [...new Set((causes ?? []).map(clauseOf).filter(Boolean))].slice(0, 3)
  if (!said.length) return ''
  const actions = [...new Set(said.map((c) => ACTIONS.find((a) => a.pattern.test(c))!.action))]
  return `针对${said.map((c) => `“${c}”`).join('、')}的情况，${actions.join('；')}。`
}
