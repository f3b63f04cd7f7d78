// Numbers that are not data values: list markers and ordinals, years and dates, document numbers,
// codes, numerals inside quoted names and fixed terms, and numerals used as words. Each gets a
// Chinese note for the reviewer; numerals that are plainly words (一般, 统一) are dropped.
import { Decimal } from '../decimal.ts'
import { isMoneyUnit } from '../units.ts'
import { isCjk } from './fold.ts'
import { inRegions, type Region } from './regions.ts'
import type { NumberToken } from './scan.ts'

export type NotDataRegions = {
  quotes: readonly Region[]
  documentNumbers: readonly Region[]
  isoDates: readonly Region[]
  fixedTerms: readonly Region[]
}

/** What a token is when it is not a data value: a note, 'drop' (not a number at all), or null (a data value). */
export type NotData = string | 'drop' | null

export const NOTE = {
  code: '编号或代码，不是数据',
  documentNumber: '文号，不是数据',
  year: '年份，不是数据',
  date: '日期，不是数据',
  ordinal: '序数，不是数据',
  listMarker: '列表序号，不是数据',
  heading: '标题用语，不是数据',
  quoted: '引号内的名称，不是数据',
  fixedTerm: '固定用语，不是数据',
  vague: '“一”在此为泛指，不作核对',
  fullMarks: '满分（评分规则的总分值），不是数据',
  serial: '编号，不是数据',
  reference: '比较的基准（100%），不是数据',
  rule: '评分规则中的数，不是数据',
  textCount: '文中自身内容的计数（表、方面、条目），不是数据',
  label: '编号（问题1、表2），不是数据',
  formula: '公式中的“×100%”，不是数据',
  deadline: '办理时限，不是数据',
  precision: '小数位数，不是数据',
  perOne: '比较的基准（每1元、1 + 增幅），不是数据',
  span: '时段（近两年），不是数据',
} as const

/**
 * The writer's count of what the text itself lays out ("整理了两张对比表", "原因有两个方面：", "主要有两条：",
 * "这两个数", "发现4处问题"): no figure of the table. A count of the sheet's rows (两项, 3个一级指标, 两张自评表)
 * is data and is read as one.
 */
const TEXT_COUNT =
  /^(?:个?方面|条\s*[：:]|点\s*[：:]|张(?:对比|汇总|统计|分析)表|个数(?![据量值额])|处(?:问题|错误|差错|疏漏|不一致|算错|错|表述|笔误|建议|相差|差异|不符))/
/** a label's noun right before its number: 问题1, 表2, 附件3 */
const LABEL = /(?:问题|附表|表|图|附件|建议|措施|步骤|方案|事项|提醒|指标)$/
/** words before a number of decimal places: 保留两位, 取两位, 精确到2位 */
const PRECISION_BEFORE = /(?:保留|再取|取|精确到|精确至|四舍五入到)$/
/** the scale of the score: 100分制, 百分制 */
const SCORE_SCALE = /^制/
/** a grade's threshold: "90分以上，等级为优" */
const GRADE_WORDS = /等级|为优|“优”|优秀|良好|合格/
const GRADE_THRESHOLDS = new Set(['60', '70', '80', '85', '90'])

const LIST_PUNCTUATION = /^\s*[、.)）]/
const ONE = Decimal.ONE
const TWELVE = Decimal.of(12n)
const TEN = Decimal.of(10n)
const HUNDRED = Decimal.HUNDRED

