// Exact decimal numbers: an integer count of units (bigint) and a scale (digits after the point).
// Money and rates never pass through binary floating point: (1.005).toFixed(2) is "1.00" and
// 4.35 * 100 is 434.99999999999994 in Node, so values are parsed from their text and every
// operation is integer arithmetic. Rounding is 四舍五入 (half away from zero) at a stated scale.

const DECIMAL_TEXT = /^([+-]?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$|^([+-]?)\.(\d+)(?:[eE]([+-]?\d+))?$/

export type Sign = -1 | 0 | 1

/** 10^0 … 10^63 as bigints: rescaling is frequent, and `10n ** BigInt(k)` allocates twice per call */
const POW10: readonly bigint[] = Array.from({ length: 64 }, (_, k) => 10n ** BigInt(k))
const pow10 = (k: number): bigint => (k < 64 ? POW10[k]! : 10n ** BigInt(k))

export class Decimal {
  private constructor(
    /** value = units × 10^(−scale) */
    readonly units: bigint,
    readonly scale: number,
  ) {}

  static readonly ZERO = new Decimal(0n, 0)
  static readonly ONE = new Decimal(1n, 0)
  static readonly HUNDRED = new Decimal(100n, 0)

  static of(units: bigint, scale = 0): Decimal {
    if (!Number.isInteger(scale) || scale < 0) throw new RangeError(`bad decimal scale ${scale}`)
    return new Decimal(units, scale)
  }

  /** Parses "30.64", "-5.36", "1,234.5", "１２", ".5", "1e3"; null when the text is not a number. */
  static tryParse(text: string): Decimal | null {
    const cleaned = toHalfWidthDigits(text.trim()).replace(/[,，_](?=\d{3}(?:\D|$))/g, '')
    const m = DECIMAL_TEXT.exec(cleaned)
    if (!m) return null
    const sign = m[1] ?? m[5] ?? ''
    const intPart = m[2] ?? '0'
    const fracPart = m[3] ?? m[6] ?? ''
    const exp = Number(m[4] ?? m[7] ?? '0')
    if (!Number.isSafeInteger(exp) || Math.abs(exp) > 1000) return null
    let units = BigInt(intPart + fracPart)
    let scale = fracPart.length - exp
    if (scale < 0) {
      units *= 10n ** BigInt(-scale)
      scale = 0
    }
    return new Decimal(sign === '-' ? -units : units, scale)
  }

  static parse(text: string): Decimal {
    const d = Decimal.tryParse(text)
    if (!d) throw new RangeError(`not a decimal number: ${JSON.stringify(text)}`)
    return d
  }

  /**
   * A JSON number as the file wrote it. String(n) is the shortest text that reads back as n, which
   * for numbers written with up to 15 significant digits is the text that was written (less any
   * trailing zeros).
   */
  static fromNumber(n: number): Decimal {
    if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`)
    return Decimal.parse(String(n))
  }

  get isZero(): boolean {
    return this.units === 0n
  }

  get sign(): Sign {
    return this.units > 0n ? 1 : this.units < 0n ? -1 : 0
  }

  neg(): Decimal {
    return new Decimal(-this.units, this.scale)
  }

  abs(): Decimal {
    return this.units < 0n ? this.neg() : this
  }

  /** Same value with at least `scale` digits after the point (never drops digits). */
  withScale(scale: number): Decimal {
    if (scale <= this.scale) return this
    return new Decimal(this.units * pow10(scale - this.scale), scale)
  }

  add(other: Decimal): Decimal {
    const d = this.scale - other.scale
    if (d === 0) return new Decimal(this.units + other.units, this.scale)
    return d > 0
      ? new Decimal(this.units + other.units * pow10(d), this.scale)
      : new Decimal(this.units * pow10(-d) + other.units, other.scale)
  }

  sub(other: Decimal): Decimal {
    return this.add(other.neg())
  }

  mul(other: Decimal): Decimal {
    return new Decimal(this.units * other.units, this.scale + other.scale)
  }

  cmp(other: Decimal): Sign {
    // both at the larger scale, without making the rescaled Decimals
    const d = this.scale - other.scale
    const a = d < 0 ? this.units * pow10(-d) : this.units
    const b = d > 0 ? other.units * pow10(d) : other.units
    return a > b ? 1 : a < b ? -1 : 0
  }

  eq(other: Decimal): boolean {
    return this.cmp(other) === 0
  }

  lt(other: Decimal): boolean {
    return this.cmp(other) < 0
  }

  gt(other: Decimal): boolean {
    return this.cmp(other) > 0
  }

  lte(other: Decimal): boolean {
    return this.cmp(other) <= 0
  }

  gte(other: Decimal): boolean {
    return this.cmp(other) >= 0
  }

  /** 四舍五入: rounds half away from zero to `scale` digits after the point. */
  round(scale: number): Decimal {
    if (scale >= this.scale) return this.withScale(scale)
    return new Decimal(divRoundHalfAway(this.units, pow10(this.scale - scale)), scale)
  }

  /** this ÷ divisor rounded half away from zero at `scale`; null when the divisor is zero. */
  div(divisor: Decimal, scale: number): Decimal | null {
    if (divisor.isZero) return null
    // (a·10^-sa) / (b·10^-sb) = (a·10^(scale+sb-sa) / b) · 10^-scale
    const shift = scale + divisor.scale - this.scale
    let num = this.units
    let den = divisor.units
    if (shift >= 0) num *= pow10(shift)
    else den *= pow10(-shift)
    return new Decimal(divRoundHalfAway(num, den), scale)
  }

  /** Removes trailing zeros after the point: 30.640 → 30.64, 36.00 → 36. */
  trimmed(): Decimal {
    let { units, scale } = this
    while (scale > 0 && units % 10n === 0n) {
      units /= 10n
      scale--
    }
    return new Decimal(units, scale)
  }

  /** The number of digits after the point once trailing zeros are removed. */
  get significantScale(): number {
    return this.trimmed().scale
  }

  toString(): string {
    const negative = this.units < 0n
    const digits = (negative ? -this.units : this.units).toString().padStart(this.scale + 1, '0')
    const int = digits.slice(0, digits.length - this.scale)
    const frac = digits.slice(digits.length - this.scale)
    return (negative ? '-' : '') + int + (this.scale > 0 ? `.${frac}` : '')
  }

  /** Rounded (四舍五入) text with exactly `scale` digits after the point. */
  toFixed(scale: number): string {
    return this.round(scale).toString()
  }

  toJSON(): string {
    return this.toString()
  }

  /** For display widths and benchmarks only; never feed the result back into arithmetic. */
  toNumber(): number {
    return Number(this.toString())
  }

  static sum(values: readonly Decimal[]): Decimal {
    return values.reduce((acc, v) => acc.add(v), Decimal.ZERO)
  }

  static max(a: Decimal, b: Decimal): Decimal {
    return a.gte(b) ? a : b
  }

  static min(a: Decimal, b: Decimal): Decimal {
    return a.lte(b) ? a : b
  }
}

/** num ÷ den rounded half away from zero (den ≠ 0). */
function divRoundHalfAway(num: bigint, den: bigint): bigint {
  if (den < 0n) {
    num = -num
    den = -den
  }
  const negative = num < 0n
  const n = negative ? -num : num
  let q = n / den
  if ((n % den) * 2n >= den) q += 1n
  return negative ? -q : q
}

/** Full-width digits, point and signs to ASCII (１２．５ → 12.5). */
function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９．－＋]/g, (c) => {
    const code = c.charCodeAt(0)
    if (c === '．') return '.'
    if (c === '－') return '-'
    if (c === '＋') return '+'
    return String.fromCharCode(code - 0xfee0)
  })
}
