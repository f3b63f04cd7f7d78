// 产生差异的原因 for the rows that need it, in the register of a 绩效自评表 cell: the budget, the
// actual, the gap and the rate, then the cause — the row's own, or one written on a related row
// with where it came from — or a visible placeholder and a question when the data gives none. A
// measure written in the cell closes the paragraph. The project's full name is written once.
// What the user told the chat (user-notes.ts): a cause for a row is that row's own cause; a cause
// for the whole table fills a row that needs one and has none; figures stand as 用户说明. A
// department note that names the row is a related cause (causes.ts).
import type { TableAnalysis } from '../analyze.ts'
import type { FundingResult } from '../funding.ts'
import type { IndicatorResult } from '../indicators.ts'
import type { ProjectAnalysis } from '../project-analysis.ts'
import { rowCauses, usableCauses, indicatorName, type RowCauses } from '../row-causes.ts'
import { fundingRowToExplain, gapAgainstFullYear, indicatorRowToExplain, mirrorsTotal } from '../rows-to-explain.ts'
import { causeClause, clauseOf } from '../cause-themes.ts'
import { causesByRow, generalCauses, userStatements, type UserNote } from '../user-notes.ts'
import { projectNames, withNotesNaming } from './causes.ts'
import { factText, intent, money, pct, placeholder, projectNamer } from './phrases.ts'

export type Paragraphs = { paragraphs: string[]; questions: string[] }

type Out = Paragraphs & {
  /** the user's notes (answers to the draft's questions): causes for the rows that state none */
  userNotes: readonly string[]
  /** one row was asked for: every note is about it */
  single: boolean
  /** the chat's notes, sorted by kind and row */
  sorted: readonly UserNote[]
}

/**
 * One row ("P1.F0", "P2.I4") or, without a row, every row that needs explaining. `userNotes` are
 * plain notes (a row's label in a note ties it to that row); `sorted` are the chat's notes.
 */
export function draftVariance(
  a: TableAnalysis,
  row?: string,
  userNotes: readonly string[] = [],
  sorted: readonly UserNote[] = [],
): Paragraphs {
  const notes = userNotes.map((n) => n.trim()).filter(Boolean)
  const out: Out = { paragraphs: [], questions: [], userNotes: notes, single: !!row, sorted }
  const name = projectNamer()
  for (const p of a.projects) {
    for (const r of p.funding.rows) {
      const id = `${p.key}.F${r.index}`
      if (row ? row === id : fundingRowToExplain(a, p, r)) fundingParagraph(a, p, r, name(p), out)
    }
    for (const r of p.indicators) {
      const id = `${p.key}.I${r.index}`
      if (row ? row === id : indicatorRowToExplain(a, p, r)) indicatorParagraph(a, p, r, name(p), out)
    }
  }
  return { paragraphs: out.paragraphs, questions: out.questions }
}