export function classifyToken(
  t: string,
  tokens: readonly NumberToken[],
  k: number,
  regions: NotDataRegions,
  listMarkers: ReadonlySet<number>,
): NotData {
  const tok = tokens[k]!
  const before = t[tok.numStart - 1]
  const after = t.slice(tok.numEnd)
  if (tok.code) return NOTE.code
  if (inRegions(regions.documentNumbers, tok.numStart)) return NOTE.documentNumber
  if (inRegions(regions.isoDates, tok.numStart)) return NOTE.date
  if (isYear(tok)) return NOTE.year
  if (isDate(t, tokens, k)) return NOTE.date
  if (tok.unit === '号') return NOTE.serial
  if (t[tok.start - 1] === '第' || before === '第') return NOTE.ordinal
  // (满分100分 is the scale; a row's 满分5分 is its weight, data)
  if (tok.value.eq(HUNDRED) && /满分(?:为|是)?$/.test(t.slice(Math.max(0, tok.start - 4), tok.start)))
    return NOTE.fullMarks
  if (isListMarker(t, tok)) return NOTE.listMarker
  // 较100%低14.89个百分点: 100% is what the rate is compared with, not a figure of the data
  if (
    tok.unit === '%' &&
    tok.value.eq(HUNDRED) &&
    tok.qualifier === null &&
    /(较|比|相比|对比|与|同)$/.test(t.slice(Math.max(0, tok.start - 2), tok.start))
  )
    return NOTE.reference
  // the scoring rule's cap: "超过100%的按100%计"
  if (
    tok.unit === '%' &&
    tok.value.eq(HUNDRED) &&
    (/^的(部分)?按/.test(t.slice(tok.end, tok.end + 4)) ||
      (/按$/.test(t.slice(tok.start - 1, tok.start)) && /^(计|计算)/.test(t.slice(tok.end, tok.end + 2))))
  )
    return NOTE.rule
  if (tok.unit !== null && TEXT_COUNT.test(t.slice(tok.numEnd, tok.numEnd + 8))) return NOTE.textCount
  // "保留1到2位小数", "再取两位": a number of decimal places
  if (
    (tok.unit === '位' &&
      (/^小数/.test(t.slice(tok.end, tok.end + 2)) ||
        PRECISION_BEFORE.test(t.slice(Math.max(0, tok.start - 4), tok.start)))) ||
    (tok.unit === null && /^\s*(?:到|至|~|-)\s*[\d两一二三四]\s*位/.test(after))
  )
    return NOTE.precision
  // "每投入 1 元", "÷（1 + 10%）": the one a ratio or a growth factor is counted from
  if (tok.value.eq(ONE) && tok.qualifier === null) {
    if (tok.unit !== '%' && /每(?:投入|花|使用|支出)?\s*$/.test(t.slice(Math.max(0, tok.start - 4), tok.start)))
      return NOTE.perOne
    if (
      tok.unit === null &&
      /[（(]\s*$/.test(t.slice(Math.max(0, tok.start - 2), tok.start)) &&
      /^\s*[+＋\-−－±]/.test(after)
    )
      return NOTE.perOne
  }
  // "第1、2条": the ordinals of a list go on after 、
  const before2 = tokens[k - 1]
  if (
    before2 &&
    tok.unit !== null &&
    /^、$/.test(t.slice(before2.end, tok.start)) &&
    (t[before2.start - 1] === '第' || t[before2.numStart - 1] === '第')
  )
    return NOTE.ordinal
  // "发现两处得分需要确认", "以下三点", "这两条", "这两张表": the writer's own list
  if (
    (tok.unit === '处' || tok.unit === '点' || tok.unit === '条' || tok.unit === '张') &&
    /(?:发现|以下|如下|这|上述|下列)$/.test(t.slice(Math.max(0, tok.start - 2), tok.start))
  )
    return NOTE.textCount
  if (tok.unit === '个' && /^个工作日/.test(t.slice(tok.numEnd, tok.numEnd + 4))) return NOTE.deadline
  // "参考近两年实际支出", "连续三年": a span of years the text looks back over
  if (
    tok.unit === '年' &&
    tok.value.lte(TEN) &&
    /(?:近|最近|连续|过去|前)$/.test(t.slice(Math.max(0, tok.numStart - 2), tok.numStart))
  )
    return NOTE.span
  if (
    tok.unit === null &&
    tok.script !== 'chinese' &&
    tok.decimals === 0 &&
    tok.numEnd - tok.numStart <= 2 &&
    LABEL.test(t.slice(Math.max(0, tok.numStart - 3), tok.numStart)) &&
    !/^[\d.]/.test(after)
  )
    return NOTE.label
  // "结余率 =（年初预算 − 实际投入）÷ 年初预算 × 100%": the percent sign of a formula in words
  if (
    tok.unit === '%' &&
    tok.value.eq(HUNDRED) &&
    /[\u4e00-\u9fff）)]\s*[×*xX]\s*$/.test(t.slice(Math.max(0, tok.start - 8), tok.start))
  )
    return NOTE.formula
  if (tok.unit === '分' && tok.value.eq(HUNDRED) && SCORE_SCALE.test(t.slice(tok.end, tok.end + 2)))
    return NOTE.fullMarks
  // "无论98还是97.24，都在90分以上，等级都是“优”": the threshold of a grade
  if (
    tok.unit === '分' &&
    tok.decimals === 0 &&
    GRADE_THRESHOLDS.has(tok.value.toString()) &&
    (tok.qualifier === 'over' ||
      tok.qualifier === 'atLeast' ||
      /^(?:[（(]含[）)])?(?:及)?以上/.test(t.slice(tok.end, tok.end + 6))) &&
    GRADE_WORDS.test(sentenceAround(t, tok.start, tok.end, 16))
  )
    return NOTE.rule
  const prev = tokens[k - 1]
  const afterMarker = prev && listMarkers.has(k - 1) && /^\s*[、.．)）]?\s*$/.test(t.slice(prev.end, tok.start))
  if (afterMarker && tok.script === 'chinese' && tok.unit !== null) return NOTE.heading // 1、一条主线
  if (inRegions(regions.quotes, tok.numStart)) {
    if (tok.script === 'chinese' || !(isMoneyUnit(tok.unit) || tok.unit === '%')) return NOTE.quoted
  }
  if (inRegions(regions.fixedTerms, tok.numStart)) return NOTE.fixedTerm
  if (tok.script === 'chinese' && tok.unit === null && tok.qualifier === null) {
    if (tok.lone && tok.value.eq(ONE)) return 'drop'
    if (isCjk(after[0])) return NOTE.fixedTerm // 九类, 三大, 零发生, 二十大
    return 'drop'
  }
  if (tok.script === 'chinese' && tok.lone && tok.value.eq(ONE) && !(isMoneyUnit(tok.unit) || tok.unit === '%')) {
    return NOTE.vague // 一个时期, 不漏一人
  }
  return null
}

