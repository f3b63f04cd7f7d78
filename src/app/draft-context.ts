// What a prompt may see for one request (DESIGN.md §4): the fact-sheet entries relevant to it
// (ids and display values), the warnings about those rows, and the unit's own cause notes —
// reason cells, the department's notes[] and what the user said — with personal data masked.
// Never the raw table, never the manager's name or phone.
import type { TableAnalysis } from '../core/analyze.ts'
import type { Fact } from '../core/facts.ts'
import { readReasonCell } from '../core/reason-cell.ts'
import { reviewNotes, type ReviewNote } from '../core/review-notes.ts'
import { noteFacts } from '../core/text-facts.ts'
import { rowCauses, usableCauses, type RowRef } from '../core/row-causes.ts'
import { generalMeasure, measureDirection } from '../core/template-draft/measures.ts'
import { findProblems } from '../core/template-draft/problems.ts'
import { causesByRow, generalCauses, type UserNote } from '../core/user-notes.ts'
import type { TableWarning } from '../core/warnings.ts'
import { warningQuestions } from './draft-questions.ts'
import {
  allRows,
  findRow,
  requireRow,
  hasVariance,
  rowTitle,
  rowWarnings,
  scoreBelowWeight,
  type DraftRow,
} from './draft-rows.ts'
import { verifierNotes, type DraftRequest, type DraftSection } from './ports.ts'
import { personalStrings, redactPersonalData } from './redact.ts'

export type CauseNote = {
  /** where it comes from, in Chinese: "综治、平安建设经费·资金情况·“合计”行" (its reason cell) */
  source: string
  text: string
  /** a related row's cause: the row it may explain, whose own cell states none */
  explains?: string
}

/** A problem the data shows and the direction of the measure that answers it (problems, measures). */
export type PlannedProblem = { title: string; projects: string[]; measure: string }

export type DraftContext = {
  section: DraftSection
  /** what the draft is about, in Chinese, for the prompt */
  subject: string
  /** the rows it explains (variance) or draws on (other sections) */
  rows: DraftRow[]
  facts: Fact[]
  warnings: TableWarning[]
  causes: CauseNote[]
  /** measures the unit wrote in the reason cells */
  measures: CauseNote[]
  /** problems and measures sections: the problems found, each with its measure's direction */
  plan: PlannedProblem[]
  /** 核对提示: data inconsistencies for the user, never report text */
  reviewNotes: ReviewNote[]
  /** for the user, where a material variance has no stated reason */
  questions: string[]
}

/** Department-level roles worth a problems section; shares and estimates stay out. */
const DEPARTMENT_ROLES = new Set(['actual', 'total', 'change', 'change-pct', 'sum'])

export function buildDraftContext(request: DraftRequest): DraftContext {
  const a = request.analysis
  const single = request.section === 'variance' && request.row ? requireRow(a, request.row) : null
  const rows = single ? [single] : allRows(a).filter((r) => hasVariance(a, r))
  const warnings = single
    ? rowWarnings(a, single)
    : request.section === 'variance'
      ? a.warnings.filter((w) => rows.some((r) => rowWarnings(a, r).includes(w)))
      : a.warnings

  const ids = new Set<string>()
  if (request.section !== 'variance') {
    for (const f of a.sheet.facts) {
      const departmentLevel = ['basic', 'project', 'department'].includes(f.group)
      if (f.table === 'D' && departmentLevel && DEPARTMENT_ROLES.has(f.role)) ids.add(f.id)
    }
    for (const p of a.projects) {
      const total = `${p.key}.F${p.funding.total?.index ?? 0}.`
      for (const f of a.sheet.facts) if (f.id.startsWith(total)) ids.add(f.id)
    }
  }
  for (const r of rows) for (const f of rowFacts(a, r)) ids.add(f.id)
  for (const w of warnings) for (const f of warningFacts(a, w)) ids.add(f.id)
  const personal = personalStrings(a)
  const facts = [...a.sheet.facts.filter((f) => ids.has(f.id)), ...userStatedFacts(request, personal)]

  const userNotes = [
    ...(request.notes ?? [])
      .filter((n) => n.trim())
      .map((text): CauseNote => ({ source: '用户补充说明', text: text.trim() })),
    ...sortedUserNotes(a, request.userNotes ?? [], single),
  ]
  const mask = (c: CauseNote): CauseNote => ({ ...c, text: redactPersonalData(c.text, personal) })
  const causes = [...causeNotes(a, single), ...relatedCauses(a, rows, request.userNotes), ...userNotes].map(mask)
  const plan = request.section === 'variance' ? [] : measuresPlan(a, request)

  return {
    section: request.section,
    subject: subjectOf(a, request.section, single, rows),
    rows,
    facts,
    warnings,
    causes,
    measures: cellMeasures(a, single).map(mask),
    plan,
    reviewNotes: reviewNotes(a),
    questions: warningQuestions(
      warnings.filter((w) => !answered(a, w, request.userNotes ?? [])),
      a,
    ),
  }
}

