// The decision for one number: which facts its clause can mean (dimension, role), which of them
// the sentence is about (names), and whether the value written agrees with one of those.
import { dimensionKey } from '../numbers/units.ts'
import type { Fact } from '../facts.ts'
import type { FoundNumber } from '../numbers/find-numbers.ts'
import type { Reading } from './reading.ts'
import { candidateSet, nearValue } from './candidates.ts'
import { isTotalRowFact, type Prepared } from './prepared.ts'
import { uncoveredChars } from './clause-content.ts'
import { objectChars, pointsBackward } from './orientation.ts'
import type { NameScores } from './name-index.ts'
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
/** a name written in full */
const FULL = 0.99
/** words of a project's whole: 全年实际投入, 合计, 总支出, 项目整体 */
const INDICATOR_ROW = /^(P\d+\.I\d+)\./
const WHOLE = /全年|全部|合计|总|整体|全额|共计/
/** … and when the clause says no more than this many characters about something else. */
const MAX_UNCOVERED = 1

export type Decision =
  | { kind: 'verified'; facts: Fact[] }
  /** `sure`: the words named what the number is (a count, the points lost), so the right value can be given */
  | { kind: 'mismatch'; fact: Fact; direction: boolean; backward: boolean; sure?: boolean }
  | { kind: 'implied'; fact: Fact }
  | { kind: 'unsupported' }

export type Relevance = {
  /** subject key → relevance of the name around the number */
  names: () => NameScores
  projects: ProjectRelevance
}

export function decide(p: Prepared, t: string, r: Reading, rel: Relevance): Decision {
  const inC = candidateSet(p, r.written.unit, r.cue)
  const object = objectChars(r.cue?.object)
  // Values are compared only for the facts in focus (or, with none, those near the number's value).
  if (!inC.size) return notInData(p, r.written)

  // Only facts whose name appears around the number, or a project's 合计 row, can be in focus.
  const names = rel.names()
  const named = new Set<Candidate>()
  const view = candidateView(inC)
  for (const k of names.named) {
    // a name covered less than EVIDENCE gives no fact evidence (the project factor is at most 1)
    if (names.coverage[k]! >= EVIDENCE) for (const c of view.named(p, k)) named.add(c)
  }
  for (const c of view.totalRows(p)) named.add(c)
  // Relevance without the 合计 default first; the default applies only when no other row is named.
  const scored: Scored[] = []
  let namesOther = false
  let best = 0
  for (const { f, keys, isTotal } of named) {
    const evidence = relevance(p, f, keys, names.coverage, rel.projects, false)
    // a row named too faintly is never in focus (only a 合计 row may be lifted by the default
    // below): it only counts towards the best evidence
    if (!isTotal && evidence < EVIDENCE) {
      if (evidence > best) best = evidence
      continue
    }
    const s: Scored = {
      f,
      evidence,
      focus: relevance(p, f, keys, names.focus, rel.projects, true),
      // (set below for the facts in focus: it only breaks their ties)
      rank: 0,
      isTotal,
    }
    if (!isTotal) namesOther = true
    scored.push(s)
  }
  let bestFocus = 0
  for (const s of scored) {
    if (!namesOther && s.isTotal) applyTotalDefault(p, s, names, rel.projects, inC)
    if (s.evidence > best) best = s.evidence
    if (s.evidence >= EVIDENCE && s.focus > bestFocus) bestFocus = s.focus
  }
  const focus = scored.filter(
    (s) => s.evidence >= EVIDENCE && (bestFocus > 0 ? s.focus >= FOCUS * bestFocus : s.evidence >= FOCUS * best),
  )
  for (const s of focus) s.rank = rank(p, r.cue, s.f)
  focus.sort((a, b) => b.focus - a.focus || b.evidence - a.evidence || a.rank - b.rank)
  dropContainedNames(p, focus, names)
  if (focus.length) {
    const agreeing = focus.filter((s) => agrees(r.written, s.f, object))
    // "人员经费增长10%、公用经费上升10%": the row named nearest has the figure the other way round;
    // that a row named further back has it in the same role does not make it right
    const nearest = focus[0]!
    if (
      agreeing.length &&
      flips(r.written, nearest.f, object) &&
      agreeing.every((s) => s.focus < nearest.focus && s.f.role === nearest.f.role)
    )
      return { kind: 'mismatch', fact: nearest.f, direction: true, backward: pointsBackward(nearest.f, object) }
    const hits = agreeing.map((s) => s.f)
    if (hits.length) return { kind: 'verified', facts: hits }
    const implied = impliedMatch(p, r.written)
    if (implied) return { kind: 'implied', fact: implied }
    const flipped = focus.find((s) => flips(r.written, s.f, object))
    if (flipped)
      return {
        kind: 'mismatch',
        fact: flipped.f,
        direction: true,
        backward: pointsBackward(flipped.f, object),
      }
    const top = focus[0]!
    const own = ownName(p, top.f)
    const uncovered = uncoveredChars(t, r.clauseFrom, r.n.start, own) + uncoveredChars(t, r.n.end, r.clauseTo, own)
    // the 合计 row by default, and another row of the project has the figure in the same role
    // ("以奖代拨经费支出15万元": its 财政拨款 spent 15): which row is meant the words do not say
    const another = (f: Fact) =>
      f !== top.f && f.table === top.f.table && f.role === top.f.role && agrees(r.written, f, object)
    // (unless the clause speaks of the whole: 全年实际投入9.8万元 is the project's, and wrong)
    const whole = WHOLE.test(t.slice(r.clauseFrom, r.n.start))
    if (top.byDefault && !whole && someOf(inC, another)) return notInData(p, r.written)
    if (top.evidence >= MISMATCH_EVIDENCE && uncovered <= MAX_UNCOVERED) {
      return {
        kind: 'mismatch',
        fact: top.f,
        direction: false,
        backward: pointsBackward(top.f, object),
      }
    }
    // A row named only faintly (a shared word or two) is no reason to doubt a distinctive value
    // that agrees with a fact of the right role; a clearly named row is.
    if (top.evidence < MISMATCH_EVIDENCE) {
      const alone = standalone(p, t, r, rel, inC, object, true)
      // "（一）综治、平安建设经费。…实际投入9.80万元": the project is named, faintly, and its whole spent
      // 30.64; that one of its funding rows spent 9.8 does not make the figure right
      if (alone?.kind === 'verified' && alone.facts.every((f) => partOfWhole(p, f, top.f)))
        return notInData(p, r.written)
      return alone ?? notInData(p, r.written)
    }
    return notInData(p, r.written)
  }
  // Nothing around the number names a row: a distinctive value may still stand on its own.
  return standalone(p, t, r, rel, inC, object, false) ?? soleRow(p, r, rel, inC, object) ?? notInData(p, r.written)
}