/** List markers are found first: a heading term ("1、一条主线") is recognised by the marker before it. */
export function isListMarker(t: string, tok: NumberToken): boolean {
  if (tok.unit !== null || tok.qualifier !== null || tok.value.sign < 0) return false
  const after = t.slice(tok.numEnd, tok.numEnd + 3)
  // 1️⃣ 2️⃣: a keycap emoji, a chat model's list marker
  if (/^\uFE0F?\u20E3/.test(after)) return true
  if (tok.script === 'chinese' && (after.startsWith('是') || t[tok.numStart - 1] === '其')) return true // 一是, 其一
  // （一）, (3) — but not "(999)万元", a number in brackets followed by its scale or unit
  if (/[（(]/.test(t[tok.numStart - 1] ?? '') && /^[）)]/.test(after) && !/^[）)]\s*[万亿元%％]/.test(after))
    return true
  if (tok.script === 'chinese' && /^\s*、/.test(after)) return true // 二、
  if (!atLineStart(t, tok.numStart)) return false
  // 1、 1. 1) at the start of a line; a section number "1.1 " too (not "251.89 ÷ 238.93")
  if (LIST_PUNCTUATION.test(after) && tok.decimals === 0) return true
  return (
    /^[ \t]/.test(after) &&
    tok.decimals <= 1 &&
    tok.numEnd - tok.numStart <= 4 &&
    !OPERATOR_AFTER.test(t.slice(tok.numEnd, tok.numEnd + 4))
  )
}

/** Only spaces and Markdown list or heading marks between the start of the line (or sentence) and i. */
/** an operator after the number: it is a term of arithmetic */
const OPERATOR_AFTER = /^\s*[+＋\-−－×xX*÷/=＝]/

function atLineStart(t: string, i: number): boolean {
  let j = i - 1
  while (j >= 0 && /[ \t#>*+-]/.test(t[j]!)) j--
  return j < 0 || /[\n。！？；：]/.test(t[j]!)
}

function isYear(tok: NumberToken): boolean {
  if (tok.decimals !== 0 || tok.value.sign <= 0) return false
  const v = Number(tok.value.toString())
  if (v < 1900 || v > 2100) return false
  const digits = tok.numEnd - tok.numStart
  return (tok.unit === '年' || tok.unit === null) && digits === 4
}

function isDate(t: string, tokens: readonly NumberToken[], k: number): boolean {
  const tok = tokens[k]!
  if (tok.unit === '月') return t[tok.numStart - 1] !== '个' && tok.value.lte(TWELVE)
  if (tok.unit === '日') return true
  const before = t[tok.numStart - 1]
  if (before === '月' || before === '初') return true // 六月十九, 八月初一, 11月30日
  const prev = tokens[k - 1]
  return tok.unit === '号' && prev !== undefined && prev.unit === '月' && prev.end === tok.start
}

/** Up to `reach` characters either side of [from, to), within the sentence. */
function sentenceAround(t: string, from: number, to: number, reach: number): string {
  const before = t.slice(Math.max(0, from - reach), from)
  const after = t.slice(to, to + reach)
  return before.replace(/^.*[。；;！？\n]/s, '') + t.slice(from, to) + after.replace(/[。；;！？\n].*$/s, '')
}
