// 下一步改进措施: one measure for each problem found, naming the projects it concerns.
import type { Problem, ProblemKind } from './problems.ts'

const MEASURES: Record<ProblemKind, (p: Problem) => string> = {
  'low-execution': (p) =>
    `加强预算执行管理。建立预算执行定期分析机制，对${p.projects.join('、')}等执行率偏低的项目按月跟踪资金支付进度，督促项目早启动、早实施、早支付；对确实无法执行的资金及时分析原因，按程序调整预算，并在编制下年预算时据实测算，提高预算编制的精确性。`,
  'over-execution': (p) =>
    `强化预算约束。${p.projects.join('、')}等项目编制预算时充分测算奖励、补助等支出需求，将其他资金全部纳入年初预算统一管理；确需追加支出的，按规定程序报批后执行，杜绝无预算、超预算支出。`,
  'funding-data': () =>
    '规范资金核算与绩效自评填报。对照会计账簿和决算数据逐项核实各资金来源金额，确保财政拨款、其他资金等来源之和与合计一致，成本指标实际完成值与实际投入一致，未列入预算的资金如实说明来源。',
  indicators: () =>
    '提高绩效指标填报质量。实际完成值按实际结果填报确定数值，满意度等指标以调查结果为准，不以指标值代替实际完成值；偏差原因栏逐项说明偏差原因及改进措施，未达成的指标制定整改措施并跟踪落实。',
  'department-data': () =>
    '加强报告数据审核。报告中基本支出、人员经费、日常公用经费等数据及其同比变化，在报送前与本年和上年决算数据逐项核对，确保报告与报表数据前后一致。',
}

export function measureFor(problem: Problem): string {
  return MEASURES[problem.kind](problem)
}
