// Consistency checks on a department table: lines against totals, stated year-on-year changes
// against what the line changes imply, project lines against their joined self-evaluations.
import { Decimal } from './decimal.ts'
import type { DepartmentAnalysis } from './department-analysis.ts'
import { formatAmount, formatChange, formatNumber } from './format.ts'
import { warningEmitter } from './consistency.ts'
import type { TableWarning } from './warnings.ts'

export function checkDepartment(d: DepartmentAnalysis): TableWarning[] {
  const out: TableWarning[] = []
  const emit = warningEmitter(d.key, d.tableName, out)
  const unit = d.table.moneyUnit
  const { basic, project } = d
  const basicRefs = basic.lines.map((l) => ({ path: `basicExpenditure.lines[${l.index}]`, label: l.line.name }))
  const totalRef = { path: 'basicExpenditure.total', label: '基本支出合计' }

  if (basic.linesSum && !basic.linesSum.eq(basic.total)) {
    emit(
      'BASIC_LINES_SUM_MISMATCH',
      [totalRef, ...basicRefs],
      `基本支出各项之和 ${basic.lines.map((l) => `${l.line.name} ${formatNumber(l.line.actual, 6)}`).join(' + ')} = ${formatAmount(basic.linesSum, unit, 6)}，与基本支出 ${formatAmount(basic.total, unit, 6)} 不符`,
      `basic lines add up to ${basic.linesSum}, total is ${basic.total}`,
      { sum: basic.linesSum, total: basic.total },
    )
  }

  const range = basic.impliedChangeRange
  if (basic.change && range && basic.impliedChange) {
    // The stated change was rounded too: compare the two intervals.
    const half = Decimal.of(5n, basic.change.scale + 1)
    const statedLow = basic.change.sub(half)
    const statedHigh = basic.change.add(half)
    if (statedHigh.lt(range.low) || statedLow.gt(range.high)) {
      const parts = basic.lines.map((l) => {
        const pct = l.line.changeFromPriorYearPct!
        const share = l.share ? `，占 ${formatNumber(l.share)}%` : ''
        return `${l.line.name} ${formatAmount(l.line.actual, unit)}${share}，较上年${pct.sign < 0 ? '下降' : '增长'}${formatNumber(pct.abs())}%（推算${formatChange(l.impliedChange!, unit)}）`
      })
      emit(
        'YOY_INCONSISTENT',
        [totalRef, ...basicRefs],
        `基本支出同比变化前后矛盾：${parts.join('；')}。按这些增幅，基本支出应较上年${formatChange(basic.impliedChange, unit).replace(/^(增加|减少)/, '$1约')}，但填报为较上年${formatChange(basic.change, unit)}`,
        `basic lines' stated changes imply a total change of about ${basic.impliedChange.round(2)}, but the total is stated to change by ${basic.change}`,
        {
          statedChange: basic.change,
          impliedChange: basic.impliedChange.round(2),
          impliedLow: range.low.round(2),
          impliedHigh: range.high.round(2),
        },
      )
    }
  }

  for (const l of project.lines) {
    const a = l.analysis
    if (!a) continue
    const ref = { path: `projectExpenditure.lines[${l.index}]`, label: l.line.name }
    const t = a.funding.total?.row.actual ?? a.funding.sums.actual
    if (t && !t.eq(l.line.actual)) {
      emit(
        'PROJECT_LINE_MISMATCH',
        [ref],
        `项目支出“${l.line.name}”为 ${formatAmount(l.line.actual, unit, 6)}，而其绩效自评表（${a.table.project}）实际投入为 ${formatAmount(t, a.table.moneyUnit, 6)}`,
        `project line ${l.line.actual} differs from its self-evaluation actual ${t}`,
        { line: l.line.actual, selfEvaluation: t },
      )
    }
    if (a.table.year !== d.table.year) {
      emit(
        'PROJECT_YEAR_MISMATCH',
        [ref],
        `项目自评表“${a.table.project}”为 ${a.table.year} 年度，部门评价为 ${d.table.year} 年度`,
        `joined table year ${a.table.year} differs from ${d.table.year}`,
      )
    }
  }
  return out
}
