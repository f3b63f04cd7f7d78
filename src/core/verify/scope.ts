// Which project a sentence is about: how much of each project's name appears in the sentence
// (fully), in the 300 characters before it (0.3), or anywhere earlier in the draft (0.15).
import { bigramGram, charGram } from './name-index.ts'
import { isNameCode } from './names.ts'
import type { Prepared } from './prepared.ts'
import type { TextStructure } from './text-structure.ts'

export type ProjectRelevance = {
  /** table key → relevance of its project's name in and before the sentence */
  context: Map<string, number>
  /** table key → coverage of its project's name in the sentence alone */
  sentence: Map<string, number>
}

export class ProjectScope {
  /** the project-name grams of the draft, in order of first occurrence, and each one's positions */
  private readonly grams: number[] = []
  private readonly positions: number[][] = []
  private readonly cache = new Map<number, ProjectRelevance>()
  /** a project table's relevance: its one project, everywhere */
  private single: ProjectRelevance | null = null

  constructor(
    private readonly prepared: Prepared,
    t: string,
    private readonly structure: TextStructure,
  ) {
    if (prepared.singleProject) return
    // the grams GramTrack reads (a character, and the bigram it starts with the next name
    // character, one gap allowed), read straight off the text: a draft's scope is built once
    const index = prepared.projects
    // gram index → its place in this.grams, plus one (0: not seen yet), rather than a Map: the
    // project index has few grams (a plain array: a small typed array's store is dearer to allocate)
    const slot: number[] = new Array(index.gramCount).fill(0)
    const add = (g: number, at: number) => {
      if (g < 0) return
      const k = slot[g]!
      if (k > 0) this.positions[k - 1]!.push(at)
      else {
        slot[g] = this.grams.length + 1
        this.grams.push(g)
        this.positions.push([at])
      }
    }
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i)
      if (!isNameCode(c)) continue
      add(index.gramOf(charGram(c)), i)
      const j = isNameCode(t.charCodeAt(i + 1)) ? i + 1 : isNameCode(t.charCodeAt(i + 2)) ? i + 2 : -1
      if (j >= 0) add(index.gramOf(bigramGram(c, t.charCodeAt(j))), i)
    }
  }

  /** how much the sentence at `i` is about each project (1 for the only project of a project table) */
  at(i: number): ProjectRelevance {
    const p = this.prepared
    if (p.singleProject) {
      // one for the whole draft, as the sentences' relevances are shared from the cache below
      if (this.single === null) {
        const all = new Map([...p.projectKey.keys()].map((k) => [k, 1]))
        this.single = { context: all, sentence: all }
      }
      return this.single
    }
    const start = this.structure.sentenceStart(i)
    const cached = this.cache.get(start)
    if (cached) return cached
    const own = this.own(start)
    // A sentence that names no project goes on about the one its heading or sentence before named
    // ("（一）综治、平安建设经费。年初预算36万元…"), until a heading names none.
    const topic = someValue(own.sentence, (v) => v >= 0.5) ? null : (this.short(start) ?? this.topic(start))
    if (topic) {
      const carried = { context: withTopic(own.context, topic), sentence: withTopic(own.sentence, topic) }
      this.cache.set(start, carried)
      return carried
    }
    this.cache.set(start, own)
    return own
  }

  /**
   * "一是综治项目财政拨款36万元…": a project named in short — its name's first two characters before
   * 项目/经费/资金 (综治 of 综治、平安建设经费) — is what its sentence is about, not the topic before it.
   */
  private short(start: number): string | null {
    const sentence = this.structure.text.slice(start, this.structure.sentenceEnd(start))
    const hits = this.prepared.projectShortNames.filter((x) => x.pattern.test(sentence))
    return hits.length === 1 ? hits[0]!.key : null
  }

  /** The project the sentences before `start` were about: the last one named alone, back to a heading. */
  private topic(start: number): string | null {
    const t = this.structure.text
    let at = start
    for (let k = 0; k < 40 && at > 0; k++) {
      const prev = this.structure.sentenceStart(at - 1)
      let named: string | null = null
      let count = 0
      for (const [k, v] of this.own(prev).sentence) {
        if (v < 0.8) continue
        if (count++ === 0) named = k
      }
      if (count === 1) return named
      if (count > 1) return null
      // a heading ("二、基本支出情况", "### 产出") that names no project ends the topic
      if (isHeading(t.slice(prev, at))) return null
      at = prev
    }
    return null
  }

  private readonly ownCache = new Map<number, ProjectRelevance>()

  /** The relevance from the sentence's own words and those before it. */
  private own(start: number): ProjectRelevance {
    const hit = this.ownCache.get(start)
    if (hit) return hit
    const out = this.compute(start)
    this.ownCache.set(start, out)
    return out
  }

  private compute(start: number): ProjectRelevance {
    const p = this.prepared
    const end = this.structure.sentenceEnd(start)
    const grams: number[] = []
    // the project index's own scratch (gram index → locality, and 1 for a gram in the sentence):
    // zero between calls, and no name relevance is ever read from that index
    const { loc, near: inSentence } = p.projects.scratch()
    for (let i = 0; i < this.grams.length; i++) {
      const g = this.grams[i]!
      const last = lastBefore(this.positions[i]!, end)
      if (last < 0) continue
      grams.push(g)
      loc[g] = last >= start ? 1 : start - last <= 300 ? 0.3 : 0.15
      if (last >= start) inSentence[g] = 1
    }
    const out = {
      context: this.byTable(p.projects.score(grams, loc, null).coverage),
      sentence: this.byTable(
        p.projects.score(
          grams.filter((g) => inSentence[g]! > 0),
          inSentence,
          null,
        ).coverage,
      ),
    }
    for (const g of grams) {
      loc[g] = 0
      inSentence[g] = 0
    }
    return out
  }

  private byTable(cov: Float64Array): Map<string, number> {
    const out = new Map<string, number>()
    for (const [table, key] of this.prepared.projectKey) out.set(table, cov[key] ?? 0)
    return out
  }
}

function someValue(m: ReadonlyMap<string, number>, test: (v: number) => boolean): boolean {
  for (const v of m.values()) if (test(v)) return true
  return false
}

/** The same relevance with the topic's project at 1, in the same order. */
function withTopic(m: ReadonlyMap<string, number>, topic: string): Map<string, number> {
  const out = new Map<string, number>()
  for (const [k, v] of m) out.set(k, k === topic ? 1 : v)
  return out
}

/** A short line of its own that starts like a heading (一、, （二）, ###, 1.) */
function isHeading(sentence: string): boolean {
  const s = sentence.trim()
  return (
    s.length > 0 &&
    s.length <= 30 &&
    /^(#{1,6}\s|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、])/.test(s)
  )
}

/** the last element < end, or -1 */
function lastBefore(list: readonly number[], end: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]! < end) lo = mid + 1
    else hi = mid
  }
  return lo > 0 ? list[lo - 1]! : -1
}
