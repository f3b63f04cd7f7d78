// The problems of the money: execution below or above the budget, spending outside the budget
// and sources that do not match the total — each with the causes of its rows and related rows
// (a row's causes include what the user said about it in the chat).
import type { TableAnalysis } from '../analyze.ts'
import { Decimal } from '../decimal.ts'
import type { FundingResult } from '../funding.ts'
import type { ProjectAnalysis } from '../project-analysis.ts'
import { rowCauses, usableCauses, type StatedCause, type UserCauses } from '../row-causes.ts'
import { fundingGap, gapAgainstFullYear, mirrorsTotal } from '../rows-to-explain.ts'
import { factText, money } from './phrases.ts'
import { causeSentence, HUNDRED, plural, userCausesOf, type Named, type Problem } from './problem-parts.ts'

/**
 * The row's budget, actual and rate: against the full-year budget where the form gives one. Null
 * where the row lacks either figure: a 合计 row left blank while the sources carry the money (the
 * rate is then the sources', funding.ts).
 */
function execution(a: TableAnalysis, p: ProjectAnalysis, r: FundingResult): string | null {
  const unit = p.table.moneyUnit
  const key = `${p.key}.F${r.index}`
  const { budget, fullYearBudget, actual } = r.row
  if (!actual) return null
  if (gapAgainstFullYear(r) && fullYearBudget) {
    const rate = factText(a, `${key}.fullYearRate`)
    return `全年预算${money(fullYearBudget, unit)}，实际投入${money(actual, unit)}${rate ? `，预算执行率${rate}` : ''}`
  }
  if (!budget) return null
  const rate = factText(a, `${key}.rate`)
  return `年初预算${money(budget, unit)}，实际投入${money(actual, unit)}${rate ? `，预算执行率${rate}` : ''}`
}

/** "综治、平安建设经费年初预算…" or, for a 合计 row without its figures, "…“合计”未填写完整". */
function totalExecution(a: TableAnalysis, p: ProjectAnalysis, total: FundingResult, who: string): string {
  return `${who}${execution(a, p, total) ?? `“${total.label}”未填写完整`}`
}

/** The sources (not 合计, nor a row that repeats it) spent below (-1) or above (1) their budget. */
function sourcesOff(p: ProjectAnalysis, total: FundingResult, sign: 1 | -1): FundingResult[] {
  return p.funding.rows.filter(
    (r) => r !== total && !mirrorsTotal(p, r) && r.row.budget && r.row.actual && fundingGap(r)?.sign === sign,
  )
}

/** "，其中财政拨款年初预算90万元，实际投入80万元，执行率88.89%；…" */
function sourcesText(a: TableAnalysis, p: ProjectAnalysis, rows: readonly FundingResult[]): string {
  const each = rows.map((r) => `${r.label}${(execution(a, p, r) ?? '').replace(/预算执行率/, '执行率')}`)
  return each.length ? `，其中${each.join('；')}` : ''
}

/** The projects whose rate is below (or above) 100%, with their 合计 row. */
function projectsRated(a: TableAnalysis, off: (rate: Decimal) => boolean) {
  return a.projects.flatMap((p) => {
    const total = p.funding.total
    const rate = p.funding.executionRate
    return total?.row.actual && rate && off(rate) ? [{ p, total }] : []
  })
}

function projectRowCauses(
  p: ProjectAnalysis,
  rows: FundingResult[],
  user?: UserCauses,
): { stated: StatedCause[]; measures: string[] } {
  const stated: StatedCause[] = []
  const measures: string[] = []
  for (const r of rows) {
    const c = rowCauses(p, { kind: 'funding', row: r }, user)
    stated.push(...usableCauses(c))
    measures.push(...c.measures)
  }
  return { stated, measures: [...new Set(measures)] }
}

function ownRowKeys(p: ProjectAnalysis, rows: FundingResult[]): string[] {
  return rows.map((r) => `${p.key}.F${r.index}`)
}

export function lowExecution(a: TableAnalysis, name: Named, notes: string[], user?: UserCauses): Problem | null {
  const low = projectsRated(a, (rate) => rate.lt(HUNDRED))
  if (!low.length) return null
  const stated: StatedCause[] = []
  const own = new Set<string>()
  const measures: string[] = []
  const parts = low.map(({ p, total }) => {
    let s = totalExecution(a, p, total, name(p))
    const subs = sourcesOff(p, total, -1)
    s += sourcesText(a, p, subs)
    const c = projectRowCauses(p, [total, ...subs], user)
    stated.push(...c.stated)
    measures.push(...c.measures)
    for (const k of ownRowKeys(p, [total, ...subs])) own.add(k)
    return s
  })
  const cause = causeSentence(stated, own, notes, '预算执行率偏低的原因')
  return {
    kind: 'low-execution',
    title: plural(a.projects.length, '预算执行不到位', '部分项目预算执行不到位'),
    body: `${parts.join('；')}。${cause.text}`,
    projects: low.map(({ p }) => p.table.project),
    indicators: [],
    cellMeasures: measures,
    questions: cause.asked ? ['请说明预算执行率偏低的原因。'] : [],
    userCauses: userCausesOf(stated),
  }
}

