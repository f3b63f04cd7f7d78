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
