// The causes a row's explanation may use: its own reason cell read for what it is, and — when
// that gives no cause — a cause written on a related row of the same money: the total for a
// sub-row, the sub-rows for the total, an indicator whose target or actual is the row's budget or
// actual (a cost indicator, "工程资金金额"), and the funding rows for such an indicator. Each
// cause names where it came from. What the user said about a row (a chat answer, user-notes.ts)
// counts as that row's own cause, after its cell's.
import type { Decimal } from './decimal.ts'
import type { FundingResult } from './funding.ts'
import type { IndicatorResult } from './indicators.ts'
import type { ProjectAnalysis } from './project-analysis.ts'
import { readReasonCell, type ReasonReading } from './reason-cell.ts'

export type StatedCause = {
  text: string
  /** where it is written, in Chinese: "“合计”行的原因说明", "“工程资金金额”指标的偏差原因" */
  from: string
  /** the row's key: "P1.F0", "P1.I3" */
  row: string
  /** the user stated it (a chat answer), not the table */
  byUser?: true
}

/** The causes the user gave for a row, by the row's key ("P1.F1"): none when absent. */
export type UserCauses = (row: string) => readonly string[]

export type RowCauses = {
  reading: ReasonReading
  own: StatedCause[]
  /** causes of related rows, used when the row has none of its own */
  related: StatedCause[]
  /** measures written in the row's own cell */
  measures: string[]
}

export type RowRef = { kind: 'funding'; row: FundingResult } | { kind: 'indicator'; row: IndicatorResult }

export function fundingFrom(r: FundingResult): string {
  return `“${r.label}”行的原因说明`
}

export function indicatorFrom(r: IndicatorResult): string {
  return `“${indicatorName(r)}”指标的偏差原因`
}

/**
 * The indicator's name as a draft writes it. A target written into the name
 * ("指标1:年度资金支付完成率100%") is left out: the draft states it as the target, and a figure
 * inside the name would be read as a claim ("完成率100%").
 */
export function indicatorName(r: IndicatorResult): string {
  const name = r.row.name.replace(/\s+/g, '')
  if (!r.targetFromName) return name
  const bare = name.replace(
    /(?:[≥≤=<>＞＜]|不低于|不少于|不超过|达到)?\d[\d.,]*(?:%|％|[\p{Script=Han}A-Za-z]{1,3})?$/u,
    '',
  )
  return bare.length >= 2 ? bare : name
}

function causesOf(p: ProjectAnalysis, ref: RowRef, user?: UserCauses): StatedCause[] {
  const reading = readReasonCell(ref.row.row.reason)
  const from = ref.kind === 'funding' ? fundingFrom(ref.row) : indicatorFrom(ref.row)
  const row = rowKey(p, ref)
  const name = ref.kind === 'funding' ? `“${ref.row.label}”行` : `“${indicatorName(ref.row)}”指标`
  const said = (user?.(row) ?? []).map((t) => t.trim()).filter(Boolean)
  return [
    ...reading.causes.map((text) => ({ text, from, row })),
    ...said.map((text): StatedCause => ({ text, from: `${name}的补充说明`, row, byUser: true })),
  ]
}

/** "P1.F0", "P1.I3" */
function rowKey(p: ProjectAnalysis, ref: RowRef): string {
  return `${p.key}.${ref.kind === 'funding' ? 'F' : 'I'}${ref.row.index}`
}

/** The row's causes; `user` adds what the user said about a row to that row's own. */
export function rowCauses(p: ProjectAnalysis, ref: RowRef, user?: UserCauses): RowCauses {
  const reading = readReasonCell(ref.row.row.reason)
  const own = causesOf(p, ref, user)
  const related = own.length ? [] : relatedRows(p, ref).flatMap((r) => causesOf(p, r, user))
  return { reading, own, related, measures: reading.measures }
}

/** The causes to use: the row's own, else those of related rows. */
export function usableCauses(c: RowCauses): StatedCause[] {
  return c.own.length ? c.own : c.related
}

/** Rows of the same money, nearest first. */
export function relatedRows(p: ProjectAnalysis, ref: RowRef): RowRef[] {
  const out: RowRef[] = []
  const total = p.funding.total
  if (ref.kind === 'funding') {
    const r = ref.row
    if (r === total) {
      for (const s of p.funding.rows) if (s !== total) out.push({ kind: 'funding', row: s })
    } else if (total) out.push({ kind: 'funding', row: total })
    for (const i of p.indicators) if (sameMoney(r, i)) out.push({ kind: 'indicator', row: i })
  } else {
    for (const f of p.funding.rows) if (sameMoney(f, ref.row)) out.push({ kind: 'funding', row: f })
  }
  return out
}

/**
 * An indicator measures the same money as a funding row when it is a cost indicator whose target
 * is the row's budget, or when its target and actual are the row's budget and actual (in 万元 or
 * with no unit): "综治平安经费" =36万元 / =30.64万元, "指标1工程资金金额" 43.2 / 37.24.
 */
export function sameMoney(f: FundingResult, i: IndicatorResult): boolean {
  const target = i.target
  if (target.kind !== 'number') return false
  if (target.unit !== null && target.unit !== '万元') return false
  const budgets = [f.row.budget, f.row.fullYearBudget].filter((d): d is Decimal => d !== null && !d.isZero)
  if (!budgets.some((b) => b.eq(target.value))) return false
  if (i.isCost) return true
  return i.actualValue !== null && f.row.actual !== null && i.actualValue.eq(f.row.actual)
}
