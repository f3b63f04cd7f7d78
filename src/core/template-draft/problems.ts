// 存在的问题及原因分析: the problems the data shows — low or excessive execution, funding that
// does not add up or was not budgeted, indicators not met or not filled in as values, data that
// contradicts itself — each with the causes the unit stated, and the measure that answers it.
import type { TableAnalysis } from '../analyze.ts'
import type { FundingResult } from '../funding.ts'
import { Decimal } from '../decimal.ts'
import type { ProjectAnalysis } from '../project-analysis.ts'
import { formatValueText } from '../value-text.ts'
import { fundingCause, generalNotes, indicatorCause } from './causes.ts'
import { causes, money, pct, placeholder } from './phrases.ts'
import { userCauses, userStatements, type UserNote } from '../user-notes.ts'

export type ProblemKind =
  | 'low-execution'
  | 'over-execution'
  | 'funding-data'
  | 'indicators'
  | 'department-data'

export type Problem = {
  kind: ProblemKind
  /** the problem in one phrase, used as its lead and by the matching measure */
  title: string
  /** the facts and the stated causes */
  body: string
  /** the projects it concerns */
  projects: string[]
  questions: string[]
}

const HUNDRED = Decimal.HUNDRED

export function findProblems(
  a: TableAnalysis,
  userNotes: readonly string[] = [],
  sorted: readonly UserNote[] = [],
): Problem[] {
  const notes = generalNotes(a, userNotes)
  const own = (key: string) => userCauses(sorted, key).own
  return [
    lowExecution(a.projects, notes, own),
    overExecution(a.projects, own),
    fundingData(a),
    indicators(a.projects, own, (key) => userStatements(sorted, key)),
    departmentData(a, own),
  ].filter((p): p is Problem => p !== null)
}

/** The user's causes for one row ("P1.F0"), from the chat. */
type RowCauses = (key: string) => string[]

function lowExecution(projects: readonly ProjectAnalysis[], notes: string[], own: RowCauses): Problem | null {
  const low = withRate(projects, (rate) => rate.lt(HUNDRED))
  if (!low.length) return null
  const stated: string[] = []
  const parts = low.map(({ p, rate }) => {
    const unit = p.table.moneyUnit
    const total = p.funding.total
    let s = p.table.project
    if (total?.row.budget && total.row.actual) {
      s += `年初预算${money(total.row.budget, unit)}，实际投入${money(total.row.actual, unit)}，预算执行率${pct(rate)}`
      const c = fundingCause(total)
      if (c) stated.push(c)
      stated.push(...own(`${p.key}.F${total.index}`))
    } else s += `预算执行率${pct(rate)}`
    for (const r of p.funding.rows) {
      const { budget, actual } = r.row
      if (r === total || !r.executionRate?.lt(HUNDRED) || !budget || !actual) continue
      s += `，其中${r.label}年初预算${money(budget, unit)}、实际投入${money(actual, unit)}，执行率仅${pct(r.executionRate)}`
      const c = fundingCause(r)
      if (c) stated.push(c)
      stated.push(...own(`${p.key}.F${r.index}`))
    }
    for (const i of p.indicators) {
      if (i.isCost && i.deviation && i.deviation.amount.sign < 0) {
        const c = indicatorCause(i)
        if (c) stated.push(c)
      }
    }
    return s
  })
  const all = [...stated, ...notes]
  const questions = all.length ? [] : ['请说明预算执行率偏低的原因。']
  return {
    kind: 'low-execution',
    title: '部分项目预算执行不到位',
    body: `${parts.join('；')}。主要原因：${all.length ? causes(all) : placeholder('预算执行率偏低的原因')}。`,
    projects: low.map(({ p }) => p.table.project),
    questions,
  }
}

