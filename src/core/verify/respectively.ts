// "调解率和成功率分别为100%和99%": the i-th number after 分别 is about the i-th name before it.
import type { FoundNumber } from '../numbers/find-numbers.ts'
import type { TextStructure } from './text-structure.ts'

const JOINER = /和|与|及|、/g

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
  const end = s.clauseEnd(at)
  const group = numbers.filter((x) => x.ignored === null && x.start > at && x.start < end)
  const i = group.indexOf(n)
  if (i < 0 || group.length < 2) return null
  const ends: number[] = []
  for (const m of t.slice(clause, at).matchAll(JOINER)) ends.push(clause + m.index)
  ends.push(at)
  return ends.length === group.length ? ends[i]! : null
}
