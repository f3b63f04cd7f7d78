// The goal rows: a header (总体目标 · 年度目标 · 年度总体目标完成情况, or 年度总体目标 · 预期目标 ·
// 实际完成情况) and one or more rows of text under it. Line breaks inside a cell are kept.
import { labelKey } from './cell-text.ts'
import { cellsIn, mapHeader } from './column-map.ts'
import { goalColumnOf, isGoalAchievedLabel, isGoalSectionLabel } from './header-vocabulary.ts'
import { rowsUnderHeader, type ReadContext } from './read-context.ts'

export type GoalSection = { goal: { target: string; achieved: string }; unplaced: number[] }

export function readGoal(ctx: ReadContext, headerRow: number, dataRows: readonly number[]): GoalSection {
  const { source } = ctx
  const header = source.rows[headerRow]!
  const labelAt = header.findIndex((t) => t !== '' && isGoalSectionLabel(labelKey(t)))
  // The section label is not a column: blank it so that it does not read as "目标".
  const cells = header.map((t, i) => (i === labelAt ? '' : t))
  const map = mapHeader(cells, source.aligned, goalColumnOf, () => true)
  const target: string[] = []
  const achieved: string[] = []
  const { placed, unplaced } = rowsUnderHeader(ctx, dataRows, map.width)
  for (const { row } of placed) {
    const t = cellsIn(row, map.ranges.get('target'), '\n')
    const a = cellsIn(row, map.ranges.get('achieved'), '\n')
    if (t) target.push(t)
    if (a) achieved.push(a)
  }
  return { goal: { target: target.join('\n'), achieved: achieved.join('\n') }, unplaced }
}

/**
 * Goal rows that hold their label and text side by side ("年度总体目标 | 目标1：…",
 * "年度总体目标完成情况 | …"): the text is every other non-empty cell of the row.
 */
export function readGoalText(rows: readonly (readonly string[])[]): {
  target: string
  achieved: string
} {
  const target: string[] = []
  const achieved: string[] = []
  for (const cells of rows) {
    const at = cells.findIndex((t) => t !== '')
    const text = cells
      .slice(at + 1)
      .filter((t) => t !== '')
      .join('\n')
    if (!text) continue
    ;(isGoalAchievedLabel(labelKey(cells[at]!)) ? achieved : target).push(text)
  }
  return { target: target.join('\n'), achieved: achieved.join('\n') }
}
