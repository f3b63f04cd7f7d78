// The Chinese a reviewer reads: what the text says, what the data says, and where it comes from.
import { citationUnknownMessage } from '../citations.ts'
import { formatNumber } from '../format.ts'
import { sourceText, type Fact } from '../facts.ts'
import { directionWord, type Direction } from './direction.ts'
import type { Prepared } from './prepared.ts'

/** "实际投入" for a project's fact when the sheet has one project, else "综治、平安建设经费合计实际投入". */
export function factWhat(p: Prepared, f: Fact): string {
  const parts = f.label.split('·')
  if (parts.length < 2) return f.label
  if (p.singleProject) return parts[parts.length - 1]!
  return parts.join('')
}

/** "工程验收合格率的指标值": the row and the column, for telling two rows' figures apart. */
export function rowWhat(p: Prepared, f: Fact): string {
  const parts = f.label.split('·')
  const own = p.singleProject ? parts.slice(1) : parts
  if (own.length < 2) return own.join('') || f.label
  return `${own.slice(0, -1).join('')}的${own.at(-1)}`
}

export function factSource(p: Prepared, f: Fact): string {
  const text = sourceText(f.source)
  if (p.singleProject || f.table === 'D' || f.source.kind !== 'cell') return text
  return `${f.tableName}·${text}`
}

/** The value as a draft would write it; a signed fact with the direction word the text should use. */
export function expectedText(f: Fact, direction: Direction | null, backward = false): string {
  const unit = f.unit === '百分点' ? '个百分点' : f.unit || (f.impliedUnit ?? '')
  const magnitude = `${formatNumber(f.value.abs(), f.precision)}${unit}`
  const negative = f.value.sign < 0 !== backward
  if (direction) return `${directionWord(negative ? -1 : 1, direction)}${magnitude}`
  if (f.value.sign < 0) return `${f.unit === '%' ? '下降' : '减少'}${magnitude}`
  return f.impliedUnit && !f.unit ? `${f.display}${f.impliedUnit}` : f.display
}

export const message = {
  mismatch: (p: Prepared, f: Fact, expected: string, written: string) =>
    `${factWhat(p, f)}应为${expected}（来源：${factSource(p, f)}），文中为${written}`,
  direction: (p: Prepared, f: Fact, expected: string, written: string) =>
    `${factWhat(p, f)}应为${expected}（来源：${factSource(p, f)}），文中为“${written}”，增减方向与数据相反`,
  bound: (p: Prepared, f: Fact, written: string) =>
    `${rowWhat(p, f)}为${f.display}（来源：${factSource(p, f)}），文中为“${written}”，比较方向与表中相反`,
  derivedDirection: (expected: string, written: string, formula: string, withNotes = false) =>
    `按${withNotes ? '表中数据和用户说明' : '表中数据'}计算（${formula.replace(/^= /, '')}），应为${expected}，文中为“${written}”，增减方向与数据相反`,
  arithmetic: (formula: string, expected: string, written: string) =>
    `文中算式${formula.replace(/^= /, '')}的结果应为${expected}，文中为${written}`,
  divisionByZero: (formula: string, written: string) =>
    `文中算式${formula.replace(/^= /, '')}以0作除数，得不出${written}，请核对除数`,
  otherRow: (p: Prepared, others: readonly Fact[], meant: Fact, expected: string, written: string) => {
    const whose = others.slice(0, 2).map((f) => rowWhat(p, f))
    const more = others.length > 2 ? `等${others.length}项` : ''
    return `文中“${written}”是${whose.join('、')}${more}；若此处说的是${rowWhat(p, meant)}，应为${expected}（来源：${factSource(p, meant)}），请核对所指`
  },
  restated: (before: string, written: string) => `括号内的“${written}”与前面的“${before}”不是同一个数，请核对`,
  unsupported: (written: string) => `文中“${written}”在数据中找不到依据，请核对或删除`,
  implied: (p: Prepared, f: Fact, written: string) =>
    `文中“${written}”与${f.label}（${f.display}，${factSource(p, f)}）相同，这是按增减幅度推算的估计值，不是表中填报的数；如需引用，请标注来源 [${f.id}]`,
  citationUnknown: citationUnknownMessage,
  citationMismatch: (p: Prepared, f: Fact, expected: string, written: string) =>
    `按引用 [${f.id}]，${factWhat(p, f)}应为${expected}（来源：${factSource(p, f)}），文中为${written}`,
  citationUnbound: (id: string) => `引用标记 [${id}] 前面没有可对应的数字`,
  unknownName: (name: string) => `“${name}”与数据中的项目、资金来源和指标名称都对不上，请核对名称`,
}
