// A plan's targets ("下一步，力争2023年预算执行率达到90%以上") are no claims about the report year's
// data: a number there that agrees with no fact is left alone rather than flagged.
import type { TextStructure } from './text-structure.ts'

const FORWARD = /力争|争取|下一步|下一年|下年度|明年|今后|预计|计划于|计划在|拟于|拟在|拟将|将努力|目标是/

/** The sentence at i looks ahead: 力争, 下一步, 明年 …, or names a year after the report's. */
export function isForwardLooking(t: string, s: TextStructure, i: number, year: number): boolean {
  const start = s.sentenceStart(i)
  let from = seen.get(s)?.get(start)
  if (from === undefined) {
    // where the plan begins: "2022年执行率75.11%，下一步力争…" still states 75.11% as this year's
    const sentence = t.slice(start, s.sentenceEnd(i))
    const word = FORWARD.exec(sentence)
    from = word ? start + word.index : -1
    for (const m of sentence.matchAll(/(\d{4})年/g)) {
      if (Number(m[1]) > year && (from < 0 || start + m.index < from)) from = start + m.index
    }
    const bySentence = seen.get(s) ?? new Map<number, number>()
    seen.set(s, bySentence.set(start, from))
  }
  return from >= 0 && i >= from
}

/** Per sentence, where its plan begins (−1: none); read once, so one long sentence stays linear. */
const seen = new WeakMap<TextStructure, Map<number, number>>()
