// The facts a number can be: those of its dimension whose role its clause allows (cached per
// dimension and cue), and among them those whose value lies near the number's (a sorted index,
// so a draft's hundred numbers against a sheet of thousands of facts stay cheap).
import type { Decimal } from '../decimal.ts'
import type { Fact } from '../facts.ts'
import { dimensionKey } from '../numbers/units.ts'
import type { Prepared } from './prepared.ts'
import type { RoleCue } from './roles.ts'
import { lastDigit, type WrittenValue } from './value-match.ts'

const YUAN: Readonly<Record<string, number>> = {
  元: 1,
  千元: 1e3,
  万元: 1e4,
  十万元: 1e5,
  百万元: 1e6,
  千万元: 1e7,
  亿元: 1e8,
}

/** Magnitude in the dimension's base unit (元 for money), as a float: for ordering and filtering only. */
export function magnitude(value: Decimal, unit: string | null): number {
  const n = Math.abs(Number(value.units) / 10 ** value.scale)
  const factor = unit === null ? undefined : YUAN[unit]
  return factor === undefined ? n : n * factor
}

export type ValueIndex = { mags: Float64Array; facts: Fact[] }

/** `money`: the index of money, where a bare cell the table implies 万元 for counts in 万元 */
export function buildValueIndex(facts: readonly Fact[], money = false): ValueIndex {
  const rows = facts
    .map((f) => ({ f, m: magnitude(f.exact, money ? f.unit || (f.impliedUnit ?? '') : f.unit) }))
    .sort((a, b) => a.m - b.m)
  return { mags: Float64Array.from(rows.map((r) => r.m)), facts: rows.map((r) => r.f) }
}

/** Facts of the number's dimension whose magnitude could agree with it (a superset; the exact check follows). */
export function nearValue(p: Prepared, w: WrittenValue): Fact[] {
  const index = p.valueIndex.get(dimensionKey(w.unit))
  if (!index) return []
  const m = magnitude(w.value, w.unit)
  const digit = w.qualifier ? Math.min(w.decimals, lastDigit(w.value, w.decimals)) : w.decimals
  const scale = (w.unit !== null && YUAN[w.unit]) || 1
  const tol = 10 ** -digit * scale * 1.000001 + 1e-9 * Math.max(1, m)
  const out: Fact[] = []
  for (let i = lowerBound(index.mags, m - tol); i < index.mags.length && index.mags[i]! <= m + tol; i++)
    out.push(index.facts[i]!)
  return out
}

function lowerBound(a: Float64Array, x: number): number {
  let lo = 0
  let hi = a.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (a[mid]! < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Roles a number has only when its clause says so: 之和/合计 for a sum, 同比/较上年/增长 for a change. */
const NEEDS_A_CUE: ReadonlySet<Fact['role']> = new Set(['sum', 'change', 'change-pct', 'quoted', 'unspent-share'])

/**
 * The facts of the dimension the cue allows. Implied changes never (they match only when cited);
 * sums and year-on-year changes only after a word that says so, since they share their rows' names.
 */
export function candidateSet(p: Prepared, unit: string | null, cue: RoleCue | null): Set<Fact> {
  const dim = dimensionKey(unit)
  const key = cue ? cueKey(cue) : 0
  const byCue = p.candidateCache.get(dim) ?? p.candidateCache.set(dim, new Map()).get(dim)!
  const hit = byCue.get(key)
  if (hit) return hit
  // cells written without a unit are candidates for a number of any unit but money (unless the
  // table implies money for them)
  const bare = p.byDimension.get('') ?? []
  // (and a bare number may be an indicator's count in its own measure word: | 居民健康档案 | 38508 | 37442 |)
  const unitless = dim === '' ? p.bareCounts : dim === 'money' ? bare.filter((f) => f.impliedUnit) : bare
  const set = new Set(
    [...(p.byDimension.get(dim) ?? []), ...unitless].filter(
      (f) => f.role !== 'implied-change' && !f.id.includes('.count.') && roleAllows(cue, f),
    ),
  )
  byCue.set(key, set)
  return set
}

const setIds = new WeakMap<object, number>()
let nextSetId = 1
const setId = (o: object | undefined) => {
  if (!o) return 0
  let id = setIds.get(o)
  if (id === undefined) setIds.set(o, (id = nextSetId++))
  return id
}

/** Role and group sets are shared constants (cue-words.ts), so their identity names them. */
function cueKey(cue: RoleCue): number {
  const flags = (cue.yoy ? 1 : 0) + (cue.notAgainstPlan ? 2 : 0)
  return 1 + flags + 4 * (setId(cue.groups) + 1024 * setId(cue.roles))
}

export function roleAllows(cue: RoleCue | null, f: Fact): boolean {
  if (!cue) return !NEEDS_A_CUE.has(f.role)
  if (cue.groups && !cue.groups.has(f.group)) return false
  if (cue.notAgainstPlan && f.source.kind === 'formula' && /预算|指标值/.test(f.source.expression)) return false
  return cue.roles.has(f.role) || (cue.yoy && /同比|增减|变化/.test(f.label))
}
