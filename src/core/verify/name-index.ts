// The names of a fact sheet's rows (合计, 人员经费, 人民群众满意度 …) as an index of characters and
// bigrams, each weighted by how rare it is among all names (so 劝返核减 tells more than 人员), and
// the scoring of the grams found around a number against every name.
//
// Grams are small integers (a character's packed code; a bigram's two) and the per-number tallies
// live in typed arrays reused from call to call: this runs for every number of every draft.
import { IntTable } from './int-table.ts'
import { normalizeName } from './names.ts'

/** Words and characters that say little about which row is meant, whatever the sheet. */
const GENERIC = new Set([
  ...'资金 经费 项目 指标 支出 预算 实际 情况 工作 完成 人数 人员 数量 金额 建设 管理 自评 得分 评分 分值 执行 投入 使用'.split(
    ' ',
  ),
  ...'资金经费项目指标支出预算实际情况工作人数率额量的和与及年度全区执行投入使用',
])
const GENERIC_WEIGHT = 0.3
/** the coverage of a name written whole in the number's sentence (1, short of rounding) */
const WHOLE = 0.99

/** Name characters packed into 0…21053 (CJK, then digits and ASCII letters), so gram ids stay small integers. */
const CODES = 0x9fff - 0x4e00 + 1 + 62
function pack(c: number): number {
  if (c >= 0x4e00 && c <= 0x9fff) return c - 0x4e00
  if (c >= 48 && c <= 57) return 20992 + c - 48
  if (c >= 65 && c <= 90) return 21002 + c - 65
  return 21028 + c - 97
}
export const charGram = (c: number) => pack(c)
export const bigramGram = (a: number, b: number) => CODES + pack(a) * CODES + pack(b)

export class NameIndex {
  readonly keys: string[] = []
  private readonly ids = new Map<string, number>()
  /** per key: 1 when it scores only when written whole (filled by seal) */
  private whole = new Uint8Array(0)
  /** character gram → index (−1: none); bigram grams in a hash table */
  private readonly charIds = new Int32Array(CODES).fill(-1)
  private bigramIds = new IntTable(0)
  /**
   * per gram: the names holding it (keyList from keyStart[g] to keyStart[g + 1], one flat array
   * rather than an array per gram), its idf (nearness) and its evidence weight (coverage)
   */
  private keyStart = new Int32Array(1)
  private keyList = new Int32Array(0)
  private weight = new Float64Array(0)
  private evidence = new Float64Array(0)
  private bigram = new Uint8Array(0)
  private massChars = new Float64Array(0)
  private massBigrams = new Float64Array(0)
  /** per name: the idf weight of all its grams (focus is nearness averaged over it) */
  private fullMass = new Float64Array(0)
  /** per name: √(its full mass, or 1 when it has none), and √typicalMass: focus divides by the one, scales by the other */
  private rootFullMass = new Float64Array(0)
  private rootTypicalMass = 1
  /** The mass of a typical name (the median): what a full, near match of a name scores in focus. */
  typicalMass = 1
  // scratch, reused by every call
  private loc = new Float64Array(0)
  private near = new Float64Array(0)
  private covChars = new Float64Array(0)
  private covBigrams = new Float64Array(0)
  private nearMass = new Float64Array(0)
  private coverage = new Float64Array(0)
  private focus = new Float64Array(0)
  /** the keys the last call named (reused, as the score arrays are: cleared at the next call) */
  private readonly named: number[] = []
  /** the grams one call of nameRelevance saw (the first `count` of them; reused) */
  private seen = new Int32Array(0)
  private scratchArrays = { loc: this.loc, near: this.near, seen: this.seen }

  /** keys that name a row only when written whole (各项自评得分合计: 自评得分 alone is any row's) */
  private readonly wholeOnly = new Set<number>()

  /**
   * Registers a name and returns its key (equal names share a key). A name added `wholeOnly`
   * scores nothing when only part of it is there, unless the same name is also added plainly.
   */
  add(name: string, wholeOnly = false): number {
    // 刑事案件发案率同比变化 is the row 刑事案件发案率; 同比 is the clause's role, read elsewhere.
    const norm = normalizeName(name).replace(/(?:同比|较上年)?(?:变化|增减|增长|下降)?$/, '') || normalizeName(name)
    let k = this.ids.get(norm)
    if (k === undefined) {
      k = this.keys.length
      this.keys.push(norm)
      this.ids.set(norm, k)
      if (wholeOnly) this.wholeOnly.add(k)
    } else if (!wholeOnly) this.wholeOnly.delete(k)
    return k
  }

