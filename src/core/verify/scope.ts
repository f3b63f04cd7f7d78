// Which project a sentence is about: how much of each project's name appears in the sentence
// (fully), in the 300 characters before it (0.3), or anywhere earlier in the draft (0.15).
import type { Prepared } from './prepared.ts'
import { isNameChar } from './names.ts'
import type { TextStructure } from './text-structure.ts'

export class ProjectScope {
  private readonly positions = new Map<string, number[]>()
  private readonly cache = new Map<number, ProjectRelevance>()

  constructor(
    private readonly prepared: Prepared,
    t: string,
    private readonly structure: TextStructure,
  ) {
    if (prepared.projectKey.size < 2 && prepared.singleProject) return
    let prev = ''
    let prevPos = -1
    for (let i = 0; i < t.length; i++) {
      const c = t[i]!
      if (!isNameChar(c)) continue
      this.note(c, i)
      if (prev && i - prevPos <= 2) this.note(prev + c, i)
      prev = c
      prevPos = i
    }
  }

  private note(g: string, i: number) {
    if (!this.prepared.projects.gram(g)) return
    ;(this.positions.get(g) ?? this.positions.set(g, []).get(g)!).push(i)
  }

  /** how much the sentence at `i` is about each project (1 for the only project of a project table) */
  at(i: number): ProjectRelevance {
    const p = this.prepared
    if (p.singleProject) {
      const all = new Map([...p.projectKey.keys()].map((k) => [k, 1]))
      return { context: all, sentence: all }
    }
    const start = this.structure.sentenceStart(i)
    const cached = this.cache.get(start)
    if (cached) return cached
    const end = this.structure.sentenceEnd(i)
    const seen = new Map<string, number>()
    const inSentence = new Map<string, number>()
    for (const [g, list] of this.positions) {
      const last = lastBefore(list, end)
      if (last < 0) continue
      seen.set(g, last >= start ? 1 : start - last <= 300 ? 0.3 : 0.15)
      if (last >= start) inSentence.set(g, 1)
    }
    const out = { context: this.byTable(p.projects.coverage(seen)), sentence: this.byTable(p.projects.coverage(inSentence)) }
    this.cache.set(start, out)
    return out
  }

  private byTable(cov: Map<number, number>): Map<string, number> {
    const out = new Map<string, number>()
    for (const [table, key] of this.prepared.projectKey) out.set(table, cov.get(key) ?? 0)
    return out
  }
}

export type ProjectRelevance = {
  /** table key → relevance of its project's name in and before the sentence */
  context: Map<string, number>
  /** table key → coverage of its project's name in the sentence alone */
  sentence: Map<string, number>
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
