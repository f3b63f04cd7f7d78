// The local layout of the seed's forms (7 columns): 项目名称 / 项目负责人及电话, 主管部门 / 实施单位,
// 资金情况（万元）· 年初预算资金总额 · 实际投入资金额 · 产生差异的原因, 总体目标, and 绩效指标 with
// 指标值 · 全年实际完成值 · 产生差异的原因及改进措施 — the labels, merges and quirks of the Word file
// (the title in the first row, a blank row under it, "其中：" before the first source after 合计).
import type { ProjectTableJson } from '../import/import-types.ts'
import { GridBuilder, numberCell, titleOf, type FormGrid, type LayoutOptions } from './form-grid.ts'
import { indicatorBlock } from './indicator-block.ts'

const W = 7

export function localLayout(table: ProjectTableJson, options: LayoutOptions): FormGrid {
  const g = new GridBuilder(W)
  g.add(0, titleOf(table), { colSpan: W, label: true }).next()
  if (options.yearInTitle === false) for (let c = 0; c < W; c++) g.add(c, '')
  else g.add(0, `（${table.year}年度）`, { colSpan: W })
  g.next()

  const person = [table.manager, table.phone].filter(Boolean).join('\n')
  g.add(0, '项目名称', { label: true }).add(1, table.project, { colSpan: 3 })
  g.add(4, '项目负责人及电话', { label: true }).add(5, person, { colSpan: 2, paragraphs: true }).next()
  g.add(0, '主管部门', { label: true }).add(1, table.department ?? '', { colSpan: 3 })
  g.add(4, '实施单位', { label: true })
    .add(5, table.unit ?? '', { colSpan: 2 })
    .next()

  g.add(0, `资金情况（${table.moneyUnit}）`, { rowSpan: table.funding.length + 1, label: true })
  g.add(1, '').add(2, '年初预算资金总额：', { label: true }).add(3, '实际投入资金额', { label: true })
  g.add(4, '产生差异的原因', { colSpan: 3, label: true }).next()
  table.funding.forEach((f, i) => {
    g.add(
      1,
      withQiZhong(
        table.funding.map((x) => x.source),
        i,
      ),
    )
    g.add(2, numberCell(f.budget)).add(3, numberCell(f.actual))
    g.add(4, f.reason ?? '', { colSpan: 3, bookmark: options.bookmarkFundingRow === i }).next()
  })

  g.add(0, '总体目标', { rowSpan: 2, label: true }).add(1, '年度目标', { colSpan: 3, label: true })
  g.add(4, '年度总体目标完成情况', { colSpan: 3, label: true }).next()
  g.add(1, table.goal?.target ?? '', { colSpan: 3 })
    .add(4, table.goal?.achieved ?? '', { colSpan: 3 })
    .next()

  g.add(0, '绩效指标', { rowSpan: table.indicators.length + 1, label: true })
  const headers = ['一级指标', '二级指标', '三级指标', '指标值', '全年实际完成值', '产生差异的原因及改进措施']
  headers.forEach((h, i) => {
    g.add(i + 1, h, { label: true })
  })
  g.next()
  indicatorBlock(g, table.indicators, 1, (ind) => {
    g.add(3, ind.name)
      .add(4, ind.target)
      .add(5, ind.actual)
      .add(6, ind.reason ?? '')
  })
  return {
    above: [],
    width: W,
    height: g.row,
    cells: g.cells,
    columnWidths: [13, 12, 11, 21, 12, 13, 21],
  }
}

/** "其中：" before the first source that follows the 合计 row, as forms print it. */
export function withQiZhong(sources: readonly string[], i: number): string {
  const isTotal = (s: string) => /合计|总额|总计/.test(s)
  const source = sources[i]!
  return i > 0 && isTotal(sources[i - 1]!) && !isTotal(source) ? `其中：${source}` : source
}