/** The user's notes that answer for a row: all of them for a single row, else those naming it. */
function notesFor(out: Out, label: string): string[] {
  const mine = out.single ? out.userNotes : out.userNotes.filter((n) => n.includes(label))
  // "年度财政资金总额：项目用地审批延后" — the row's name before a colon is not part of the cause
  return mine
    .map((n) => (n.startsWith(label) ? n.slice(label.length).replace(/^[“”"\s]*[:：]\s*/u, '') : n))
    .filter(Boolean)
}

/** What the user stated about a row as figures: "用户说明：…。", never a cause. */
function userSaid(out: Out, key: string): string {
  const said = userStatements(out.sorted, key)
  return said.length ? `用户说明：${said.map(clauseOf).join('；')}。` : ''
}

/** "主要原因是…（见“…”）。下一步将…。" or the placeholder; the question goes to `out`. */
function causeSentences(
  c: RowCauses,
  what: string,
  question: string,
  out: Out,
  needsCause: boolean,
  label: string,
): string {
  const stated = usableCauses(c)
  const notes = stated.length || !needsCause ? [] : [...notesFor(out, label), ...generalCauses(out.sorted)]
  let s = ''
  if (notes.length) {
    s += `主要原因${causeClause(notes)}。`
  } else if (stated.length) {
    const from = [...new Set(stated.filter(() => !c.own.length).map((x) => x.from))]
    s += `主要原因${causeClause(stated.map((x) => x.text))}`
    s += from.length ? `（见${from.join('、')}）。` : '。'
  } else if (needsCause) {
    s += `主要原因：${placeholder(what)}。`
    out.questions.push(question)
  }
  for (const m of c.measures) s += `${intent(m)}。`
  return s
}

function sourcesOf(p: ProjectAnalysis, r: FundingResult): string {
  const only = p.funding.rows.find((s) => mirrorsTotal(p, s))
  return r === p.funding.total && only ? `（资金全部为${only.label}）` : ''
}

function fundingParagraph(a: TableAnalysis, p: ProjectAnalysis, r: FundingResult, who: string, out: Out) {
  const unit = p.table.moneyUnit
  const { budget, actual, fullYearBudget } = r.row
  const key = `${p.key}.F${r.index}`
  const label = r === p.funding.total ? `${who}${sourcesOf(p, r)}` : `${who}“${r.label}”`
  const fullYear = gapAgainstFullYear(r)
  let text = label
  if (fullYear && fullYearBudget && actual) {
    if (budget && !budget.eq(fullYearBudget)) text += `年初预算${money(budget, unit)}，`
    text += `全年预算${money(fullYearBudget, unit)}，实际投入${money(actual, unit)}`
    const gap = actual.sub(fullYearBudget)
    if (!gap.isZero)
      text += gap.sign < 0 ? `，较全年预算减少${money(gap.abs(), unit)}` : `，较全年预算超出${money(gap, unit)}`
    const rate = factText(a, `${key}.fullYearRate`)
    if (rate) text += `，预算执行率${rate}`
  } else if (budget && actual) {
    text += `年初预算${money(budget, unit)}，实际投入${money(actual, unit)}`
    const diff = actual.sub(budget)
    if (!diff.isZero)
      text += diff.sign < 0 ? `，较预算减少${money(diff.abs(), unit)}` : `，较预算超出${money(diff, unit)}`
    if (r.executionRate) text += `，预算执行率${pct(r.executionRate)}`
  } else if (actual) {
    text += `未列年初预算，实际投入${money(actual, unit)}`
  } else if (budget) {
    text += `年初预算${money(budget, unit)}，实际投入未填写`
  } else {
    text += '预算和实际投入均未填写'
  }
  const base = fullYearBudget ?? budget
  const over = actual && base && actual.gt(base)
  const gap = over ? '超出预算' : actual && !budget && !fullYearBudget ? '未列预算即有支出' : '实际投入低于预算'
  const row = r === p.funding.total ? '' : `“${r.label}”`
  const what = `${row}${gap}的原因`
  const question = `请说明${p.table.project}${row}${gap}的原因。`
  const c = withNotesNaming(
    a,
    rowCauses(p, { kind: 'funding', row: r }, causesByRow(out.sorted)),
    projectNames(a, p),
    key,
  )
  out.paragraphs.push(
    `${text}。${userSaid(out, key)}${causeSentences(c, what, question, out, !!actual || !!budget, r.label)}`,
  )
}

function indicatorParagraph(a: TableAnalysis, p: ProjectAnalysis, r: IndicatorResult, who: string, out: Out) {
  const name = indicatorName(r)
  const key = `${p.key}.I${r.index}`
  const level = r.row.level2 ?? r.row.level1
  let text = `${who}${level}“${name}”`
  const target = factText(a, `${key}.target`)
  if (r.target.kind === 'qualitative') text += `指标值为“${r.target.text}”`
  else if (target) text += `指标值${target.replace(/^=/, '')}`
  else text += r.target.kind === 'empty' ? '未填写指标值' : `指标值为“${r.target.raw.trim()}”`

  const actual = factText(a, `${key}.actual`)
  const definite = r.actual.kind === 'number' && r.actualDefinite
  const c = withNotesNaming(a, rowCauses(p, { kind: 'indicator', row: r }, causesByRow(out.sorted)), [name], key)
  const said = userSaid(out, key)
  // "无" with the unit's reason ("没有轮换、动用库存", 衡山县 储备粮): an answer, not a blank
  const explainedNone = r.actual.kind === 'empty' && r.actual.raw.trim() !== '' && c.own.length > 0
  if (explainedNone) {
    out.paragraphs.push(
      `${text}，实际完成值填写为“${r.actual.raw.trim()}”。${said}${causeSentences(c, '', '', out, true, name)}`,
    )
    return
  }
  // the actual the user stated instead of the table (a chat answer): the table's words and 用户说明
  const missing = (r.actual.kind === 'number' && !definite) || r.actual.kind === 'empty'
  if (missing && said && r.status !== 'not-met' && r.status !== 'partial') {
    const written = r.actual.raw.trim() ? `，实际完成值填写为“${r.actual.raw.trim()}”` : '，未填写实际完成值'
    out.paragraphs.push(`${text}${written}。${said}${causeSentences(c, '', '', out, false, name)}`)
    return
  }
  if (r.actual.kind === 'qualitative') text += `，实际完成情况为“${r.actual.text}”`
  else if (definite && actual) text += `，实际完成${actual.replace(/^=/, '')}`
  else if (r.actual.kind === 'number' || r.actual.kind === 'empty')
    text += `，实际完成值为${placeholder(`“${name}”的实际${r.category === '满意度' ? '调查结果' : '完成数值'}`)}`
  else text += `，实际完成值为“${r.actual.raw.trim()}”`

  const completion = factText(a, `${key}.completion`)
  switch (r.status) {
    case 'exceeded':
      text += '，超额完成指标值'
      break
    case 'partial':
      text += '，部分达成指标值'
      break
    case 'not-met':
      text += completion ? `，完成指标值的${completion}，未达到指标值` : '，未达到指标值'
      break
    case 'not-comparable':
      if (r.actual.kind === 'qualitative' || definite) text += '，无法判断是否完成'
      break
    default:
      if (definite || r.comparison !== 'numeric') text += '，已达到指标值'
  }
  if (missing && r.status !== 'not-met' && r.status !== 'partial') {
    out.questions.push(`请补充“${name}”的实际完成数值${r.category === '满意度' ? '（满意度调查的实际结果）' : ''}。`)
    out.paragraphs.push(`${text}。${causeSentences(c, '', '', out, false, name)}`.trim())
    return
  }
  const unmet = r.status !== 'met' && r.status !== 'exceeded'
  const what = `“${name}”${r.status === 'not-comparable' ? '的实际完成情况' : '未达到指标值的原因'}`
  out.paragraphs.push(
    `${text}。${said}${causeSentences(c, what, `请补充${p.table.project}${what}。`, out, unmet, name)}`.trim(),
  )
}
