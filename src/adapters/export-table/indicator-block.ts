// The indicator rows of a form with their merged level cells: a level-1 cell merged down its
// group, level-2 cells merged down theirs, and a level-1 cell merged across the level-2 column
// where a row has no level 2 (the seed's 满意度指标).
import type { IndicatorRowJson } from '../import/import-types.ts'
import { runs, type GridBuilder } from './form-grid.ts'

export function indicatorBlock(
  g: GridBuilder,
  indicators: readonly IndicatorRowJson[],
  level1Col: number,
  rest: (indicator: IndicatorRowJson) => void,
): void {
  const groups = runs(indicators, (i) => `${i.level1}\u0000${i.level2 === null ? 'none' : ''}`)
  for (const [start, end] of groups) {
    const noLevel2 = indicators[start]!.level2 === null
    const subgroups = noLevel2 ? [] : runs(indicators.slice(start, end), (i) => i.level2 ?? '')
    for (let i = start; i < end; i++) {
      const ind = indicators[i]!
      if (i === start) g.add(level1Col, ind.level1, { rowSpan: end - start, colSpan: noLevel2 ? 2 : 1 })
      const sub = subgroups.find(([s]) => s + start === i)
      if (sub) g.add(level1Col + 1, ind.level2 ?? '', { rowSpan: sub[1] - sub[0] })
      rest(ind)
      g.next()
    }
  }
}
