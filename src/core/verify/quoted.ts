// A number the draft quotes from the table's own text or from the user's notes: equal in value
// and unit to a number of that text, and said in the same words — the draft's clause around the
// number shares at least two word pairs (bigrams) with the text around the number in its source.
import type { Fact } from '../facts.ts'
import { foldText } from '../numbers/fold.ts'
import { valueMatches, type WrittenValue } from './value-match.ts'

/** How much of the source's wording around a number must come back around the draft's. */
const MIN_SHARED = 2
const AROUND = 12

export type QuotedMatch = { fact: Fact; shared: number }

export function quotedMatch(
  facts: readonly Fact[],
  written: WrittenValue,
  draftContext: string,
  minShared = MIN_SHARED,
): QuotedMatch | null {
  let best: QuotedMatch | null = null
  const mine = bigrams(draftContext)
  for (const f of facts) {
    if (!f.quote || !valueMatches(written, f)) continue
    const q = f.quote
    const around = foldText(q.text.slice(Math.max(0, q.start - AROUND), q.end + AROUND))
    let shared = 0
    for (const b of bigrams(around)) if (mine.has(b)) shared++
    if (shared >= minShared && (!best || shared > best.shared)) best = { fact: f, shared }
  }
  return best
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i + 1 < s.length; i++) {
    const a = s.charCodeAt(i)
    const b = s.charCodeAt(i + 1)
    if (a >= 0x4e00 && a <= 0x9fff && b >= 0x4e00 && b <= 0x9fff) out.add(s.slice(i, i + 2))
  }
  return out
}
