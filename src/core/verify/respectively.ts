// "调解率和成功率分别为100%和99%": the i-th number after 分别 is about the i-th name before it.
import { matchesOf } from '../numbers/each-match.ts'
import type { FoundNumber } from '../numbers/find-numbers.ts'
import type { TextStructure } from './text-structure.ts'

const JOINER = /和|与|及|、/g

/** per list of numbers (one draft), per 分别: its numbers and the ends of the names before it */
const groups = new WeakMap<readonly FoundNumber[], Map<string, { group: FoundNumber[]; ends: number[] }>>()

/** Where the name the number at `k` pairs with ends, or null when the clause has no such list. */
export function respectiveAnchor(
  t: string,
  s: TextStructure,
  numbers: readonly FoundNumber[],
  k: number,
): number | null {
  const n = numbers[k]!
  const clause = s.clauseStart(n.start)
  const inClause = t.slice(clause, n.start).indexOf('分别')
  if (inClause < 0) return null
  const at = clause + inClause
  const key = `${at}`
  let hit = groups.get(numbers)?.get(key)
  if (!hit) {
    const end = s.clauseEnd(at)
    const group = numbers.filter((x) => x.ignored === null && x.start > at && x.start < end)
    const ends: number[] = []
    for (const m of matchesOf(JOINER, t.slice(clause, at))) ends.push(clause + m.index)
    ends.push(at)
    hit = { group, ends }
    const byList = groups.get(numbers) ?? new Map()
    groups.set(numbers, byList.set(key, hit))
  }
  const i = hit.group.indexOf(n)
  if (i < 0 || hit.group.length < 2) return null
  return hit.ends.length === hit.group.length ? hit.ends[i]! : null
}

/** a run of numbers joined by 、 (the last may be joined by 和/及) */
const RUN_JOINER = /^\s*(?:、|和|及|与)\s*$/
/** names joined by 、 only: 绿化及水电费 is one name */
const NAME_JOINER = /、/g

/**
 * "办公、维修（维护）、绿化水电等三项成本15万元、35万元、14.8万元": with no 分别, a run of as many numbers,
 * joined by 、, as the names joined by 、 before them in the clause pairs in order too. Where the name
 * the number at `k` ends, or null.
 */
export function implicitAnchor(t: string, s: TextStructure, numbers: readonly FoundNumber[], k: number): number | null {
  const n = numbers[k]!
  if (n.ignored !== null) return null
  // the run: back and forward from k over numbers of the same unit joined by 、
  let first = k
  while (first > 0) {
    const a = numbers[first - 1]!
    if (a.ignored !== null || a.unit !== n.unit || !RUN_JOINER.test(t.slice(a.end, numbers[first]!.start))) break
    first--
  }
  let last = k
  while (last + 1 < numbers.length) {
    const b = numbers[last + 1]!
    if (b.ignored !== null || b.unit !== n.unit || !RUN_JOINER.test(t.slice(numbers[last]!.end, b.start))) break
    last++
  }
  const size = last - first + 1
  if (size < 2) return null
  const start = numbers[first]!.start
  const clause = s.clauseStart(start)
  const names = t.slice(clause, start)
  // (a number before the run in the clause: the names are not all of the run's)
  if (/\d/.test(names)) return null
  const ends: number[] = []
  for (const m of matchesOf(NAME_JOINER, names)) ends.push(clause + m.index)
  ends.push(start)
  if (ends.length !== size) return null
  return ends[k - first]!
}
