// What the verifier needs from an analysis, built once per analysis and kept while it lives:
// facts by dimension, the index of subject names and of project names, and the funding rows.
import type { TableAnalysis } from '../analyze.ts'
import type { Fact } from '../facts.ts'
import { dimensionKey } from '../numbers/units.ts'
import { normalizeName } from './names.ts'
import { NameIndex } from './relevance.ts'

export type Prepared = {
  analysis: TableAnalysis
  byDimension: Map<string, Fact[]>
  subjects: NameIndex
  subjectKey: Map<string, number>
  /** project names, one key per project table ("P1" → key) */
  projects: NameIndex
  projectKey: Map<string, number>
  /** one project table and no department: every project fact is in scope */
  singleProject: boolean
  /** per project table: the subject key of its total funding row (合计), and of its other rows */
  totalRow: Map<string, number>
  otherRows: Map<string, number[]>
  /** the sheet's names, normalized, for the unknown-name check */
  knownNames: string[]
  /** sheet order, for stable tie-breaks */
  order: Map<string, number>
}

const cache = new WeakMap<TableAnalysis, Prepared>()

/** Subjects as a draft names them: the sheet's 总分 is written 总得分. */
const SUBJECT_ALIASES: Readonly<Record<string, string>> = { 总分: '总得分', 自评总分: '自评总得分' }

export function prepare(analysis: TableAnalysis): Prepared {
  const hit = cache.get(analysis)
  if (hit) return hit
  const subjects = new NameIndex()
  const subjectKey = new Map<string, number>()
  const byDimension = new Map<string, Fact[]>()
  const order = new Map<string, number>()
  analysis.sheet.facts.forEach((f, i) => {
    subjectKey.set(f.id, subjects.add(SUBJECT_ALIASES[f.subject] ?? f.subject))
    const dim = dimensionKey(f.unit)
    ;(byDimension.get(dim) ?? byDimension.set(dim, []).get(dim)!).push(f)
    order.set(f.id, i)
  })
  const projects = new NameIndex()
  const projectKey = new Map<string, number>()
  const totalRow = new Map<string, number>()
  const otherRows = new Map<string, number[]>()
  for (const p of analysis.projects) {
    projectKey.set(p.key, projects.add(p.table.project))
    const total = p.funding.total
    if (total) totalRow.set(p.key, subjects.add(total.label))
    otherRows.set(
      p.key,
      p.funding.rows.filter((r) => r !== total).map((r) => subjects.add(r.label)),
    )
  }
  subjects.seal()
  projects.seal()

  const names = new Set<string>()
  for (const f of analysis.sheet.facts) {
    names.add(normalizeName(f.subject))
    for (const part of f.label.split('·')) names.add(normalizeName(part))
  }
  for (const p of analysis.projects) {
    names.add(normalizeName(p.table.project))
    for (const r of p.table.indicators) names.add(normalizeName(r.name))
  }
  if (analysis.department) {
    for (const l of analysis.department.table.projectExpenditure.lines) names.add(normalizeName(l.name))
  }
  names.delete('')

  const prepared: Prepared = {
    analysis,
    byDimension,
    subjects,
    subjectKey,
    projects,
    projectKey,
    singleProject: analysis.department === null && analysis.projects.length === 1,
    totalRow,
    otherRows,
    knownNames: [...names],
    order,
  }
  cache.set(analysis, prepared)
  return prepared
}
