// A number as the verification reports it (DESIGN.md §7).
import type { FoundNumber } from '../numbers/find-numbers.ts'
import type { Fact } from '../facts.ts'
import type { Derivation, Mention } from '../verification.ts'
import type { Reading } from './reading.ts'

export function toMention(
  n: FoundNumber,
  status: Mention['status'],
  r: Reading | null,
  extra: { factIds?: string[]; expected?: string; note?: string; derivation?: Derivation; source?: Fact['source'] },
): Mention {
  const m: Mention = {
    text: n.text,
    start: n.start,
    end: n.end,
    value: n.value.toString(),
    unit: n.unit,
    status,
    factIds: extra.factIds ?? [],
  }
  if (r?.direction) m.direction = r.direction.word
  if (extra.expected !== undefined) m.expected = extra.expected
  if (extra.note !== undefined) m.note = extra.note
  if (extra.derivation) m.derivation = extra.derivation
  if (extra.source) m.source = extra.source
  return m
}
