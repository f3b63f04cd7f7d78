// The draft as a reviewer reads it, without Markdown's marks: emphasis inside words (少**5.36万元**)
// removed, and a Markdown table read as a table: each row becomes a sentence naming its row
// label, then each cell after its column header, a unit written in the header ("年初预算（万元）")
// added to the cells that have none, and 序号 columns left out. The verifier reads the plain text;
// a map turns every index in it back into an index into the draft.
import { Decimal } from '../decimal.ts'
import { CHINESE_DIGITS } from '../numbers/chinese-numerals.ts'

export type PlainText = {
  text: string
  /** per plain character: where it starts in the draft (inserted text: the point it is inserted at) */
  starts: Int32Array
  /** per plain character: where it ends in the draft */
  ends: Int32Array
  /** the draft had nothing to change: the map is the identity */
  identity: boolean
  /** the cells of a Markdown table's 小计/合计 rows, each with the cells above it in its column */
  columnSums: ColumnSum[]
  /** the plain-text span of each Markdown table's body row (one sentence each) */
  tableRows: Span[]
}

/** A total row's cell ("| **小计** | **90** |") and the cells it may add up, as plain-text spans. */
export type ColumnSum = { cell: Span; terms: Span[] }
export type Span = readonly [start: number, end: number]

/** Emphasis and code marks: removed wherever they are (they are never data). */
const MARKS = /\*\*|__|~~|`/g
/** *single* emphasis around a word, inside one line. */
const SINGLE_STAR = /(?<![*\w])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![*\w])/g
const TABLE_ROW = /^\s*\|.*\|\s*$/
const SEPARATOR_ROW = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/
/** 序号, 编号, No.: a column of row numbers. */
const SERIAL_HEADER = /^(序号|编号|行次|No\.?|#)$/i
/** What a 序号 column's cells hold: a number, a numeral, a letter, or nothing. */
const SERIAL_CELL = /^\s*[（(]?[\d一二三四五六七八九十百A-Za-z]{0,4}[)）.、]?\s*$/
/** A unit in a header: 年初预算（万元）, 金额(元), 金额/万元, 执行率（%）. */
const HEADER_UNIT = /\s*(?:[（(]\s*(?:单位[:：]\s*)?([^（）()]{1,6})\s*[）)]|\/\s*([^/\s]{1,6}))\s*$/
const HEADER_UNITS = new Set([
  '万元',
  '元',
  '亿元',
  '千元',
  '%',
  '％',
  '人',
  '人次',
  '次',
  '个',
  '件',
  '户',
  '项',
  '分',
  '天',
  '公里',
  '亩',
  '份',
  '起',
  '名',
])
/** A header that names points or a rate with no unit written: its bare cells are 分 or %. */
const POINTS_HEADER = /(分值|得分|评分|扣分|权重|满分|分数|自评分|总分|^(表内|表中)?自评)$/
const COMPUTED_HEADER = /(计算|公式|复核|核定|应得|调整后|修正后?|重算|测算)(结果|得分|分)?$/
const DIFFERENCE_HEADER = /^(差额|差异|差值|相差|差距|差|分差|得分差)$/
const RATE_HEADER = /(执行率|完成率|比例|占比|比重|达成率)$/
/** A header of an amount with no unit written (年初预算, 全年执行, 实际支出): its bare cells are in the sheet's money unit. */
const MONEY_HEADER = /(预算|预算数|执行|执行数|支出|支出数|投入|拨款|资金|金额|结余|结转|决算|决算数|到位)$/
/** A row that adds up the rows above it: 小计, 合计, 总计. */
const TOTAL_ROW = /^(小计|合计|总计|共计|总分|总得分|得分合计|分值合计)$/
/** A cell that is one number, with or without its unit: a term of a column's sum. */
const NUMBER_CELL = /^[约≈]?\s*[-+]?[\d０-９][\d０-９,，.．]*\s*[^\d\s|]{0,3}$/
/** A cell that is a bare number (it takes the header's unit). */
const BARE_NUMBER = /^[-+]?[\d０-９][\d０-９,，.．]*$/

class Builder {
  text = ''
  starts: number[] = []
  ends: number[] = []

  /**
   * Copies draft characters [from, to), reading numbers however they are written: formal numerals
   * (玖佰玖拾玖 → 九百九十九), digits of any script (١٠٠, 𝟗𝟗𝟗 → 100, 999), 百分之百 and 百分百 (→ 100%).
   * A number must not slip past the check by its script.
   */
  copy(draft: string, from: number, to: number) {
    for (let i = from; i < to; ) {
      const fraction = readFraction(draft, i, to)
      if (fraction) {
        this.replace(fraction.text, i, i + fraction.length)
        i += fraction.length
        continue
      }
      const whole = draft.startsWith('百分之百', i) ? 4 : draft.startsWith('百分百', i) ? 3 : 0
      if (whole && i + whole <= to) {
        this.replace('100%', i, i + whole)
        i += whole
        continue
      }
      // formal numerals only as a run of numerals (壹仟, 叁拾陆): 伍 in 队伍 and 陆 in 陆续 are words
      if (FORMAL[draft[i]!]) {
        let j = i
        while (j < to && (FORMAL[draft[j]!] || NUMERAL.test(draft[j]!))) j++
        if (j - i >= 2) {
          for (let k = i; k < j; k++) this.replace(FORMAL[draft[k]!] ?? draft[k]!, k, k + 1)
          i = j
          continue
        }
      }
      const cp = draft.codePointAt(i)!
      const width = cp > 0xffff ? 2 : 1
      const digit = scriptDigit(cp)
      const c = digit ?? draft.slice(i, i + width)
      if (width === 2 && digit === null) {
        // a character outside the basic plane that is no digit: kept as one unit per unit
        this.replace(draft[i]!, i, i + 1)
        this.replace(draft[i + 1]!, i + 1, i + 2)
      } else this.replace(c, i, i + width)
      i += width
    }
  }

  /** Writes `s` for draft characters [from, to): each character maps to the whole span. */
  replace(s: string, from: number, to: number) {
    for (let k = 0; k < s.length; k++) {
      this.text += s[k]
      this.starts.push(from)
      this.ends.push(to)
    }
  }

  /** Inserts text that is not in the draft, anchored at draft position `at`. */
  insert(s: string, at: number) {
    for (let i = 0; i < s.length; i++) {
      this.text += s[i]
      this.starts.push(at)
      this.ends.push(at)
    }
  }
}

/** `moneyUnit`: the sheet's unit of money, which a table's amount column with no unit written takes. */
export function plainText(draft: string, moneyUnit: string | null = null): PlainText {
  if (!/[*_~`|]/.test(draft) && !NEEDS_READING.test(draft)) return identity(draft)
  const b = new Builder()
  const lines = splitLines(draft)
  const columnSums: ColumnSum[] = []
  const tableRows: Span[] = []
  for (let li = 0; li < lines.length; ) {
    if (isTableStart(draft, lines, li)) {
      li = readTable(draft, lines, li, b, { sums: columnSums, rows: tableRows }, moneyUnit)
      continue
    }
    const [from, to] = lines[li]!
    copyInline(draft, from, to, b)
    li++
  }
  return {
    text: b.text,
    starts: Int32Array.from(b.starts),
    ends: Int32Array.from(b.ends),
    identity: false,
    columnSums,
    tableRows,
  }
}

