// Wording shared by the template drafts. Every number is written from a fact's value so the
// draft verifies against the same fact sheet; the role word sits right before the number.
import type { TableAnalysis } from '../analyze.ts'
import { clauseOf as clauseText } from '../cause-themes.ts'
import type { Decimal } from '../decimal.ts'
import { formatNumber } from '../format.ts'
import type { ProjectAnalysis } from '../project-analysis.ts'

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

/** A fact's value as the fact sheet writes it ("22.8平方米", "≥95%"), or null. */
export function factText(a: TableAnalysis, id: string): string | null {
  return a.sheet.byId.get(id)?.display ?? null
}

export function placeholder(what: string): string {
  return `【待补充：${what}】`
}

/** 该经费 for a fund ("…经费", "…资金"), else 该项目. */
export function shortName(p: ProjectAnalysis): string {
  return /(经费|资金|补助|补贴)$/.test(p.table.project) ? '该经费' : '该项目'
}

/**
 * The project's full name where a draft first names it, 该项目/该经费 while it goes on about the
 * same project; the full name again after another project was named (a department's report).
 */
export function projectNamer(): (p: ProjectAnalysis) => string {
  let last: string | null = null
  return (p) => {
    const same = last === p.key
    last = p.key
    return same ? shortName(p) : p.table.project
  }
}

/** "“甲”、“乙”等" — at most `most` names, then 等. */
export function quotedNames(list: readonly string[], most = 3): string {
  const unique = [...new Set(list)]
  const shown = unique
    .slice(0, most)
    .map((n) => `“${n}”`)
    .join('、')
  return unique.length > most ? `${shown}等` : shown
}

/** A measure from a cell as a sentence of intent: "提高预算准确度" → "下一步将提高预算准确度". */
export function intent(measure: string): string {
  const m = clauseText(measure)
  return /^(下一步|今后|以后|将|拟)/.test(m) ? m : `下一步将${m}`
}

/** A measure without its "下一步将" — for a list of what the unit will do. */
export function bareMeasure(measure: string): string {
  return clauseText(measure).replace(/^(改进措施[:：]?|下一步|今后|以后)?[，,]?(将|拟|要)?/u, '')
}
