// Counts and subtotals a writer states about a project table: how many indicators (in all, per
// level and category), how many met or not, the weights and scores per category, the sum of the
// weights and the points lost. Each is a fact with its formula, so "共设置8项绩效指标" and
// "产出指标合计得分50分" verify.
import { Decimal } from './decimal.ts'
import { type FactCollector, n } from './facts.ts'
import type { IndicatorResult } from './indicators.ts'
import type { ProjectAnalysis } from './project-analysis.ts'

const COUNT_UNIT = '项'

export function countFacts(c: FactCollector, p: ProjectAnalysis) {
  const k = p.key
  const name = p.table.project
  const rows = p.indicators
  if (!rows.length) return
  const count = (id: string, subject: string, label: string, value: number, how: string) =>
    c.derived({
      id: `${k}.count.${id}`,
      label: `${name}·${label}`,
      exact: Decimal.of(BigInt(value)),
      precision: 0,
      unit: COUNT_UNIT,
      role: 'count',
      group: 'indicator',
      subject,
      formula: `${value}`,
      expression: how,
      inputs: [],
    })

  count('indicators', '绩效指标', '绩效指标项数', rows.length, '绩效指标表的行数')
  count('level3', '三级指标', '三级指标个数', rows.length, '三级指标的行数')
  const level1 = distinct(rows.map((r) => clean(r.row.level1)))
  const level2 = distinct(rows.map((r) => clean(r.row.level2 ?? '')).filter(Boolean))
  count('level1', '一级指标', '一级指标个数', level1.length, `一级指标：${level1.join('、')}`)
  if (level2.length) count('level2', '二级指标', '二级指标个数', level2.length, `二级指标：${level2.join('、')}`)
  level1.forEach((l, i) => {
    count(`L1.${i}`, l, `${l}项数`, rows.filter((r) => clean(r.row.level1) === l).length, `一级指标为“${l}”的行数`)
  })
  level2.forEach((l, i) => {
    const n = rows.filter((r) => clean(r.row.level2 ?? '') === l).length
    count(`L2.${i}`, l, `${l}项数`, n, `二级指标为“${l}”的行数`)
  })
  const isMet = (r: IndicatorResult) => r.status === 'met' || r.status === 'exceeded'
  const isNotMet = (r: IndicatorResult) => r.status === 'partial' || r.status === 'not-met'
  const met = rows.filter(isMet)
  const notMet = rows.filter(isNotMet)
  // "效益指标5项中完成4项": met and not met within a category
  level1.forEach((l, i) => {
    const inCategory = rows.filter((r) => clean(r.row.level1) === l)
    const m = inCategory.filter(isMet)
    const nm = inCategory.filter(isNotMet)
    count(`L1.${i}.met`, `${l}·已达成`, `${l}已达成项数`, m.length, `${l}中：${names(m)}`)
    count(`L1.${i}.notMet`, `${l}·未达成`, `${l}未达成项数`, nm.length, `${l}中：${names(nm)}`)
  })
  const notComparable = rows.filter((r) => r.status === 'not-comparable')
  count('met', '已达成指标', '已达成的指标项数', met.length, names(met))
  count('notMet', '未达成指标', '未达成的指标项数', notMet.length, names(notMet))
  if (notComparable.length)
    count('notComparable', '无法比较指标', '无法比较的指标项数', notComparable.length, names(notComparable))

  // "六项定性指标", "定量指标7项": indicators by how they are compared
  // (a row that cannot be compared counts as qualitative when its target has no figure)
  const qualitative = rows.filter(
    (r) => r.comparison === 'qualitative' || (r.comparison === null && !/\d/.test(r.row.target ?? '')),
  )
  if (qualitative.length) {
    const numeric = rows.filter((r) => r.comparison === 'numeric')
    count('qualitative', '定性指标', '定性指标项数', qualitative.length, names(qualitative))
    count('quantitative', '定量指标', '定量指标项数', numeric.length, names(numeric))
  }

  // "两项指标存在扣分": the rows the table scores below their weight (where it gives its own scores)
  const lines = p.score.indicators
  // each row the table scores itself, with its weight and its own score
  const judged = rows.flatMap((r) => {
    const l = lines[r.index]
    return l?.theirs != null && l.weight != null ? [{ r, weight: l.weight, theirs: l.theirs }] : []
  })
  if (judged.length) {
    const lostRows = judged.filter((x) => x.theirs.lt(x.weight))
    const lost = lostRows.map((x) => x.r)
    count('lostPoints', '扣分指标', '自评扣分的指标项数', lost.length, names(lost))
    // "共4项扣分，合计扣6分": the points those rows lost, added up (the table may have no total score)
    if (lost.length) {
      const gaps = lostRows.map((x) => x.weight.sub(x.theirs))
      const exact = Decimal.sum(gaps)
      c.derived({
        id: `${k}.sub.rowsLost`,
        label: `${name}·各指标自评扣分之和`,
        exact,
        precision: Math.max(0, exact.significantScale),
        unit: '分',
        role: 'score',
        group: 'score',
        subject: '扣分',
        formula: gaps.map((g) => n(g)).join(' + '),
        expression: '扣分指标的（分值 − 自评得分）之和',
        inputs: lost.map((r) => `${k}.I${r.index}.theirScore`).filter((id) => c.get(id)),
      })
    }
    // "9项指标中有7项得满分": the rows scored their whole weight
    const full = judged.filter((x) => x.theirs.gte(x.weight)).map((x) => x.r)
    count('fullPoints', '满分指标', '自评得满分的指标项数', full.length, names(full))
  }
  // "14行指标，其中有分值的7项，另外7行是“其中”分项": a table that weighs some rows and not others
  const weighted = rows.filter((r) => r.row.weight !== null)
  if (weighted.length && weighted.length < rows.length) {
    const unweighted = rows.filter((r) => r.row.weight === null)
    count('weighted', '计分指标', '设有分值的指标项数', weighted.length, names(weighted))
    count('unweighted', '未计分指标', '未设分值的指标行数', unweighted.length, names(unweighted))
  }

  subtotals(c, p, level1)
}

