// The units a number in a draft may carry, and which of them measure the same thing.
import { isMoneyUnit } from '../units.ts'

/** Longest first, so that 个百分点 wins over 个 and 人次 over 人. */
const MENTION_UNITS = [
  '个百分点',
  '平方公里',
  '百分点',
  '平方米',
  '立方米',
  '亿元',
  '万元',
  '千元',
  '人次',
  '个月',
  '小时',
  '分钟',
  '公里',
  '周岁',
  '元',
  '倍',
  '%',
  '‰',
  '次',
  '个',
  '人',
  '名',
  '件',
  '起',
  '项',
  '分',
  '份',
  '户',
  '家',
  '台',
  '辆',
  '套',
  '场',
  '期',
  '批',
  '条',
  '所',
  '处',
  '座',
  '篇',
  '本',
  '册',
  '张',
  '间',
  '行',
  '亩',
  '只',
  '头',
  '厘米',
  '米',
  '㎡',
  '盏',
  '株',
  '棵',
  '羽',
  '箱',
  '吨',
  '宗',
  '例',
  '位',
  '支',
  '岁',
  '天',
  '日',
  '号',
  '年',
  '月',
  '周',
].sort((a, b) => b.length - a.length)

/** Words that start with a unit character but are not a unit after a number (十分重要, 三分之一). */
const NOT_A_UNIT = ['分之', '分别', '行业', '行政', '行动', '行为', '行使', '行驶', '行程']

/** by the code of their first character (text[i] of a CJK text would make a string each time) */
const BY_FIRST = new Map<number, string[]>()
for (const u of MENTION_UNITS) {
  const c = u.charCodeAt(0)
  ;(BY_FIRST.get(c) ?? BY_FIRST.set(c, []).get(c)!).push(u)
}

/** The unit written at `i`, or null. 万 and 亿 are scales, read by the scanner. */
export function readUnit(text: string, i: number): string | null {
  const list = BY_FIRST.get(text.charCodeAt(i))
  if (!list) return null
  if (NOT_A_UNIT.some((w) => text.startsWith(w, i))) return null
  for (const u of list) {
    if (!text.startsWith(u, i)) continue
    // "5830元/户", "583元/人·月", "元/人*月": a compound unit, as the table's cells write it
    const per = u === '元' ? PER.exec(text.slice(i + u.length, i + u.length + 5)) : null
    return per ? `${u}/${per[1]!.replace(/[*×]/, '·')}` : u
  }
  return null
}

/** the second part of a compound unit: /户, /人, /人·月, /户·年, /月 */
const PER = /^[/／]((?:人次|人|户|月|年|次|吨|亩|天|处|个|头|只)(?:[·*×](?:月|年|天|次))?)/

const SAME: Readonly<Record<string, string>> = {
  名: '人',
  个: '项',
  位: '人',
  日: '天',
  个百分点: '百分点',
  平方米: '㎡',
  周岁: '岁',
}

/** Two units measure the same thing: equal, synonyms (人/名), or both money. */
export function sameMentionDimension(a: string | null, b: string | null): boolean {
  if (a === b) return true
  if (isMoneyUnit(a) && isMoneyUnit(b)) return true
  const ka = a === null ? '' : (SAME[a] ?? a)
  const kb = b === null ? '' : (SAME[b] ?? b)
  return ka === kb
}

/** A key that is equal for units of the same dimension ('money' for every money unit). */
export function dimensionKey(unit: string | null): string {
  if (unit === null || unit === '') return ''
  if (isMoneyUnit(unit)) return 'money'
  return SAME[unit] ?? unit
}
