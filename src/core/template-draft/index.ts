// The offline drafting engine: formal 公文 Chinese assembled from the analysis and the causes
// the data states. Deterministic; every number comes from the fact sheet.
import type { TableAnalysis } from '../analyze.ts'
import { reviewNotes, type ReviewNote } from '../review-notes.ts'
import { generalCauses, type UserNote } from '../user-notes.ts'
import { generalMeasure, measureFor } from './measures.ts'
import { ordinalHeading, ordinalIs } from './phrases.ts'
import { findProblems } from './problems.ts'
import { draftVariance } from './variance.ts'

export type TemplateSection = 'variance' | 'problems' | 'measures'

export type TemplateDraft = {
  /** paragraphs, joined with blank lines in `text` */
  paragraphs: string[]
  text: string
  questions: string[]
  /** 核对提示: data inconsistencies for the user, not part of the report text */
  reviewNotes: ReviewNote[]
}

export const PROBLEMS_LEAD = '通过对预算执行和绩效指标完成情况的分析，目前主要存在以下问题：'
export const MEASURES_LEAD = '针对上述存在的问题，拟采取以下改进措施：'

export function draftWithTemplate(
  a: TableAnalysis,
  section: TemplateSection,
  options: {
    row?: string
    notes?: readonly string[]
    /** what the user told the chat, sorted by kind and row (src/core/user-notes.ts) */
    userNotes?: readonly UserNote[]
  } = {},
): TemplateDraft {
  const notes = reviewNotes(a)
  const done = (paragraphs: string[], questions: string[]): TemplateDraft => ({
    paragraphs,
    text: paragraphs.join('\n\n'),
    questions: [...new Set(questions)],
    reviewNotes: notes,
  })
  if (section === 'variance') {
    const v = draftVariance(a, options.row, options.notes, options.userNotes)
    if (!v.paragraphs.length) {
      return done(
        [options.row ? `未找到行“${options.row}”。` : '各项资金均按预算执行，绩效指标均已完成，无需说明差异原因。'],
        [],
      )
    }
    return done(v.paragraphs, v.questions)
  }
  const problems = findProblems(a, [...(options.notes ?? []), ...generalCauses(options.userNotes)], options.userNotes)
  if (section === 'problems') {
    if (!problems.length) return done(['经分析，预算执行和绩效指标完成情况总体良好，未发现需要说明的问题。'], [])
    return done(
      [PROBLEMS_LEAD, ...problems.map((p, i) => `${ordinalIs(i)}${p.title}。${p.body}`)],
      problems.flatMap((p) => p.questions),
    )
  }
  // the causes the user gave for no row are answered too, after the problems' own measures
  const general = generalMeasure(generalCauses(options.userNotes), problems)
  if (!problems.length) {
    const steady = '继续加强预算执行管理和绩效目标管理，保持预算执行和绩效指标完成的良好水平。'
    return done(general ? [steady, `同时，${general}`] : [steady], [])
  }
  const measures = problems.map((p) => measureFor(p))
  if (general) measures.push(general)
  return done([MEASURES_LEAD, ...measures.map((m, i) => `${ordinalHeading(i)}${m}`)], [])
}
