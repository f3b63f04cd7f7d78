// A plan's targets ("下一步，力争2023年预算执行率达到90%以上") are no claims about the report year's
// data: a number there that agrees with no fact is left alone rather than flagged.
import { headingLineAbove, type TextStructure } from './text-structure.ts'

// 明年 but not 说明年初预算 (说明/表明/注明… followed by 年初)
const FORWARD =
  /力争|争取|下一步|下一年|下年度|(?<![说表证查声标注写载阐列指点讲申])明年|今后|预计|计划于|计划在|拟于|拟在|拟将|将努力|目标是/

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

/** a heading of the section of measures: 五、下一步改进措施, ### 建议, （三）整改方向 */
const MEASURES = /改进|措施|建议|下一步|整改|计划|工作思路|努力方向/
const SECTION_REACH = 2000

/**
 * "五、改进措施 …控制在基本支出的10%以内", "…不低于95%": a bound written in the section of measures is a
 * target set for later, whatever the sentence's own words. Only the heading nearest above counts.
 */
export function inMeasuresSection(t: string, i: number): boolean {
  const heading = headingLineAbove(t, i, SECTION_REACH, (line) => SECTION_HEADING.test(line) && line.length <= 30)
  return heading !== null && MEASURES.test(heading.line)
}

const SECTION_HEADING = /^(#{1,6}\s|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\*\*[^*]+\*\*[:：]?$)/

/** a value a measure sets for later: "将补贴发放率目标调整为100%", "由95%提高到98%" */
const SET_TO =
  /(?:调整|提高|提升|降低|降|压缩|压减|修改|修订|设定|设置|设为|改|定|增加|减少|缩短|控制)(?:为|至|到|在)[\s*=＝≥≤]*$/

/** In the section of measures, a number right after a verb that sets a value ("目标值提高至100%"): a target. */
export function isSetTarget(t: string, i: number): boolean {
  return SET_TO.test(t.slice(Math.max(0, i - 8), i)) && inMeasuresSection(t, i)
}
