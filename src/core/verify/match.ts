// The decision for one number: which facts its clause can mean (dimension, role), which of them
// the sentence is about (names), and whether the value written agrees with one of those.
import type { Fact } from '../facts.ts'
import type { FoundNumber } from '../numbers/find-numbers.ts'
import { dimensionKey } from '../numbers/units.ts'
import type { Direction } from './direction.ts'
import type { Prepared } from './prepared.ts'
import { uncoveredChars } from './clause-content.ts'
import type { NameScores } from './relevance.ts'
import type { RoleCue } from './roles.ts'
import type { ProjectRelevance } from './scope.ts'
import { valueMatches, valueMatchesFlipped, type WrittenValue } from './value-match.ts'

/** A fact's relevance below this is no evidence that the sentence is about it. */
export const EVIDENCE = 0.3
/** Facts within this share of the best relevance are what the sentence is about. */
export const FOCUS = 0.75
/** How much a project's fact loses when its project is not named around the sentence. */
const PROJECT_WEIGHT = 0.6
/** The relevance a project's 合计 row gets when the sentence names no other funding source. */
const TOTAL_DEFAULT = 0.5
/** A mismatch (rather than "not in the data") is claimed only with this much evidence … */
const MISMATCH_EVIDENCE = 0.5
/** … and when the clause says no more than this many characters about something else. */
const MAX_UNCOVERED = 1

export type Reading = {
  n: FoundNumber
  /** where the number's clause (or the text after the previous number) starts */
  clauseFrom: number
  /** where the number's clause ends (or the next number starts) */
  clauseTo: number
  written: WrittenValue
  cue: RoleCue | null
  direction: Direction | null
}

export type Decision =
  | { kind: 'verified'; facts: Fact[] }
  | { kind: 'mismatch'; fact: Fact; direction: boolean }
  | { kind: 'implied'; fact: Fact }
  | { kind: 'unsupported' }

export type Relevance = {
  /** subject key → relevance of the name around the number */
  names: () => NameScores
  projects: ProjectRelevance
}

export function decide(p: Prepared, t: string, r: Reading, rel: Relevance): Decision {
  const all = p.byDimension.get(dimensionKey(r.written.unit)) ?? []
  const candidates = all.filter((f) => f.role !== 'implied-change' && roleAllows(r.cue, f))
  const matching = candidates.filter((f) => valueMatches(r.written, f))
  const implied = all.find((f) => f.role === 'implied-change' && valueMatches(r.written, f))
  if (!candidates.length) return implied ? { kind: 'implied', fact: implied } : { kind: 'unsupported' }

  const names = rel.names()
  const scored = candidates.map((f) => ({
    f,
    evidence: relevance(p, f, names.coverage, names.coverage, rel.projects, false, 1),
    focus: relevance(p, f, names.focus, names.coverage, rel.projects, true, p.subjects.typicalMass),
  }))
  const best = Math.max(...scored.map((s) => s.evidence))
  if ((globalThis as { DEBUG_VERIFY?: boolean }).DEBUG_VERIFY) {
    console.log(r.n.text, r.cue?.word, [...scored].sort((a, b) => b.focus - a.focus).slice(0, 6).map((s) => `${s.f.id}=${s.f.display} ev${s.evidence.toFixed(2)} fo${s.focus.toFixed(2)}${matching.includes(s.f) ? ' ✓' : ''}`))
  }
  const bestFocus = Math.max(...scored.map((s) => (s.evidence >= EVIDENCE ? s.focus : 0)))
  const focus = scored
    .filter((s) => s.evidence >= EVIDENCE && (bestFocus > 0 ? s.focus >= FOCUS * bestFocus : s.evidence >= FOCUS * best))
    .sort((a, b) => b.focus - a.focus || b.evidence - a.evidence || rank(p, r.cue, a.f) - rank(p, r.cue, b.f))
  if (focus.length) {
    const hits = focus.filter((s) => matching.includes(s.f)).map((s) => s.f)
    if (hits.length) return { kind: 'verified', facts: hits }
    if (implied) return { kind: 'implied', fact: implied }
    const flipped = focus.find((s) => valueMatchesFlipped(r.written, s.f))
    if (flipped) return { kind: 'mismatch', fact: flipped.f, direction: true }
    const top = focus[0]!
    const name = p.subjects.keys[p.subjectKey.get(top.f.id)!]!
    const own = name + projectName(p, top.f)
    const uncovered = uncoveredChars(t, r.clauseFrom, r.n.start, own) + uncoveredChars(t, r.n.end, r.clauseTo, own)
    if (top.evidence >= MISMATCH_EVIDENCE && uncovered <= MAX_UNCOVERED) {
      return { kind: 'mismatch', fact: top.f, direction: false }
    }
    return implied ? { kind: 'implied', fact: implied } : { kind: 'unsupported' }
  }
  // Nothing around the number names a row: a distinctive value may still stand on its own.
  const inScope = (f: Fact) => f.table === 'D' || p.singleProject || (rel.projects.sentence.get(f.table) ?? 0) >= 0.5
  if (isDistinctive(r.n)) {
    const hits = matching.filter(inScope)
    if (hits.length) return { kind: 'verified', facts: hits }
    const flipped = candidates.filter(inScope).find((f) => valueMatchesFlipped(r.written, f))
    if (flipped) return { kind: 'mismatch', fact: flipped, direction: true }
  }
  return implied ? { kind: 'implied', fact: implied } : { kind: 'unsupported' }
}