  /** Computes gram weights; call once after every add. */
  seal(): void {
    const n = this.keys.length
    // Gram weights count the plain names only: a whole-only name (满意率, 各项自评得分合计) is a second
    // key of a row already counted, and must not change how every other name scores.
    const plainNames = n - this.wholeOnly.size
    const df = new Map<number, { keys: number[]; plain: number; bigram: boolean; generic: boolean }>()
    const put = (id: number, k: number, bigram: boolean, text: string) => {
      let e = df.get(id)
      if (!e) df.set(id, (e = { keys: [], plain: 0, bigram, generic: GENERIC.has(text) }))
      if (e.keys[e.keys.length - 1] !== k) {
        e.keys.push(k)
        if (!this.wholeOnly.has(k)) e.plain++
      }
    }
    this.keys.forEach((name, k) => {
      for (let i = 0; i < name.length; i++) {
        const a = name.charCodeAt(i)
        put(charGram(a), k, false, name[i]!)
        if (i + 1 < name.length) put(bigramGram(a, name.charCodeAt(i + 1)), k, true, name.slice(i, i + 2))
      }
    })
    // Grams in many names (指, 标, 第 in a 500-row table) say nothing about which row is meant,
    // and would make every lookup touch every name.
    const limit = plainNames >= 60 ? 0.1 : 0.2
    const kept = [...df].filter(([, e]) => !(plainNames >= 20 && e.plain / plainNames > limit))
    const g = kept.length
    this.weight = new Float64Array(g)
    this.evidence = new Float64Array(g)
    this.bigram = new Uint8Array(g)
    this.massChars = new Float64Array(n)
    this.massBigrams = new Float64Array(n)
    const full = new Float64Array(n)
    this.bigramIds = new IntTable(kept.length)
    this.keyStart = new Int32Array(g + 1)
    this.keyList = new Int32Array(kept.reduce((sum, [, e]) => sum + e.keys.length, 0))
    kept.forEach(([id, e], i) => {
      if (id < CODES) this.charIds[id] = i
      else this.bigramIds.set(id, i)
      this.keyList.set(e.keys, this.keyStart[i]!)
      this.keyStart[i + 1] = this.keyStart[i]! + e.keys.length
      const w = Math.log(1 + plainNames / Math.max(1, e.plain))
      this.weight[i] = w
      this.evidence[i] = e.generic ? w * GENERIC_WEIGHT : w
      this.bigram[i] = e.bigram ? 1 : 0
      for (const k of e.keys) {
        ;(e.bigram ? this.massBigrams : this.massChars)[k]! += this.evidence[i]!
        full[k]! += w
      }
    })
    this.whole = new Uint8Array(n)
    for (const k of this.wholeOnly) this.whole[k] = 1
    this.fullMass = Float64Array.from(full)
    const plainMass = Float64Array.from(full.filter((_, k) => !this.wholeOnly.has(k))).sort()
    this.typicalMass = plainMass[Math.floor(plainNames / 2)] ?? 1
    this.rootFullMass = this.fullMass.map((m) => Math.sqrt(m || 1))
    this.rootTypicalMass = Math.sqrt(this.typicalMass)
    this.loc = new Float64Array(g)
    this.near = new Float64Array(g)
    // (a gram is noted once per call: at most g of them)
    this.seen = new Int32Array(g)
    this.covChars = new Float64Array(n)
    this.covBigrams = new Float64Array(n)
    this.nearMass = new Float64Array(n)
    this.coverage = new Float64Array(n)
    this.focus = new Float64Array(n)
  }

  get gramCount(): number {
    return this.keyStart.length - 1
  }

  /** The gram's index, or -1 when no name (that counts) holds it. */
  gramOf(id: number): number {
    return id < CODES ? this.charIds[id]! : this.bigramIds.get(id)
  }

  /**
   * Scores the grams seen (index → locality in [0,1] and nearness in [0,1]): per name, coverage
   * (how much of it is there, generic words counting less) and focus (coverage × idf-weighted
   * nearness of its grams).
   */
  score(seen: ArrayLike<number>, loc: Float64Array, near: Float64Array | null, count = seen.length): NameScores {
    // The result arrays are reused: a NameScores is valid until the next call.
    const { coverage, focus, named } = this
    // (emptied by pop, which is compiled inline; setting length calls into the runtime)
    while (named.length > 0) {
      const k = named.pop()!
      coverage[k] = 0
      focus[k] = 0
    }
    const { covChars, covBigrams, nearMass, keyStart, keyList, bigram, evidence, weight } = this
    for (let i = 0; i < count; i++) {
      const g = seen[i]!
      const into = bigram[g] ? covBigrams : covChars
      const ev = evidence[g]! * loc[g]!
      const nm = near ? weight[g]! * near[g]! : 0
      for (let j = keyStart[g]!, end = keyStart[g + 1]!; j < end; j++) {
        const k = keyList[j]!
        if (covChars[k] === 0 && covBigrams[k] === 0) named.push(k)
        into[k]! += ev
        nearMass[k]! += nm
      }
    }
    const { massChars, massBigrams, rootFullMass, rootTypicalMass, whole } = this
    for (const k of named) {
      const mc = massChars[k]!
      const mb = massBigrams[k]!
      const cc = mc > 0 ? covChars[k]! / mc : 0
      let cov = mb > 0 ? (cc + covBigrams[k]! / mb) / 2 : cc
      if (whole[k] && cov < WHOLE) cov = 0
      coverage[k] = cov
      // nearness averaged over the name's own weight, scaled to a typical name: a near short name
      // is not outweighed by a far long one
      focus[k] = (cov * nearMass[k]! * rootTypicalMass) / rootFullMass[k]!
      covChars[k] = 0
      covBigrams[k] = 0
      nearMass[k] = 0
    }
    return { coverage, focus, named }
  }

  /** Scratch arrays for one call of nameRelevance; zero again after use. */
  scratch(): { readonly loc: Float64Array; readonly near: Float64Array; readonly seen: Int32Array } {
    const s = this.scratchArrays
    if (s.loc !== this.loc) this.scratchArrays = { loc: this.loc, near: this.near, seen: this.seen }
    return this.scratchArrays
  }
}

/** Valid until the next scoring call on the same index (the arrays are reused). */
export type NameScores = {
  /** per name key: how much of it is around the number (in its sentence fully, the sentence before half): evidence */
  coverage: Float64Array
  /** per name key: coverage times the idf-weighted nearness of its grams: which of several named rows is meant */
  focus: Float64Array
  /** the keys with any coverage */
  named: number[]
}
