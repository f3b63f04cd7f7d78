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
  /** the number is unlikely to agree with a fact by chance (match.ts isDistinctive) */
  distinctive = false,
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
  const agreeing = nearValue(p, w).filter(
    (g) => g !== meant && inProjectScope(p, context, g) && valueMatches(w, { ...g, exact: g.exact.abs() }),
  )
  const sameRole = agreeing.filter(
    (g) => g.role === meant.role && (g.table !== meant.table || g.subject !== meant.subject),
  )
  if (sameRole.length || !distinctive) return sameRole
  // (the meant row's own figure in another role is the classic swap — 预算 for 实际, 年初 for 全年 — and
  // keeps its correction)
  if (agreeing.some((g) => g.table === meant.table && g.subject === meant.subject)) return []
  // a distinctive figure (30.64万元, 85.11%) that the sheet has in another role is that figure as likely as
  // a slip: both readings, no bare correction (counts, quotes and implied changes say nothing of the row)
  return agreeing.filter((g) => g.role !== 'count' && g.role !== 'quoted' && g.role !== 'implied-change')
}
