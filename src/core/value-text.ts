// Reads a target or actual cell as written ("≥10次", "=30.64万元", "95%以上", "有所推升",
// "2023年12月底", "90%-95%") into an operator, an exact value and a unit, or a qualitative value.
// What cannot be read is kept as text and marked unreadable: never guessed.
import { Decimal } from './decimal.ts'

export type Operator = '>=' | '<=' | '=' | '>' | '<'

export type QualitativeLevel = 'achieved' | 'partial' | 'not-achieved'

export type ValueText =
  | { kind: 'empty'; raw: string }
  | {
      kind: 'number'
      raw: string
      /** the operator as written; null when the cell has none ("95%", "10次") */
      operator: Operator | null
      value: Decimal
      unit: string | null
    }
  | { kind: 'range'; raw: string; low: Decimal; high: Decimal; unit: string | null }
  | {
      kind: 'date'
      raw: string
      year: number | null
      month: number | null
      day: number | null
      /** 底/末: end of the period; 前: before it */
      bound: 'end' | 'before' | null
    }
  | { kind: 'qualitative'; raw: string; text: string; level: QualitativeLevel | null }
  | { kind: 'unreadable'; raw: string; reason: string }

const OPERATOR_SYMBOL: Record<Operator, string> = {
  '>=': '≥',
  '<=': '≤',
  '=': '=',
  '>': '＞',
  '<': '＜',
}

/** Cell contents that mean "nothing was filled in". '0' is not among them: it is a zero target. */
const EMPTY_MARKERS = new Set([
  '',
  '/',
  '\\',
  '-',
  '--',
  '—',
  '——',
  '–',
  '无',
  '暂无',
  '空',
  'n/a',
  'na',
  '不适用',
  '略',
  '…',
  '...',
])

