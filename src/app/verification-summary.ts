// One line per message or draft: how many numbers, and in which state
// ("共 12 个数字：12 个已核实").
import type { MentionStatus, Verification } from '../core/verification.ts'

export const STATUS_ZH: Record<MentionStatus, string> = {
  verified: '已核实',
  mismatch: '与数据不符',
  unsupported: '数据中没有',
  ignored: '非数据（已忽略）',
}

export type VerificationSummary = {
  total: number
  counts: Record<MentionStatus, number>
  /** error findings that are not about a single number (direction words, names) */
  otherErrors: number
  text: string
}

export function summarizeVerification(v: Verification): VerificationSummary {
  const counts: Record<MentionStatus, number> = {
    verified: 0,
    mismatch: 0,
    unsupported: 0,
    ignored: 0,
  }
  for (const m of v.mentions) counts[m.status]++
  const total = v.mentions.length
  const numberCodes = new Set(['NUMBER_MISMATCH', 'NUMBER_OTHER_ROW', 'NUMBER_UNSUPPORTED'])
  const otherErrors = v.findings.filter((f) => f.severity === 'error' && !numberCodes.has(f.code)).length
  const parts = (Object.keys(counts) as MentionStatus[])
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} 个${STATUS_ZH[s]}`)
  let text = total === 0 ? '没有需要核对的数字' : `共 ${total} 个数字：${parts.join('，')}`
  if (otherErrors > 0) text += `；另有 ${otherErrors} 处表述与数据不符`
  return { total, counts, otherErrors, text }
}
