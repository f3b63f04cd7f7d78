// How numbers are written in Chinese text: rounded 四舍五入 at a stated scale, trailing zeros
// dropped ("85.11%", "30.64万元", "100%").
import type { Decimal } from './decimal.ts'

export function formatNumber(d: Decimal, scale = 2): string {
  return d.round(scale).trimmed().toString()
}

export function formatPercent(d: Decimal, scale = 2): string {
  return `${formatNumber(d, scale)}%`
}

export function formatAmount(d: Decimal, unit: string, scale = 2): string {
  return `${formatNumber(d, scale)}${unit}`
}

/** "增加22.92万元" / "减少3.9万元" from a signed change. */
export function formatChange(d: Decimal, unit: string, scale = 2, words = ['增加', '减少']): string {
  return `${d.sign < 0 ? words[1] : words[0]}${formatAmount(d.abs(), unit, scale)}`
}
