// One report file reviewed end to end: read (tables through the importer, narrative paragraphs)
// and every paragraph checked. The CLI, the server and the folder workers all go through here.
import { readFile } from 'node:fs/promises'
import type { TableAnalysis } from '../../core/analyze.ts'
import { InputError } from '../../core/input-error.ts'
import type { ReportDocument } from '../../app/review/report-document.ts'
import { analyzeReportTables, reviewReport, type ReviewOptions } from '../../app/review/review-report.ts'
import type { ReviewResult } from '../../app/review/review-types.ts'
import { readReport, type ReportInput } from './read-report.ts'

export type ReviewedFile = {
  doc: ReportDocument
  analyses: TableAnalysis[]
  result: ReviewResult
}

export async function reviewBytes(input: ReportInput, options: ReviewOptions): Promise<ReviewedFile> {
  const doc = await readReport(input)
  const analyses = analyzeReportTables(doc, options.profile)
  return { doc, analyses, result: reviewReport(doc, options, analyses) }
}

/** The bytes of a file on disk; a missing or unreadable one is an InputError naming it. */
export async function readReportFile(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file))
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unknown error'
    throw new InputError([
      code === 'ENOENT'
        ? { file, path: '$', message: '文件不存在', messageEn: 'the file does not exist' }
        : { file, path: '$', message: `无法读取文件（${code}）`, messageEn: `cannot read the file (${code})` },
    ])
  }
}