/** Printed instructions left in a cell ("（填写…）", "请填写…") mean the cell is empty. */
const INSTRUCTION = /^[(（]?\s*(请|须|需|应)?(填写|填报|说明|注[:：]|如[:：])/

const PREFIX_OPERATORS: ReadonlyArray<readonly [string, Operator]> = [
  ['大于或等于', '>='],
  ['大于等于', '>='],
  ['小于或等于', '<='],
  ['小于等于', '<='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['不得低于', '>='],
  ['不得少于', '>='],
  ['至少', '>='],
  ['达到', '>='],
  ['不高于', '<='],
  ['不超过', '<='],
  ['不多于', '<='],
  ['不大于', '<='],
  ['不得超过', '<='],
  ['不得高于', '<='],
  ['控制在', '<='],
  ['最多', '<='],
  ['大于', '>'],
  ['高于', '>'],
  ['超过', '>'],
  ['多于', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['少于', '<'],
  ['等于', '='],
  ['>=', '>='],
  ['<=', '<='],
  ['≥', '>='],
  ['≤', '<='],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
]

const SYMBOLS = new Set(['>=', '<=', '≥', '≤', '>', '<', '='])

const SUFFIX_OPERATORS: ReadonlyArray<readonly [string, Operator]> = [
  ['及以上', '>='],
  ['或以上', '>='],
  ['以上', '>='],
  ['及以下', '<='],
  ['或以下', '<='],
  ['以下', '<='],
  ['以内', '<='],
  ['之内', '<='],
  ['内', '<='],
]

const UNIT_SYNONYMS: Record<string, string> = {
  百分比: '%',
  百分之: '%',
  个百分点: '百分点',
  日: '天',
  元人民币: '元',
}

const NUMBER = String.raw`[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+`
// A unit: up to 8 characters of letters, CJK, '%', '‰', '/', '·' or '²', no digits.
const UNIT = String.raw`[%‰]|[A-Za-z\u4e00-\u9fff²³·/]{1,8}`
const NUMBER_WITH_UNIT = new RegExp(`^(${NUMBER})(${UNIT})?$`)
const RANGE = new RegExp(`^(${NUMBER})(${UNIT})?(?:-|~|至|到|—|–)(${NUMBER})(${UNIT})?$`)
const DATE = /^(?:(\d{4})年)?(?:(\d{1,2})月)?(?:(\d{1,2})日)?(底|末|初|中旬|上旬|下旬)?(前|之前|以前|内|以内)?$/
const DATE_ISO = /^(\d{4})[-./](\d{1,2})(?:[-./](\d{1,2}))?(前|之前|以前)?$/
const YEAR_END = /^(?:本?年|年度)(底|末|内)(前|之前)?$/

/** Full-width forms and look-alike glyphs to one spelling; spaces and line breaks removed. */
export function normalizeCellText(raw: string): string {
  return (
    raw
      .normalize('NFKC')
      .replace(/[≧⩾]/g, '≥')
      .replace(/[≦⩽]/g, '≤')
      .replace(/[═﹦＝]/g, '=')
      .replace(/[～〜]/g, '~')
      .replace(/[－﹣−]/g, '-')
      // "583元/人*月": a compound unit written with a star or a cross for its dot (元/人·月)
      .replace(/(?<=[\u4e00-\u9fff])[*×](?=[\u4e00-\u9fff])/g, '·')
      .replace(/\s+/g, '')
      .replace(/[。；;，,、]+$/, '')
  )
}

export function isEmptyCellText(raw: string): boolean {
  const t = normalizeCellText(raw).toLowerCase()
  return EMPTY_MARKERS.has(t) || INSTRUCTION.test(t)
}

const UNIT_GLOSS = new RegExp(`^(${NUMBER})(${UNIT})?\\(([^()]{1,6})\\)$`)

/**
 * ">=98%(百分比)", "19(人)": a unit glossed in brackets after the number, as some provinces' systems
 * print it — read as the unit, when it is one and agrees with any unit written before it.
 */
function withoutUnitGloss(text: string): string {
  const m = UNIT_GLOSS.exec(text)
  if (!m) return text
  const gloss = normalizeUnit(m[3])
  if (gloss === null || /\d/.test(m[3]!)) return text
  const written = normalizeUnit(m[2])
  if (written !== null && written !== gloss) return text
  return `${m[1]}${m[2] ?? m[3]}`
}

export function parseValueText(raw: string): ValueText {
  if (isEmptyCellText(raw)) return { kind: 'empty', raw }
  let text = normalizeCellText(raw)

  // Operators: a symbol or a word in front, possibly repeated with a stray "=" ("≥=95%"),
  // or a word behind ("95%以上"). A word counts as an operator only before a number, so that
  // "达到预期指标" stays a qualitative value.
  let operator: Operator | null = null
  for (let guard = 0; guard < 3; guard++) {
    const hit = PREFIX_OPERATORS.find(
      ([word]) => text.startsWith(word) && (SYMBOLS.has(word) || /^[\d.+\-=≥≤<>]/.test(text.slice(word.length))),
    )
    if (!hit) break
    const [word, op] = hit
    text = text.slice(word.length)
    // "≥=" and "==" keep the stronger operator; "=" after a comparison is a stray.
    if (operator === null || operator === '=') operator = op
  }
  if (text === '') return { kind: 'unreadable', raw, reason: '只有比较符号，没有数值' }
  text = withoutUnitGloss(text)

  const date = readDate(text)
  if (date) return { ...date, raw }

  const suffix = SUFFIX_OPERATORS.find(([word]) => text.endsWith(word) && text.length > word.length)
  if (suffix && /[\d%‰]/.test(text.slice(0, -suffix[0].length))) {
    if (operator === null || operator === '=') operator = suffix[1]
    text = text.slice(0, -suffix[0].length)
  }

  const range = RANGE.exec(text)
  if (range && operator === null) {
    const unitLow = normalizeUnit(range[2])
    const unitHigh = normalizeUnit(range[4])
    if (unitLow === null || unitHigh === null || unitLow === unitHigh) {
      const low = Decimal.parse(range[1]!)
      const high = Decimal.parse(range[3]!)
      if (low.lte(high)) return { kind: 'range', raw, low, high, unit: unitHigh ?? unitLow }
    }
  }

  const num = NUMBER_WITH_UNIT.exec(text)
  if (num) {
    return { kind: 'number', raw, operator, value: Decimal.parse(num[1]!), unit: normalizeUnit(num[2]) }
  }

  if (!/\d/.test(text)) {
    if (operator !== null) return { kind: 'unreadable', raw, reason: '比较符号后没有可识别的数值' }
    return { kind: 'qualitative', raw, text, level: qualitativeLevel(text) }
  }
  return { kind: 'unreadable', raw, reason: '含有数字，但无法识别为“比较符号 + 数值 + 单位”' }
}

function normalizeUnit(unit: string | undefined): string | null {
  if (!unit) return null
  return UNIT_SYNONYMS[unit] ?? unit
}

function readDate(text: string): Omit<Extract<ValueText, { kind: 'date' }>, 'raw'> | null {
  // "12月底前" is the end of December; "12月前" is before December begins.
  const bound = (word: string | undefined, before: string | undefined) =>
    word === '底' || word === '末' || word === '内' || before === '内' || before === '以内'
      ? ('end' as const)
      : before
        ? ('before' as const)
        : null
  const yearEnd = YEAR_END.exec(text)
  if (yearEnd) {
    return { kind: 'date', year: null, month: 12, day: null, bound: bound(yearEnd[1], yearEnd[2]) }
  }
  const m = DATE.exec(text)
  // A bare "2023" is a number, not a date: a date needs 年 or 月.
  if (m && (m[1] || m[2])) {
    const year = m[1] ? Number(m[1]) : null
    const month = m[2] ? Number(m[2]) : null
    const day = m[3] ? Number(m[3]) : null
    if (month !== null && (month < 1 || month > 12)) return null
    if (day !== null && (day < 1 || day > 31)) return null
    return { kind: 'date', year, month, day, bound: bound(m[4], m[5]) }
  }
  const iso = DATE_ISO.exec(text)
  if (iso) {
    const month = Number(iso[2])
    const day = iso[3] ? Number(iso[3]) : null
    if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null
    return { kind: 'date', year: Number(iso[1]), month, day, bound: iso[4] ? 'before' : null }
  }
  return null
}

const NOT_ACHIEVED = /未(完成|达成|达到|实现|达标|开展|启动|按时)|没有|无效|不合格|不达标|不满意|未能|滞后|延期|否/
const PARTIAL = /部分|基本|大部|初步|一般|较少|有待/
const ACHIEVED =
  /完成|达成|达到|实现|有效|明显|显著|有所|提升|提高|改善|良好|优秀|优|满意|按时|及时|合格|达标|符合|稳定|保障|增强|促进|到位|是|好|高|帮助|推升|推进|落实|正常|安全|持续/

/** The level a qualitative actual states, judged from its wording; null when it says neither. */
function qualitativeLevel(text: string): QualitativeLevel | null {
  if (NOT_ACHIEVED.test(text)) return 'not-achieved'
  if (PARTIAL.test(text)) return 'partial'
  if (ACHIEVED.test(text)) return 'achieved'
  return null
}

/** The cell as a reader would say it: "≥10次", "90%–95%", "有所推升". */
export function formatValueText(v: ValueText): string {
  switch (v.kind) {
    case 'number':
      return `${v.operator ? OPERATOR_SYMBOL[v.operator] : ''}${v.value.toString()}${v.unit ?? ''}`
    case 'range':
      return `${v.low.toString()}${v.unit ?? ''}–${v.high.toString()}${v.unit ?? ''}`
    case 'qualitative':
      return v.text
    default:
      return v.raw.trim()
  }
}
