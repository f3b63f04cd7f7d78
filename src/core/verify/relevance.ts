// Which row a sentence is about. Every fact has a subject (合计, 人员经费, 人民群众满意度 …) and a
// table (the project); a number's relevance to a fact is how much of the subject's name appears
// around it, and how near — weighted by how rare each character and bigram is among all names,
// so 劝返核减 tells more than 人员. Scores are in [0, 1] per name.
import type { TextStructure } from './text-structure.ts'
import { isNameChar, nameGrams, normalizeName } from './names.ts'

type Gram = { keys: number[]; weight: number; bigram: boolean }

export class NameIndex {
  readonly keys: string[] = []
  private readonly ids = new Map<string, number>()
  private readonly grams = new Map<string, Gram>()
  private massChars: number[] = []
  private massBigrams: number[] = []

  /** Registers a name and returns its key (equal names share a key). */
  add(name: string): number {
    // 刑事案件发案率同比变化 is the row 刑事案件发案率; 同比 is the clause's role, read elsewhere.
    const norm = normalizeName(name).replace(/(?:同比|较上年)?(?:变化|增减|增长|下降)?$/, '') || normalizeName(name)
    let k = this.ids.get(norm)
    if (k === undefined) {
      k = this.keys.length
      this.keys.push(norm)
      this.ids.set(norm, k)
    }
    return k
  }

  /** Computes gram weights; call once after every add. */
  seal(): void {
    const n = this.keys.length
    const df = new Map<string, { keys: number[]; bigram: boolean }>()
    this.keys.forEach((name, k) => {
      const { chars, bigrams } = nameGrams(name)
      for (const g of chars) (df.get(g) ?? df.set(g, { keys: [], bigram: false }).get(g)!).keys.push(k)
      for (const g of bigrams) (df.get(g) ?? df.set(g, { keys: [], bigram: true }).get(g)!).keys.push(k)
    })
    this.massChars = new Array<number>(n).fill(0)
    this.massBigrams = new Array<number>(n).fill(0)
    // Grams in more than a fifth of many names (指, 标, 经费 in a 500-row table) say nothing
    // about which row is meant, and would make every lookup touch every name.
    const stop = (count: number) => n >= 20 && count / n > 0.2
    for (const [g, { keys, bigram }] of df) {
      if (stop(keys.length)) continue
      const weight = Math.log(1 + n / keys.length)
      this.grams.set(g, { keys, weight, bigram })
      for (const k of keys) (bigram ? this.massBigrams : this.massChars)[k]! += weight
    }
    const masses = this.keys.map((_, k) => this.massChars[k]! + this.massBigrams[k]!).sort((a, b) => a - b)
    this.typicalMass = masses[Math.floor(masses.length / 2)] ?? 1
  }

  /** The mass of a typical name (the median): what a full, near match of a name scores in focus. */
  typicalMass = 1

  gram(g: string): Gram | undefined {
    return this.grams.get(g)
  }

  /** Coverage of each name by the grams seen (gram → locality weight) in [0, 1]. */
  coverage(seen: ReadonlyMap<string, number>): Map<number, number> {
    const chars = new Map<number, number>()
    const bigrams = new Map<number, number>()
    for (const [g, loc] of seen) {
      const e = this.grams.get(g)
      if (!e) continue
      const into = e.bigram ? bigrams : chars
      for (const k of e.keys) into.set(k, (into.get(k) ?? 0) + e.weight * loc)
    }
    const out = new Map<number, number>()
    for (const [k, c] of chars) {
      const mb = this.massBigrams[k]!
      const cc = c / this.massChars[k]!
      out.set(k, mb > 0 ? (cc + (bigrams.get(k) ?? 0) / mb) / 2 : cc)
    }
    return out
  }
}

export type Window = {
  /** where the number is */
  start: number
  end: number
  /** look from here (the previous sentence) … */
  from: number
  /** … to here (the end of the clause, or the next number) */
  to: number
}

export type NameScores = {
  /** how much of each name is around the number (in its sentence fully, the sentence before half): evidence */
  coverage: Map<number, number>
  /** coverage times nearness: which of several named rows the number is about */
  focus: Map<number, number>
}

/**
 * Relevance of each name to the number in `w`. Nearness: a name right before the number scores 1,
 * falling with distance; a clause break halves it, the sentence before is 0.3, after the number 0.5.
 */
export function nameRelevance(index: NameIndex, t: string, s: TextStructure, w: Window): NameScores {
  const sentence = s.sentenceStart(w.start)
  const loc = new Map<string, number>()
  const near = new Map<string, number>()
  const note = (g: string, l: number, p: number) => {
    if (!index.gram(g)) return
    if ((loc.get(g) ?? 0) < l) loc.set(g, l)
    if ((near.get(g) ?? 0) < p) near.set(g, p)
  }
  // Before the number, walking away from it: nearness falls with distance and clause breaks.
  let crossings = 0
  let next = ''
  let nextPos = -1
  for (let i = w.start - 1; i >= w.from; i--) {
    const c = t[i]!
    if (/[，,；;。！？!?：:\n]/.test(c)) crossings++
    if (!isNameChar(c)) continue
    const l = i < sentence ? 0.5 : 1
    const factor = i < sentence ? 0.3 : 0.5 ** crossings
    const p = factor / (1 + (w.start - i - 1) / 8)
    note(c, l, p)
    if (next && nextPos - i <= 2) note(c + next, l, p)
    next = c
    nextPos = i
  }
  // After it, to the clause's end: "30.64万元的实际投入".
  let prev = ''
  let prevPos = -1
  for (let i = w.end; i < w.to; i++) {
    const c = t[i]!
    if (!isNameChar(c)) continue
    const p = 0.5 / (1 + (i - w.end) / 8)
    note(c, 1, p)
    if (prev && i - prevPos <= 2) note(prev + c, 1, p)
    prev = c
    prevPos = i
  }
  const cov = index.coverage(loc)
  // Focus: the idf-weighted nearness of the grams each name has around the number, times its
  // coverage. Of "综治、平安建设工作项目支出", the longer, more specific name wins over 项目支出.
  const nearMass = new Map<number, number>()
  for (const [g, p] of near) {
    const e = index.gram(g)!
    for (const k of e.keys) nearMass.set(k, (nearMass.get(k) ?? 0) + e.weight * p)
  }
  const focus = new Map<number, number>()
  for (const [k, c] of cov) focus.set(k, c * (nearMass.get(k) ?? 0))
  return { coverage: cov, focus }
}