function identity(draft: string): PlainText {
  return { text: draft, starts: NO_POSITIONS, ends: NO_POSITIONS, identity: true, columnSums: [], tableRows: [] }
}

/** the positions of an identity mapping: none, and never read (one for every draft: a typed array is dear to make) */
const NO_POSITIONS = new Int32Array(0)

/** Maps a span [start, end) of the plain text to the draft. */
export function toDraftSpan(p: PlainText, start: number, end: number): [number, number] {
  if (p.identity) return [start, end]
  const n = p.starts.length
  const s = start < n ? p.starts[start]! : n ? p.ends[n - 1]! : 0
  const e = end > 0 ? p.ends[Math.min(end, n) - 1]! : s
  return [s, Math.max(s, e)]
}

/** [start, end) of each line, the line break included in the range of the line before it. */
function splitLines(t: string): [number, number][] {
  const out: [number, number][] = []
  let at = 0
  for (;;) {
    const nl = t.indexOf('\n', at)
    if (nl < 0) {
      out.push([at, t.length])
      return out
    }
    out.push([at, nl + 1])
    at = nl + 1
  }
}

function lineText(t: string, [from, to]: [number, number]): string {
  return t.slice(from, to).replace(/\r?\n$/, '')
}

function isTableStart(t: string, lines: [number, number][], i: number): boolean {
  const next = lines[i + 1]
  return (
    next !== undefined &&
    TABLE_ROW.test(lineText(t, lines[i]!)) &&
    SEPARATOR_ROW.test(lineText(t, next)) &&
    lineText(t, next).includes('-')
  )
}

