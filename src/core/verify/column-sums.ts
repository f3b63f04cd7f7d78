// A Markdown table's 小计/合计 cell that adds up the cells above it in its column ("| 项目效益 | 25 | 21 |
// | **小计** | **90** | **84** |"): verified as their sum when every one of them is itself verified, in
// the same unit. A cell that does not add up is left to the rest of the reading: a 合计 may well
// cover rows the writer did not list, so a sum that differs is no evidence of an error.
import { Decimal } from '../decimal.ts'
import { formatNumber } from '../format.ts'
import type { Derivation, Mention } from '../verification.ts'
import type { ColumnSum } from './plain-text.ts'
import { unsigned, type WrittenValue } from './value-match.ts'

export function columnSum(
  sums: readonly ColumnSum[],
  mentions: readonly Mention[],
  at: number,
  written: WrittenValue,
): Derivation | null {
  const sum = sums.find((s) => s.cell[0] <= at && at < s.cell[1])
  if (!sum || written.qualifier) return null
  const terms: Mention[] = []
  for (const [start, end] of sum.terms) {
    const inCell = mentions.filter((m) => m.start >= start && m.start < end && m.status !== 'ignored')
    const m = inCell.length === 1 ? inCell[0]! : null
    if (m?.status !== 'verified' || m.value === null || m.unit !== written.unit) return null
    terms.push(m)
  }
  const values = terms.map((m) => Decimal.parse(m.value!))
  const exact = Decimal.sum(values)
  if (!exact.round(written.decimals).eq(unsigned(written).value)) return null
  return {
    op: 'sum',
    factIds: [...new Set(terms.flatMap((m) => m.factIds))],
    formula: `= ${values.map((v) => formatNumber(v, v.scale)).join(' + ')}（表中本列以上各行之和）`,
  }
}
