// Finding which of many words starts at a position without trying each: words grouped by their
// first character (by code unit), longest first. The groups are kept in a Map: an array indexed by
// code unit (up to 0x9fff for CJK) would be a sparse array in V8's slow dictionary mode, and this
// lookup runs at every position of a draft. Most positions begin no word: a bit per code unit
// (8 KiB) answers those before the Map is asked.

export class WordTable<T> {
  private readonly byFirst = new Map<number, (readonly [string, T])[]>()
  private readonly firsts = new Uint32Array(2048)

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const e of entries) {
      const c = e[0].charCodeAt(0)
      // (an empty word's first code is NaN, whose bit is code 0's: past the end, NaN is asked for
      // as before)
      this.firsts[c >>> 5]! |= 1 << (c & 31)
      const list = this.byFirst.get(c)
      if (list) list.push(e)
      else this.byFirst.set(c, [e])
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b[0].length - a[0].length)
  }

  /** The longest word starting at i and ending by `limit`, with its value. */
  at(t: string, i: number, limit = t.length): readonly [string, T] | undefined {
    const c = t.charCodeAt(i)
    if (((this.firsts[c >>> 5]! >>> (c & 31)) & 1) === 0) return undefined
    const list = this.byFirst.get(c)
    if (!list) return undefined
    for (const e of list) if (i + e[0].length <= limit && t.startsWith(e[0], i)) return e
    return undefined
  }
}
