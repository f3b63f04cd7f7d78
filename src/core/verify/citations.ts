// Citation markers: "[P1.F0.rate]" right after a number binds it to that fact. A marker binds the
// nearest number before it in the same clause, with nothing but a few non-digit characters between
// ("85.11%[P1.F0.rate]", "85.11%（[P1.F0.rate]）"). 【…】 is a placeholder, never a citation.
import type { Fact } from '../facts.ts'
import type { FoundNumber } from '../numbers/find-numbers.ts'
import type { Citation } from '../citations.ts'
import { finding, type Finding, type Mention } from '../verification.ts'
import type { Reading } from './reading.ts'
import { toMention } from './mention.ts'
import { expectedText, message } from './messages.ts'
import type { Prepared } from './prepared.ts'
import { valueMatches, valueMatchesFlipped } from './value-match.ts'

const CLAUSE_BREAK = /[，,；;。！？!?：:\n]/
const MAX_GAP = 8
/** A figure the user stated (text-facts.ts noteFacts): not in the sheet, its number is read against the notes by value. */
const NOTE_FACT = /^N\d+\.\d+$/

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
    if (NOTE_FACT.test(c.id)) continue
    while (k + 1 < numbers.length && numbers[k + 1]!.end <= c.start) k++
    let j = k
    while (j >= 0 && numbers[j]!.ignored !== null) j--
    const n = j >= 0 ? numbers[j]! : null
    const gap = n ? text.slice(n.end, c.start).replace(/\[[A-Za-z][A-Za-z0-9.]*\]/g, '') : ''
    if (
      n &&
      gap.length <= MAX_GAP &&
      !CLAUSE_BREAK.test(gap) &&
      !/\d/.test(gap) &&
      !numbers.slice(j + 1, k + 1).length
    ) {
      ;(bound.get(j) ?? bound.set(j, []).get(j)!).push(c)
    } else unbound.push(c)
  }
  return { bound, unbound }
}

/** A cited number is checked against the cited facts only (an implied change may be cited). */
export function judgeCited(
  p: Prepared,
  n: FoundNumber,
  r: Reading,
  cited: Citation[],
  mentions: Mention[],
  findings: Finding[],
) {
  const facts: Fact[] = []
  for (const c of cited) {
    const f = p.analysis.sheet.byId.get(c.id)
    if (f) facts.push(f)
    else findings.push(finding('CITATION_UNKNOWN', c.start, c.end, message.citationUnknown(c.id)))
  }
  if (!facts.length) {
    mentions.push(toMention(n, 'unsupported', r, { note: '引用标记不在事实表中' }))
    return
  }
  const hits = facts.filter((f) => valueMatches(r.written, f))
  if (hits.length) {
    mentions.push(toMention(n, 'verified', r, { factIds: hits.map((f) => f.id) }))
    return
  }
  const f = facts[0]!
  const expected = expectedText(f, r.direction)
  const flipped = valueMatchesFlipped(r.written, f)
  mentions.push(toMention(n, 'mismatch', r, { factIds: [f.id], expected }))
  findings.push(
    finding(
      flipped ? 'DIRECTION_MISMATCH' : 'CITATION_MISMATCH',
      flipped && r.direction ? r.direction.start : n.start,
      n.end,
      message.citationMismatch(p, f, expected, n.text),
      [f.id],
    ),
  )
}