/**
 * The figures the user stated in notes, with the ids the verifier gives them (N{i}.{k}, in the
 * order of verifierNotes): the model may cite them like any fact. The label quotes the words
 * around the figure, masked; a figure that is itself personal data (a phone number) stays out.
 */
function userStatedFacts(request: Pick<DraftRequest, 'notes' | 'userNotes'>, personal: readonly string[]): Fact[] {
  return noteFacts(verifierNotes(request).notes).flatMap((f) => {
    if (redactPersonalData(f.display, personal) !== f.display || !f.quote) return []
    const q = f.quote
    const around = clauseAround(q.text, q.start, q.end)
    return [{ ...f, label: `${f.subject}：“${redactPersonalData(around, personal)}”中的数字` }]
  })
}

/** The clause of a note a figure stands in: "满意度调查实际结果为96.3%". */
function clauseAround(text: string, start: number, end: number): string {
  const BREAK = /[，,；;。！？!?\n]/
  let from = start
  while (from > 0 && start - from < 30 && !BREAK.test(text[from - 1]!)) from--
  let to = end
  while (to < text.length && to - end < 20 && !BREAK.test(text[to]!)) to++
  return text.slice(from, to).trim()
}

/**
 * The user's notes for a prompt, each labelled with what it is: a cause of a row (or of the whole
 * table), figures the user stated (用户说明: facts, never a cause), or context. Notes about
 * another row than the one a single-row draft explains stay out.
 */
function sortedUserNotes(a: TableAnalysis, notes: readonly UserNote[], single: DraftRow | null): CauseNote[] {
  return notes
    .filter((n) => n.text.trim() && (!single || n.row === null || n.row === single.key))
    .map((n) => {
      const row = n.row ? findRow(a, n.row) : null
      const about = row ? rowTitle(row) : n.row ? n.row : '全表'
      const source =
        n.kind === 'cause'
          ? `用户说明的原因（${about}）`
          : n.kind === 'figures'
            ? `用户说明的数字（${about}；只能作为“用户说明”的事实引用，不是原因）`
            : `用户补充的背景情况（${about}；不是原因）`
      return { source, text: n.text.trim() }
    })
}

/**
 * A question about a row that needs no asking: the user answered it with a cause or figures, or a
 * row of the same money states a cause the draft may use (as the template draft does).
 */
function answered(a: TableAnalysis, w: TableWarning, notes: readonly UserNote[]): boolean {
  const ref = w.rows[0]
  const row = ref ? allRows(a).find((r) => r.project.key === w.table && r.path === ref.path) : undefined
  if (!row) return false
  if (notes.some((n) => n.row === row.key && n.kind !== 'context')) return true
  return usableCauses(rowCauses(row.project, refOf(row), causesByRow(notes))).length > 0
}

/** Each problem with its measure's direction; the causes the user gave for no row as one more. */
function measuresPlan(a: TableAnalysis, request: DraftRequest): PlannedProblem[] {
  const general = generalCauses(request.userNotes)
  const problems = findProblems(a, [...(request.notes ?? []), ...general], request.userNotes)
  const plan = problems.map((p) => ({ title: p.title, projects: p.projects, measure: measureDirection(p) }))
  const answer = generalMeasure(general, problems)
  if (answer) plan.push({ title: '用户说明的原因', projects: [], measure: answer.replace(/。$/, '') })
  return plan
}

function refOf(r: DraftRow): RowRef {
  return r.funding ? { kind: 'funding', row: r.funding } : { kind: 'indicator', row: r.indicator! }
}

