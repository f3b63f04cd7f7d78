// Finding which of many words starts at a position without trying each: words grouped by their
// first character, longest first.

export class WordTable<T> {
  private readonly byFirst = new Map<string, (readonly [string, T])[]>()

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const e of entries) {
      const list = this.byFirst.get(e[0][0]!) ?? this.byFirst.set(e[0][0]!, []).get(e[0][0]!)!
      list.push(e)
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b[0].length - a[0].length)
  }

  /** The longest word starting at i and ending by `limit`, with its value. */
  at(t: string, i: number, limit = t.length): readonly [string, T] | undefined {
    const list = this.byFirst.get(t[i]!)
    if (!list) return undefined
    for (const e of list) if (i + e[0].length <= limit && t.startsWith(e[0], i)) return e
    return undefined
  }
}
