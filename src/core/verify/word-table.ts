// Finding which of many words starts at a position without trying each: words grouped by their
// first character (by code unit, so the lookup is an array index), longest first.

export class WordTable<T> {
  private readonly byFirst: ((readonly [string, T])[] | undefined)[] = []

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const e of entries) {
      const c = e[0].charCodeAt(0)
      ;(this.byFirst[c] ??= []).push(e)
    }
    for (const list of this.byFirst) list?.sort((a, b) => b[0].length - a[0].length)
  }

  /** The longest word starting at i and ending by `limit`, with its value. */
  at(t: string, i: number, limit = t.length): readonly [string, T] | undefined {
    const list = this.byFirst[t.charCodeAt(i)]
    if (!list) return undefined
    for (const e of list) if (i + e[0].length <= limit && t.startsWith(e[0], i)) return e
    return undefined
  }
}