function isUnbudgeted(r: FundingResult): boolean {
  const none = (d: Decimal | null) => d === null || d.isZero
  return r.row.actual !== null && !r.row.actual.isZero && none(r.row.budget) && none(r.row.fullYearBudget)
}

export function overExecution(a: TableAnalysis, name: Named, user?: UserCauses): Problem | null {
  const over = projectsRated(a, (rate) => rate.gt(HUNDRED))
  if (!over.length) return null
  const stated: StatedCause[] = []
  const own = new Set<string>()
  const measures: string[] = []
  const parts = over.map(({ p, total }) => {
    const unit = p.table.moneyUnit
    let s = totalExecution(a, p, total, name(p))
    const gap = fundingGap(total)
    if (gap && gap.sign > 0) s = s.replace(/，预算执行率/, `，超出预算${money(gap, unit)}，预算执行率`)
    // a 合计 row without its figures: the sources over their budgets say it instead
    const subs = execution(a, p, total) ? [] : sourcesOff(p, total, 1)
    s += sourcesText(a, p, subs)
    const extra = p.funding.rows.filter((r) => r !== total && isUnbudgeted(r))
    for (const r of extra) s += `，其中${r.label}实际投入${money(r.row.actual!, unit)}未列入年初预算`
    const rows = [total, ...subs, ...extra]
    const c = projectRowCauses(p, rows, user)
    stated.push(...c.stated)
    measures.push(...c.measures)
    for (const k of ownRowKeys(p, rows)) own.add(k)
    return s
  })
  const cause = causeSentence(stated, own, [], '实际支出超出预算的原因')
  return {
    kind: 'over-execution',
    title: plural(
      a.projects.length,
      '实际支出超出预算，预算约束不够严格',
      '部分项目实际支出超出预算，预算约束不够严格',
    ),
    body: `${parts.join('；')}。${cause.text}`,
    projects: over.map(({ p }) => p.table.project),
    indicators: [],
    cellMeasures: measures,
    questions: cause.asked ? ['请说明实际支出超出预算的原因。'] : [],
    userCauses: userCausesOf(stated),
  }
}

/** Money outside the budget (where not already told as an overspend) and sources that do not add up. */
export function sources(a: TableAnalysis, name: Named): Problem | null {
  const parts: string[] = []
  const projects = new Set<string>()
  for (const p of a.projects) {
    const unit = p.table.moneyUnit
    const total = p.funding.total
    const told: string[] = []
    if (!p.funding.executionRate?.gt(HUNDRED)) {
      for (const r of p.funding.rows.filter((x) => x !== total && isUnbudgeted(x))) {
        told.push(`${r.label}实际投入${money(r.row.actual!, unit)}未纳入年初预算`)
      }
    }
    for (const w of a.warnings.filter((x) => x.table === p.key)) {
      if (
        w.code === 'FUNDING_SUM_MISMATCH' &&
        total &&
        (w.values.column === 'actual' || w.values.column === 'budget')
      ) {
        const col = w.values.column
        const word = col === 'actual' ? '实际投入' : '年初预算'
        const listed = p.funding.sums.parts.filter((r) => r.row[col] !== null)
        if (!total.row[col] || !listed.length) continue
        told.push(
          `${listed.map((r) => `${r.label}${word}${money(r.row[col]!, unit)}`).join('、')}，与合计${word}${money(total.row[col]!, unit)}未能对应`,
        )
      }
      if (w.code === 'COST_INDICATOR_MISMATCH' && w.values.costActual && w.values.fundingActual) {
        told.push(
          `成本指标实际完成值${money(Decimal.parse(w.values.costActual), unit)}，与实际投入${money(Decimal.parse(w.values.fundingActual), unit)}未能对应`,
        )
      }
    }
    if (told.length) {
      parts.push(`${name(p)}${told.join('；')}`)
      projects.add(p.table.project)
    }
  }
  if (!parts.length) return null
  return {
    kind: 'sources',
    title: '预算编制与资金核算衔接不够，自评表填报不够规范',
    body: `${parts.join('；')}。`,
    projects: [...projects],
    indicators: [],
    cellMeasures: [],
    questions: [],
  }
}