function overExecution(projects: readonly ProjectAnalysis[], own: RowCauses): Problem | null {
  const over = withRate(projects, (rate) => rate.gt(HUNDRED))
  if (!over.length) return null
  const stated: string[] = []
  const parts = over.map(({ p, rate }) => {
    const unit = p.table.moneyUnit
    const total = p.funding.total
    let s = p.table.project
    if (total?.row.budget && total.row.actual && total.difference) {
      s += `年初预算${money(total.row.budget, unit)}，实际投入${money(total.row.actual, unit)}，超出预算${money(total.difference, unit)}，预算执行率${pct(rate)}`
      const c = fundingCause(total)
      if (c) stated.push(c)
      stated.push(...own(`${p.key}.F${total.index}`))
    } else s += `预算执行率${pct(rate)}`
    return s + unbudgeted(p, stated)
  })
  return {
    kind: 'over-execution',
    title: '部分项目实际支出超出预算，预算约束不够严格',
    body: `${parts.join('；')}。主要原因：${stated.length ? causes(stated) : placeholder('实际支出超出预算的原因')}。`,
    projects: over.map(({ p }) => p.table.project),
    questions: stated.length ? [] : ['请说明实际支出超出预算的原因。'],
  }
}

/** "，其中其他资金实际投入7.7万元未列入年初预算" for sources spent without a budget. */
function unbudgeted(p: ProjectAnalysis, stated: string[]): string {
  const rows = p.funding.rows.filter(isUnbudgeted).filter((r) => r !== p.funding.total)
  for (const r of rows) {
    const c = fundingCause(r)
    if (c) stated.push(c)
  }
  return rows.map((r) => `，其中${r.label}实际投入${money(r.row.actual, p.table.moneyUnit)}未列入年初预算`).join('')
}

/** The projects whose execution rate is known and passes the test, each with its rate. */
function withRate(projects: readonly ProjectAnalysis[], test: (rate: Decimal) => boolean) {
  return projects.flatMap((p) => {
    const rate = p.funding.executionRate
    return rate && test(rate) ? [{ p, rate }] : []
  })
}

/** A source spent with no budget: its actual is there, not zero, and its budget is absent or zero. */
function isUnbudgeted(r: FundingResult): r is FundingResult & { row: { actual: Decimal } } {
  return r.row.actual !== null && !r.row.actual.isZero && (r.row.budget === null || r.row.budget.isZero)
}

function fundingData(a: TableAnalysis): Problem | null {
  const parts: string[] = []
  const projects = new Set<string>()
  for (const p of a.projects) {
    const unit = p.table.moneyUnit
    for (const w of a.warnings.filter((x) => x.table === p.key)) {
      if (w.code === 'FUNDING_SUM_MISMATCH' && p.funding.total) {
        const col = w.values.column
        if (col !== 'actual' && col !== 'budget') continue
        const word = col === 'actual' ? '实际投入' : '年初预算'
        const listed = p.funding.sums.parts
          .flatMap((r) => {
            const value = r.row[col]
            return value === null ? [] : [`${r.label}${word}${money(value, unit)}`]
          })
          .join('、')
        const sum = p.funding.sums[col]
        const stated = p.funding.total.row[col]
        if (!sum || !stated) continue
        parts.push(
          `${p.table.project}${listed}，各来源之和为${money(sum, unit)}，与“${p.funding.total.label}”${word}${money(stated, unit)}相差${money(stated.sub(sum).abs(), unit)}`,
        )
        projects.add(p.table.project)
      }
      if (w.code === 'COST_INDICATOR_MISMATCH' && w.values.costActual && w.values.fundingActual) {
        parts.push(
          `${p.table.project}成本指标实际完成值${money(Decimal.parse(w.values.costActual), unit)}，与资金情况中的实际投入${money(Decimal.parse(w.values.fundingActual), unit)}不一致`,
        )
        projects.add(p.table.project)
      }
    }
    if (p.funding.executionRate?.lte(HUNDRED)) {
      const rows = p.funding.rows.filter(isUnbudgeted).filter((r) => r !== p.funding.total)
      for (const r of rows) {
        parts.push(`${p.table.project}${r.label}实际投入${money(r.row.actual, unit)}未列入年初预算`)
        projects.add(p.table.project)
      }
    }
  }
  if (!parts.length) return null
  return {
    kind: 'funding-data',
    title: '资金来源填报与核算不够规范',
    body: `${parts.join('；')}，相关数据需对照会计账簿进一步核实。`,
    projects: [...projects],
    questions: [],
  }
}

