// The indicator rows: 一级指标 · 二级指标 · 三级指标 · 指标值 · 实际完成值 · (分值 · 得分) · 原因.
// Level cells merged down the rows are blank below their first row and are carried down; a
// level-1 cell merged across the level-2 column (the seed's 满意度指标 row) gives level2 null.
// target and actual stay raw text: an operator in a column of its own (≧ ═ ﹦) and a unit column
// are joined into the target as written.
import { labelKey } from './cell-text.ts'
import { alignPastedRow, cellsIn, mapHeader, type ColumnMap } from './column-map.ts'
import { indicatorColumnOf, isLevel1Label, isLevel2Label, type IndicatorColumn } from './header-vocabulary.ts'
import type { IndicatorRowJson } from './import-types.ts'
import { addWarning, numberAt, warnIgnoredColumns, type ReadContext } from './read-context.ts'

export type IndicatorSection = { indicators: IndicatorRowJson[]; unplaced: number[] }

const PLACEHOLDER = /^指标\d+[:：]?$/
/** What an operator column holds; "定性"/"定量" there is a kind, not an operator. */
const OPERATOR = /^([≥≤=<>＞＜≧≦═﹦＝]+|不低于|不少于|不超过|不高于|大于|小于|等于|大于等于|小于等于)$/

export function readIndicators(ctx: ReadContext, headerRow: number, dataRows: readonly number[]): IndicatorSection {
  const { source } = ctx
  const map = mapHeader(source.rows[headerRow]!, source.aligned, indicatorColumnOf, (k) => /^(绩效)?指标$/.test(k))
  warnIgnoredColumns(ctx, headerRow, map.ignored)
  const col = (k: IndicatorColumn) => map.ranges.get(k)
  const indicators: IndicatorRowJson[] = []
  const unplaced: number[] = []
  let level1 = ''
  let level2: string | null = null
  for (const r of dataRows) {
    let row: string[] | null = source.rows[r]!
    if (!source.aligned) row = alignPastedRow(shiftMergedLevel2(row, map, level2), map.width)
    if (!row) {
      unplaced.push(r)
      continue
    }
    const l1 = cellsIn(row, col('level1'))
    const l2 = cellsIn(row, col('level2'))
    const previousLevel1 = level1
    level1 = l1 || level1
    // A blank level-2 cell continues the group above, unless a level-1 cell is merged across it
    // (the grid says so, or a new level-1 group starts here in a grid that does not say).
    const cover = source.covered && col('level2') ? source.covered(r, col('level2')!.start) : null
    if (l2) level2 = l2
    else if (cover === 'left') level2 = null
    else if (cover !== 'up' && l1 && l1 !== previousLevel1) level2 = null
    const name = cellsIn(row, col('name'))
    const target = joinTarget(cellsIn(row, col('operator')), cellsIn(row, col('target')), cellsIn(row, col('unit')))
    const actual = cellsIn(row, col('actual'))
    const reason = cellsIn(row, col('reason'), '\n')
    const weightText = cellsIn(row, col('weight'))
    const scoreText = cellsIn(row, col('score'))
    const empty = !target && !actual && !reason && !weightText && !scoreText
    if (empty && (!name || PLACEHOLDER.test(labelKey(name)))) continue
    if (!name) {
      addWarning(ctx, 'INDICATOR_WITHOUT_NAME', source.where(r), `指标值“${target}”`, 'an indicator row has no name')
    }
    const out: IndicatorRowJson = { level1, level2, name, target, actual, reason }
    if (map.ranges.has('weight')) out.weight = numberAt(ctx, row, r, col('weight'), '分')
    if (map.ranges.has('score')) out.score = numberAt(ctx, row, r, col('score'), '分')
    indicators.push(out)
  }
  return { indicators, unplaced }
}

/** "≧" + "95" + "%" → "≧95%"; an operator or unit already in the value is not repeated. */
function joinTarget(operator: string, value: string, unit: string): string {
  let out = value
  if (OPERATOR.test(operator) && !out.startsWith(operator)) out = operator + out
  if (unit && out && !out.endsWith(unit) && /[\d.]$/.test(out)) out += unit
  return out
}

/**
 * In pasted text a level-1 cell merged across the level-2 column is one cell, so the indicator
 * name sits where the level-2 label should be. When that text is not a level-2 label and the
 * row starts a level-1 group (or continues one without level 2), put the missing cell back.
 */
function shiftMergedLevel2(
  cells: readonly string[],
  map: ColumnMap<IndicatorColumn>,
  previousLevel2: string | null,
): string[] {
  const l1 = map.ranges.get('level1')
  const l2 = map.ranges.get('level2')
  if (!l1 || !l2 || l2.start !== l1.start + 1) return [...cells]
  const at2 = cells[l2.start] ?? ''
  const at1 = cells[l1.start] ?? ''
  if (at2 === '' || isLevel2Label(labelKey(at2))) return [...cells]
  const merged = isLevel1Label(labelKey(at1)) || (at1 === '' && previousLevel2 === null)
  return merged ? [...cells.slice(0, l2.start), '', ...cells.slice(l2.start)] : [...cells]
}
