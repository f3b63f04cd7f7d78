// What a clause says besides its role and direction words: "妥善处理各类投诉400余起" is about
// 投诉, so 400余起 is no mismatch of 查处涉旅案件 even when that row is named earlier in the sentence.
import { DIRECTION_WORDS } from './direction.ts'
import { CUE_WORDS } from './cue-words.ts'
import { WordTable } from './word-table.ts'

const FUNCTION_WORDS = [
  '与上年相比',
  '其中',
  '全年',
  '本年度',
  '本年',
  '今年',
  '年度',
  '本项目',
  '该项目',
  '项目',
  '我委',
  '我区',
  '我局',
  '我单位',
  '单位',
  '部分',
  '主要',
  '用于',
  '各类',
  '各项',
  '全区',
  '累计',
  '共计',
  '合计',
  '总计',
  '分别',
  '以来',
  '目前',
  '截至',
  '同比',
  '环比',
  '相比',
  '较',
  '比',
  '与',
  '和',
  '及',
  '为',
  '是',
  '达',
  '了',
  '的',
  '共',
  '约',
  '近',
  '已',
  '其',
  '在',
  '对',
  '将',
  '按',
  '由',
  '从',
  '至',
  '到',
  '占',
  '元',
]

const WORDS = new WordTable(
  [...new Set([...CUE_WORDS, ...DIRECTION_WORDS.filter((w) => w.length > 1), ...FUNCTION_WORDS])].map(
    (w) => [w, true] as const,
  ),
)

/** The CJK characters in t[from, to) outside role, direction and function words and not in `name`. */
export function uncoveredChars(t: string, from: number, to: number, name: string): number {
  const own = new Set(name)
  let count = 0
  for (let i = from; i < to; ) {
    const w = WORDS.at(t, i, to)
    if (w) {
      i += w[0].length
      continue
    }
    const c = t[i]!
    if (c >= '\u4e00' && c <= '\u9fff' && !own.has(c)) count++
    i++
  }
  return count
}