export function roleAllows(cue: RoleCue | null, f: Fact): boolean {
  if (!cue) return true
  if (cue.groups && !cue.groups.has(f.group)) return false
  if (cue.notAgainstPlan && f.source.kind === 'formula' && /预算|指标值/.test(f.source.expression)) return false
  return cue.roles.has(f.role) || (cue.yoy && /同比|增减|变化/.test(f.label))
}

/**
 * A fact's relevance: its row's name (`names`), for a project's 合计 row a default when the
 * sentence names the project and no other funding source; in a department's sheet a project's
 * fact counts only as much as its project is named around the sentence (合计 alone is the
 * department's). `withProject` ranks (focus), else it is evidence.
 */
function relevance(
  p: Prepared,
  f: Fact,
  names: Map<number, number>,
  coverage: Map<number, number>,
  projects: ProjectRelevance,
  withProject: boolean,
  /** what a full match of a name scores in `names` */
  full: number,
): number {
  const key = p.subjectKey.get(f.id)!
  let score = names.get(key) ?? 0
  if (f.table === 'D') return score
  if (f.group === 'funding' && p.totalRow.get(f.table) === key && (projects.sentence.get(f.table) ?? 0) >= 0.5) {
    const others = p.otherRows.get(f.table) ?? []
    if (!others.some((k) => (coverage.get(k) ?? 0) >= EVIDENCE)) score = Math.max(score, TOTAL_DEFAULT * full)
  }
  if (p.singleProject) return score
  const project = projects.context.get(f.table) ?? 0
  return score * (withProject ? 1 - PROJECT_WEIGHT + PROJECT_WEIGHT * project : Math.min(1, 0.2 + project))
}

function projectName(p: Prepared, f: Fact): string {
  return p.analysis.projects.find((x) => x.key === f.table)?.table.project ?? ''
}

/** Prefer the role the cue names first, then sheet order. */
function rank(p: Prepared, cue: RoleCue | null, f: Fact): number {
  const roles = cue ? [...cue.roles] : []
  const i = roles.indexOf(f.role)
  return (i < 0 ? roles.length : i) * 100_000 + (p.order.get(f.id) ?? 0)
}

/** 317.04万元, 334起, 85.11%: a value unlikely to match a fact by chance (unlike 12人 or 100%). */
export function isDistinctive(n: FoundNumber): boolean {
  if (n.decimals > 0) return true
  let digits = n.value.abs().round(0).units.toString()
  digits = digits.replace(/0+$/, '')
  return digits.length >= 3
}
