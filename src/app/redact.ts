// Personal data never reaches a prompt. The fact sheet has none; free text the user wrote
// (reason cells, notes, chat) might: the project managers' names and phones in the tables, and
// anything that looks like a mainland mobile or landline number, are masked.
import type { TableAnalysis } from '../core/analyze.ts'

const MASK = '【已隐去】'
/** 138 7570 9408, 13875709408, 0734-1234567: digits not part of a longer number. */
const PHONE = /(?<![\d.])(?:1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|0\d{2,3}-\d{7,8})(?![\d.])/g

export function personalStrings(a: TableAnalysis): string[] {
  const out = new Set<string>()
  for (const p of a.projects) {
    for (const v of [p.table.manager, p.table.phone]) {
      for (const part of (v ?? '').split(/[\s,，、;；/]+/)) if (part.trim().length >= 2) out.add(part.trim())
    }
  }
  return [...out].sort((x, y) => y.length - x.length)
}

export function redactPersonalData(text: string, personal: readonly string[]): string {
  let out = text
  for (const s of personal) out = out.split(s).join(MASK)
  return out.replace(PHONE, MASK)
}
