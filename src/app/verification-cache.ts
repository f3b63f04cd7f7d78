// Verifications already answered, by table, notes and text: the page verifies the same draft
// again (after a reload, a note, a switch of tables) and scripts send the same text to many
// tables. A stored table never changes (its analysis is cached by TableCatalog and the
// verifier's fact index by the analysis), so an answer stays right for as long as the table
// keeps its id; its notes are part of the key. Kept as the JSON text the API answers with;
// bounded by entries and by the characters of the texts held.
export type VerificationKey = { tableId: string; notes: readonly string[]; text: string }

export class VerificationCache {
  private readonly entries = new Map<string, string>()
  private chars = 0

  constructor(
    private readonly maxEntries = 256,
    private readonly maxChars = 4_000_000,
  ) {}

  /** The cached JSON, or the one `compute` gives (then kept). */
  json(key: VerificationKey, compute: () => unknown): string {
    const k = `${key.tableId}\u0000${key.notes.join('\u0001')}\u0000${key.text}`
    const hit = this.entries.get(k)
    if (hit !== undefined) {
      // most recently used last
      this.entries.delete(k)
      this.entries.set(k, hit)
      return hit
    }
    const json = JSON.stringify(compute())
    const size = k.length + json.length
    if (size > this.maxChars) return json
    this.entries.set(k, json)
    this.chars += size
    for (const [oldest, value] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.chars <= this.maxChars) break
      this.entries.delete(oldest)
      this.chars -= oldest.length + value.length
    }
    return json
  }

  /** Forgets a table's answers (it was deleted; its id is never reused, but memory is freed). */
  forget(tableId: string): void {
    const prefix = `${tableId}\u0000`
    for (const [k, v] of this.entries) {
      if (k.startsWith(prefix)) {
        this.entries.delete(k)
        this.chars -= k.length + v.length
      }
    }
  }

  get size(): number {
    return this.entries.size
  }
}