/** The row's own facts; an indicator's weight and score only when it lost points. */
function rowFacts(a: TableAnalysis, row: DraftRow): Fact[] {
  const lostPoints = scoreBelowWeight(row)
  const wanted = (f: Fact) => row.kind === 'funding' || lostPoints || (f.role !== 'weight' && f.role !== 'score')
  return a.sheet.facts.filter((f) => f.id.startsWith(`${row.key}.`) && wanted(f))
}

/** Warnings about money whose rows' figures a draft may need beside the message. */
const MONEY_WARNINGS = new Set(['FUNDING_SUM_MISMATCH', 'COST_INDICATOR_MISMATCH'])

/**
 * The facts a warning's numbers come from, so that every number a prompt shows has an id: a money
 * warning's rows and sums; for contradictory year-on-year changes, the shares and the estimates.
 */
function warningFacts(a: TableAnalysis, w: TableWarning): Fact[] {
  if (w.code === 'YOY_INCONSISTENT' || w.code === 'BASIC_LINES_SUM_MISMATCH') {
    return a.sheet.facts.filter((f) => /^D\.B\.(L\d+\.(share|impliedChange)|impliedChange|linesSum)$/.test(f.id))
  }
  if (!w.table.startsWith('P') || !MONEY_WARNINGS.has(w.code)) return []
  const out: Fact[] = []
  for (const ref of w.rows) {
    const row = allRows(a).find((r) => r.project.key === w.table && r.path === ref.path)
    if (row) out.push(...rowFacts(a, row))
  }
  if (w.code === 'FUNDING_SUM_MISMATCH') out.push(...a.sheet.facts.filter((f) => f.id.startsWith(`${w.table}.sum.`)))
  return out
}

function reasonOf(r: DraftRow): string {
  return (r.funding?.row.reason ?? r.indicator?.row.reason ?? '').trim()
}

/** The causes written in reason cells, sentence by sentence: labels, values and empty markers are not causes. */
function causeNotes(a: TableAnalysis, single: DraftRow | null): CauseNote[] {
  const cells: CauseNote[] = []
  const projects = single ? [single.project] : a.projects
  for (const p of projects) {
    for (const r of allRows(a).filter((x) => x.project.key === p.key)) {
      const notes = readReasonCell(reasonOf(r)).causes.map((text) => ({ source: rowTitle(r), text }))
      if (r.key === single?.key) cells.unshift(...notes)
      else cells.push(...notes)
    }
  }
  const notes = (a.department?.table.notes ?? [])
    .filter((n) => n.trim())
    .map((text) => ({ source: '部门报告中单位的说明', text: text.trim() }))
  return [...cells, ...notes]
}

/**
 * For each row the draft explains that states no cause of its own (in its cell or from the user),
 * the causes of the rows of the same money (row-causes.ts), marked with the row they may explain.
 */
function relatedCauses(a: TableAnalysis, rows: readonly DraftRow[], notes: readonly UserNote[] = []): CauseNote[] {
  const out: CauseNote[] = []
  const byKey = new Map(allRows(a).map((x) => [x.key, x]))
  const user = causesByRow(notes)
  for (const r of rows) {
    for (const rel of rowCauses(r.project, refOf(r), user).related) {
      const from = byKey.get(rel.row)
      if (!from) continue
      const source = rel.byUser ? `用户说明的原因（${rowTitle(from)}）` : rowTitle(from)
      out.push({ source, text: rel.text, explains: rowTitle(r) })
    }
  }
  return out
}

/** Measures the unit wrote in reason cells ("提高预算准确度"): material for the measures, not causes. */
function cellMeasures(a: TableAnalysis, single: DraftRow | null): CauseNote[] {
  const rows = single ? allRows(a).filter((r) => r.project.key === single.project.key) : allRows(a)
  return rows.flatMap((r) => readReasonCell(reasonOf(r)).measures.map((text) => ({ source: rowTitle(r), text })))
}

function subjectOf(a: TableAnalysis, section: DraftSection, single: DraftRow | null, rows: DraftRow[]): string {
  if (single) return rowTitle(single)
  if (section === 'variance') {
    return rows.length ? rows.map((r) => `- ${rowTitle(r)}`).join('\n') : '（表中没有存在偏差的行）'
  }
  const d = a.department?.table
  if (d) return `${d.unit}${d.year}年度部门整体支出绩效评价报告`
  const p = a.projects[0]!.table
  return `${p.project}${p.year}年度绩效自评报告`
}