/** Units that are no measure of one indicator: money, shares, points, counts of rows. */
const NOT_A_MEASURE: ReadonlySet<string> = new Set(['', 'money', '%', '分', '项', '个', '年', '月', '日', '天'])

/**
 * "覆盖39户、90人": the only row of the table measured in 人 is the one the figure is of, even
 * when the words do not name it and the value is round. Its own value must agree; a figure of
 * another row in the same unit is not there to be taken for it.
 */
function soleRow(
  p: Prepared,
  r: Reading,
  rel: Relevance,
  inC: ReadonlySet<Fact>,
  object: Set<string> | null,
): Decision | null {
  const dim = dimensionKey(r.written.unit)
  if (NOT_A_MEASURE.has(dim)) return null
  const all = p.byDimension.get(dim) ?? []
  const row = all.length ? INDICATOR_ROW.exec(all[0]!.id)?.[1] : undefined
  if (!row || !all.every((f) => f.id.startsWith(`${row}.`))) return null
  const hits = all.filter((f) => inC.has(f) && inScope(p, rel, f) && agrees(r.written, f, object))
  return hits.length ? { kind: 'verified', facts: hits } : null
}

/** 317.04万元, 85.11%: a value unlikely to agree with a fact by chance, matched on value and role alone. */
function standalone(
  p: Prepared,
  t: string,
  r: Reading,
  rel: Relevance,
  inC: ReadonlySet<Fact>,
  object: Set<string> | null,
  /** the clause names some row faintly: it must not be about something other than the fact */
  clean: boolean,
): Decision | null {
  if (!isDistinctive(r.n)) return null
  const near = nearValue(p, r.written).filter((f) => inC.has(f) && inScope(p, rel, f))
  const hits = near.filter(
    (f) =>
      agrees(r.written, f, object) &&
      (!clean || uncoveredChars(t, r.clauseFrom, r.n.start, ownName(p, f)) <= MAX_UNCOVERED),
  )
  if (hits.length) return { kind: 'verified', facts: hits }
  const flipped = near.find((f) => flips(r.written, f, object))
  if (flipped) {
    return {
      kind: 'mismatch',
      fact: flipped,
      direction: true,
      backward: pointsBackward(flipped, object),
    }
  }
  return null
}

/**
 * A candidate set's facts by name key, and its facts of the projects' 合计 rows: worked out once
 * per candidate set (candidateSet caches those per table, dimension and cue) and kept with it,
 * rather than every fact of every name tested against the set for every number.
 */
