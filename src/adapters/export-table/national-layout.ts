// The national template of 财预〔2020〕10号 附件 (项目支出绩效自评表): title and year line above the
// table; 项目名称; 主管部门 / 实施单位; 项目资金（万元）with 年初预算数 · 全年预算数 · 全年执行数 · 分值 ·
// 执行率 · 得分 over 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金; 年度总体目标 (预期目标 /
// 实际完成情况); 绩效指标 with 年度指标值 · 实际完成值 · 分值 · 得分 · 偏差原因分析及改进措施; 总分.
// Some provinces print each target's operator in a column of its own with odd glyphs: the
// operatorColumn option does that (≥ → ≧, = → ═, ≤ → ≦).
import { Decimal } from '../../core/decimal.ts'
import type { IndicatorRowJson, ProjectTableJson } from '../import/import-types.ts'
import type { AmountJson } from '../../app/schema.ts'
import { withQiZhong } from './local-layout.ts'
import { GridBuilder, numberCell, type FormGrid, type LayoutOptions } from './form-grid.ts'
import { indicatorBlock } from './indicator-block.ts'

export function nationalLayout(table: ProjectTableJson, options: LayoutOptions): FormGrid {
  const op = options.operatorColumn ? 1 : 0
  const W = 9 + op
  const last = W - 1
  const g = new GridBuilder(W)
  const mid = Math.floor(W / 2)
  g.add(0, '项目名称', { colSpan: 2, label: true })
    .add(2, table.project, { colSpan: W - 2 })
    .next()
  g.add(0, '主管部门', { colSpan: 2, label: true }).add(2, table.department ?? '', {
    colSpan: mid - 2,
  })
  g.add(mid, '实施单位', { colSpan: 2, label: true })
    .add(mid + 2, table.unit ?? '', { colSpan: W - mid - 2 })
    .next()
  if (table.manager || table.phone) {
    g.add(0, '项目负责人', { colSpan: 2, label: true }).add(2, table.manager ?? '', {
      colSpan: mid - 2,
    })
    g.add(mid, '联系电话', { colSpan: 2, label: true })
      .add(mid + 2, table.phone ?? '', { colSpan: W - mid - 2 })
      .next()
  }

  // Funding: label, source, then the value columns at the right. The template has no reason
  // column; a table that carries funding reasons gets one, so that no value is lost.
  const withReason = table.funding.some((f) => f.reason !== '')
  const headers = [
    '年初预算数',
    '全年预算数',
    '全年执行数',
    '分值',
    '执行率',
    '得分',
    ...(withReason ? ['偏差原因'] : []),
  ]
  const v = W - headers.length
  g.add(0, `项目资金（${table.moneyUnit}）`, { rowSpan: table.funding.length + 1, label: true })
  g.add(1, '', { colSpan: v - 1 })
  headers.forEach((h, i) => {
    g.add(v + i, h, { label: true })
  })
  g.next()
  table.funding.forEach((f, i) => {
    g.add(
      1,
      withQiZhong(
        table.funding.map((x) => x.source),
        i,
      ),
      { colSpan: v - 1 },
    )
    g.add(v, numberCell(f.budget))
      .add(v + 1, numberCell(f.fullYearBudget))
      .add(v + 2, numberCell(f.actual))
    g.add(v + 3, numberCell(f.weight, '—'))
    const rate = f.rate === null || f.rate === undefined ? '' : String(f.rate)
    g.add(v + 4, rate ? { text: rate, percent: /^-?\d+(\.\d+)?%$/.test(rate) } : '—')
    g.add(v + 5, numberCell(f.score, '—'))
    if (withReason) g.add(v + 6, f.reason ?? '', { bookmark: options.bookmarkFundingRow === i })
    g.next()
  })

  g.add(0, '年度总体目标', { rowSpan: 2, label: true }).add(1, '预期目标', {
    colSpan: mid - 1,
    label: true,
  })
  g.add(mid, '实际完成情况', { colSpan: W - mid, label: true }).next()
  g.add(1, table.goal?.target ?? '', { colSpan: mid - 1 })
    .add(mid, table.goal?.achieved ?? '', { colSpan: W - mid })
    .next()

  g.add(0, '绩效指标', { rowSpan: table.indicators.length + 1, label: true })
  g.add(1, '一级指标', { label: true }).add(2, '二级指标', { label: true }).add(3, '三级指标', { label: true })
  g.add(4, '年度指标值', { colSpan: 1 + op, label: true })
  ;['实际完成值', '分值', '得分', '偏差原因分析及改进措施'].forEach((h, i) => {
    g.add(5 + op + i, h, { label: true })
  })
  g.next()
  indicatorBlock(g, table.indicators, 1, (ind) => {
    g.add(3, ind.name)
    if (op) {
      const [operator, value] = splitOperator(ind.target)
      g.add(4, operator).add(5, value)
    } else g.add(4, ind.target)
    g.add(5 + op, ind.actual)
      .add(6 + op, numberCell(ind.weight))
      .add(7 + op, numberCell(ind.score))
    g.add(8 + op, ind.reason ?? '')
  })

  const total = (pick: (r: { weight?: AmountJson; score?: AmountJson }) => AmountJson | undefined) => {
    const values = [table.funding[0], ...table.indicators].map((r) => (r ? pick(r) : null))
    const present = values.flatMap((x) =>
      typeof x === 'number'
        ? [Decimal.fromNumber(x)]
        : typeof x === 'string'
          ? [Decimal.tryParse(x) ?? Decimal.ZERO]
          : [],
    )
    return present.length ? Number(Decimal.sum(present).toString()) : null
  }
  g.add(0, '总分', { colSpan: 5 + op, label: true }).add(5 + op, '')
  g.add(6 + op, numberCell(total((r) => r.weight)))
    .add(7 + op, numberCell(total((r) => r.score)))
    .add(last, '')
    .next()
  return {
    above: ['项目支出绩效自评表', `（${table.year}年度）`],
    width: W,
    height: g.row,
    cells: g.cells,
    columnWidths: op ? [8, 9, 9, 16, 7, 10, 11, 7, 7, 16] : [8, 10, 10, 18, 12, 12, 7, 7, 18],
  }
}

const GLYPHS: Record<string, string> = { '≥': '≧', '≤': '≦', '=': '═', '＝': '﹦' }

/** "≥95%" → ["≧", "95%"]; a target without an operator leaves the operator cell empty. */
function splitOperator(target: IndicatorRowJson['target']): [string, string] {
  const m = /^([≥≤=＝])(.*)$/s.exec(target)
  return m ? [GLYPHS[m[1]!]!, m[2]!] : ['', target]
}