/** Copies a line, leaving out emphasis marks. */
function copyInline(t: string, from: number, to: number, b: Builder) {
  const drop = new Uint8Array(to - from)
  const line = t.slice(from, to)
  for (const m of line.matchAll(SINGLE_STAR)) {
    drop[m.index] = 1
    drop[m.index + m[0].length - 1] = 1
  }
  for (const m of line.matchAll(MARKS)) for (let k = 0; k < m[0].length; k++) drop[m.index + k] = 1
  let run = from
  for (let i = from; i < to; i++) {
    if (!drop[i - from]) continue
    b.copy(t, run, i)
    run = i + 1
  }
  b.copy(t, run, to)
}

type Cell = { from: number; to: number; text: string }

function cells(t: string, [from, to]: [number, number]): Cell[] {
  const out: Cell[] = []
  const line = lineText(t, [from, to])
  let at = line.indexOf('|')
  while (at >= 0) {
    const next = line.indexOf('|', at + 1)
    if (next < 0) break
    let s = at + 1
    let e = next
    while (s < e && /\s/.test(line[s]!)) s++
    while (e > s && /\s/.test(line[e - 1]!)) e--
    out.push({ from: from + s, to: from + e, text: stripMarks(line.slice(s, e)) })
    at = next
  }
  return out
}

function stripMarks(s: string): string {
  return s.replace(MARKS, '').replace(SINGLE_STAR, '$1')
}

/** `money`: an amount's column with no unit written, whose bare cells take the sheet's unit of money */
type Column = { name: string; unit: string | null; serial: boolean; pair?: [Column, Column]; money?: boolean }

/** "分值/得分", "得分/满分": a header of two columns in one, its cells "20/20". */
const PAIR_HEADER = /^([^/／]{2,8})[/／]([^/／]{2,8})$/
const PAIR_CELL = /^[\s*]*[\d.]+[\s*]*[/／][\s*]*[\d.]+[\s*]*$/