class CandidateView {
  private readonly byKey = new Map<number, readonly Fact[]>()
  private totalFacts: readonly Fact[] | null = null
  private readonly candidates = new Map<Fact, Candidate>()
  private readonly namedByKey = new Map<number, readonly Candidate[]>()
  private totalCandidates: readonly Candidate[] | null = null

  constructor(private readonly inC: ReadonlySet<Fact>) {}

  /** keyFacts(p, k) with each fact's name keys and whether it is a 合计 row, as decide reads them */
  named(p: Prepared, k: number): readonly Candidate[] {
    let hit = this.namedByKey.get(k)
    if (hit === undefined) {
      hit = this.keyFacts(p, k).map((f) => this.candidate(p, f))
      this.namedByKey.set(k, hit)
    }
    return hit
  }

  /** totals(p), as named() gives them */
  totalRows(p: Prepared): readonly Candidate[] {
    if (this.totalCandidates === null) this.totalCandidates = this.totals(p).map((f) => this.candidate(p, f))
    return this.totalCandidates
  }

  /** one object per fact, so that a Set of them holds each fact once */
  private candidate(p: Prepared, f: Fact): Candidate {
    let c = this.candidates.get(f)
    if (c === undefined) {
      const keys = p.subjectKeys.get(f.id)!
      const isTotal = f.table !== 'D' && f.group === 'funding' && p.totalRow.get(f.table) === keys[0]
      c = { f, keys, isTotal }
      this.candidates.set(f, c)
    }
    return c
  }

  /** the facts named by key `k` that are candidates, in the order of p.keyFacts */
  keyFacts(p: Prepared, k: number): readonly Fact[] {
    let hit = this.byKey.get(k)
    if (hit === undefined) {
      hit = (p.keyFacts.get(k) ?? []).filter((f) => this.inC.has(f))
      this.byKey.set(k, hit)
    }
    return hit
  }

  /** the candidates of each project's 合计 row, project by project */
  totals(p: Prepared): readonly Fact[] {
    if (this.totalFacts === null) {
      const out: Fact[] = []
      for (const [table, key] of p.totalRow) {
        for (const f of p.keyFacts.get(key) ?? []) if (f.table === table && this.inC.has(f)) out.push(f)
      }
      this.totalFacts = out
    }
    return this.totalFacts
  }
}

/** A candidate fact with what decide reads of it for every number, worked out once per candidate set. */
type Candidate = { readonly f: Fact; readonly keys: readonly number[]; readonly isTotal: boolean }

const views = new WeakMap<ReadonlySet<Fact>, CandidateView>()
function candidateView(inC: ReadonlySet<Fact>): CandidateView {
  let v = views.get(inC)
  if (!v) views.set(inC, (v = new CandidateView(inC)))
  return v
}

function agrees(w: WrittenValue, f: Fact, object: Set<string> | null): boolean {
  return valueMatches(orient(w, f, object), f)
}

/** Agrees but for the sign: the direction word is the wrong way round. */
function flips(w: WrittenValue, f: Fact, object: Set<string> | null): boolean {
  const o = orient(w, f, object)
  return !valueMatches(o, f) && valueMatchesFlipped(o, f)
}

/**
 * What a number no fact in focus agrees with is: an estimate (implied) or not in the data. Looked
 * up only then, not for every decision: most numbers verify without it.
 */
function notInData(p: Prepared, w: WrittenValue): Decision {
  const implied = impliedMatch(p, w)
  return implied ? { kind: 'implied', fact: implied } : { kind: 'unsupported' }
}

/** An estimate derived from a percentage (implied-change) that the number equals. */
function impliedMatch(p: Prepared, w: WrittenValue): Fact | undefined {
  if (!p.hasImplied) return undefined
  return nearValue(p, w).find((f) => f.role === 'implied-change' && valueMatches(w, f))
}

type Scored = {
  f: Fact
  evidence: number
  focus: number
  rank: number
  isTotal: boolean
  /** in focus only as the project's 合计 row by default, not by name */
  byDefault?: boolean
}

/** The value as the fact's difference would have it: "比合计数少" reads the fact A − B from B's side. */
function orient(w: WrittenValue, f: Fact, object: Set<string> | null): WrittenValue {
  if (!object || !pointsBackward(f, object)) return w
  return {
    value: w.value.neg(),
    signed: w.signed,
    unit: w.unit,
    decimals: w.decimals,
    qualifier: w.qualifier,
  }
}

function inScope(p: Prepared, rel: Relevance, f: Fact): boolean {
  return f.table === 'D' || p.singleProject || (rel.projects.sentence.get(f.table) ?? 0) >= 0.5
}

/**
 * A fact's relevance from its names (`by`: coverage for evidence, focus for ranking). In a
 * department's sheet a project's fact counts only as much as its project is named around the
 * sentence (合计 alone is the department's).
 */
