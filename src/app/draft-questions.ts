// Questions for the user where the data gives no cause: one per material variance without a
// stated reason (warning VARIANCE_WITHOUT_REASON), and one per 【待补充：…】 left in a draft.
import type { TableAnalysis } from '../core/analyze.ts'
import { Decimal } from '../core/decimal.ts'
import { findPlaceholders, placeholderQuestion } from '../core/placeholders.ts'
import { bigramCoverage, contentBigrams } from '../core/text-overlap.ts'
import type { TableWarning } from '../core/warnings.ts'

/** "请说明综治、平安建设经费‘财政拨款’实际投入低于预算的原因" */
export function warningQuestion(w: TableWarning, a: TableAnalysis): string | null {
  if (w.code !== 'VARIANCE_WITHOUT_REASON') return null
  const row = w.rows[0]
  if (!row) return null
  const project = a.projects.find((p) => p.key === w.table)?.table.project ?? w.tableName
  const subject = `${project}‘${row.label}’`
  if (row.path.startsWith('indicators')) return `请说明${subject}未完成指标值的原因`
  const rate = w.values.rate === undefined ? null : Decimal.tryParse(w.values.rate)
  if (rate === null) return `请说明${subject}未列预算而有实际投入的原因及资金来源`
  return rate.lt(Decimal.HUNDRED) ? `请说明${subject}实际投入低于预算的原因` : `请说明${subject}实际投入超出预算的原因`
}

export function warningQuestions(warnings: readonly TableWarning[], a: TableAnalysis): string[] {
  return dedupe(warnings.flatMap((w) => warningQuestion(w, a) ?? []))
}

/**
 * The questions of a finished draft: those of the data, then one per placeholder the draft left
 * that does not ask the same thing again (half of its wording already in an earlier question).
 */
export function draftQuestions(dataQuestions: readonly string[], text: string): string[] {
  const out = [...dataQuestions]
  for (const p of findPlaceholders(text)) {
    const q = placeholderQuestion(p)
    const asked = out.some((o) => (bigramCoverage(p.topic || q, contentBigrams(o)) ?? 0) >= 0.5)
    if (!asked) out.push(q)
  }
  return dedupe(out)
}

function dedupe(list: string[]): string[] {
  return [...new Set(list)]
}
