// What the problem finders share: the Problem type, the way a problem's causes are written
// (主要原因…, a related row named as its source, or the placeholder) and small wording helpers.
import { causeClause, clauseOf, dedupeCauses } from '../cause-themes.ts'
import { Decimal } from '../decimal.ts'
import type { ProjectAnalysis } from '../project-analysis.ts'
import type { StatedCause } from '../row-causes.ts'
import { placeholder } from './phrases.ts'

export type ProblemKind =
  | 'low-execution'
  | 'over-execution'
  | 'sources'
  | 'unmet-indicator'
  | 'indefinite-actual'
  | 'department-data'

export type Problem = {
  kind: ProblemKind
  /** the problem in one phrase, used as its lead */
  title: string
  /** the facts and the stated causes */
  body: string
  /** the projects it concerns */
  projects: string[]
  /** the indicators it concerns (unmet, not filled in) */
  indicators: string[]
  /** measures the unit wrote in the reason cells of the rows concerned */
  cellMeasures: string[]
  questions: string[]
  /** the causes the user gave in the chat for the rows of this problem (their measure answers them) */
  userCauses?: string[]
}

/** The project's name as the draft has got to it: in full, or 该项目/该经费 (phrases.ts). */
export type Named = (p: ProjectAnalysis) => string

export const HUNDRED = Decimal.HUNDRED

/** The user's causes among the stated ones, each once. */
export function userCausesOf(stated: readonly StatedCause[]): string[] {
  return dedupeCauses(stated.filter((c) => c.byUser).map((c) => c.text))
}

export function plural(n: number, one: string, many: string): string {
  return n > 1 ? many : one
}

/** "主要原因：…（见…）。" from stated causes and notes, or the placeholder. */
export function causeSentence(
  stated: StatedCause[],
  ownRows: Set<string>,
  notes: string[],
  what: string,
): { text: string; asked: boolean } {
  const texts = [...stated.map((c) => c.text), ...notes]
  if (!texts.length) return { text: `主要原因：${placeholder(what)}。`, asked: true }
  // a related row is named only where its cause is the one written (not given way to a fuller note)
  const kept = new Set(dedupeCauses(texts))
  const named = stated.filter((c) => !ownRows.has(c.row) && kept.has(clauseOf(c.text)))
  const from = [...new Set(named.map((c) => c.from))]
  const source = from.length ? `（见${from.join('、')}）` : ''
  return { text: `主要原因${causeClause(texts)}${source}。`, asked: false }
}
