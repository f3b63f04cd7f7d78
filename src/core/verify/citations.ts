// Citation markers: "[P1.F0.rate]" right after a number binds it to that fact. A marker binds the
// nearest number before it in the same clause, with nothing but a few non-digit characters between
// ("85.11%[P1.F0.rate]", "85.11%（[P1.F0.rate]）"). 【…】 is a placeholder, never a citation.
import type { Citation } from '../numbers/regions.ts'
import type { FoundNumber } from '../numbers/find-numbers.ts'

const CLAUSE_BREAK = /[，,；;。！？!?：:\n]/
const MAX_GAP = 8

/** number index → the citations bound to it; and the citations bound to nothing */
export function bindCitations(
  text: string,
  numbers: readonly FoundNumber[],
  citations: readonly Citation[],
): { bound: Map<number, Citation[]>; unbound: Citation[] } {
  const bound = new Map<number, Citation[]>()
  const unbound: Citation[] = []
  let k = -1
  for (const c of citations) {
    while (k + 1 < numbers.length && numbers[k + 1]!.end <= c.start) k++
    let j = k
    while (j >= 0 && numbers[j]!.ignored !== null) j--
    const n = j >= 0 ? numbers[j]! : null
    const gap = n ? text.slice(n.end, c.start).replace(/\[[A-Za-z][A-Za-z0-9.]*\]/g, '') : ''
    if (n && gap.length <= MAX_GAP && !CLAUSE_BREAK.test(gap) && !/\d/.test(gap) && !numbers.slice(j + 1, k + 1).length) {
      ;(bound.get(j) ?? bound.set(j, []).get(j)!).push(c)
    } else unbound.push(c)
  }
  return { bound, unbound }
}