function subtotals(c: FactCollector, p: ProjectAnalysis, level1: readonly string[]) {
  const k = p.key
  const name = p.table.project
  const scale = p.score.profile.displayScale
  const lines = p.score.indicators
  level1.forEach((l, i) => {
    const idx = p.indicators.filter((r) => clean(r.row.level1) === l).map((r) => r.index)
    const sum = (
      pick: (i: number) => Decimal | null,
      what: string,
      role: 'weight' | 'score',
      suffix: string,
      stated: boolean,
    ) => {
      const values = idx.map(pick).filter((v): v is Decimal => v !== null)
      // rows without a weight or score ("其中" sub-rows) are left out; a category with none has no subtotal
      if (!values.length) return
      const exact = Decimal.sum(values)
      c.derived({
        id: `${k}.sub.L1.${i}.${suffix}`,
        label: `${name}·${l}${what}`,
        exact,
        precision: stated ? exact.scale : scale,
        unit: '分',
        role,
        group: 'score',
        subject: l,
        formula: values.map((v) => n(v.round(scale))).join(' + '),
        expression: `${l}各行${what.replace('合计', '')}之和`,
        inputs: idx.map((j) => `${k}.I${j}.${suffix === 'theirs' ? 'theirScore' : suffix}`).filter((id) => c.get(id)),
      })
    }
    sum((j) => lines[j]?.weight ?? null, '分值合计', 'weight', 'weight', true)
    sum((j) => lines[j]?.score ?? null, '得分合计（按评分规则计算）', 'score', 'score', false)
    sum((j) => lines[j]?.theirs ?? null, '自评得分合计', 'score', 'theirs', true)
  })
  // "绩效指标分值合计90分", "绩效指标自评得分合计84分", "| 小计 | 90 | 84 |": the indicators' weights
  // without the execution rate's, and their own scores likewise
  const indicatorSum = (
    id: string,
    what: string,
    subject: string,
    role: 'weight' | 'score',
    pick: 'weight' | 'theirs',
  ) => {
    const values = lines.map((l) => l[pick]).filter((w): w is Decimal => w !== null)
    if (values.length < 2) return
    const exact = Decimal.sum(values)
    c.derived({
      id: `${k}.sub.${id}`,
      label: `${name}·${what}`,
      exact,
      precision: Math.max(0, exact.significantScale),
      unit: '分',
      role,
      group: 'score',
      subject,
      formula: values.map((w) => n(w)).join(' + '),
      expression: pick === 'weight' ? '各指标分值之和' : '各指标自评得分之和',
      inputs: [],
    })
  }
  indicatorSum('indicatorWeights', '绩效指标分值合计', '绩效指标分值合计', 'weight', 'weight')
  indicatorSum('indicatorTheirs', '绩效指标自评得分合计', '绩效指标得分合计', 'score', 'theirs')
  // a table that scores its execution rate as an indicator row (银川: 项目管理·投入管理·预算执行率, 10分)
  // has no execution weight besides it: the profile's default would count it twice
  const ownExecutionRow =
    p.score.execution.weightSource === 'default' && p.indicators.some((r) => /预算执行率/.test(r.row.name))
  const weights = [ownExecutionRow ? null : p.score.execution.weight, ...lines.map((l) => l.weight)].filter(
    (w): w is Decimal => w !== null,
  )
  if (weights.length) {
    const total = Decimal.sum(weights)
    const weightsFact = c.derived({
      id: `${k}.sub.weights`,
      label: `${name}·各项分值合计`,
      exact: total,
      precision: Math.max(0, total.significantScale),
      unit: '分',
      role: 'weight',
      group: 'score',
      subject: '分值合计',
      formula: weights.map((w) => n(w)).join(' + '),
      expression: '预算执行率分值 + 各指标分值',
      inputs: [],
    })
    for (const [id, score, label] of [
      ['lost', p.score.total, '扣分合计（按评分规则计算）'],
      ['theirLost', p.score.theirTotal, '自评扣分合计'],
    ] as const) {
      if (!score || score.isZero) continue
      const lost = total.sub(score)
      if (lost.sign < 0) continue
      c.derived({
        id: `${k}.sub.${id}`,
        label: `${name}·${label}`,
        exact: lost,
        precision: scale,
        unit: '分',
        role: 'score',
        group: 'score',
        subject: '扣分',
        formula: `${n(total)} − ${n(score.round(scale))}`,
        expression: '各项分值合计 − 总得分',
        inputs: [weightsFact],
      })
    }
  }
}

const clean = (s: string) => s.replace(/\s+/g, '')

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)]
}

function names(rows: readonly IndicatorResult[]): string {
  return rows.length ? rows.map((r) => clean(r.row.name)).join('、') : '无'
}
