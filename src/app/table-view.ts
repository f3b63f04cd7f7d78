// The table view's JSON: every row of the imported table with the figures we computed beside the
// unit's own (difference, execution rate, completion, status, our score and theirs), each row
// with its JSON path so the UI can put the warnings that name it beside it.
import type { TableAnalysis } from '../core/analyze.ts'
import type { Decimal } from '../core/decimal.ts'
import type { DepartmentAnalysis } from '../core/department-analysis.ts'
import { formatNumber } from '../core/format.ts'
import type { IndicatorStatus } from '../core/indicators.ts'
import type { ProjectAnalysis } from '../core/project-analysis.ts'
import type { ScoreLine } from '../core/scoring.ts'

const STATUS_ZH: Record<IndicatorStatus, string> = {
  met: '已达成',
  exceeded: '超额完成',
  partial: '部分达成',
  'not-met': '未达成',
  'not-comparable': '无法比较',
}

/** a computed figure (rate, share, score): 2 decimals */
const num = (d: Decimal | null | undefined): string | null => (d ? formatNumber(d, 2) : null)
/**
 * a figure as the table wrote it (89.974 stays 89.974, 30.640 stays 30.640), or one computed from
 * such figures by addition and subtraction (a difference), which is exact at their precision
 */
const written = (d: Decimal | null | undefined): string | null => (d ? d.toString() : null)

function scoreLine(line: ScoreLine) {
  return {
    // the table's own weight as written; a default one is computed (100 spread over the rows)
    weight: line.weightSource === 'table' ? written(line.weight) : num(line.weight),
    weightSource: line.weightSource,
    score: num(line.score),
    theirs: written(line.theirs),
    rule: line.rule,
  }
}

/** "3行无法比较，未计分，共60分": why the computed total is out of less than the table's weights. */
export function unscoredNote(p: ProjectAnalysis): string | null {
  const rows = p.score.unscored
  if (rows.length === 0) return null
  const weights = rows.flatMap((i) => {
    const w = p.score.indicators[i]?.weight
    return w ? [w] : []
  })
  const points = weights.length
    ? `，共${formatNumber(
        weights.reduce((a, b) => a.add(b)),
        2,
      )}分`
    : ''
  return `${rows.length}行无法比较，未计分${points}`
}

function projectView(p: ProjectAnalysis) {
  const t = p.table
  return {
    key: p.key,
    project: t.project,
    tableName: p.tableName,
    year: t.year,
    unit: t.unit,
    moneyUnit: t.moneyUnit,
    goal: t.goal,
    funding: p.funding.rows.map((r) => ({
      path: `funding[${r.index}]`,
      row: `${p.key}.F${r.index}`,
      source: r.row.source,
      label: r.label,
      kind: r.kind,
      budget: written(r.row.budget),
      fullYearBudget: written(r.row.fullYearBudget),
      actual: written(r.row.actual),
      difference: written(r.difference),
      executionRate: num(r.executionRate),
      fullYearExecutionRate: num(r.fullYearExecutionRate),
      theirRate: r.row.rate,
      weight: written(r.row.weight),
      theirScore: written(r.row.score),
      reason: r.row.reason,
    })),
    executionRate: num(p.funding.executionRate),
    executionBase: p.funding.executionBase,
    executionFrom: p.funding.executionFrom,
    indicators: p.indicators.map((r, i) => ({
      path: `indicators[${r.index}]`,
      row: `${p.key}.I${r.index}`,
      level1: r.row.level1,
      level2: r.row.level2,
      name: r.row.name,
      target: r.row.target,
      actual: r.row.actual,
      reason: r.row.reason,
      category: r.category,
      status: r.status,
      statusText: STATUS_ZH[r.status],
      completion: num(r.completionRatio),
      deviation: num(r.deviation?.amount),
      deviationRate: num(r.deviation?.rate),
      note: r.note,
      score: scoreLine(p.score.indicators[i]!),
    })),
    score: {
      profile: p.score.profile.name,
      execution: scoreLine(p.score.execution),
      total: num(p.score.total),
      max: num(p.score.max),
      grade: p.score.grade,
      theirTotal: written(p.score.theirTotal),
      unscored: p.score.unscored,
      unscoredNote: unscoredNote(p),
    },
  }
}

function departmentView(d: DepartmentAnalysis) {
  const t = d.table
  return {
    unit: t.unit,
    year: t.year,
    tableName: d.tableName,
    moneyUnit: t.moneyUnit,
    basic: {
      total: written(d.basic.total),
      change: written(d.basic.change),
      prior: written(d.basic.prior),
      linesSum: written(d.basic.linesSum),
      impliedChange: num(d.basic.impliedChange),
      lines: d.basic.lines.map((l) => ({
        path: `basicExpenditure.lines[${l.index}]`,
        name: l.line.name,
        actual: written(l.line.actual),
        share: num(l.share),
        changePct: written(l.line.changeFromPriorYearPct),
        impliedChange: num(l.impliedChange),
      })),
    },
    project: {
      total: written(d.project.total),
      change: written(d.project.change),
      prior: written(d.project.prior),
      lines: d.project.lines.map((l) => ({
        path: `projectExpenditure.lines[${l.index}]`,
        name: l.line.name,
        actual: written(l.line.actual),
        share: num(l.share),
        selfEvaluation: l.line.selfEvaluation,
        projectKey: l.analysis?.key ?? null,
      })),
    },
    total: written(d.total),
    outcomes: t.outcomes.map((o, i) => ({
      path: `outcomes[${i}]`,
      label: o.label,
      value: written(o.value),
      unit: o.unit,
      approximate: o.approximate,
      changePct: written(o.changeFromPriorYearPct),
    })),
    staffing: Object.fromEntries(Object.entries(t.staffing).map(([k, v]) => [k, written(v)])),
    notes: t.notes,
  }
}

/** No personal data (manager, phone): the view shows figures, not people. */
export function tableViewToJson(a: TableAnalysis) {
  return {
    kind: a.table.kind,
    profile: { id: a.profile.id, name: a.profile.name },
    department: a.department ? departmentView(a.department) : null,
    projects: a.projects.map(projectView),
    warnings: a.warnings,
  }
}
