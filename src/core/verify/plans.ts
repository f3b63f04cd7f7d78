// A plan's targets ("下一步，力争2023年预算执行率达到90%以上") are no claims about the report year's
// data: a number there that agrees with no fact is left alone rather than flagged.
import type { TextStructure } from './text-structure.ts'

const FORWARD =
  /力争|争取|下一步|下一年|下年度|明年|今后|预计|计划于|计划在|拟于|拟在|拟将|将努力|目标是/

/** The sentence at i looks ahead: 力争, 下一步, 明年 …, or names a year after the report's. */
export function isForwardLooking(t: string, s: TextStructure, i: number, year: number): boolean {
  const start = s.sentenceStart(i)
  const cached = seen.get(s)?.get(start)
  if (cached !== undefined) return cached
  const sentence = t.slice(start, s.sentenceEnd(i))
  let forward = FORWARD.test(sentence)
  if (!forward) for (const m of sentence.matchAll(/(\d{4})年/g)) if (Number(m[1]) > year) forward = true
  const bySentence = seen.get(s) ?? new Map<number, boolean>()
  seen.set(s, bySentence.set(start, forward))
  return forward
}

/** Read once per sentence: a draft of one 50,000-character sentence must stay linear. */
const seen = new WeakMap<TextStructure, Map<number, boolean>>()
