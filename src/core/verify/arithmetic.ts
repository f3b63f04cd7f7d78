// Arithmetic written out in the draft ("317.04 + 3.9 = 320.94万元"): the result must be what the
// numbers before the = give. The operands are checked against the data on their own.
import { Decimal } from '../decimal.ts'
import type { FoundNumber } from '../numbers/find-numbers.ts'
import { convertUnit, moneyPart } from '../units.ts'

/**
 * `named`: its terms have names between them ("29.5亩 + 鱼塘 3亩"), so each is read as a figure of its own.
 * `loose`: a sum of a list in words ("5000吨稻谷、500吨成品粮合计5500吨"), which settles its result only
 * when it agrees: a total that does not is read as a figure of the data (the table's 合计 row).
 */
export type Arithmetic = {
  formula: string
  exact: Decimal
  operands: FoundNumber[]
  named: boolean
  loose?: boolean
  /** "= 全年执行数 ÷ 全年预算数 = 498.36 ÷ 520.5": the name each term has in the formula in words */
  terms?: string[]
  /** the same formula read another way that a writer may mean (a bare 100 as 100%): it agrees if either does */
  alternatives?: Decimal[]
  /** the terms, operators and brackets of a formula written before its result, for `reworked` */
  infix?: readonly Token[]
  /** it divides by a term written as 0 ("251.89 ÷ 0.00 = 100%"): no result can be right */
  byZero?: boolean
}

/**
 * The formula's value with some terms taken at the exact figures they round ("95.75% × 10 = 9.57分" from a
 * rate of 95.7464%): a writer who worked from the table's exact figures and wrote them rounded.
 */
export function reworked(n: FoundNumber, sum: Arithmetic, exact: (o: FoundNumber) => Decimal): Decimal[] {
  return sum.infix ? worked(n, sum.infix, exact) : []
}

/**
 * an operator with the brackets closed before it and opened after it, and the name of the next term
 * ("29.5亩 + 鱼塘 3亩", ") ÷ (")
 */
const OPERATOR = /^([\s)）]*)([+＋\-−－×xX*÷/])([\s(（]*)((?:[\u4e00-\u9fff]{1,8}\s*)?)$/
/** brackets closed, then = or ≈ ("(36 − 30.64) ÷ 36 = 14.89%") */
const CLOSED_EQUALS = /^\s*([)）][\s)）]*)(?:[=＝≈≒]|约等于)\s*\**\s*$/
/** = or ≈, a sum's word after the terms ("29.5亩 + 3亩，共32.5亩"), or a word of working it out ("37.24 ÷ 43.2 计算应为86.20%") */
const EQUALS =
  /^\s*(?:[=＝≈≒]|约等于|[，,]?\s*(?:共计|合计|共|总计)|[，,]?\s*(?:计算|算得?|算出|相除|相乘|相加|相减)\s*(?:应|后|结果)?\s*(?:为|得|等于|是)?\s*约?|[，,]?\s*(?:得出|等于|结果为|结果是))\s*\**\s*$/
/** the operators of a sum or a difference, in every script the OPERATOR pattern reads */
const ADDITIVE = new Set(['+', '＋', '-', '−', '－'])
/** Longer chains are not arithmetic a report writes out (and must not make the reading quadratic). */
const MAX_OPERANDS = 12

