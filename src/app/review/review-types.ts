// What a review of a finished report gives back (DESIGN.md §7, `review FILE --json`): the tables
// found, every narrative paragraph checked against the facts of the table it is about, a
// summary of the numbers and the warnings of the import and of the analysis.
import type { Finding, Mention } from '../../core/verification.ts'

/** How a paragraph's table was chosen: the only one, named in it, named just before it, or the best fit. */
export type TableChoice = 'only' | 'name' | 'context' | 'best'

/** A fact a finding refers to, as a reviewer reads it. */
export type FindingFact = {
  id: string
  label: string
  /** the value as the data has it ("30.64万元") */
  display: string
  /** the cell ("资金情况·合计·实际投入") or the formula with its numbers */
  source: string
}

export type ReviewFinding = Finding & {
  /** the number or words the finding is about, as written */
  text: string
  /** the sentence it stands in */
  sentence: string
  /** what the data says, when a fact is known */
  facts: FindingFact[]
}

export type ReviewParagraph = {
  /** 0-based, in document order among the non-empty paragraphs outside the tables */
  index: number
  text: string
  ok: boolean
  mentions: Mention[]
  findings: ReviewFinding[]
  /** index into `tables` of the table the paragraph was checked against (null: no tables) */
  table: number | null
  tableChoice: TableChoice | null
  /**
   * The stretches of the paragraph and the table each was checked against: one for the whole
   * paragraph, or one per run of sentences when the paragraph names several tables.
   */
  segments: ReviewSegment[]
}

export type ReviewSegment = { start: number; end: number; table: number }

export type ReviewSummary = {
  /** paragraphs checked */
  paragraphs: number
  numbers: number
  verified: number
  mismatch: number
  unsupported: number
  ignored: number
  /** error findings (mismatches, unsupported numbers, wrong direction words …) */
  errors: number
  /** warning findings */
  warnings: number
}

export type ReviewNotice = {
  code: string
  severity: 'warning' | 'info'
  message: string
  /** the cell, row or rows it is about, when known */
  where: string | null
  /** index into `tables`, when the notice is about one of them */
  table: number | null
  origin: 'import' | 'analysis'
}

/** One table's figures for the summary row of a folder review. */
export type ReviewTableInfo = {
  index: number
  kind: string
  name: string
  project: string | null
  unit: string | null
  year: number
  /** our total score under the profile, and the unit's own where the form has one */
  score: string | null
  theirScore: string | null
  grade: string | null
}

export type ReviewResult = {
  tables: unknown[]
  paragraphs: ReviewParagraph[]
  summary: ReviewSummary
  warnings: ReviewNotice[]
  tableInfo: ReviewTableInfo[]
}
