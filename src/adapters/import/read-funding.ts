// The funding rows: 合计 / 其中：财政拨款 / 其他资金 (local layout) or 年度资金总额 / 其中：当年财政拨款 /
// 上年结转资金 / 其他资金 (national layout), with budget, actual and the reason, and on the national
// form the full-year budget, 分值, 执行率 (kept as printed) and 得分.
import { labelKey } from './cell-text.ts'
import { cellsIn, mapHeader } from './column-map.ts'
import { fundingColumnOf, fundingSectionUnit } from './header-vocabulary.ts'
import type { FundingRowJson } from './import-types.ts'
import { addProblem, numberAt, rowsUnderHeader, warnIgnoredColumns, type ReadContext } from './read-context.ts'

export type FundingSection = { funding: FundingRowJson[]; moneyUnit: string; unplaced: number[] }

export function readFunding(ctx: ReadContext, headerRow: number, dataRows: readonly number[]): FundingSection {
  const { source } = ctx
  const header = source.rows[headerRow]!
  const map = mapHeader(header, source.aligned, fundingColumnOf, (k) => fundingSectionUnit(k) !== null)
  const label = header.find((t) => t !== '' && fundingSectionUnit(labelKey(t)) !== null)
  const moneyUnit = label ? fundingSectionUnit(labelKey(label))! : '万元'
  warnIgnoredColumns(ctx, headerRow, map.ignored)
  const col = (k: Parameters<typeof map.ranges.get>[0]) => map.ranges.get(k)
  const sourceRange = { start: 0, end: map.firstMapped, label: '资金来源' }
  const national = ['fullYearBudget', 'weight', 'rate', 'score'] as const
  const funding: FundingRowJson[] = []
  const { placed, unplaced } = rowsUnderHeader(ctx, dataRows, map.width)
  for (const { r, row } of placed) {
    const name = cellsIn(row, sourceRange)
      .replace(/\s+/g, '')
      .replace(/^其中[:：]?/, '')
    const hasValues = row.slice(map.firstMapped).some((t) => t !== '')
    if (!name && !hasValues) continue
    if (!name) {
      addProblem(
        ctx,
        source.where(r),
        '这一行填了金额，但没有写资金来源（如合计、财政拨款、其他资金）',
        'a funding row has amounts but no source',
      )
    }
    const out: FundingRowJson = {
      source: name,
      budget: numberAt(ctx, row, r, col('budget'), moneyUnit),
      actual: numberAt(ctx, row, r, col('actual'), moneyUnit),
      reason: cellsIn(row, col('reason'), '\n'),
    }
    for (const k of national) {
      if (!map.ranges.has(k)) continue
      if (k === 'rate') {
        const text = cellsIn(row, col('rate')).trim()
        out.rate = /^(|\/|-|—|——|–|无)$/.test(text) ? null : text
      } else out[k] = numberAt(ctx, row, r, col(k), k === 'fullYearBudget' ? moneyUnit : '分')
    }
    funding.push(orderFunding(out))
  }
  return { funding, moneyUnit, unplaced }
}

/** The key order of the canonical files: source, budget, fullYearBudget, actual, reason, … */
function orderFunding(row: FundingRowJson): FundingRowJson {
  const { source, budget, fullYearBudget, actual, reason, weight, rate, score } = row
  return {
    source,
    budget,
    ...(fullYearBudget !== undefined ? { fullYearBudget } : {}),
    actual,
    reason,
    ...(weight !== undefined ? { weight } : {}),
    ...(rate !== undefined ? { rate } : {}),
    ...(score !== undefined ? { score } : {}),
  }
}
