// 存在的问题及原因分析, in the unit's own voice: the problems the data shows — execution below or
// above the budget, money outside the budget or not matching its sources, indicators not met,
// actuals not filled in as values, report figures that do not agree — each with the causes the
// unit stated (a related row's cause names its row). Inconsistencies are stated as the unit's own
// shortcoming, never as an instruction to a reviewer: the details are review notes (review-notes.ts).
import type { TableAnalysis } from '../analyze.ts'
import { Decimal } from '../decimal.ts'
import { causeClause, clauseOf, dedupeCauses } from '../cause-themes.ts'
import type { FundingResult } from '../funding.ts'
import type { ProjectAnalysis } from '../project-analysis.ts'
import { indicatorName, rowCauses, usableCauses, type StatedCause } from '../row-causes.ts'
import { fundingGap, gapAgainstFullYear, mirrorsTotal } from '../rows-to-explain.ts'
import { generalNotes } from './causes.ts'
import { factText, money, placeholder, projectNamer, quotedNames } from './phrases.ts'

export type ProblemKind =
  | 'low-execution'
  | 'over-execution'
  | 'sources'
  | 'unmet-indicator'
  | 'indefinite-actual'
  | 'department-data'

export type Problem = {
  kind: ProblemKind
  /** the problem in one phrase, used as its lead */
  title: string
  /** the facts and the stated causes */
  body: string
  /** the projects it concerns */
  projects: string[]
  /** the indicators it concerns (unmet, not filled in) */
  indicators: string[]
  /** measures the unit wrote in the reason cells of the rows concerned */
  cellMeasures: string[]
  questions: string[]
}

type Named = (p: ProjectAnalysis) => string

const rateHundred = Decimal.HUNDRED

export function findProblems(a: TableAnalysis, userNotes: readonly string[] = []): Problem[] {
  const notes = generalNotes(a, userNotes)
  const name = projectNamer()
  const found = [
    lowExecution(a, name, notes),
    overExecution(a, name),
    sources(a, name),
    unmetIndicators(a, name),
    indefiniteActuals(a, name),
    departmentData(a),
  ].filter((p): p is Problem => p !== null)
  return sameCausesOnce(found)
}

/** A problem whose causes are those of an earlier one says so (主要原因同上) instead of repeating them. */
function sameCausesOnce(problems: Problem[]): Problem[] {
  const seen = new Set<string>()
  return problems.map((p) => {
    const m = /主要原因[是：](?!【)([^。]*?)(（见[^）]*）)?。$/.exec(p.body)
    if (!m) return p
    const key = m[1]!
    if (!seen.has(key)) {
      seen.add(key)
      return p
    }
    return { ...p, body: `${p.body.slice(0, m.index)}主要原因同上。` }
  })
}

function plural(n: number, one: string, many: string): string {
  return n > 1 ? many : one
}

/** "主要原因：…（见…）。" from stated causes and notes, or the placeholder. */
function causeSentence(stated: StatedCause[], ownRows: Set<string>, notes: string[], what: string): { text: string; asked: boolean } {
  const texts = [...stated.map((c) => c.text), ...notes]
  if (!texts.length) return { text: `主要原因：${placeholder(what)}。`, asked: true }
  // a related row is named only where its cause is the one written (not given way to a fuller note)
  const kept = new Set(dedupeCauses(texts))
  const from = [...new Set(stated.filter((c) => !ownRows.has(c.row) && kept.has(clauseOf(c.text))).map((c) => c.from))]
  return { text: `主要原因${causeClause(texts)}${from.length ? `（见${from.join('、')}）` : ''}。`, asked: false }
}

/** The project's budget, actual and rate: against the full-year budget where the form gives one. */
function execution(a: TableAnalysis, p: ProjectAnalysis, r: FundingResult): string {
  const unit = p.table.moneyUnit
  const key = `${p.key}.F${r.index}`
  if (gapAgainstFullYear(r)) {
    const rate = factText(a, `${key}.fullYearRate`)
    return `全年预算${money(r.row.fullYearBudget!, unit)}，实际投入${money(r.row.actual!, unit)}${rate ? `，预算执行率${rate}` : ''}`
  }
  const rate = factText(a, `${key}.rate`)
  return `年初预算${money(r.row.budget!, unit)}，实际投入${money(r.row.actual!, unit)}${rate ? `，预算执行率${rate}` : ''}`
}

function projectRowCauses(p: ProjectAnalysis, rows: FundingResult[]): { stated: StatedCause[]; measures: string[] } {
  const stated: StatedCause[] = []
  const measures: string[] = []
  for (const r of rows) {
    const c = rowCauses(p, { kind: 'funding', row: r })
    stated.push(...usableCauses(c))
    measures.push(...c.measures)
  }
  return { stated, measures: [...new Set(measures)] }
}

