// Plants one error at a time in a correct draft — a changed digit, 万元 written as 元, a number
// swapped for another fact's number of the same unit, a flipped direction word — and counts how
// many the verifier catches (an error finding over the planted span).
import type { TableAnalysis } from '../../src/core/analyze.ts'
import { formatNumber } from '../../src/core/format.ts'
import type { Verification } from '../../src/core/verification.ts'
import { OPPOSITE } from '../../src/core/verify/direction.ts'
import { roundAt } from '../../src/core/verify/value-match.ts'
import { verifyDraft } from '../../src/core/verify.ts'
import { Decimal } from '../../src/core/decimal.ts'

export type MutationKind = 'digit' | 'unit' | 'swap' | 'direction'

export type Mutant = { kind: MutationKind; text: string; start: number; end: number; what: string }

export function mutants(draft: string, analysis: TableAnalysis, base: Verification): Mutant[] {
  const out: Mutant[] = []
  for (const m of base.mentions) {
    if (m.status !== 'verified') continue
    const written = draft.slice(m.start, m.end)
    // a changed digit: each digit of the number, one at a time
    for (let i = m.start; i < m.end; i++) {
      const c = draft[i]!
      if (c < '0' || c > '9') continue
      const d = c === '9' ? '8' : String(Number(c) + 1)
      out.push(
        plant(
          draft,
          'digit',
          i,
          i + 1,
          d,
          m.start,
          m.end,
          `${written} → ${written.slice(0, i - m.start)}${d}${written.slice(i + 1 - m.start)}`,
        ),
      )
    }
    // 万元 written as 元
    const wan = written.indexOf('万元')
    if (wan >= 0)
      out.push(plant(draft, 'unit', m.start + wan, m.start + wan + 2, '元', m.start, m.end, `${written} → 元`))
    // another fact's number of the same unit
    const numberMatch = /\d[\d,]*(?:\.\d+)?/.exec(written)
    if (numberMatch && m.unit) {
      const numStart = m.start + numberMatch.index
      const numEnd = numStart + numberMatch[0].length
      const own = m.factIds.map((id) => analysis.sheet.byId.get(id)!)
      const seen = new Set<string>()
      for (const f of analysis.sheet.facts) {
        if (f.unit !== m.unit) continue
        const v = formatNumber(f.value.abs(), f.precision)
        if (seen.has(v) || v === numberMatch[0]) continue
        seen.add(v)
        // A swapped-in number that is a correct rendering of the original fact is no error.
        const dv = Decimal.parse(v)
        if (own.some((o) => roundAt(o.exact.abs(), dv.scale).eq(dv))) continue
        out.push(plant(draft, 'swap', numStart, numEnd, v, m.start, m.end, `${written} → ${v}${m.unit} (${f.id})`))
      }
    }
    // a flipped direction word right before the number
    if (m.direction) {
      const start = draft.lastIndexOf(m.direction, m.start)
      const opposite = OPPOSITE[m.direction]
      if (start >= 0 && opposite) {
        out.push(
          plant(
            draft,
            'direction',
            start,
            start + m.direction.length,
            opposite,
            start,
            m.end,
            `${m.direction}${written} → ${opposite}`,
          ),
        )
      }
    }
  }
  return out
}

function plant(
  draft: string,
  kind: MutationKind,
  from: number,
  to: number,
  by: string,
  spanStart: number,
  spanEnd: number,
  what: string,
): Mutant {
  const text = draft.slice(0, from) + by + draft.slice(to)
  return { kind, text, start: spanStart, end: spanEnd + (by.length - (to - from)), what }
}

/** Caught: an error finding that overlaps the planted span. */
export function caught(m: Mutant, analysis: TableAnalysis): boolean {
  const v = verifyDraft(m.text, analysis)
  return v.findings.some((f) => f.severity === 'error' && f.start < m.end && f.end > m.start)
}
