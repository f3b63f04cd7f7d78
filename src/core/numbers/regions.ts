// Parts of a draft that hold numbers which are not data values, or no numbers at all:
// quotations and titles, document numbers, ISO dates and times, fixed political terms,
// the drafting engine's 【待补充：…】 placeholders (citation markers such as [P1.F0.rate]: ../citations.ts).
import { matchesOf } from './each-match.ts'

export type Region = readonly [start: number, end: number]

/**
 * 【待补充：原因】: a visible gap the drafting engine leaves; never a data value. Any other bracketed
 * text (【999万元】) is read like the rest of the draft: brackets must not hide a number.
 */
const PLACEHOLDER = /【\s*待(?:补充|核实|确认|填写)[^】\n]*】/g
/** 财预〔2020〕10号, [2021]3号, （2019）第5号 */
const DOCUMENT_NUMBER = /[〔［[（(]\s*\d{4}\s*[〕］\]）)]\s*第?\s*\d+\s*号/g
const ISO_DATE = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?/g

/** Political and programme terms that contain a numeral and a measure word but count nothing. */
const FIXED_TERMS = [
  '两个维护',
  '两个确立',
  '四个意识',
  '四个自信',
  '四个全面',
  '五位一体',
  '两个一百年',
  '三个代表',
  '三个严防',
  '三个规定',
  '十个严禁',
  '四个专项',
  '一条主线',
  '两项治理',
  '三大行动',
  '四个深化',
  '三书一函',
  '五小工程',
  '三道防线',
  '三队合一',
  '三箭齐发',
  '三重一大',
  '一岗双责',
  '一票否决',
  '一把手',
  '一站式',
  '三公经费',
  '两学一做',
  '三会一课',
  '一案一策',
  '一人一档',
  '一事一议',
  '一村一辅警',
  '十四五',
  '十三五',
  '九小场所',
]
/** 三年专项斗争, 五年规划: a campaign's span used as its name. */
const CAMPAIGN = '[二三四五]年(?:专项|行动|攻坚|规划|计划)'
/** 保留两位小数: a precision, not a figure */
const PRECISION = '(?:保留)?[一两二三四五六]位(?:小数|有效数字)|保留[一两二三四五六]位'
/** 两点建议, 另外提醒两点, 两处容易被质疑的地方: the writer's own points, not a count of the data */
const DISCOURSE =
  '[两二三四五六](?:点|处|个)(?=建议|问题|提醒|说明|需要注意|容易|值得)|(?:提醒|注意|说明|补充|建议)[两二三四五六]点'
const FIXED_TERM = new RegExp([...FIXED_TERMS, CAMPAIGN, PRECISION, DISCOURSE].join('|'), 'g')

const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '“': '”',
  '‘': '’',
  '《': '》',
  '「': '」',
  '『': '』',
  '〈': '〉',
}
const QUOTE_CHARS = /[\n"“”‘’《》「」『』〈〉]/g

export function findPlaceholders(text: string): Region[] {
  return matches(text, PLACEHOLDER)
}

export function findDocumentNumbers(text: string): Region[] {
  return matches(text, DOCUMENT_NUMBER)
}

export function findIsoDates(text: string): Region[] {
  return matches(text, ISO_DATE)
}

export function findFixedTerms(text: string): Region[] {
  return matches(text, FIXED_TERM)
}

/** Quoted spans (the quotes included). Nested quotes stay inside the outer span; an unclosed quote ends at the line. */
export function findQuotes(text: string): Region[] {
  const out: Region[] = []
  const stack: { close: string; start: number }[] = []
  let asciiOpen = -1
  for (const m of matchesOf(QUOTE_CHARS, text)) {
    const i = m.index
    const c = m[0]
    if (c === '\n') {
      if (stack.length) out.push([stack[0]!.start, i])
      stack.length = 0
      asciiOpen = -1
      continue
    }
    if (c === '"') {
      if (asciiOpen < 0) asciiOpen = i
      else {
        out.push([asciiOpen, i + 1])
        asciiOpen = -1
      }
      continue
    }
    const close = QUOTE_PAIRS[c]
    if (close) {
      stack.push({ close, start: i })
      continue
    }
    const top = stack[stack.length - 1]
    if (top && c === top.close) {
      stack.pop()
      if (!stack.length) out.push([top.start, i + 1])
    }
  }
  if (stack.length) out.push([stack[0]!.start, text.length])
  return out.sort((a, b) => a[0] - b[0])
}

export function inRegions(regions: readonly Region[], i: number): boolean {
  // Regions are few per draft; a linear scan is cheaper than keeping an index.
  for (const [s, e] of regions) {
    if (s > i) return false
    if (i < e) return true
  }
  return false
}

function matches(text: string, re: RegExp): Region[] {
  return matchesOf(re, text).map((m) => [m.index, m.index + m[0].length] as const)
}
