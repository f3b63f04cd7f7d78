// Units that convert into one another (money) and the check that two units measure the same thing.
import { Decimal } from './decimal.ts'

// A Map, not an object: `unit in object` looks a unit read from a draft up by its text (and walks
// the prototype, where 'constructor' is found), and this is asked for every value compared.
const MONEY_YUAN: ReadonlyMap<string, bigint> = new Map([
  ['元', 1n],
  ['千元', 1000n],
  ['万元', 10000n],
  ['十万元', 100000n],
  ['百万元', 1000000n],
  ['千万元', 10000000n],
  ['亿元', 100000000n],
])

export function isMoneyUnit(unit: string | null): boolean {
  return unit !== null && MONEY_YUAN.has(unit)
}

/** The money part of a unit: 元 of 元/人, 万元 of 万元; null for a unit of no money. */
export function moneyPart(unit: string | null): string | null {
  const head = unit?.split('/')[0] ?? null
  return isMoneyUnit(head) ? head : null
}

/** The value in `to` units, exactly; null when the units do not convert. */
export function convertUnit(value: Decimal, from: string | null, to: string | null): Decimal | null {
  if (from === to) return value
  if (from === null || to === null) return null
  const f = MONEY_YUAN.get(from)
  const t = MONEY_YUAN.get(to)
  if (f === undefined || t === undefined) return null
  // value × f ÷ t is exact: both are powers of ten.
  const product = value.mul(Decimal.of(f))
  const scaleUp = t.toString().length - 1
  return Decimal.of(product.units, product.scale + scaleUp).trimmed()
}

export function sameDimension(a: string | null, b: string | null): boolean {
  return a === b || (isMoneyUnit(a) && isMoneyUnit(b))
}
