import { WordTable } from './word-table.ts'

// Direction words that govern a number (增加/减少, 上升/下降, 超出/节约, 高于/低于, 超额完成/未完成):
// the sign a change or difference is written with. "增加到30万元" states a level, not a change.

export type Direction = { word: string; start: number; end: number; sign: 1 | -1 }

const WORDS: ReadonlyArray<readonly [string, 1 | -1]> = (
  [
    ['超额完成', 1], ['多支出', 1], ['多投入', 1], ['少支出', -1], ['少投入', -1], ['少拨付', -1], ['增加', 1], ['增长', 1], ['上升', 1], ['提高', 1], ['提升', 1], ['超出', 1], ['超支', 1],
    ['超过', 1], ['高于', 1], ['多于', 1], ['多出', 1], ['扩大', 1], ['上涨', 1], ['增幅', 1], ['涨幅', 1],
    ['未完成', -1], ['减少', -1], ['下降', -1], ['降低', -1], ['节约', -1], ['节省', -1], ['节余', -1], ['结余', -1],
    ['低于', -1], ['少于', -1], ['缩减', -1], ['压减', -1], ['减幅', -1], ['降幅', -1], ['回落', -1], ['下滑', -1],
    ['缩小', -1], ['减', -1], ['降', -1], ['少', -1], ['增', 1], ['升', 1], ['多', 1], ['涨', 1], ['超', 1],
  ] as const
).slice().sort((a, b) => b[0].length - a[0].length)

/** The opposite word, as a reviewer would expect to read it (for messages and the mutation test). */
export const OPPOSITE: Readonly<Record<string, string>> = {
  增加: '减少', 减少: '增加', 多支出: '少支出', 少支出: '多支出', 多投入: '少投入', 少投入: '多投入', 少拨付: '多拨付', 增长: '下降', 下降: '上升', 上升: '下降', 提高: '降低', 降低: '提高', 提升: '降低',
  超出: '节约', 节约: '超出', 超支: '节约', 节省: '超支', 节余: '超支', 结余: '超支', 超过: '低于', 高于: '低于',
  低于: '高于', 多于: '少于', 少于: '多于', 多出: '少', 扩大: '缩小', 缩小: '扩大', 上涨: '下降', 增幅: '降幅',
  降幅: '增幅', 涨幅: '降幅', 减幅: '增幅', 超额完成: '未完成', 未完成: '超额完成', 缩减: '增加', 压减: '增加',
  回落: '上升', 下滑: '上升', 增: '减', 减: '增', 升: '降', 降: '升', 多: '少', 少: '多', 涨: '降', 超: '减',
}

/** A direction word written for the given sign, in the family of `like` (增加 → 减少 when the sign flips). */
export function directionWord(sign: 1 | -1, like: Direction | null): string {
  if (like) return like.sign === sign ? like.word : (OPPOSITE[like.word] ?? (sign > 0 ? '增加' : '减少'))
  return sign > 0 ? '增加' : '减少'
}

/** 核减 is not 减, 新增 is not 增, 较多 is not 多: the character before a one-character word that makes another word. */
const PART_OF_WORD: Readonly<Record<string, string>> = {
  减: '核削递加增精裁衰', 降: '升投', 升: '晋提', 多: '较最许诸众过很更', 少: '较很缺至', 增: '新递', 超: '赶', 涨: '',
}

export const DIRECTION_WORDS: readonly string[] = WORDS.map(([w]) => w)
const TABLE = new WordTable(WORDS)

export type DirectionReading = { direction: Direction | null; level: boolean }

/**
 * The direction word that governs the number starting at `to`, looking in [from, to). The last
 * word wins; a one-character word (增, 少 …) counts only right before the number. A word followed
 * by 到/至 makes the number a level.
 */
export function readDirection(t: string, from: number, to: number): DirectionReading {
  let found: Direction | null = null
  for (let i = from; i < to; ) {
    let hit = TABLE.at(t, i, to)
    const before = t[i - 1]
    if (hit && hit[0].length === 1 && before !== undefined && PART_OF_WORD[hit[0]]?.includes(before)) hit = undefined
    if (!hit) {
      i++
      continue
    }
    found = { word: hit[0], start: i, end: i + hit[0].length, sign: hit[1] }
    i += hit[0].length
  }
  if (!found) return { direction: null, level: false }
  const rest = t.slice(found.end, to).replace(/^了/, '')
  if (/^[到至]/.test(rest)) return { direction: null, level: true }
  if (found.word.length === 1 && rest.trim() !== '') return { direction: null, level: false }
  return { direction: found, level: false }
}
