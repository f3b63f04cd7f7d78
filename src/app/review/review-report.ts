// Review of a finished report (issue 12): every narrative paragraph is checked against the facts
// of the table it is about. The verifier takes one table's analysis, so the review chooses it:
// the table the paragraph names; else the one named last before it (a report discusses one
// project per section); else, with several tables and no name yet, the table against which the
// paragraph checks best (fewest errors, then most numbers verified).
import { analyzeTable, type TableAnalysis } from '../../core/analyze.ts'
import { formatNumber } from '../../core/format.ts'
import { NATIONAL_PROFILE, type ScoringProfile } from '../../core/scoring-profile.ts'
import { isVerified, verificationOf, type Mention, type Verification } from '../../core/verification.ts'
import type { VerifyFn } from '../ports.ts'
import { parseCanonicalTable } from '../schema.ts'
import { tableName } from '../table-catalog.ts'
import { findingDetails } from './finding-details.ts'
import type { ReportDocument } from './report-document.ts'
import type {
  ReviewNotice,
  ReviewFinding,
  ReviewParagraph,
  ReviewResult,
  ReviewSegment,
  ReviewSummary,
  ReviewTableInfo,
  TableChoice,
} from './review-types.ts'
import { nameKey, namedTable, nameScores } from './table-names.ts'

export type ReviewOptions = { verify: VerifyFn; profile?: ScoringProfile }

/** The tables' analyses, for a caller that needs the fact sheets too (the web view's fact cards). */
export function analyzeReportTables(doc: ReportDocument, profile: ScoringProfile = NATIONAL_PROFILE): TableAnalysis[] {
  return doc.tables.map((json) => analyzeTable(parseCanonicalTable(json, doc.fileName), profile))
}

export function reviewReport(
  doc: ReportDocument,
  options: ReviewOptions,
  analyses: readonly TableAnalysis[] = analyzeReportTables(doc, options.profile),
): ReviewResult {
  const names = analyses.map((a) =>
    nameKey(a.table.kind === 'project-self-evaluation' ? a.table.project : a.table.unit),
  )
  let context: number | null = null
  const paragraphs: ReviewParagraph[] = doc.paragraphs.map((text, index) => {
    const empty = { index, text, ok: true, mentions: [], findings: [], table: null, tableChoice: null, segments: [] }
    if (!analyses.length) return empty
    const segments =
      analyses.length > 1 && nameScores(text, names).filter((n) => n > 0).length > 1
        ? sentenceTables(text, names, context)
        : null
    if (segments) {
      context = segments.at(-1)!.table
      return mixed(index, text, segments, analyses, options.verify)
    }
    const named = analyses.length > 1 ? namedTable(text, names) : null
    if (named !== null) context = named
    const { table, choice, verification: v } = choose(text, analyses, options.verify, named, context)!
    return {
      index,
      text,
      ok: v.ok,
      mentions: v.mentions,
      findings: findingDetails(text, v, analyses[table]!),
      table,
      tableChoice: choice,
      segments: [{ start: 0, end: text.length, table }],
    }
  })
  return {
    tables: [...doc.tables],
    paragraphs,
    summary: summarize(paragraphs),
    warnings: notices(doc, analyses),
    tableInfo: analyses.map(info),
  }
}

/**
 * A paragraph naming several tables ("一是综治、平安建设经费……；二是四型平安小区以奖代拨经费……"):
 * each sentence goes to the table it names, else to the one named before it; runs of sentences
 * about the same table are checked together. Null when no sentence names one table by itself.
 */
function sentenceTables(text: string, names: readonly string[], context: number | null): ReviewSegment[] | null {
  const sentences = [...text.matchAll(/[^。；;！？!?\n]*(?:[。；;！？!?\n]+|$)/g)]
    .filter((m) => m[0] !== '')
    .map((m) => ({ start: m.index, end: m.index + m[0].length, table: namedTable(m[0], names) }))
  // names spread over the paragraph, none of its sentences naming one table: not a mixed paragraph
  const first = sentences.find((x) => x.table !== null)?.table
  if (first === undefined || first === null) return null
  let current = context ?? first
  const segments: ReviewSegment[] = []
  for (const x of sentences) {
    if (x.table !== null) current = x.table
    const last = segments.at(-1)
    if (last && last.table === current) last.end = x.end
    else segments.push({ start: x.start, end: x.end, table: current })
  }
  return segments
}

