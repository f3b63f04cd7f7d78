// Where the forms are in a table's rows. A form starts at its 项目名称 row (with the title and
// year rows just above it) and runs to the next form; inside it the header rows of the funding,
// goal and indicator sections and the 总分 row mark the sections. One Word table, one sheet or a
// whole pasted text may hold several forms.
import { labelKey } from './cell-text.ts'
import {
  fieldLabelOf,
  fundingColumnOf,
  goalColumnOf,
  indicatorColumnOf,
  isGoalAchievedLabel,
  isGoalSectionLabel,
  isTotalScoreLabel,
} from './header-vocabulary.ts'
import type { SourceTable } from './source-table.ts'

export type RowKind =
  | 'blank'
  | 'single'
  | 'fields'
  | 'fundingHeader'
  | 'goalHeader'
  /** a goal row with its label and text side by side: 年度总体目标 | 目标1：… */
  | 'goalText'
  | 'indicatorHeader'
  | 'total'
  | 'data'

export type Segment = {
  /** first row (title rows included) and one past the last */
  start: number
  end: number
  projectRow: number
  /** rows of the segment by kind, first occurrence */
  first: Partial<Record<RowKind, number>>
}

/** A form's title or its year line: "…绩效自评表", "(2022年度)". */
const TITLE = /自评表|评价表|评分表|^\(?\d{4}年度?\)?$/

export function classifyRow(cells: readonly string[], aligned: boolean): RowKind {
  const keys = cells.filter((t) => t !== '').map(labelKey)
  if (keys.length === 0) return 'blank'
  if (isTotalScoreLabel(keys[0]!)) return 'total'
  const funding = new Set(keys.map(fundingColumnOf))
  if ((funding.has('budget') || funding.has('fullYearBudget')) && funding.has('actual')) return 'fundingHeader'
  const indicator = new Set(keys.map(indicatorColumnOf))
  if (
    indicator.has('name') &&
    (indicator.has('target') || indicator.has('actual')) &&
    (indicator.has('level1') || indicator.has('level2'))
  ) {
    return 'indicatorHeader'
  }
  if (isGoalSectionLabel(keys[0]!) && keys.length >= 2) {
    const rest = new Set(keys.slice(1).map(goalColumnOf))
    if (rest.has('target') && rest.has('achieved') && keys.every((k) => k.length <= 20)) return 'goalHeader'
  }
  if (isGoalSectionLabel(keys[0]!) || isGoalAchievedLabel(keys[0]!)) return 'goalText'
  if (keys.some((k) => fieldLabelOf(k) !== null)) return 'fields'
  if (aligned ? keys.length === 1 && TITLE.test(keys[0]!) : cells.length === 1) return 'single'
  return 'data'
}

function hasProjectLabel(cells: readonly string[]): boolean {
  return cells.some((t) => t !== '' && fieldLabelOf(labelKey(t)) === 'project')
}

export function findSegments(source: SourceTable, kinds: readonly RowKind[]): Segment[] {
  const projectRows = source.rows.flatMap((cells, i) => (kinds[i] === 'fields' && hasProjectLabel(cells) ? [i] : []))
  const segments: Segment[] = []
  projectRows.forEach((projectRow, n) => {
    const floor = n === 0 ? 0 : projectRows[n - 1]! + 1
    let start = projectRow
    // Title, year, note and label rows just above belong to this form ("填报日期：…" too).
    const above = (i: number) =>
      ['blank', 'single', 'fields'].includes(kinds[i]!) || source.rows[i]!.filter((t) => t !== '').length === 1
    while (start - 1 >= floor && above(start - 1)) start--
    segments.push({ start, end: source.rows.length, projectRow, first: {} })
  })
  segments.forEach((s, n) => {
    const next = segments[n + 1]
    if (next) s.end = next.start
    for (let i = s.start; i < s.end; i++) s.first[kinds[i]!] ??= i
  })
  return segments
}

/** The first row at or after `from` (before `end`) whose kind is one of `kinds`, else `end`. */
export function nextRowOf(kinds: readonly RowKind[], from: number, end: number, stop: readonly RowKind[]): number {
  for (let i = from; i < end; i++) if (stop.includes(kinds[i]!)) return i
  return end
}