/** The expression the number at k is the result of ("a + b = c", "(a − b) ÷ a = c"), or null. */
export function writtenArithmetic(t: string, numbers: readonly FoundNumber[], k: number): Arithmetic | null {
  if (!mayBeArithmetic(t, numbers, k)) return null
  const n = numbers[k]!
  const before = numbers[k - 1]
  const shown = bracketedAfter(t, numbers, k) ?? equatedAfter(t, numbers, k)
  if (shown) return shown
  if (!before) return null
  const gap = t.slice(before.end, digitsAt(t, n))
  const closing = EQUALS.test(gap) ? 0 : CLOSED_EQUALS.exec(gap) ? bracketCount(gap) : -1
  if (closing < 0) return listedSum(t, numbers, k)
  // walk back over "x op y op z", brackets kept as tokens: "(36 − 30.64) ÷ 36"
  const operands: FoundNumber[] = [before]
  const infix: Token[] = [before, ...brackets(')', closing)]
  const ops: string[] = []
  let named = false
  for (let j = k - 2; j >= 0 && operands.length < MAX_OPERANDS; j--) {
    const m = OPERATOR.exec(t.slice(numbers[j]!.end, digitsAt(t, operands[0]!)))
    if (!m) break
    ops.unshift(m[2]!)
    operands.unshift(numbers[j]!)
    infix.unshift(numbers[j]!, ...brackets(')', bracketCount(m[1]!)), m[2]!, ...brackets('(', bracketCount(m[3]!)))
    if (m[4]) named = true
  }
  if (!ops.length) return restated(t, n, before, gap) ?? listedSum(t, numbers, k)
  // "251.89 ÷ 0.00 = 100%": a division by a zero the writer wrote
  if (ops.some((op, i) => (op === '÷' || op === '/') && operands[i + 1]!.value.isZero))
    return { formula: `= ${formulaOf(infix)}`, exact: Decimal.ZERO, operands, named, byZero: true }
  // the brackets the terms close must open before the first term ("（36−30.64）÷36")
  const needed = infix.filter((x) => x === ')').length - infix.filter((x) => x === '(').length
  if (needed < 0) return null
  if (needed > 0) {
    const lead = /[\s(（]*$/.exec(t.slice(Math.max(0, digitsAt(t, operands[0]!) - 8), digitsAt(t, operands[0]!)))![0]
    if (bracketCount(lead) < needed) return null
    infix.unshift(...brackets('(', needed))
  }
  const bracketed = infix.some((x) => x === '(')
  const mixed = ops.some((op) => ADDITIVE.has(op)) && ops.some((op) => !ADDITIVE.has(op))
  if (!bracketed && !mixed) {
    const flat = evaluate(n, operands, ops, named)
    if (flat) {
      flat.alternatives = worked(n, infix)
      flat.infix = infix
    }
    return flat
  }
  const [first, ...alternatives] = worked(n, infix)
  if (!first) return null
  // "36−30.64÷36=14.89%": a writer may mean the operations in the order written, as a calculator does
  if (!bracketed) {
    const inOrder = evaluate(n, operands, ops, named)?.exact
    if (inOrder) alternatives.push(inOrder)
  }
  return { formula: `= ${formulaOf(infix)}`, exact: first, operands, named, alternatives, infix }
}

/** a term, an operator, or a bracket */
export type Token = FoundNumber | string

const brackets = (b: '(' | ')', n: number): string[] => Array.from({ length: n }, () => b)
const bracketCount = (s: string) => s.replace(/[^(（)）]/g, '').length

/**
 * Where the number's digits start: the scanner keeps a "=" written right before a number with it
 * ("=85.11%", a target's sign), which in "30.64÷36=85.11%" is the formula's.
 */
function digitsAt(t: string, n: FoundNumber): number {
  return t.charCodeAt(n.start) === EQUALS_CODE ? n.start + 1 : n.start
}
const EQUALS_CODE = '='.charCodeAt(0)

/** "= 30.64 ÷ 36 = 0.8511 = 85.11%": a result written again in another unit (a fraction as a percentage, 元 as 万元) */
function restated(t: string, n: FoundNumber, before: FoundNumber, gap: string): Arithmetic | null {
  const at = digitsAt(t, before)
  if (!/^\s*[=＝≈]\s*$/.test(gap) || !/[=＝≈]\s*$/.test(t.slice(Math.max(0, at - 3), at))) return null
  let exact: Decimal | null = before.value
  if (n.unit === '%' && before.unit === null) exact = before.value.mul(Decimal.HUNDRED)
  else if (n.unit === null && before.unit === '%') exact = before.value.div(Decimal.HUNDRED, 12)
  else if (n.unit !== before.unit) exact = convertUnit(before.value, before.unit, n.unit)
  if (!exact) return null
  return {
    formula: `= ${before.value.toString()}${before.unit === '%' ? '%' : ''}`,
    exact,
    operands: [before],
    named: false,
    loose: true,
  }
}

/** A set of code units as bits (a Set's has() is several times dearer, asked for every character). */
function codeBits(chars: string): Uint32Array {
  const bits = new Uint32Array(2048)
  for (const c of chars) bits[c.charCodeAt(0) >>> 5]! |= 1 << (c.charCodeAt(0) & 31)
  return bits
}
/** what the words between a result and the terms before it hold: =, ≈, 约等于, 共, 合计, 总计, 计算, 得出, 等于, 结果, 相除 */
const MARKS_BEFORE = codeBits('=＝≈≒约共合总算得等果相')
/** and between a number and the terms after it: a bracket or = */
const MARKS_AFTER = codeBits('(（=＝')

/**
 * Whether the number at k can be a result at all: every pattern above needs one of those marks
 * between it and the terms (this is asked twice for every number of every draft; most have none).
 */
function mayBeArithmetic(t: string, numbers: readonly FoundNumber[], k: number): boolean {
  const n = numbers[k]!
  const next = numbers[k + 1]
  if (next && hasCode(t, n.end, digitsAt(t, next), MARKS_AFTER)) return true
  const prev = numbers[k - 1]
  if (!prev) return false
  // (from the number two before: a count of the terms may stand between them and their sum)
  const from = Math.min(prev.end, numbers[k - 2]?.end ?? prev.end)
  return hasCode(t, from, digitsAt(t, n), MARKS_BEFORE)
}

function hasCode(t: string, from: number, to: number, bits: Uint32Array): boolean {
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i)
    if ((bits[c >>> 5]! >>> (c & 31)) & 1) return true
  }
  return false
}

