// Clauses, sentences and paragraphs of a draft, by position: what "the clause a number is in"
// and "the sentence before it" mean to the role, direction and name readers.
/** What each boundary character ends, by code unit: a clause (1), a sentence (2), a line (4). */
const ENDS = new Map<number, number>()
for (const c of '，,：:') ENDS.set(c.charCodeAt(0), 1)
for (const c of '；;。！？!?') ENDS.set(c.charCodeAt(0), 1 | 2)
ENDS.set(10, 1 | 2 | 4)

export class TextStructure {
  /** positions just after each boundary character (and 0) */
  private readonly clauses: number[]
  private readonly sentences: number[]
  private readonly paragraphs: number[]

  constructor(readonly text: string) {
    // one pass over the text for the three (rather than a global regex each, with a match array
    // per boundary): this runs for every draft
    const clauses = [0]
    const sentences = [0]
    const paragraphs = [0]
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      // (every boundary character is at most U+3002 or in U+FF01–U+FF1F: CJK text stops here)
      if (c > 0xff1f || (c > 0x3002 && c < 0xff01)) continue
      const ends = ENDS.get(c)
      if (ends === undefined) continue
      clauses.push(i + 1)
      if (ends & 2) sentences.push(i + 1)
      if (ends & 4) paragraphs.push(i + 1)
    }
    this.clauses = clauses
    this.sentences = sentences
    this.paragraphs = paragraphs
  }

  clauseStart(i: number): number {
    return floor(this.clauses, i)
  }

  /** the position of the boundary character that ends the clause at i (or the text's end) */
  clauseEnd(i: number): number {
    const next = ceil(this.clauses, i + 1)
    return next === null ? this.text.length : next - 1
  }

  sentenceStart(i: number): number {
    return floor(this.sentences, i)
  }

  sentenceEnd(i: number): number {
    const next = ceil(this.sentences, i + 1)
    return next === null ? this.text.length : next - 1
  }

  /** the start of the sentence before the one at i, within the same paragraph */
  previousSentenceStart(i: number): number {
    const s = this.sentenceStart(i)
    const p = this.paragraphStart(i)
    return s <= p ? s : Math.max(p, this.sentenceStart(s - 1))
  }

  paragraphStart(i: number): number {
    return floor(this.paragraphs, i)
  }

  /** how many clause boundaries lie in [from, to) */
  clauseBoundariesBetween(from: number, to: number): number {
    return countIn(this.clauses, from + 1, to + 1)
  }
}

/** the greatest element ≤ i (arrays start with 0) */
function floor(a: readonly number[], i: number): number {
  let lo = 0
  let hi = a.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (a[mid]! <= i) lo = mid
    else hi = mid - 1
  }
  return a[lo]!
}

/** the least element ≥ i, or null */
function ceil(a: readonly number[], i: number): number | null {
  const k = lowerBound(a, i)
  return k < a.length ? a[k]! : null
}

/** the index of the first element ≥ i */
function lowerBound(a: readonly number[], i: number): number {
  let lo = 0
  let hi = a.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (a[mid]! < i) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** how many elements lie in [from, to) */
function countIn(a: readonly number[], from: number, to: number): number {
  return to <= from ? 0 : lowerBound(a, to) - lowerBound(a, from)
}

/**
 * The nearest line above position `at` (within `reach` characters) that `isHeading` accepts, as
 * its span: the heading a line of a draft sits under (### 1. 政策知晓率, 五、改进措施).
 */
export function headingLineAbove(
  t: string,
  at: number,
  reach: number,
  isHeading: (line: string) => boolean,
): { start: number; end: number; line: string } | null {
  // bounded: a 50,000-character line must not be scanned back to its start for every number
  const limit = Math.max(0, at - reach)
  let end = lastNewline(t, at - 1, limit)
  while (end > limit) {
    // (a line may start up to LINE_REACH before the limit: a heading line is short)
    const floor = Math.max(0, limit - LINE_REACH)
    const start = lastNewline(t, end - 1, floor) + 1
    if (start === 0 && floor > 0) return null
    const line = t.slice(start, end).trim()
    if (isHeading(line)) return { start, end, line }
    end = start - 1
  }
  return null
}

const LINE_REACH = 200

/** The last line break at or before `from` and after `limit`; -1 when none. */
function lastNewline(t: string, from: number, limit: number): number {
  for (let i = from; i > limit; i--) if (t.charCodeAt(i) === 10) return i
  return limit === 0 && t.charCodeAt(0) === 10 ? 0 : -1
}
