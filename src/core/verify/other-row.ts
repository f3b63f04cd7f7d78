// A figure its clause ties to one row but that another row of the same kind has ("种植作物成活率95%，
// 养殖成活率100%", read as the first rate's): which row the writer meant the words do not settle
// beyond doubt, since our reading of row names can be wrong as well as the writer's figure. Such a
// number is flagged with both readings — whose figure it is, and what the named row's would be —
// never with a bare correction that tells the officer to overwrite it.
import type { Fact } from '../facts.ts'
import { nearValue } from './candidates.ts'
import { inProjectScope, type Prepared } from './prepared.ts'
import { unsigned, valueMatches, type WrittenValue } from './value-match.ts'

/**
 * Facts of other rows, in the role of `meant`, whose value the number agrees with. Not for counts:
 * nearly every small number is the count of some category, so sharing one says nothing of the row.
 */
export function otherRowsWith(
  p: Prepared,
  context: ReadonlyMap<string, number>,
  written: WrittenValue,
  meant: Fact,
  byId: ReadonlyMap<string, Fact>,
): Fact[] {
  if (meant.role === 'count') return []
  const w = unsigned(written)
  // "实际支出30.64万元" read as 项目支出合计 (30.64 + 9 + 15.68 + 22.7): a figure that is one of the terms
  // of the sum it would be corrected to is that term, as likely as not
  if ((meant.role === 'sum' || meant.role === 'total') && meant.source.kind === 'formula') {
    const terms = meant.source.inputs.flatMap((id) => byId.get(id) ?? [])
    const hits = terms.filter((g) => valueMatches(w, { ...g, exact: g.exact.abs() }))
    if (hits.length) return hits
  }
  return nearValue(p, w).filter(
    (g) =>
      g !== meant &&
      g.role === meant.role &&
      (g.table !== meant.table || g.subject !== meant.subject) &&
      inProjectScope(p, context, g) &&
      valueMatches(w, { ...g, exact: g.exact.abs() }),
  )
}
