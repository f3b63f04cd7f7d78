// Which row a sentence is about. A number's relevance to a row is how much of the row's name
// appears around it (coverage: evidence) and how near (focus: which of several named rows).
import { bigramGram, charGram, type NameIndex, type NameScores } from './name-index.ts'
import { isNameCode } from './names.ts'
import type { TextStructure } from './text-structure.ts'

export type Window = {
  /** where the number is */
  start: number
  end: number
  /** look from here (the previous sentence) … */
  from: number
  /** … to here (the end of the clause, or the next number) */
  to: number
}

const CLAUSE_BREAK = new Uint8Array(65536)
for (const c of '，,；;。！？!?：:\n') CLAUSE_BREAK[c.charCodeAt(0)] = 1

/**
 * The draft's grams read once: at each position the index of its character gram and of the bigram
 * it starts (−1 when no name holds it), the position of the bigram's second character, and the
 * clause breaks so far. Every number's window reads these instead of the text.
 */
export class GramTrack {
  readonly char: Int32Array
  readonly bigram: Int32Array
  readonly bigramEnd: Int32Array
  /** clause-break characters in [0, i) */
  readonly breaks: Int32Array

  constructor(index: NameIndex, t: string) {
    const n = t.length
    this.char = new Int32Array(n).fill(-1)
    this.bigram = new Int32Array(n).fill(-1)
    this.bigramEnd = new Int32Array(n).fill(-1)
    this.breaks = new Int32Array(n + 1)
    let prev = -1
    let prevPos = -1
    for (let i = 0; i < n; i++) {
      const c = t.charCodeAt(i)
      this.breaks[i + 1] = this.breaks[i]! + CLAUSE_BREAK[c]!
      if (!isNameCode(c)) continue
      this.char[i] = index.gramOf(charGram(c))
      if (prev >= 0 && i - prevPos <= 2) {
        this.bigram[prevPos] = index.gramOf(bigramGram(prev, c))
        this.bigramEnd[prevPos] = i
      }
      prev = c
      prevPos = i
    }
  }
}

/**
 * Relevance of each name to the number in `w`. Nearness: a name right before the number scores 1,
 * falling with distance; a clause break halves it, the sentence before is 0.3, after the number 0.5.
 * Of "综治、平安建设工作项目支出", the longer, more specific name wins over 项目支出.
 */
export function nameRelevance(
  index: NameIndex,
  track: GramTrack,
  s: TextStructure,
  w: Window,
): NameScores {
  const sentence = s.sentenceStart(w.start)
  const { loc, near } = index.scratch()
  const seen: number[] = []
  const { char, bigram, bigramEnd, breaks } = track
  // Before the number, walking away from it: nearness falls with distance and clause breaks.
  for (let i = w.start - 1; i >= w.from; i--) {
    const cg = char[i]!
    const bg = bigramEnd[i]! >= 0 && bigramEnd[i]! < w.start ? bigram[i]! : -1
    if (cg < 0 && bg < 0) continue
    const before = i < sentence
    const l = before ? 0.5 : 1
    const p =
      (before ? 0.3 : 0.5 ** (breaks[w.start]! - breaks[i + 1]!)) / (1 + (w.start - i - 1) / 8)
    if (cg >= 0) note(seen, loc, near, cg, l, p)
    if (bg >= 0) note(seen, loc, near, bg, l, p)
  }
  // After it, to the clause's end: "30.64万元的实际投入".
  for (let i = w.end; i < w.to; i++) {
    const cg = char[i]!
    const bg = bigramEnd[i]! >= 0 && bigramEnd[i]! < w.to ? bigram[i]! : -1
    if (cg < 0 && bg < 0) continue
    const p = 0.5 / (1 + (i - w.end) / 8)
    if (cg >= 0) note(seen, loc, near, cg, 1, p)
    if (bg >= 0) note(seen, loc, near, bg, 1, p)
  }
  const out = index.score(seen, loc, near)
  for (const g of seen) {
    loc[g] = 0
    near[g] = 0
  }
  return out
}

/** Keeps a gram's best locality and nearness for one number. */
function note(
  seen: number[],
  loc: Float64Array,
  near: Float64Array,
  g: number,
  l: number,
  p: number,
) {
  if (loc[g] === 0) seen.push(g)
  if (loc[g]! < l) loc[g] = l
  if (near[g]! < p) near[g] = p
}
