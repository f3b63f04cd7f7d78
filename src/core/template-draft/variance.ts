// 产生差异的原因 for a funding or indicator row, in the register of a 绩效自评表 cell: the
// budget, the actual, the difference and the rate, then the unit's own stated cause — or a
// visible placeholder and a question when the data gives none.
import type { TableAnalysis } from '../analyze.ts'
import type { FundingResult } from '../funding.ts'
import type { IndicatorResult } from '../indicators.ts'
import type { ProjectAnalysis } from '../project-analysis.ts'
import { fundingNeedsExplanation, fundingRowToExplain, indicatorRowToExplain } from '../rows-to-explain.ts'
import { formatValueText } from '../value-text.ts'
import { userCauses, userStatements, type UserNote } from '../user-notes.ts'
import { fundingCause, indicatorCause, withUserCauses } from './causes.ts'
import { clause, money, pct, placeholder } from './phrases.ts'

export type Paragraphs = { paragraphs: string[]; questions: string[] }

/** One row ("P1.F0", "P2.I4") or, without a row, every row that has a variance. */
export function draftVariance(a: TableAnalysis, row?: string, notes?: readonly UserNote[]): Paragraphs {
  const out: Paragraphs = { paragraphs: [], questions: [] }
  for (const p of a.projects) {
    for (const r of p.funding.rows) {
      const id = `${p.key}.F${r.index}`
      if (row ? row === id : fundingRowToExplain(a, p, r)) fundingParagraph(p, r, out, notes)
    }
    for (const r of p.indicators) {
      const id = `${p.key}.I${r.index}`
      if (row ? row === id : indicatorRowToExplain(a, p, r)) indicatorParagraph(p, r, out, notes)
    }
  }
  return out
}

function fundingParagraph(p: ProjectAnalysis, r: FundingResult, out: Paragraphs, notes?: readonly UserNote[]) {
  const unit = p.table.moneyUnit
  const { budget, actual, fullYearBudget } = r.row
  const who = `${p.table.project}“${r.label}”`
  let text: string
  if (budget && actual) {
    text = `${who}年初预算${money(budget, unit)}，实际投入${money(actual, unit)}`
    const diff = r.difference!
    if (diff.isZero) text += '，与预算一致'
    else text += diff.sign < 0 ? `，较预算减少${money(diff.abs(), unit)}` : `，较预算超出${money(diff, unit)}`
    if (r.executionRate) text += `，预算执行率${pct(r.executionRate)}`
    if (fullYearBudget && r.fullYearExecutionRate) {
      text += `；全年预算${money(fullYearBudget, unit)}，按全年预算计算的执行率${pct(r.fullYearExecutionRate)}`
    }
  } else if (actual) {
    text = `${who}未列年初预算，实际投入${money(actual, unit)}`
  } else if (budget) {
    text = `${who}年初预算${money(budget, unit)}，未填写实际投入`
  } else {
    text = `${who}未填写预算和实际投入`
  }
  const needsCause = fundingNeedsExplanation(r) || (budget !== null && actual === null)
  const key = `${p.key}.F${r.index}`
  const cause = withUserCauses(fundingCause(r), userCauses(notes, key), needsCause)
  if (cause) text += `。产生差异的原因：${clause(cause)}。`
  else if (needsCause) {
    const what = `${p.table.project}“${r.label}”${actual && budget && actual.gt(budget) ? '超出预算' : actual && !budget ? '未列预算即有支出' : '实际投入低于预算'}的原因`
    text += `。产生差异的原因：${placeholder(what)}。`
    out.questions.push(`请说明${what}。`)
  } else text += '。'
  out.paragraphs.push(text)
}

function indicatorParagraph(p: ProjectAnalysis, r: IndicatorResult, out: Paragraphs, notes?: readonly UserNote[]) {
  const name = r.row.name.replace(/\s+/g, '')
  const level = r.row.level2 ?? r.row.level1
  let text = `${p.table.project}${level}“${name}”`
  const target =
    r.target.kind === 'empty'
      ? '未填写'
      : formatValueText(r.target.kind === 'number' && r.target.operator === '=' ? { ...r.target, operator: null } : r.target)
  text += r.target.kind === 'qualitative' ? `指标值为“${target}”` : `指标值${target}`

  if (r.actual.kind === 'qualitative') text += `，实际完成情况为“${r.actual.text}”`
  else if (r.actual.kind === 'number' && r.actualDefinite) text += `，实际完成${formatValueText({ ...r.actual, operator: null })}`
  else if (r.actual.kind === 'empty') text += '，未填写实际完成值'
  else text += `，实际完成值填写为“${r.actual.raw.trim()}”`

  if (r.deviation && !r.deviation.amount.isZero) {
    const unit = r.target.kind === 'number' ? (r.target.unit ?? '') : ''
    const d = r.deviation
    text += d.amount.sign < 0 ? `，较指标值减少${money(d.amount.abs(), unit)}` : `，较指标值超出${money(d.amount, unit)}`
    if (d.rate) text += `，${d.amount.sign < 0 ? '减少' : '超出'}幅度${pct(d.rate.abs())}`
  }
  switch (r.status) {
    case 'met':
      text += r.actualDefinite || r.comparison !== 'numeric' ? '，已达成指标值' : '，未填写确定的实际数值'
      break
    case 'exceeded':
      text += r.completionRatio ? `，超额完成，完成率${pct(r.completionRatio)}` : '，超额完成'
      break
    case 'partial':
      text += '，部分达成'
      break
    case 'not-met':
      text += r.completionRatio ? `，未达成指标值，完成率${pct(r.completionRatio)}` : '，未达成指标值'
      break
    default:
      text += '，无法判断是否完成'
  }
  const key = `${p.key}.I${r.index}`
  const needsCause = r.status !== 'met' && r.status !== 'exceeded'
  const cause = withUserCauses(indicatorCause(r), userCauses(notes, key), needsCause)
  // figures the user stated stand as 用户说明, never as a cause
  const stated = userStatements(notes, key)
  const said = stated.length ? `。用户说明：${stated.map(clause).join('；')}` : ''
  if (cause) text += `${said}。产生差异的原因及改进措施：${clause(cause)}。`
  else if (needsCause) {
    const what = `“${name}”${r.status === 'not-comparable' ? '的实际完成情况' : '未达成指标值的原因'}`
    text += `${said}。产生差异的原因及改进措施：${placeholder(what)}。`
    out.questions.push(`请补充${what}。`)
  } else if (said) text += `${said}。`
  else if (r.actual.kind === 'number' && !r.actualDefinite) {
    const what = `“${name}”的实际完成数值`
    text += `。请以实际结果填报：${placeholder(what)}。`
    out.questions.push(`请补充${what}${r.category === '满意度' ? '（满意度调查的实际结果）' : ''}。`)
  } else text += '。'
  out.paragraphs.push(text)
}