function evaluate(n: FoundNumber, operands: FoundNumber[], ops: string[], named: boolean): Arithmetic | null {
  // "10 × 85.11% ≈ 8.51分": a percentage times an amount is that share of it; and "98% ÷ 100% = 98%":
  // percentages multiplied or divided into a percentage are worked as fractions, the result put back in %
  const multiplicative = !ops.some((op) => ADDITIVE.has(op))
  const inPercent = multiplicative && n.unit === '%' && operands.some((o) => o.unit === '%')
  const ofPercent = (o: FoundNumber) =>
    o.unit === '%' && multiplicative && (n.unit !== '%' || inPercent) ? o.value.div(Decimal.HUNDRED, 12)! : o.value
  let exact = ofPercent(operands[0]!)
  for (let i = 0; i < ops.length; i++) {
    const y = ofPercent(operands[i + 1]!)
    const op = ops[i]!
    if (op === '+' || op === '＋') exact = exact.add(y)
    else if (op === '×' || op === 'x' || op === 'X' || op === '*') exact = exact.mul(y)
    else if (op === '÷' || op === '/') {
      const q = exact.div(y, 12)
      if (!q) return null
      exact = q
    } else exact = exact.sub(y)
  }
  if (inPercent || (n.unit === '%' && ops.includes('÷') && operands.every((o) => o.unit !== '%')))
    exact = exact.mul(Decimal.HUNDRED)
  const formula = operands
    .map((o, i) => (i ? ` ${ops[i - 1]} ` : '') + o.value.toString() + (o.unit === '%' ? '%' : ''))
    .join('')
  return { formula: `= ${formula}`, exact, operands, named }
}

/**
 * The value of a formula with brackets and precedence (× ÷ before + −), a percentage worked as a
 * fraction and the result put back in % (or 百分点) when a term is one or it divides; money in
 * different units put in 元 first ("19 × 300元 × 12 = 6.84万元"). Then the same without putting
 * the result in %, which a writer means by "× 100 = 85.11%". Empty when it does not work out.
 */
