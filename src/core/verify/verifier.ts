// Reads a draft like a reviewer: every number is found, read with its clause's role and direction
// word, matched to the fact sheet, and ends verified, mismatch, unsupported or ignored. The steps
// one draft goes through are in draft-reading.ts; this maps a draft's Markdown to plain text and back.
import type { TableAnalysis } from '../analyze.ts'
import type { Verification } from '../verification.ts'
import { DraftReading } from './draft-reading.ts'
import { plainText, toDraftSpan } from './plain-text.ts'

export type VerifyOptions = {
  /** what the user told the chat: figures in it are user-stated facts (引自用户说明) */
  notes?: readonly string[]
}

export function verifyDraft(draft: string, analysis: TableAnalysis, options: VerifyOptions = {}): Verification {
  const plain = plainText(draft, moneyUnitOf(analysis))
  const v = new DraftReading(plain.text, analysis, options.notes, plain.columnSums, plain.tableRows).verify()
  if (plain.identity) return v
  for (const m of v.mentions) {
    ;[m.start, m.end] = toDraftSpan(plain, m.start, m.end)
    m.text = draft.slice(m.start, m.end)
  }
  for (const f of v.findings) [f.start, f.end] = toDraftSpan(plain, f.start, f.end)
  return v
}

/** The unit of the sheet's money: the table's, or the department's. */
function moneyUnitOf(analysis: TableAnalysis): string | null {
  return analysis.table.moneyUnit ?? null
}
