// Finding which of many words starts at a position without trying each: words grouped by their
// first character (by code unit), longest first. The groups are kept in a Map: an array indexed by
// code unit (up to 0x9fff for CJK) would be a sparse array in V8's slow dictionary mode, and this
// lookup runs at every position of a draft.

export class WordTable<T> {
  private readonly byFirst = new Map<number, (readonly [string, T])[]>()

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const e of entries) {
      const c = e[0].charCodeAt(0)
      const list = this.byFirst.get(c)
      if (list) list.push(e)
      else this.byFirst.set(c, [e])
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b[0].length - a[0].length)
  }

  /** The longest word starting at i and ending by `limit`, with its value. */
  at(t: string, i: number, limit = t.length): readonly [string, T] | undefined {
    const list = this.byFirst.get(t.charCodeAt(i))
    if (!list) return undefined
    for (const e of list) if (i + e[0].length <= limit && t.startsWith(e[0], i)) return e
    return undefined
  }
}