function column(header: string): Column {
  const pair = PAIR_HEADER.exec(header.trim())
  if (pair && !HEADER_UNITS.has(pair[2]!.trim())) {
    const [a, b] = [column(pair[1]!), column(pair[2]!)]
    if ((a.unit || a.money) && (b.unit || b.money))
      return { name: header.trim(), unit: null, serial: false, pair: [a, b] }
  }
  const m = HEADER_UNIT.exec(header)
  // ("上年（推算，万元）": a unit among the bracket's words)
  const unit = m
    ? (m[1] ?? m[2] ?? '')
        .trim()
        .replace('％', '%')
        .replace(/^.*[，,、;；]\s*/, '')
    : ''
  const known = HEADER_UNITS.has(unit)
  let name = known && m ? header.slice(0, m.index) : header
  // "执行率（按全年预算）": the bracket qualifies the column; read it first ("按全年预算执行率")
  const qualifier = !known ? /^(.*?)[（(]([^（）()]{1,12})[）)]\s*$/.exec(header) : null
  if (qualifier) name = `${qualifier[2]}${qualifier[1]}`
  const implied = POINTS_HEADER.test(name.trim()) ? '分' : RATE_HEADER.test(name.trim()) ? '%' : null
  return {
    name: name.trim(),
    unit: known ? unit : implied,
    serial: SERIAL_HEADER.test(header.trim()),
    money: !known && implied === null && MONEY_HEADER.test(name.trim()),
  }
}

/**
 * Reads a table from its header line; returns the index of the first line after it. Each body
 * row becomes "行名，列名值单位，列名值单位。" followed by a line break.
 */
function readTable(
  t: string,
  lines: [number, number][],
  first: number,
  b: Builder,
  out: { sums: ColumnSum[]; rows: Span[] },
  moneyUnit: string | null,
): number {
  const { sums } = out
  const header = cells(t, lines[first]!).map((c) => column(c.text))
  // "| 分值 | 自评得分 | 按公式计算 | 差额 |": beside columns of points, a computed column is in points too, and
  // so is a column of differences when every column of numbers is of points
  if (header.some((h) => h.unit === '分'))
    for (const h of header) if (h.unit === null && COMPUTED_HEADER.test(h.name)) h.unit = '分'
  if (header.some((h) => h.unit === '分') && header.every((h) => h.unit === null || h.unit === '分'))
    for (const h of header) if (h.unit === null && DIFFERENCE_HEADER.test(h.name)) h.unit = '分'
  // The header line itself is kept as text (its numbers are not data in a table's head).
  copyInline(t, lines[first]![0], lines[first]![1], b)
  b.insert('\n', lines[first]![1])
  let li = first + 2
  // a 行次 column that holds names ("| 行次 | 年初预算 |…| 年度资金总额 | 0 |") is the rows' labels
  header.forEach((h, k) => {
    if (!h.serial) return
    for (let j = li; j < lines.length && TABLE_ROW.test(lineText(t, lines[j]!)); j++)
      if (!SERIAL_CELL.test(cells(t, lines[j]!)[k]?.text ?? '')) h.serial = false
  })
  const labelCol = labelColumn(header)
  // "单位：万元" on the line above the table or below it: the unit of the cells that have none
  const unit = tableUnit(t, lines, first)
  for (const h of header) for (const c of h.pair ?? [h]) if (c.money) c.unit = unit ?? moneyUnit
  if (unit)
    header.forEach((h, k) => {
      if (k !== labelCol && h.unit === null && !h.serial) h.unit = unit
    })
  // per column, the number cells since the table's head or its last total row
  const above = new Map<number, Span[]>()
  while (li < lines.length && TABLE_ROW.test(lineText(t, lines[li]!))) {
    const row = cells(t, lines[li]!)
    const end = lines[li]![1]
    const rowFrom = b.text.length
    // The row's label is repeated before each cell (as inserted text) unless it holds a number.
    const label = row[labelCol]?.text ?? ''
    // ("产出指标（6项）" is repeated as 产出指标: its count is read once, where it is written)
    const name = label.replace(/[（(][^（）()]*[）)]/g, '').trim()
    // ("指标1工程资金金额" is repeated as 工程资金金额: the numbering is no figure)
    const bare = name.replace(/^(?:指标|序号)?\d{1,2}[.、:：]?(?=[\u4e00-\u9fff])/, '')
    const repeat = bare && !/[0-9０-９一二三四五六七八九十百千万两〇零]/.test(bare) ? bare : ''
    const total = TOTAL_ROW.test(name.replace(/\s+/g, ''))
    let wrote = false
    row.forEach((c, k) => {
      const h = header[k] ?? { name: '', unit: null, serial: false }
      if (h.serial || c.text === '' || /^[-—–/]+$/.test(c.text)) return
      // the category before the rows' own names (产出 | 学生受资助人数): the name says which row it is
      if (k < labelCol && CATEGORY_HEADER.test(h.name)) return
      if (wrote) b.insert('，', c.from)
      if (k !== labelCol && wrote && repeat) b.insert(repeat, c.from)
      // "| 分值/得分 | … | 20/20 |": each number after its own column's name, in its unit
      if (k !== labelCol && h.pair && PAIR_CELL.test(t.slice(c.from, c.to))) {
        const slash = c.from + t.slice(c.from, c.to).search(/[/／]/)
        const [left, right] = h.pair
        b.insert(left.name, c.from)
        copyNumber(t, c.from, slash, left.unit, b)
        b.replace('，', slash, slash + 1)
        b.insert(`${repeat}${right.name}`, slash + 1)
        copyNumber(t, slash + 1, c.to, right.unit, b)
        wrote = true
        return
      }
      if (k !== labelCol && h.name) b.insert(h.name, c.from)
      // a row of points under columns that name none ("| 总分 | 98 | 97.24 |")
      const unit = h.unit ?? (k !== labelCol && POINTS_HEADER.test(label.replace(/[*\s]/g, '')) ? '分' : null)
      const from = b.text.length
      copyNumber(t, c.from, c.to, unit && BARE_NUMBER.test(c.text) ? unit : null, b)
      if (k !== labelCol && NUMBER_CELL.test(c.text)) {
        const span: Span = [from, b.text.length]
        const terms = above.get(k) ?? []
        if (total && terms.length >= 2) sums.push({ cell: span, terms })
        if (!total) above.set(k, [...terms, span])
      }
      wrote = true
    })
    b.insert('。\n', end)
    out.rows.push([rowFrom, b.text.length])
    if (total) above.clear()
    li++
  }
  return li
}

