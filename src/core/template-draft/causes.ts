// The causes the data states, in the unit's own words: reason cells that are real reasons, the
// department's notes, and the notes the user added in the chat. The template never invents one.
import { isReason } from '../consistency.ts'
import type { TableAnalysis } from '../analyze.ts'
import type { FundingResult } from '../funding.ts'
import type { IndicatorResult } from '../indicators.ts'

export function fundingCause(r: FundingResult): string | null {
  return isReason(r.row.reason) ? r.row.reason : null
}

export function indicatorCause(r: IndicatorResult): string | null {
  return isReason(r.row.reason) ? r.row.reason : null
}

/** Notes that explain the whole unit's spending: the department's own and the user's. */
export function generalNotes(a: TableAnalysis, userNotes: readonly string[] = []): string[] {
  const own = a.table.kind === 'department-overall' ? a.table.notes : []
  return [...own, ...userNotes].filter((n) => n.trim() !== '')
}

/**
 * The cause of a row: the table's own, then what the user said about this row; the user's causes
 * for the whole table only fill a cause the row needs and has none of.
 */
export function withUserCauses(
  own: string | null,
  user: { own: string[]; general: string[] },
  needed: boolean,
): string | null {
  const parts = [...(own ? [own] : []), ...user.own]
  if (!parts.length && needed) parts.push(...user.general)
  return parts.length ? [...new Set(parts.map((t) => t.trim().replace(/[。；;，,\s]+$/u, '')))].join('；') : null
}
