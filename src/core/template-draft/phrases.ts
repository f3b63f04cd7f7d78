// Wording shared by the template drafts. Every number is written from a fact's value so the
// draft verifies against the same fact sheet; the role word sits right before the number.
import type { Decimal } from '../decimal.ts'
import { formatNumber } from '../format.ts'

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** 一是 / 二是 … */
export function ordinalIs(i: number): string {
  return `${ORDINALS[i] ?? String(i + 1)}是`
}

/** （一） / （二） … */
export function ordinalHeading(i: number): string {
  return `（${ORDINALS[i] ?? String(i + 1)}）`
}

export function money(d: Decimal, unit: string): string {
  return `${formatNumber(d, 6)}${unit}`
}

export function pct(d: Decimal): string {
  return `${formatNumber(d, 2)}%`
}

/** A cause in the unit's words, without a closing full stop (added by the sentence). */
export function clause(text: string): string {
  return text.trim().replace(/[。；;，,\s]+$/u, '')
}

/** Joins causes with ；, each once. */
export function causes(texts: readonly string[]): string {
  return [...new Set(texts.map(clause).filter(Boolean))].join('；')
}

export function placeholder(what: string): string {
  return `【待补充：${what}】`
}
