// A finding as a reviewer reads it in a memo or a Word comment: the words it is about, the
// sentence they stand in, and what the data says with the cell or formula it comes from.
import type { TableAnalysis } from '../../core/analyze.ts'
import { sourceText } from '../../core/facts.ts'
import type { Verification } from '../../core/verification.ts'
import type { FindingFact, ReviewFinding } from './review-types.ts'

const SENTENCE_END = /[。！？!?；;\n]/

export function findingDetails(text: string, v: Verification, analysis: TableAnalysis): ReviewFinding[] {
  return v.findings.map((f) => {
    const ids =
      f.factIds ?? v.mentions.find((m) => m.start < f.end && f.start < m.end && m.factIds.length)?.factIds ?? []
    const facts: FindingFact[] = []
    for (const id of ids) {
      const fact = analysis.sheet.byId.get(id)
      if (fact) {
        facts.push({ id, label: fact.label, display: fact.display, source: sourceText(fact.source) })
      }
    }
    return { ...f, text: text.slice(f.start, f.end), sentence: sentenceAround(text, f.start, f.end), facts }
  })
}

/** The sentence holding [start, end), with its closing mark. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--
  let to = Math.max(end, start)
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++
  if (to < text.length && text[to] !== '\n') to++
  return text.slice(from, to).trim()
}