function mixed(
  index: number,
  text: string,
  segments: ReviewSegment[],
  analyses: readonly TableAnalysis[],
  verify: VerifyFn,
): ReviewParagraph {
  const mentions: Mention[] = []
  const findings: ReviewFinding[] = []
  for (const seg of segments) {
    const v = verify(text.slice(seg.start, seg.end), analyses[seg.table]!)
    const shift = <T extends { start: number; end: number }>(x: T): T => ({
      ...x,
      start: x.start + seg.start,
      end: x.end + seg.start,
    })
    const shifted = verificationOf(v.mentions.map(shift), v.findings.map(shift))
    mentions.push(...shifted.mentions)
    findings.push(...findingDetails(text, shifted, analyses[seg.table]!))
  }
  return {
    index,
    text,
    ok: isVerified(findings),
    mentions,
    findings,
    table: segments[0]!.table,
    tableChoice: 'name',
    segments,
  }
}

function choose(
  text: string,
  analyses: readonly TableAnalysis[],
  verify: VerifyFn,
  named: number | null,
  context: number | null,
): { table: number; choice: TableChoice; verification: Verification } | null {
  if (!analyses.length) return null
  if (analyses.length === 1) return { table: 0, choice: 'only', verification: verify(text, analyses[0]!) }
  if (named !== null) return { table: named, choice: 'name', verification: verify(text, analyses[named]!) }
  if (context !== null) {
    return { table: context, choice: 'context', verification: verify(text, analyses[context]!) }
  }
  let best: { table: number; verification: Verification; errors: number; verified: number } | null = null
  analyses.forEach((a, table) => {
    const verification = verify(text, a)
    const errors = verification.findings.filter((f) => f.severity === 'error').length
    const verified = verification.mentions.filter((m) => m.status === 'verified').length
    if (!best || errors < best.errors || (errors === best.errors && verified > best.verified)) {
      best = { table, verification, errors, verified }
    }
  })
  const b = best!
  return { table: b.table, choice: 'best', verification: b.verification }
}

function summarize(paragraphs: readonly ReviewParagraph[]): ReviewSummary {
  const s: ReviewSummary = {
    paragraphs: paragraphs.length,
    numbers: 0,
    verified: 0,
    mismatch: 0,
    unsupported: 0,
    ignored: 0,
    errors: 0,
    warnings: 0,
  }
  for (const p of paragraphs) {
    for (const m of p.mentions) {
      s.numbers++
      s[m.status]++
    }
    for (const f of p.findings) f.severity === 'error' ? s.errors++ : s.warnings++
  }
  return s
}

function notices(doc: ReportDocument, analyses: readonly TableAnalysis[]): ReviewNotice[] {
  const out: ReviewNotice[] = doc.warnings.map((w) => ({
    code: w.code,
    severity: 'warning',
    message: w.message,
    where: w.path,
    table: w.table ?? null,
    origin: 'import',
  }))
  analyses.forEach((a, table) => {
    for (const w of a.warnings) {
      out.push({
        code: w.code,
        severity: w.severity,
        message: w.message,
        where: w.rows.map((r) => r.label).join('、') || null,
        table,
        origin: 'analysis',
      })
    }
  })
  return out
}

function info(a: TableAnalysis, index: number): ReviewTableInfo {
  const t = a.table
  const p = t.kind === 'project-self-evaluation' ? a.projects[0] : undefined
  return {
    index,
    kind: t.kind,
    name: tableName(t),
    project: t.kind === 'project-self-evaluation' ? t.project : null,
    unit: t.unit ?? null,
    year: t.year,
    score: p?.score.total ? formatNumber(p.score.total) : null,
    theirScore: p?.score.theirTotal?.toString() ?? null,
    grade: p?.score.grade ?? null,
  }
}
