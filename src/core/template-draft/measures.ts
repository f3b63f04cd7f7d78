// 下一步改进措施: one measure for each problem found, answering it (low execution → budget
// preparation and payment schedule; overspend → the adjustment procedure; sources → bookkeeping;
// actuals not stated → measuring and recording; an unmet indicator → that indicator; report
// figures → checking against the final accounts) and none for a problem that is absent. A measure
// the unit wrote in a reason cell is taken up in its own words; a cause the user gave in the chat
// for the problem's rows is answered (cause-measures.ts), and so is one given for no row (the
// answer to a question about the whole table), in a measure of its own marked as the user's.
import { clauseOf } from '../cause-themes.ts'
import { causeMeasure } from './cause-measures.ts'
import { bareMeasure, quotedNames } from './phrases.ts'
import type { Problem, ProblemKind } from './problems.ts'

/** "；同时，提高预算准确度" — what the unit itself wrote in the rows' reason cells. */
function own(p: Problem): string {
  const m = [...new Set(p.cellMeasures.map(bareMeasure))].filter(Boolean)
  return m.length ? `；同时，${m.join('，')}` : ''
}

function indicatorsOf(p: Problem): string {
  return `${quotedNames(p.indicators)}指标`
}

/** The one-phrase lead of each problem's measure: what the unit will do about it. */
export const MEASURE_LEADS: Record<ProblemKind, string> = {
  'low-execution': '科学编制项目预算，加快预算执行进度',
  'over-execution': '严格执行预算，规范预算调整程序',
  sources: '规范资金来源核算，做好预算编制与会计核算的衔接',
  'unmet-indicator': '推动未达标绩效指标整改落实',
  'indefinite-actual': '规范绩效指标完成值的计量和记录',
  'department-data': '加强部门整体支出数据的统计与衔接',
}

const BODIES: Record<ProblemKind, (p: Problem) => string> = {
  'low-execution': (p) =>
    `编制预算时结合项目实施计划和以前年度执行情况据实测算，提高预算编制的准确性；预算下达后按项目实施进度制定资金支付计划，定期分析预算执行情况，对执行偏慢的项目及时查找原因、督促支付，确实无法执行的资金按程序调整${own(p)}。`,
  'over-execution': (p) =>
    `年初预算充分测算奖励、补助等支出需求，将预计使用的各类资金全部纳入预算；执行中确需增加支出的，按规定程序办理预算调整后再执行，杜绝无预算、超预算支出${own(p)}。`,
  sources: () =>
    '按财政拨款、其他资金等来源分别核算项目支出，年初预算完整反映各项资金来源；填报绩效自评表时以会计账簿和决算数据为依据，做到各资金来源之和与合计数一致、成本指标与实际投入一致。',
  'unmet-indicator': (p) =>
    `针对${indicatorsOf(p)}未达到指标值的情况，逐项分析原因，明确责任和完成时限，跟踪推进相关工作，确保年度绩效目标如期实现${own(p)}。`,
  'indefinite-actual': (p) =>
    `对${indicatorsOf(p)}建立完成情况台账，按实际结果记录和填报确定的完成数值，满意度指标通过问卷调查等方式取得实际结果，不以指标值代替实际完成值。`,
  'department-data': () =>
    '部门整体支出报告中的基本支出、人员经费、日常公用经费等数据及其同比变化，统一按本年和上年决算口径统计，报送前逐项核对，确保报告与报表数据前后一致。',
}

/** The measure of a problem; where the user gave a cause for its rows, it also answers that cause. */
export function measureFor(problem: Problem): string {
  return `${MEASURE_LEADS[problem.kind]}。${BODIES[problem.kind](problem)}${causeMeasure(problem.userCauses)}`
}

/** A measure's direction for a model's prompt: the lead, and the user's causes it must answer. */
export function measureDirection(problem: Problem): string {
  const answer = causeMeasure(problem.userCauses)
  return answer ? `${MEASURE_LEADS[problem.kind]}；${answer.replace(/。$/, '')}` : MEASURE_LEADS[problem.kind]
}

/**
 * "针对用户说明的“受疫情影响，部分培训活动未开展”的情况，提前研判…。": the measure answering the
 * causes the user gave for no row, leaving out those a problem's measure answers already; '' when
 * none is left.
 */
export function generalMeasure(causes: readonly string[], problems: readonly Problem[]): string {
  const answered = new Set(problems.flatMap((p) => p.userCauses ?? []).map(clauseOf))
  const left = causes.filter((c) => !answered.has(clauseOf(c)))
  return causeMeasure(left).replace(/^针对/, '针对用户说明的')
}
