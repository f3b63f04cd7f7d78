// Project, funding and indicator names in a draft that the data does not have: a warning, since
// a number may be right and still be said of the wrong (or an invented) project.
import { matchesOf } from '../numbers/each-match.ts'
import type { FoundNumber } from '../numbers/find-numbers.ts'
import { nameGrams, normalizeName } from './names.ts'
import type { TextStructure } from './text-structure.ts'

export type UnknownName = { name: string; start: number; end: number }

/** “平安乡村”项目, “群众满意度”指标, 指标“…” */
const QUOTED = /“([^“”\n]{2,30})”(?=项目|经费|资金|指标)|(?<=指标)“([^“”\n]{2,30})”/g
/** …经费实际投入 / …资金预算: a funding name right before a money cue */
const FUNDING = /(?:经费|资金)(?=(?:项目)?(?:年初预算|全年预算|预算|实际投入|实际支出|实际|支出|执行率))/g
/** …指标的指标值 / …指标实际完成值 */
const INDICATOR = /指标(?=的?(?:指标值|目标值|实际完成值|完成值|完成率))/g

const PREFIX =
  /^(?:本年度|本年|今年|全年|年度|上年|去年|其中|我委|我局|我单位|单位|该项目|本项目|项目|该|本|年|的|对|在|其|将|为|和|及|与)+/
const GENERIC = new Set([
  '项目经费',
  '项目资金',
  '财政资金',
  '专项资金',
  '工作经费',
  '业务经费',
  '资金',
  '经费',
  '专项经费',
  '运行经费',
  '项目',
  '各项经费',
  '各项资金',
  '本项目',
  '该项目',
  '上述经费',
  '以上经费',
  '全部资金',
  '总经费',
  '部门',
  '预算资金',
])

export function findUnknownNames(
  t: string,
  numbers: readonly FoundNumber[],
  structure: TextStructure,
  known: readonly KnownName[],
): UnknownName[] {
  const found: UnknownName[] = []
  for (const m of matchesOf(QUOTED, t)) {
    const name = (m[1] ?? m[2])!
    if (/\d/.test(name)) continue
    const start = m.index + 1
    found.push({ name, start, end: start + name.length })
  }
  for (const re of [FUNDING, INDICATOR]) {
    for (const m of matchesOf(re, t)) {
      const end = m.index + m[0].length
      if (!hasNumberInClause(numbers, structure, end)) continue
      let start = end
      while (start > 0 && /[\u4e00-\u9fff、]/.test(t[start - 1]!)) start--
      const raw = t.slice(start, end)
      const stripped = raw.replace(PREFIX, '')
      found.push({ name: stripped, start: end - stripped.length, end })
    }
  }
  return found.filter((f) => {
    const norm = normalizeName(f.name)
    return norm.length >= 2 && !GENERIC.has(norm) && !isKnown(norm, known)
  })
}

export type KnownName = { name: string; bigrams: ReadonlySet<string> }

export function knownName(name: string): KnownName {
  return { name, bigrams: new Set(nameGrams(name).bigrams) }
}

function hasNumberInClause(numbers: readonly FoundNumber[], s: TextStructure, i: number): boolean {
  const end = s.clauseEnd(i)
  return numbers.some((n) => n.ignored === null && n.start >= i && n.start < end)
}

/** per sheet (its known names): what a name was found to be, since drafts repeat their names */
const seen = new WeakMap<readonly KnownName[], Map<string, boolean>>()

function isKnown(name: string, known: readonly KnownName[]): boolean {
  const memo = seen.get(known) ?? seen.set(known, new Map()).get(known)!
  let hit = memo.get(name)
  if (hit === undefined) {
    hit = matchesKnown(name, known)
    // bounded: a flood of made-up names must not grow the memo without end
    if (memo.size < MAX_MEMO) memo.set(name, hit)
  }
  return hit
}

const MAX_MEMO = 5000

function matchesKnown(name: string, known: readonly KnownName[]): boolean {
  const grams = nameGrams(name).bigrams
  for (const { name: k, bigrams } of known) {
    if (k === name) return true
    if (Math.min(k.length, name.length) >= 4 && (k.includes(name) || name.includes(k))) return true
    // Dice similarity of the bigram sets
    let shared = 0
    for (const g of grams) if (bigrams.has(g)) shared++
    if (grams.length && bigrams.size && (2 * shared) / (grams.length + bigrams.size) >= 0.65) return true
  }
  return false
}