function worked(n: FoundNumber, infix: readonly Token[], termValue?: (o: FoundNumber) => Decimal): Decimal[] {
  const terms = infix.filter((x): x is FoundNumber => typeof x !== 'string')
  const money = new Set([n, ...terms].map((x) => moneyPart(x.unit)).filter((u) => u !== null))
  const inYuan = money.size > 1
  const value = (o: FoundNumber): Decimal | null => {
    const written = termValue ? termValue(o) : o.value
    const v = o.unit === '%' ? written.div(Decimal.HUNDRED, 12) : written
    const m = moneyPart(o.unit)
    return inYuan && v && m ? convertUnit(v, m, '元') : v
  }
  const raw = calculate(infix, value)
  if (!raw) return []
  const m = moneyPart(n.unit)
  const result = inYuan && m ? convertUnit(raw, '元', m) : raw
  if (!result) return []
  const percent =
    (n.unit === '%' || n.unit === '百分点') &&
    infix.some((x) => x === '÷' || x === '/' || (typeof x !== 'string' && x.unit === '%'))
  return percent ? [result.mul(Decimal.HUNDRED), result] : [result]
}

const PRECEDENCE: Readonly<Record<string, number>> = {
  '+': 1,
  '＋': 1,
  '-': 1,
  '−': 1,
  '－': 1,
  '×': 2,
  x: 2,
  X: 2,
  '*': 2,
  '÷': 2,
  '/': 2,
}

/** Infix arithmetic by precedence (shunting-yard); null on a division by zero or a malformed formula. */
function calculate(infix: readonly Token[], value: (o: FoundNumber) => Decimal | null): Decimal | null {
  const out: Decimal[] = []
  const stack: string[] = []
  const apply = (op: string): boolean => {
    const y = out.pop()
    const x = out.pop()
    if (!x || !y) return false
    const r =
      PRECEDENCE[op] === 1
        ? op === '+' || op === '＋'
          ? x.add(y)
          : x.sub(y)
        : op === '÷' || op === '/'
          ? x.div(y, 12)
          : x.mul(y)
    if (!r) return false
    out.push(r)
    return true
  }
  for (const x of infix) {
    if (typeof x !== 'string') {
      const v = value(x)
      if (!v) return null
      out.push(v)
    } else if (x === '(') stack.push(x)
    else if (x === ')') {
      while (stack.length && stack[stack.length - 1] !== '(') if (!apply(stack.pop()!)) return null
      if (stack.pop() !== '(') return null
    } else {
      while (stack.length && stack[stack.length - 1] !== '(' && PRECEDENCE[stack[stack.length - 1]!]! >= PRECEDENCE[x]!)
        if (!apply(stack.pop()!)) return null
      stack.push(x)
    }
  }
  while (stack.length) {
    const op = stack.pop()!
    if (op === '(' || !apply(op)) return null
  }
  return out.length === 1 ? out[0]! : null
}

function formulaOf(infix: readonly Token[]): string {
  return infix
    .map((x) =>
      typeof x !== 'string' ? x.value.toString() + (x.unit === '%' ? '%' : '') : x === '(' || x === ')' ? x : ` ${x} `,
    )
    .join('')
}

/** the words between a list's last term and its sum ("…成品粮合计", "…，两项共计") */
const LIST_EQUALS = /^\s*[\u4e00-\u9fff]{0,8}\s*[，,]?\s*(?:[两二三四五六七八九十]项)?(?:共计|合计|总计|共)\s*\**\s*$/
/** the words between two terms of a list ("稻谷、", "、鱼塘", "和其他资金") */
const LIST_SEP = /^\s*\**[\u4e00-\u9fff]{0,8}\**\s*[、和与及]\s*\**[\u4e00-\u9fff]{0,8}\**\s*$/

