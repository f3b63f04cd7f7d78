// `verify --batch`: JSON Lines {"id", "text"} in, one JSON line {"id", ok, mentions, findings} out
// per input, in order. Every line is checked before any is verified, so bad input produces no
// partial output; the table is analysed once by the caller.
import type { TableAnalysis } from '../core/analyze.ts'
import { InputError, type InputProblem } from '../core/input-error.ts'
import type { VerifyFn } from './ports.ts'

export type BatchItem = { id: unknown; text: string }

/** Parses JSON Lines; blank lines are skipped; a bad line is an InputError naming its number. */
export function parseBatchLines(input: string, file = '<stdin>'): BatchItem[] {
  const items: BatchItem[] = []
  const problems: InputProblem[] = []
  const lines = input.replace(/^\ufeff/, '').split(/\r?\n/)
  lines.forEach((line, i) => {
    if (line.trim() === '') return
    const n = i + 1
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e)
      problems.push({
        file,
        path: `line ${n}`,
        place: '',
        message: `第 ${n} 行不是有效的 JSON`,
        messageEn: `invalid JSON: ${detail}`,
      })
      return
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({
        file,
        path: `line ${n}`,
        place: '',
        message: `第 ${n} 行应是一个对象 {"id", "text"}`,
        messageEn: `expected an object {"id", "text"}`,
      })
      return
    }
    const { id = null, text } = value as { id?: unknown; text?: unknown }
    if (typeof text !== 'string') {
      problems.push({
        file,
        path: `line ${n}.text`,
        place: '',
        message: `第 ${n} 行缺少文本字段 "text"（应为字符串）`,
        messageEn: `"text" must be a string`,
      })
      return
    }
    items.push({ id, text })
  })
  if (problems.length) throw new InputError(problems)
  return items
}

/** One output line per item, in order; `ok` is false for an item with an error finding. */
export function verifyBatch(
  items: readonly BatchItem[],
  analysis: TableAnalysis,
  verify: VerifyFn,
): { lines: string[]; ok: boolean } {
  let ok = true
  const lines = items.map((item) => {
    const v = verify(item.text, analysis)
    ok &&= v.ok
    return JSON.stringify({ id: item.id, ok: v.ok, mentions: v.mentions, findings: v.findings })
  })
  return { lines, ok }
}
