// A finished report as the review reads it: the tables the importer recognised (canonical JSON)
// and the narrative paragraphs outside the tables, in document order (headings included).
import type { ImportNotice } from '../ports.ts'

export type ReportDocument = {
  fileName: string
  tables: readonly unknown[]
  warnings: readonly ImportNotice[]
  /** the text of every non-empty paragraph outside the tables, exactly as written */
  paragraphs: readonly string[]
}
