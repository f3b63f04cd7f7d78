// The facts a derivation may use: those of the rows the number's sentence names (up to the end of
// its clause), the facts earlier numbers of the sentence were verified against, and the totals the
// named rows belong to (a project's 合计 row; the department's 基本支出, 项目支出 and 部门支出).
import type { Fact } from '../facts.ts'
import { isProjectsCount, PROJECTS_COUNTED } from './counts.ts'
import { listedRows } from './listed-rows.ts'
import { EVIDENCE } from './match.ts'
import { inProjectScope, type Prepared } from './prepared.ts'
import { nameRelevance, type GramTrack } from './relevance.ts'
import type { ProjectRelevance } from './scope.ts'
import type { TextStructure } from './text-structure.ts'

const DEPARTMENT_TOTALS = ['D.B.total', 'D.P.total', 'D.total']
/** "两个项目的执行率相差…": every project of the sheet, when the count is theirs */
const ALL_PROJECTS = new RegExp(`${PROJECTS_COUNTED}(?!支出)`)

export function sentencePool(
  p: Prepared,
  nameText: string,
  track: GramTrack,
  s: TextStructure,
  at: { start: number; end: number },
  projects: ProjectRelevance,
  earlier: readonly Fact[],
): { named: Fact[]; totals: Fact[] } {
  const from = Math.max(s.sentenceStart(at.start), at.start - 160)
  const to = Math.min(s.clauseEnd(at.end), at.end + 60)
  const scores = nameRelevance(p.subjects, nameText, track, s, { start: at.start, end: at.end, from, to })
  const keys = scores.named
    .filter((k) => scores.coverage[k]! >= EVIDENCE)
    .sort((a, b) => scores.focus[b]! - scores.focus[a]!)
  const inScope = (f: Fact) => inProjectScope(p, projects.context, f)
  const named = new Set<Fact>()
  for (const k of keys) for (const f of p.keyFacts.get(k) ?? []) if (inScope(f)) named.add(f)
  // "1. **五星级小区评选**：目标“≥13个”……。您说实际评出15个，比目标多2个": a sentence that names no
  // row of its own is about the row its list item's bold lead names
  // (and, for a figure of the user's notes, "按你给的问卷结果96.8%，比指标值高出1.8个百分点", the row the
  // sentence before names)
  if (!keys.length) {
    const fromNotes = earlier.some((f) => f.group === 'note')
    const rows =
      itemLeadFacts(p, nameText, track, s, from) ?? (fromNotes ? sentenceBeforeFacts(p, nameText, track, s, from) : [])
    for (const f of rows) if (inScope(f)) named.add(f)
  }
  // "维修和办公两项合计50万元": the rows a counted list names by their first characters
  for (const f of listedRows(p, s.text.slice(from, at.start), inScope)) named.add(f)
  for (const f of earlier) {
    named.add(f)
    // "自评得分：9分（满分10分，扣1分）": a score's row brings its weight (and a weight its score)
    if (f.role === 'score' || f.role === 'weight')
      for (const g of p.keyFacts.get(p.subjectKeys.get(f.id)?.[0] ?? -1) ?? [])
        if (g.table === f.table && (g.role === 'score' || g.role === 'weight')) named.add(g)
  }
  const totals: Fact[] = []
  // "其中羊180只，占家畜家禽总数的93.75%": a 其中 sub-row's whole is the row it is listed under
  for (const f of parentRows(p, named)) totals.push(f)
  const all = namesAllProjects(p, s.text.slice(from, to))
  for (const [table, key] of p.totalRow) {
    if (!p.singleProject && !all && (projects.context.get(table) ?? 0) < 0.5) continue
    // named by "两个项目": facts of the rows the sentence names; otherwise the totals they belong to
    for (const f of p.keyFacts.get(key) ?? [])
      if (f.table !== table) continue
      else if (all) named.add(f)
      else totals.push(f)
  }
  for (const id of DEPARTMENT_TOTALS) {
    const f = p.analysis.sheet.byId.get(id)
    if (f) totals.push(f)
  }
  // 人均: the department's staff numbers are what "per person" divides by
  if (/人均|每人/.test(nameText.slice(from, at.start)))
    for (const f of p.analysis.sheet.facts) if (f.group === 'staffing' && !f.exact.isZero) totals.push(f)
  return { named: [...named], totals }
}

/** a list item's lead: "1. **五星级小区评选**：", "- **满意度**：" */
// (Markdown's ** is gone by now: plain-text.ts has read it)
const ITEM_LEAD =
  /^[ \t]*(?:\d+[.、)]|[-•]|[（(][一二三四五六七八九十\d]+[）)])[ \t]*([^\s：:，,。；;“”"]{2,30}?)[ \t]*[:：]/
const LEAD_REACH = 400

/** The facts of the rows named by the bold lead of the list item the position `from` is in (null: no lead). */
function itemLeadFacts(p: Prepared, t: string, track: GramTrack, s: TextStructure, from: number): Fact[] | null {
  const line = t.lastIndexOf('\n', from - 1) + 1
  if (from - line > LEAD_REACH) return null
  const m = ITEM_LEAD.exec(t.slice(line, from))
  if (!m) return null
  const start = line + m[0].indexOf(m[1]!)
  const facts = bestNamed(p, t, track, s, start, start + m[1]!.length)
  return facts.length ? facts : null
}

/** The facts of the rows the sentence before names, in the same line. */
function sentenceBeforeFacts(p: Prepared, t: string, track: GramTrack, s: TextStructure, from: number): Fact[] {
  const line = t.lastIndexOf('\n', from - 1) + 1
  const sentence = s.sentenceStart(from)
  if (sentence <= line) return []
  const before = Math.max(line, s.sentenceStart(sentence - 1), sentence - LEAD_REACH)
  return bestNamed(p, t, track, s, before, sentence)
}

/** The facts of the rows the span [from, to) names best (only those: 高血压规范管理数 is not 糖尿病规范管理数). */
function bestNamed(p: Prepared, t: string, track: GramTrack, s: TextStructure, from: number, to: number): Fact[] {
  const scores = nameRelevance(p.subjects, t, track, s, { start: to, end: to, from, to })
  const keys = scores.named.filter((k) => scores.coverage[k]! >= EVIDENCE)
  const best = Math.max(0, ...keys.map((k) => scores.coverage[k]!))
  return keys.filter((k) => scores.coverage[k] === best).flatMap((k) => p.keyFacts.get(k) ?? [])
}

/** The facts of the rows the named 其中 sub-rows are listed under (the nearest row above without 其中). */
function parentRows(p: Prepared, named: ReadonlySet<Fact>): Fact[] {
  const parents = new Set<string>()
  for (const f of named) {
    const m = SUB_ROW_ID.exec(f.id)
    if (!m || !f.subject.startsWith('其中')) continue
    const rows = p.analysis.projects.find((x) => x.key === m[1])?.table.indicators
    let i = Number(m[2]) - 1
    while (i >= 0 && rows?.[i]?.name.trim().startsWith('其中')) i--
    if (i >= 0 && rows?.[i]) parents.add(`${m[1]}.I${i}.`)
  }
  if (!parents.size) return []
  return p.analysis.sheet.facts.filter((f) => [...parents].some((x) => f.id.startsWith(x)) && !named.has(f))
}

const SUB_ROW_ID = /^(P\d+)\.I(\d+)\./

function namesAllProjects(p: Prepared, sentence: string): boolean {
  const m = ALL_PROJECTS.exec(sentence)
  return m !== null && p.analysis.projects.length >= 2 && isProjectsCount(m[1]!, p.analysis.projects.length)
}