/** "5000吨稻谷、500吨成品粮合计5500吨": a sum of the list before it, all in the result's unit. */
function listedSum(t: string, numbers: readonly FoundNumber[], k: number): Arithmetic | null {
  const n = numbers[k]!
  // "…和29.99万元，三项合计89.99万元": the count of the terms stands between them and their sum
  const counted = numbers[k - 1]!.unit === '项' && /^\s*(合计|共计|总计|共)/.test(t.slice(numbers[k - 1]!.end, n.start))
  const last = counted ? k - 2 : k - 1
  const before = numbers[last]
  if (!before || !n.unit || !LIST_EQUALS.test(t.slice(before.end, n.start))) return null
  const operands: FoundNumber[] = [before]
  for (let j = last - 1; j >= 0 && operands.length < MAX_OPERANDS; j--) {
    if (!LIST_SEP.test(t.slice(numbers[j]!.end, operands[0]!.start))) break
    operands.unshift(numbers[j]!)
  }
  if (operands.length < 2 || operands.some((o) => o.unit !== n.unit || o.ignored !== null)) return null
  const exact = Decimal.sum(operands.map((o) => o.value))
  return {
    formula: `= ${operands.map((o) => o.value.toString()).join(' + ')}`,
    exact,
    operands,
    named: true,
    loose: true,
  }
}

/** "86.20%（37.24 ÷ 43.2）": the arithmetic of a number shown in brackets right after it. */
function bracketedAfter(t: string, numbers: readonly FoundNumber[], k: number): Arithmetic | null {
  const n = numbers[k]!
  const first = numbers[k + 1]
  if (!first || !/^\s*\**\s*[（(]\s*$/.test(t.slice(n.end, digitsAt(t, first)))) return null
  const operands: FoundNumber[] = [first]
  const ops: string[] = []
  for (let j = k + 2; j < numbers.length && operands.length < MAX_OPERANDS; j++) {
    const m = /^\s*([+＋\-−－×xX*÷/])\s*$/.exec(t.slice(operands[operands.length - 1]!.end, numbers[j]!.start))
    if (!m) break
    ops.push(m[1]!)
    operands.push(numbers[j]!)
  }
  if (!ops.length || !/^\s*[）)]/.test(t.slice(operands[operands.length - 1]!.end))) return null
  return evaluate(n, operands, ops, false)
}

/** "=", or "= 全年执行数 ÷ 全年预算数 =": the number's formula in words, then in figures */
const EQUATED = /^\s*\**\s*[=＝]\s*(?:[^\d=＝\n]{1,30}[=＝]\s*)?$/

/** "95.75% = 全年执行数 ÷ 全年预算数 = 498.36 ÷ 520.5": a number, then the arithmetic it is the result of. */
function equatedAfter(t: string, numbers: readonly FoundNumber[], k: number): Arithmetic | null {
  const n = numbers[k]!
  const first = numbers[k + 1]
  if (!first || !EQUATED.test(t.slice(n.end, digitsAt(t, first)))) return null
  const operands: FoundNumber[] = [first]
  const ops: string[] = []
  for (let j = k + 2; j < numbers.length && operands.length < MAX_OPERANDS; j++) {
    // (within the line: "\n- " opens the next item, it is no minus)
    const m = /^[ \t]*([+＋\-−－×xX*÷/])[ \t]*$/.exec(t.slice(operands[operands.length - 1]!.end, numbers[j]!.start))
    if (!m) break
    ops.push(m[1]!)
    operands.push(numbers[j]!)
  }
  // the expression ends there: no result of its own after it ("= 498.36 ÷ 520.5 = 95.75%" is read forward)
  if (!ops.length || /^[ \t]*\**[ \t]*(?:[=＝≈]|[+＋\-−－×xX*÷/])/.test(t.slice(operands[operands.length - 1]!.end)))
    return null
  const sum = evaluate(n, operands, ops, false)
  // the formula in words, term by term, when it has as many terms
  const words = /[=＝]\s*([^\d=＝\n]{1,30})[=＝]/.exec(t.slice(n.end, digitsAt(t, first)))?.[1]
  const terms = words?.split(/[+＋\-−－×xX*÷/]/).map((w) => w.trim())
  if (sum && terms?.length === operands.length && terms.every((w) => w.length > 0)) sum.terms = terms
  return sum
}