function ownRowKeys(p: ProjectAnalysis, rows: FundingResult[]): string[] {
  return rows.map((r) => `${p.key}.F${r.index}`)
}

function lowExecution(a: TableAnalysis, name: Named, notes: string[]): Problem | null {
  const low = a.projects.filter((p) => p.funding.executionRate?.lt(rateHundred) && p.funding.total?.row.actual)
  if (!low.length) return null
  const stated: StatedCause[] = []
  const own = new Set<string>()
  const measures: string[] = []
  const parts = low.map((p) => {
    const total = p.funding.total!
    let s = `${name(p)}${execution(a, p, total)}`
    const subs = p.funding.rows.filter(
      (r) => r !== total && !mirrorsTotal(p, r) && r.row.budget && r.row.actual && fundingGap(r)?.sign === -1,
    )
    if (subs.length) s += `，其中${subs.map((r) => `${r.label}${execution(a, p, r).replace(/预算执行率/, '执行率')}`).join('；')}`
    const c = projectRowCauses(p, [total, ...subs])
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
    projects: low.map((p) => p.table.project),
    indicators: [],
    cellMeasures: measures,
    questions: cause.asked ? ['请说明预算执行率偏低的原因。'] : [],
  }
}


function isUnbudgeted(r: FundingResult): boolean {
  const none = (d: Decimal | null) => d === null || d.isZero
  return r.row.actual !== null && !r.row.actual.isZero && none(r.row.budget) && none(r.row.fullYearBudget)
}

function overExecution(a: TableAnalysis, name: Named): Problem | null {
  const over = a.projects.filter((p) => p.funding.executionRate?.gt(rateHundred) && p.funding.total?.row.actual)
  if (!over.length) return null
  const stated: StatedCause[] = []
  const own = new Set<string>()
  const measures: string[] = []
  const parts = over.map((p) => {
    const total = p.funding.total!
    const unit = p.table.moneyUnit
    let s = `${name(p)}${execution(a, p, total)}`
    const gap = fundingGap(total)
    if (gap && gap.sign > 0) s = s.replace(/，预算执行率/, `，超出预算${money(gap, unit)}，预算执行率`)
    const extra = p.funding.rows.filter((r) => r !== total && isUnbudgeted(r))
    for (const r of extra) s += `，其中${r.label}实际投入${money(r.row.actual!, unit)}未列入年初预算`
    const c = projectRowCauses(p, [total, ...extra])
    stated.push(...c.stated)
    measures.push(...c.measures)
    for (const k of ownRowKeys(p, [total, ...extra])) own.add(k)
    return s
  })
  const cause = causeSentence(stated, own, [], '实际支出超出预算的原因')
  return {
    kind: 'over-execution',
    title: plural(a.projects.length, '实际支出超出预算，预算约束不够严格', '部分项目实际支出超出预算，预算约束不够严格'),
    body: `${parts.join('；')}。${cause.text}`,
    projects: over.map((p) => p.table.project),
    indicators: [],
    cellMeasures: measures,
    questions: cause.asked ? ['请说明实际支出超出预算的原因。'] : [],
  }
}

/** Money outside the budget (where not already told as an overspend) and sources that do not add up. */
function sources(a: TableAnalysis, name: Named): Problem | null {
  const parts: string[] = []
  const projects = new Set<string>()
  for (const p of a.projects) {
    const unit = p.table.moneyUnit
    const total = p.funding.total
    const told: string[] = []
    if (!p.funding.executionRate?.gt(rateHundred)) {
      for (const r of p.funding.rows.filter((x) => x !== total && isUnbudgeted(x))) {
        told.push(`${r.label}实际投入${money(r.row.actual!, unit)}未纳入年初预算`)
      }
    }
    for (const w of a.warnings.filter((x) => x.table === p.key)) {
      if (w.code === 'FUNDING_SUM_MISMATCH' && total && (w.values.column === 'actual' || w.values.column === 'budget')) {
        const col = w.values.column
        const word = col === 'actual' ? '实际投入' : '年初预算'
        const listed = p.funding.sums.parts.filter((r) => r.row[col] !== null)
        if (!total.row[col] || !listed.length) continue
        told.push(`${listed.map((r) => `${r.label}${word}${money(r.row[col]!, unit)}`).join('、')}，与合计${word}${money(total.row[col]!, unit)}未能对应`)
      }
      if (w.code === 'COST_INDICATOR_MISMATCH' && w.values.costActual && w.values.fundingActual) {
        told.push(`成本指标实际完成值${money(Decimal.parse(w.values.costActual), unit)}，与实际投入${money(Decimal.parse(w.values.fundingActual), unit)}未能对应`)
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

function unmetIndicators(a: TableAnalysis, name: Named): Problem | null {
  const parts: string[] = []
  const stated: StatedCause[] = []
  const own = new Set<string>()
  const measures: string[] = []
  const names: string[] = []
  const projects = new Set<string>()
  const questions: string[] = []
  for (const p of a.projects) {
    const unmet = p.indicators.filter((r) => r.status === 'not-met' || r.status === 'partial')
    if (!unmet.length) continue
    const rows = unmet.map((r) => {
      const key = `${p.key}.I${r.index}`
      const n = indicatorName(r)
      names.push(n)
      const target = factText(a, `${key}.target`)
      const actual = factText(a, `${key}.actual`)
      const completion = factText(a, `${key}.completion`)
      let s = `“${n}”`
      s += target ? `指标值${target.replace(/^=/, '')}` : `指标值为“${r.target.raw.trim()}”`
      s += actual && r.actualDefinite ? `，实际完成${actual.replace(/^=/, '')}` : `，实际完成值为“${r.actual.raw.trim()}”`
      if (completion) s += `，完成指标值的${completion}`
      const c = rowCauses(p, { kind: 'indicator', row: r })
      const use = usableCauses(c)
      stated.push(...use)
      own.add(key)
      measures.push(...c.measures)
      if (!use.length) questions.push(`请说明${p.table.project}“${n}”未达到指标值的原因。`)
      return s
    })
    parts.push(`${name(p)}${rows.join('；')}`)
    projects.add(p.table.project)
  }
  if (!parts.length) return null
  const cause = causeSentence(stated, own, [], '指标未达到指标值的原因')
  return {
    kind: 'unmet-indicator',
    title: '部分绩效指标未达到预期目标',
    body: `${parts.join('；')}。${cause.text}`,
    projects: [...projects],
    indicators: names,
    cellMeasures: measures,
    questions,
  }
}

function indefiniteActuals(a: TableAnalysis, name: Named): Problem | null {
  const parts: string[] = []
  const names: string[] = []
  const projects = new Set<string>()
  for (const p of a.projects) {
    const bounds = p.indicators.filter((r) => r.actual.kind === 'number' && !r.actualDefinite && r.status !== 'not-met')
    // an actual left blank; "无" with the unit's reason is an answer, not a blank
    const empty = p.indicators.filter(
      (r) =>
        r.actual.kind === 'empty' &&
        r.target.kind !== 'empty' &&
        !(r.actual.raw.trim() && rowCauses(p, { kind: 'indicator', row: r }).own.length),
    )
    const told: string[] = []
    if (bounds.length) {
      told.push(`${quotedNames(bounds.map(indicatorName))}${plural(bounds.length, '指标', '指标')}的实际完成值按指标值填写，未填写实际完成数值`)
    }
    if (empty.length) {
      told.push(`${quotedNames(empty.map(indicatorName))}${plural(empty.length, '指标', '指标')}未填写实际完成值`)
    }
    if (!told.length) continue
    names.push(...[...bounds, ...empty].map(indicatorName))
    parts.push(`${name(p)}${told.join('，')}`)
    projects.add(p.table.project)
  }
  if (!parts.length) return null
  return {
    kind: 'indefinite-actual',
    title: '绩效指标完成值填报不够规范',
    body: `${parts.join('；')}，绩效指标完成情况的计量和记录不够到位。`,
    projects: [...projects],
    indicators: names,
    cellMeasures: [],
    questions: [],
  }
}

function departmentData(a: TableAnalysis): Problem | null {
  if (!a.department) return null
  const codes = new Set(a.warnings.filter((w) => w.table === 'D').map((w) => w.code))
  const told: string[] = []
  if (codes.has('YOY_INCONSISTENT')) told.push('基本支出较上年的增减额与人员经费、日常公用经费的增减幅度不相衔接')
  if (codes.has('BASIC_LINES_SUM_MISMATCH')) told.push('基本支出各项之和与基本支出总额不一致')
  if (codes.has('PROJECT_LINE_MISMATCH')) told.push('部分项目支出数与项目自评表的实际投入不一致')
  if (!told.length) return null
  return {
    kind: 'department-data',
    title: '部门整体支出数据统计口径不够统一',
    body: `报告中${told.join('，')}，报告编制与决算数据衔接不够。`,
    projects: [],
    indicators: [],
    cellMeasures: [],
    questions: [],
  }
}