function indicators(projects: readonly ProjectAnalysis[], own: RowCauses, said: RowCauses): Problem | null {
  const parts: string[] = []
  const stated: string[] = []
  const names = new Set<string>()
  const questions: string[] = []
  for (const p of projects) {
    for (const r of p.indicators) {
      const name = `${p.table.project}“${r.row.name.replace(/\s+/g, '')}”`
      const target = formatValueText(r.target)
      if (r.status === 'not-met' || r.status === 'partial') {
        let s = `${name}指标值${target}，实际完成值为“${r.actual.raw.trim()}”`
        if (r.completionRatio) s += `，完成率${pct(r.completionRatio)}`
        parts.push(s)
        const c = [...(indicatorCause(r) ? [indicatorCause(r)!] : []), ...own(`${p.key}.I${r.index}`)]
        if (c.length) stated.push(...c)
        else questions.push(`请说明${name}未达成指标值的原因。`)
        names.add(p.table.project)
      } else if (r.actual.kind === 'number' && !r.actualDefinite) {
        let s = `${name}实际完成值填写为“${r.actual.raw.trim()}”，未填写确定的实际数值`
        // The reason cell holds a value ("=95%"), not a cause: say so without repeating it,
        // since a number that is not a fact would not verify.
        if (r.row.reason.trim() && !indicatorCause(r)) s += '，偏差原因栏填写的是数值而非原因'
        // what the user stated about it is shown as such, never as a cause
        const userSaid = said(`${p.key}.I${r.index}`)
        if (userSaid.length) s += `（用户说明：${userSaid.map((t) => t.replace(/[。；;，,\s]+$/u, '')).join('；')}）`
        parts.push(s)
        names.add(p.table.project)
      } else if (r.status === 'not-comparable') {
        parts.push(`${name}无法判断是否完成（${r.note}）`)
        names.add(p.table.project)
      }
    }
  }
  if (!parts.length) return null
  const cause = stated.length ? `主要原因：${causes(stated)}。` : ''
  return {
    kind: 'indicators',
    title: '部分绩效指标完成值填报不够规范',
    body: `${parts.join('；')}。${cause}`,
    projects: [...names],
    questions,
  }
}

function departmentData(a: TableAnalysis, own: RowCauses): Problem | null {
  const d = a.department
  if (!d) return null
  const unit = d.table.moneyUnit
  const parts: string[] = []
  for (const w of a.warnings.filter((x) => x.table === 'D')) {
    if (w.code === 'YOY_INCONSISTENT' && d.basic.change && d.basic.impliedChange) {
      const lines = d.basic.lines.map((l) => {
        const p = l.line.changeFromPriorYearPct
        const change = p ? `、较上年${p.sign < 0 ? '下降' : '增长'}${pct(p.abs())}` : ''
        return `${l.line.name}${money(l.line.actual, unit)}${change}`
      })
      const implied = d.basic.impliedChange
      const stated = d.basic.change
      parts.push(
        `基本支出中${lines.join('，')}，按此推算基本支出应较上年${implied.sign < 0 ? '减少' : '增加'}约${money(implied.abs().round(2), unit)}，而报告填报为较上年${stated.sign < 0 ? '减少' : '增加'}${money(stated.abs(), unit)}，前后不一致`,
      )
      // what the user said about a line's change (a chat answer), as its cause
      for (const l of d.basic.lines) {
        const said = own(`D.B.L${l.index}`)
        if (said.length) parts.push(`${l.line.name}较上年变化的原因：${causes(said)}`)
      }
    }
    if (w.code === 'BASIC_LINES_SUM_MISMATCH' && d.basic.linesSum) {
      parts.push(`基本支出各项之和为${money(d.basic.linesSum, unit)}，与基本支出${money(d.basic.total, unit)}不一致`)
    }
    if (w.code === 'PROJECT_LINE_MISMATCH') parts.push(w.message)
  }
  if (!parts.length) return null
  return {
    kind: 'department-data',
    title: '部门支出数据前后不一致',
    body: `${parts.join('；')}，需与决算数据核对。`,
    projects: [],
    questions: [],
  }
}
