// 核对提示: what the core found wrong or odd in the data, for the user who fills in the table —
// never report text. The report speaks in the unit's voice; these notes sit beside the draft (in
// its JSON and in the UI) so the user can correct the table before the report is sent.
import type { TableAnalysis } from './analyze.ts'
import { REASON_KIND_ZH } from './reason-cell.ts'
import { readReasonCell } from './reason-cell.ts'
import { indicatorName } from './row-causes.ts'

export type ReviewNote = {
  /** a warning code (FUNDING_SUM_MISMATCH …) or REASON_NOT_CAUSE */
  code: string
  /** Chinese, for the user */
  message: string
}

/** Warnings that ask for a cause become questions, not review notes. */
const QUESTION_CODES = new Set(['VARIANCE_WITHOUT_REASON', 'SCORE_WITHOUT_REASON'])

export function reviewNotes(a: TableAnalysis): ReviewNote[] {
  const out: ReviewNote[] = a.warnings
    .filter((w) => !QUESTION_CODES.has(w.code))
    .map((w) => ({ code: w.code, message: `${w.tableName}：${w.message}` }))
  for (const p of a.projects) {
    const cells = [
      ...p.funding.rows.map((r) => ({ where: `资金情况“${r.label}”行的原因栏`, text: r.row.reason })),
      ...p.indicators.map((r) => ({ where: `“${indicatorName(r)}”指标的偏差原因栏`, text: r.row.reason })),
    ]
    for (const c of cells) {
      const reading = readReasonCell(c.text)
      const odd = reading.parts.filter((x) => x.kind === 'label' || x.kind === 'value')
      for (const x of odd) {
        out.push({
          code: 'REASON_NOT_CAUSE',
          message: `${p.tableName}：${c.where}填写的“${x.text}”是${REASON_KIND_ZH[x.kind]}，不是产生差异的原因，草稿未将其作为原因${x.kind === 'value' ? '；如为实际完成值，请填入实际完成值栏' : ''}`,
        })
      }
    }
  }
  return dedupe(out)
}

function dedupe(notes: ReviewNote[]): ReviewNote[] {
  const seen = new Set<string>()
  return notes.filter((n) => {
    if (seen.has(n.message)) return false
    seen.add(n.message)
    return true
  })
}
