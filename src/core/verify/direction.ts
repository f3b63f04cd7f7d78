// Direction words that govern a number (增加/减少, 上升/下降, 超出/节约, 高于/低于, 超额完成/未完成):
// the sign a change or difference is written with. "增加到30万元" states a level, not a change.
import { WordTable } from './word-table.ts'

export type Direction = { word: string; start: number; end: number; sign: 1 | -1 }

/** Each word with its opposite, as a reviewer would expect to read it (messages, the mutation test). */
const UP: ReadonlyArray<readonly [string, string]> = pairs(
  '超额完成:未完成 多支出:少支出 多投入:少投入 多给:少给 增加:减少 增长:下降 上升:下降 提高:降低 提升:降低 超出:节约 ' +
    '超支:节约 超过:低于 高于:低于 多于:少于 多出:少 扩大:缩小 上涨:下降 增幅:降幅 涨幅:降幅 增:减 升:降 多:少 ' +
    '涨:降 超:减 高:低',
)
const DOWN: ReadonlyArray<readonly [string, string]> = pairs(
  '未完成:超额完成 少支出:多支出 少投入:多投入 少给:多给 少拨付:多拨付 减少:增加 下降:上升 降低:提高 节约:超出 节省:超支 ' +
    '节余:超支 结余:超支 低于:高于 少于:多于 缩减:增加 压减:增加 减幅:增幅 降幅:增幅 回落:上升 下滑:上升 ' +
    '缩小:扩大 减:增 降:升 少:多 低:高',
)

function pairs(text: string): (readonly [string, string])[] {
  return text.split(' ').map((p) => p.split(':') as [string, string])
}

export const OPPOSITE: Readonly<Record<string, string>> = Object.fromEntries([...UP, ...DOWN])
export const DIRECTION_WORDS: readonly string[] = [...UP, ...DOWN].map(([w]) => w)
const TABLE = new WordTable<1 | -1>([...UP.map(([w]) => [w, 1] as const), ...DOWN.map(([w]) => [w, -1] as const)])

/** 核减 is not 减, 新增 is not 增, 较多 is not 多: the character before a one-character word that makes another word. */
const PART_OF_WORD: Readonly<Record<string, string>> = {
  减: '核削递加增精裁衰',
  降: '升投',
  升: '晋提',
  多: '较最许诸众过很更',
  少: '较很缺至',
  增: '新递',
  超: '赶',
  高: '提较最偏很更过太升增抬',
  低: '降较最偏很更过太压减',
}

/** A direction word written for the given sign, in the family of `like` (增加 → 减少 when the sign flips). */
export function directionWord(sign: 1 | -1, like: Direction | null): string {
  if (like && like.sign === sign) return like.word
  return (like && OPPOSITE[like.word]) ?? (sign > 0 ? '增加' : '减少')
}

export type DirectionReading = { direction: Direction | null; level: boolean }

/**
 * The direction word that governs the number starting at `to`, looking in [from, to). The last
 * word wins; a one-character word (增, 少 …) counts only right before the number. A word followed
 * by 到/至 makes the number a level.
 */
export function readDirection(t: string, from: number, to: number): DirectionReading {
  let found: Direction | null = null
  for (let i = from; i < to; ) {
    const hit = TABLE.at(t, i, to)
    if (!hit || (hit[0].length === 1 && i > 0 && PART_OF_WORD[hit[0]]?.includes(t[i - 1]!))) {
      i++
      continue
    }
    // a one-character word counts only right before the number: "超支率高达72.78%" is still 超支's
    if (
      found &&
      hit[0].length === 1 &&
      t
        .slice(i + 1, to)
        .replace(/^了/, '')
        .trim() !== ''
    ) {
      i++
      continue
    }
    found = { word: hit[0], start: i, end: i + hit[0].length, sign: hit[1] }
    i += hit[0].length
  }
  if (!found) return { direction: null, level: false }
  const rest = t.slice(found.end, to).replace(/^了/, '')
  // 结余率, 结余比例: the name of a share, not the direction of the number
  if (SHARE_NAME.test(rest) && /^(结余|节余|节约|节省)$/.test(found.word)) return { direction: null, level: false }
  if (/^[到至]/.test(rest)) return { direction: null, level: true }
  if (found.word.length === 1 && rest.trim() !== '') return { direction: null, level: false }
  // "带动增加受益农户收入12万元": the word governs the noun phrase after it, not the number
  if (countCjk(rest.replace(/^(了|约|为|达|共|计|累计|达到)/, '')) > 4) return { direction: null, level: false }
  return { direction: found, level: false }
}

const SHARE_NAME = /^(率|比例|比率|占比)/

function countCjk(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x4e00 && c <= 0x9fff) n++
  }
  return n
}
