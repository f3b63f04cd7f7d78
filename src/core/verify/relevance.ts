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

/** Characters over which nearness halves: a name right before the number outweighs one a few words back. */
const NEAR_SCALE = 8
const BLOCK = 128
const CLAUSE_BREAK = new Uint8Array(65536)
for (const c of '，,；;。！？!?：:\n') CLAUSE_BREAK[c.charCodeAt(0)] = 1
const DUN = '、'.charCodeAt(0)
/** what a figure ends with: a digit, %, or its unit */
const AFTER_FIGURE = new Uint8Array(65536)
// (the text names are read in has its figures blanked to spaces)
for (const c of ' 0123456789%元分人项次个户起件份') AFTER_FIGURE[c.charCodeAt(0)] = 1

/**
 * The buffers of the last GramTrack released: a draft takes them instead of allocating its own
 * (a typed array's backing store is allocated outside the JavaScript heap, several times dearer
 * than a plain object, and this runs for every draft verified).
 */
let spare: Int32Array | null = null

/**
 * The draft's grams read once: at each position the index of its character gram and of the bigram
 * it starts (−1 when no name holds it), the position of the bigram's second character, and the
 * clause breaks so far. Every number's window reads these instead of the text.
 */
export class GramTrack {
  /** per position: its character's gram, the bigram it starts and where that bigram ends (−1: none) */
  readonly char: Int32Array
  readonly bigram: Int32Array
  readonly bigramEnd: Int32Array
  /** which blocks of BLOCK characters have been read */
  private readonly done: Int32Array
  /** the one buffer the four arrays above are views of */
  private buffer: Int32Array | null

  constructor(
    private readonly index: NameIndex,
    private readonly t: string,
  ) {
    const n = t.length
    const blocks = Math.ceil(n / BLOCK)
    const size = 3 * n + blocks
    let buffer = spare
    if (buffer !== null && buffer.length >= size) {
      spare = null
      buffer.fill(-1, 0, 3 * n)
      buffer.fill(0, 3 * n, size)
    } else buffer = new Int32Array(size).fill(-1, 0, 3 * n)
    this.buffer = buffer
    this.char = buffer.subarray(0, n)
    this.bigram = buffer.subarray(n, 2 * n)
    this.bigramEnd = buffer.subarray(2 * n, 3 * n)
    this.done = buffer.subarray(3 * n, size)
  }

  /** Hands the buffers on to the next draft's track; this one is not read again. */
  release(): void {
    const b = this.buffer
    this.buffer = null
    if (b !== null && (spare === null || spare.length < b.length)) spare = b
  }

  /** Reads the grams of [from, to), a block at a time: only the text around numbers is ever read. */
  ensure(from: number, to: number): this {
    for (let b = Math.floor(from / BLOCK); b * BLOCK < to; b++) if (!this.done[b]) this.read(b)
    return this
  }

  private read(b: number) {
    this.done[b] = 1
    const { t, index } = this
    const end = Math.min(t.length, (b + 1) * BLOCK)
    for (let i = b * BLOCK; i < end; i++) {
      const c = t.charCodeAt(i)
      if (!isNameCode(c)) continue
      this.char[i] = index.gramOf(charGram(c))
      // the bigram this character starts: with the next name character, one gap allowed (综治、平安)
      const j = isNameCode(t.charCodeAt(i + 1)) ? i + 1 : isNameCode(t.charCodeAt(i + 2)) ? i + 2 : -1
      if (j < 0) continue
      this.bigram[i] = index.gramOf(bigramGram(c, t.charCodeAt(j)))
      this.bigramEnd[i] = j
    }
  }
}

/**
 * Relevance of each name to the number in `w`. Nearness: a name right before the number scores 1,
 * falling with distance; a clause break halves it, the sentence before is 0.3, after the number 0.5.
 * Of "综治、平安建设工作项目支出", the longer, more specific name wins over 项目支出.
 */
export function nameRelevance(index: NameIndex, t: string, track: GramTrack, s: TextStructure, w: Window): NameScores {
  const sentence = s.sentenceStart(w.start)
  const { loc, near, seen } = index.scratch()
  let count = 0
  const { char, bigram, bigramEnd } = track.ensure(w.from, Math.max(w.start, w.to))
  // Before the number, walking away from it: nearness falls with distance and clause breaks.
  // 0.5 ** (clause breaks crossed), halved at each break (a multiplication is exact, and cheaper than **)
  let crossed = 1
  let item = w.end > w.start
  for (let i = w.start - 1; i >= w.from; i--) {
    const c = t.charCodeAt(i)
    if (CLAUSE_BREAK[c]) {
      crossed *= 0.5
      item = false
    }
    // "人员经费增长10%、公用经费下降10%": in the number's own clause, a 、 right after a figure ends
    // the item that names it (not for a 分别 list, whose window is a point, nor across a clause
    // break: "A 3224人、B 695人，完成率分别为…" is about both)
    else if (c === DUN && item && AFTER_FIGURE[t.charCodeAt(i - 1)]) crossed *= 0.5
    const cg = char[i]!
    const bg = bigramEnd[i]! >= 0 && bigramEnd[i]! < w.start ? bigram[i]! : -1
    if (cg < 0 && bg < 0) continue
    const before = i < sentence
    // A row named only in the sentence before is evidence, never enough to claim a mismatch (MISMATCH_EVIDENCE).
    const l = before ? 0.45 : 1
    const p = (before ? 0.3 : crossed) / (1 + (w.start - i - 1) / NEAR_SCALE)
    if (cg >= 0) count = note(seen, count, loc, near, cg, l, p)
    if (bg >= 0) count = note(seen, count, loc, near, bg, l, p)
  }
  // After it, to the clause's end: "30.64万元的实际投入".
  for (let i = w.end; i < w.to; i++) {
    const cg = char[i]!
    const bg = bigramEnd[i]! >= 0 && bigramEnd[i]! < w.to ? bigram[i]! : -1
    if (cg < 0 && bg < 0) continue
    const p = 0.5 / (1 + (i - w.end) / 8)
    if (cg >= 0) count = note(seen, count, loc, near, cg, 1, p)
    if (bg >= 0) count = note(seen, count, loc, near, bg, 1, p)
  }
  const out = index.score(seen, loc, near, count)
  for (let i = 0; i < count; i++) {
    const g = seen[i]!
    loc[g] = 0
    near[g] = 0
  }
  return out
}

/** Keeps a gram's best locality and nearness for one number; the count of grams seen after it. */
function note(seen: Int32Array, count: number, loc: Float64Array, near: Float64Array, g: number, l: number, p: number) {
  if (loc[g] === 0) seen[count++] = g
  if (loc[g]! < l) loc[g] = l
  if (near[g]! < p) near[g] = p
  return count
}
