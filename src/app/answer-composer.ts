// Builds an answer's text piece by piece and knows where each number came from: a fact written
// by its display value is a verified mention of that fact; a number inside a formula, a quoted
// cell or a warning is looked up among the facts it was made from (by value and unit), and what
// none of them holds — a constant of a formula such as 100% or 10 分 — is marked as not data.
// Nothing is guessed: the answer is composed from the fact sheet, so this is its verification.
import type { Fact } from '../core/facts.ts'
import { findNumbers } from '../core/numbers/find-numbers.ts'
import { verificationOf, type Mention, type Verification } from '../core/verification.ts'

export class AnswerComposer {
  private text = ''
  private readonly mentions: Mention[] = []

  add(s: string): this {
    this.text += s
    return this
  }

  /** A fact written as a draft would write it ("85.11%"). */
  fact(f: Fact): this {
    const start = this.text.length
    this.text += f.display
    this.mentions.push({
      text: f.display,
      start,
      end: this.text.length,
      value: f.value.toString(),
      unit: f.unit || null,
      status: 'verified',
      factIds: [f.id],
      ...(f.source.kind !== 'formula' ? { source: f.source } : {}),
    })
    return this
  }

  /** Text whose numbers come from `pool` (a formula's inputs, a warning's rows, a cell's quote). */
  numbers(s: string, pool: readonly Fact[], why = '公式中的常数或项数，不是表中数据'): this {
    const offset = this.text.length
    this.text += s
    for (const n of findNumbers(s).numbers) {
      const unitFits = (f: Fact) => n.unit === null || n.unit === f.unit
      const found = pool.find(
        (f) => unitFits(f) && (f.value.eq(n.value) || f.exact.eq(n.value) || f.value.abs().eq(n.value)),
      )
      const text = s.slice(n.start, n.end)
      this.mentions.push({
        text,
        start: offset + n.start,
        end: offset + n.end,
        value: n.value.toString(),
        unit: n.unit,
        status: found ? 'verified' : 'ignored',
        factIds: found ? [found.id] : [],
        ...(found ? (found.source.kind !== 'formula' ? { source: found.source } : {}) : { note: n.ignored ?? why }),
      })
    }
    return this
  }

  /** The text as built: every number either a fact's or marked as not data, so it verifies. */
  finish(): { text: string; verification: Verification } {
    return { text: this.text, verification: verificationOf([...this.mentions], []) }
  }
}