function relevance(
  p: Prepared,
  f: Fact,
  keys: readonly number[],
  by: Float64Array,
  projects: ProjectRelevance,
  ranking: boolean,
): number {
  let score = 0
  for (const k of keys) if (by[k]! > score) score = by[k]!
  return f.table === 'D' || p.singleProject ? score : score * projectFactor(f, projects, ranking)
}

function projectFactor(f: Fact, projects: ProjectRelevance, ranking: boolean): number {
  const project = projects.context.get(f.table) ?? 0
  return ranking ? 1 - PROJECT_WEIGHT + PROJECT_WEIGHT * project : Math.min(1, 0.2 + project)
}

/** A project's 合计 row is what a sentence naming the project and no funding source is about. */
function applyTotalDefault(
  p: Prepared,
  s: Scored,
  names: NameScores,
  projects: ProjectRelevance,
  inC: ReadonlySet<Fact>,
) {
  if ((projects.sentence.get(s.f.table) ?? 0) < 0.5) return
  // another row named is what the number may be about — unless the row has no figure of its kind
  // ("未安排上年结转资金和其他资金。预算执行率100%": a blank row has no rate to cite)
  const view = candidateView(inC)
  const other = (k: number) => names.coverage[k]! >= EVIDENCE && view.keyFacts(p, k).length > 0
  if ((p.otherRows.get(s.f.table) ?? []).some(other)) return
  const factor = (ranking: boolean) => (p.singleProject ? 1 : projectFactor(s.f, projects, ranking))
  if (s.evidence < TOTAL_DEFAULT * factor(false)) s.byDefault = true
  s.evidence = Math.max(s.evidence, TOTAL_DEFAULT * factor(false))
  s.focus = Math.max(s.focus, TOTAL_DEFAULT * p.subjects.typicalMass * factor(true))
}

/**
 * "22项指标分值合计53分": of two names both written in full, the one inside the other (分值合计 in 指标分值合计)
 * is not what the words name; its facts leave the focus.
 */
function dropContainedNames(p: Prepared, focus: Scored[], names: NameScores): void {
  if (focus.length < 2) return
  const full = (s: Scored) =>
    (p.subjectKeys.get(s.f.id) ?? []).filter((k) => names.coverage[k]! >= FULL).map((k) => p.subjects.keys[k]!)
  const named = focus.map(full)
  for (let i = focus.length - 1; i >= 0; i--) {
    const mine = named[i]!
    if (!mine.length) continue
    const inside = mine.every((x) =>
      named.some((other, j) => j !== i && other.some((y) => y.length > x.length && y.includes(x))),
    )
    if (inside) {
      focus.splice(i, 1)
      named.splice(i, 1)
    }
  }
}

function someOf<T>(set: ReadonlySet<T>, test: (x: T) => boolean): boolean {
  for (const x of set) if (test(x)) return true
  return false
}

/** The names a fact is known by: its row's (and category's), its label's and its project's. */
/** Whether `f` is a funding row (not the 合计) of the project `whole` is the total of, in the same role. */
function partOfWhole(p: Prepared, f: Fact, whole: Fact): boolean {
  if (f.role !== whole.role || f.group !== 'funding' || isTotalRowFact(p, f)) return false
  if (isTotalRowFact(p, whole)) return whole.table === f.table
  // the department's line of project expenditure that holds the project
  const line = /^D\.P\.L(\d+)\./.exec(whole.id)
  return line !== null && p.analysis.department?.project.lines[Number(line[1])]?.analysis?.key === f.table
}

function ownName(p: Prepared, f: Fact): string {
  const keys = p.subjectKeys.get(f.id)!
  return keys.map((k) => p.subjects.keys[k]).join('') + f.label + projectName(p, f)
}

function projectName(p: Prepared, f: Fact): string {
  return p.analysis.projects.find((x) => x.key === f.table)?.table.project ?? ''
}

/** Prefer the role the cue names first, then sheet order. */
function rank(p: Prepared, cue: RoleCue | null, f: Fact): number {
  let i = 0
  if (cue)
    for (const role of cue.roles)
      if (role === f.role) break
      else i++
  return i * 100_000 + (p.order.get(f.id) ?? 0)
}

/** 317.04万元, 334起, 85.11%: a value unlikely to match a fact by chance (unlike 12人 or 100%). */
export function isDistinctive(n: FoundNumber): boolean {
  if (n.value.isZero) return false
  // (10.00 is as round as 10: written zeros after the point say nothing of which figure it is)
  if (n.decimals > 0 && n.value.trimmed().scale > 0) return true
  let digits = n.value.abs().round(0).units.toString()
  digits = digits.replace(/0+$/, '')
  return digits.length >= 3
}