/** a column of categories (一级指标: 产出, 效益), not of the rows' own names */
const CATEGORY_HEADER = /^(一级指标|二级指标|(所属|指标)?(类别|类型)|维度|一级|二级)$/
/** a column of the rows' own names */
const NAME_HEADER = /^(三级指标|指标名称|具体指标|绩效指标|指标|指标内容|项目名称|名称)$/

/**
 * The column that names each row: the first that is no 序号 — unless it holds categories and a later
 * column holds the rows' names ("| 一级指标 | 三级指标 | … |": 产出 | 学生受资助人数), which is then the label.
 */
function labelColumn(header: readonly Column[]): number {
  const first = header.findIndex((h) => !h.serial)
  if (first < 0 || !CATEGORY_HEADER.test(header[first]!.name)) return first
  const named = header.findIndex((h, k) => k > first && NAME_HEADER.test(h.name))
  return named > 0 ? named : first
}

/** A cell's text with the unit its column gives, placed before any closing marks ("**90**" is 90分, not 90**分). */
function copyNumber(t: string, from: number, to: number, unit: string | null, b: Builder) {
  copyInline(t, from, to, b)
  if (unit) b.insert(unit, from + t.slice(from, to).replace(/[\s*_~`]+$/, '').length)
}

/** A line that gives a table's unit: 单位：万元, （单位：元）. */
const UNIT_LINE = /^[\s*_>]*[（(]?\s*(?:金额)?单位\s*[:：]\s*(万元|元|亿元|千元)\s*[)）]?[\s*_。.]*$/

/** The unit a line next to the table (above its head, or below its last row) gives its cells. */
function tableUnit(t: string, lines: [number, number][], first: number): string | null {
  let last = first + 2
  while (last < lines.length && TABLE_ROW.test(lineText(t, lines[last]!))) last++
  const near = (from: number, step: number): string | null => {
    for (let i = from, seen = 0; i >= 0 && i < lines.length && seen < 2; i += step, seen++) {
      const line = lineText(t, lines[i]!)
      if (!line.trim()) continue
      return UNIT_LINE.exec(line)?.[1] ?? null
    }
    return null
  }
  return near(first - 1, -1) ?? near(last, 1)
}

/** 壹贰叁 …: the formal numerals of cheques and contracts, read as the everyday ones. */
const FORMAL: Readonly<Record<string, string>> = {
  壹: '一',
  贰: '二',
  貳: '二',
  叁: '三',
  參: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  陸: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
  仟: '千',
  萬: '万',
  億: '亿',
}

const NUMERAL = /[零〇一二两三四五六七八九十百千万亿]/

/** Formal numerals, 百分百, and decimal digits of any script but ASCII and full-width. */
const NEEDS_READING =
  /[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億]|百分之?百|[一二两三四五六七八九]成|一半|[二两三四五六七八九十]分之|(?![0-9０-９])\p{Nd}/u

/** The ASCII digit of a decimal digit of another script (Arabic-Indic, mathematical bold …), or null. */
function scriptDigit(cp: number): string | null {
  if (cp < 0x80 || (cp >= 0xff10 && cp <= 0xff19)) return null
  const c = String.fromCodePoint(cp)
  if (!/\p{Nd}/u.test(c)) return null
  const n = c.normalize('NFKC')
  if (/^[0-9]$/.test(n)) return n
  // scripts NFKC leaves alone (Arabic-Indic ٠-٩, Devanagari …): digits sit in runs of ten from 0
  for (let base = cp; base > cp - 10; base--) {
    if (!/\p{Nd}/u.test(String.fromCodePoint(base - 1))) return String(cp - base)
  }
  return null
}

/** 一 … 十 of 三成, 三分之一 (零 is 0, which reads as no digit) */
const FRACTION_DIGITS: Readonly<Record<string, number>> = { ...CHINESE_DIGITS, 十: 10 }

/**
 * Fractions written in words, as the percentages they state: 三成 → 30%, 一半 → 50%, 三分之一 →
 * 约33.3% (a third is no finite decimal: read as about its value). 成 after a numeral is a tenth
 * unless it makes a word (一成不变, 八成功).
 */
function readFraction(t: string, i: number, to: number): { text: string; length: number } | null {
  if (t.startsWith('一半', i) && i + 2 <= to) return { text: '50%', length: 2 }
  const d = FRACTION_DIGITS[t[i]!]
  if (d === undefined) return null
  const tenth = t[i + 1] === '成' && d < 10 && !/[为功效本立绩果熟员就不]/.test(t[i + 2] ?? '')
  if (tenth && !FRACTION_DIGITS[t[i - 1] ?? '']) {
    // 七成半: 75%
    if (t[i + 2] === '半' && i + 3 <= to) return { text: `${d * 10 + 5}%`, length: 3 }
    // 八成六: 86%
    const hundredth = FRACTION_DIGITS[t[i + 2] ?? '']
    if (hundredth !== undefined && hundredth > 0 && hundredth < 10 && i + 3 <= to && !/[成分]/.test(t[i + 3] ?? ''))
      return { text: `${d * 10 + hundredth}%`, length: 3 }
    return { text: `${d * 10}%`, length: 2 }
  }
  if (!t.startsWith('分之', i + 1) || i + 4 > to) return null
  const n = FRACTION_DIGITS[t[i + 3]!]
  if (n === undefined || n >= d) return null
  // exact decimals: a third is 33.3…%, written as about 33.3%
  const share = Decimal.of(BigInt(n * 100)).div(Decimal.of(BigInt(d)), 6)!
  const exact = share.trimmed().scale === 0
  return { text: exact ? `${share.trimmed()}%` : `约${share.round(1)}%`, length: 4 }
}
