// The facts of one project table: funding cells and their differences and rates, indicator
// targets, actuals, completion and deviation, and the scores. Personal data (the manager and
// phone) is never among them.
import { Decimal } from './decimal.ts'
import { formatNumber } from './format.ts'
import { countFacts } from './count-facts.ts'
import { FactCollector, n, type Fact } from './facts.ts'
import type { IndicatorResult } from './indicators.ts'
import type { ProjectAnalysis } from './project-analysis.ts'
import { readUnit } from './numbers/units.ts'
import { parseValueText } from './value-text.ts'

const FUNDING_COLUMNS = {
  budget: { zh: '年初预算', column: '年初预算', role: 'budget' },
  fullYearBudget: { zh: '全年预算', column: '全年预算', role: 'full-year-budget' },
  actual: { zh: '实际投入', column: '实际投入', role: 'actual' },
} as const

export function projectFacts(p: ProjectAnalysis): Fact[] {
  const c = new FactCollector(p.key, p.tableName)
  const name = p.table.project
  const unit = p.table.moneyUnit
  const scale = p.score.profile.displayScale
  const k = p.key

  for (const r of p.funding.rows) {
    const id = `${k}.F${r.index}`
    const stated: Partial<Record<keyof typeof FUNDING_COLUMNS, Fact>> = {}
    for (const [key, col] of Object.entries(FUNDING_COLUMNS) as [
      keyof typeof FUNDING_COLUMNS,
      (typeof FUNDING_COLUMNS)[keyof typeof FUNDING_COLUMNS],
    ][]) {
      const value = r.row[key]
      if (value === null) continue
      stated[key] = c.stated({
        id: `${id}.${key}`,
        label: `${name}·${r.label}·${col.zh}`,
        value,
        unit,
        role: col.role,
        group: 'funding',
        subject: r.label,
        cell: { section: '资金情况', row: r.label, column: col.column, path: `funding[${r.index}].${key}` },
      })
    }
    const { budget, fullYearBudget, actual } = stated
    // the difference against each budget the row states: 年初预算 and 全年预算 are different roles
    const differences = [
      { plan: budget, exact: r.difference, suffix: 'diff', zh: '年初预算', role: 'difference' },
      {
        plan: fullYearBudget,
        exact: r.fullYearDifference,
        suffix: 'fullYearDiff',
        zh: '全年预算',
        role: 'full-year-difference',
      },
    ] as const
    for (const d of differences) {
      if (!d.exact || !d.plan || !actual) continue
      c.derived({
        id: `${id}.${d.suffix}`,
        label: `${name}·${r.label}·实际投入与${d.zh}之差`,
        exact: d.exact,
        precision: Math.max(d.plan.precision, actual.precision),
        unit,
        role: d.role,
        group: 'funding',
        subject: r.label,
        formula: `${n(actual.value)} − ${n(d.plan.value)}`,
        expression: `实际投入 − ${d.zh}`,
        inputs: [actual, d.plan],
      })
    }
    if (r.executionRate && budget && actual) {
      c.derived({
        id: `${id}.rate`,
        label: `${name}·${r.label}·预算执行率`,
        exact: r.executionRate,
        precision: scale,
        unit: '%',
        role: 'execution-rate',
        group: 'funding',
        subject: r.label,
        formula: `${n(actual.value)} ÷ ${n(budget.value)} × 100%`,
        expression: '实际投入 ÷ 年初预算 × 100%',
        inputs: [actual, budget],
      })
    }
    if (r.executionRate && budget && actual && r.executionRate.lt(Decimal.HUNDRED)) {
      const rest = Decimal.HUNDRED.sub(r.executionRate)
      c.derived({
        id: `${id}.unspentShare`,
        label: `${name}·${r.label}·未执行比例`,
        exact: rest,
        precision: scale,
        unit: '%',
        role: 'unspent-share',
        group: 'funding',
        subject: r.label,
        formula: `100% − ${formatNumber(r.executionRate, 6)}%`,
        expression: '100% − 预算执行率',
        inputs: [`${id}.rate`],
      })
    }
    if (r.fullYearExecutionRate && fullYearBudget && actual) {
      c.derived({
        id: `${id}.fullYearRate`,
        label: `${name}·${r.label}·预算执行率（按全年预算）`,
        exact: r.fullYearExecutionRate,
        precision: scale,
        unit: '%',
        role: 'full-year-execution-rate',
        group: 'funding',
        subject: r.label,
        formula: `${n(actual.value)} ÷ ${n(fullYearBudget.value)} × 100%`,
        expression: '全年执行数 ÷ 全年预算数 × 100%',
        inputs: [actual, fullYearBudget],
      })
    }
    // "执行率0.00%": the rate a row prints where none can be computed (its budgets are 0 or blank)
    const printed =
      r.row.rate && !c.get(`${id}.rate`) && !c.get(`${id}.fullYearRate`) ? parseValueText(r.row.rate) : null
    if (printed?.kind === 'number' && printed.operator === null && (printed.unit === '%' || printed.value.isZero)) {
      c.stated({
        id: `${id}.printedRate`,
        label: `${name}·${r.label}·执行率（表中填报）`,
        value: printed.value,
        unit: '%',
        role: 'execution-rate',
        group: 'funding',
        subject: r.label,
        cell: { section: '资金情况', row: r.label, column: '执行率', path: `funding[${r.index}].rate` },
      })
    }
    if (r.row.weight) {
      c.stated({
        id: `${id}.weight`,
        label: `${name}·${r.label}·分值`,
        value: r.row.weight,
        unit: '分',
        role: 'weight',
        group: 'score',
        subject: r.label,
        cell: { section: '资金情况', row: r.label, column: '分值', path: `funding[${r.index}].weight` },
      })
    }
    if (r.row.score) {
      c.stated({
        id: `${id}.score`,
        label: `${name}·${r.label}·自评得分`,
        value: r.row.score,
        unit: '分',
        role: 'score',
        group: 'score',
        subject: r.label,
        cell: { section: '资金情况', row: r.label, column: '得分', path: `funding[${r.index}].score` },
      })
    }
  }

  sourceSums(c, p)
  for (const r of p.indicators) indicatorFacts(c, p, r)
  scoreFacts(c, p)
  countFacts(c, p)
  return c.facts
}

/** When the sources do not add up to 合计, their sum and the gap are facts a draft may cite. */
function sourceSums(c: FactCollector, p: ProjectAnalysis) {
  const { total, sums } = p.funding
  if (!total || sums.parts.length < 2) return
  const name = p.table.project
  for (const key of ['budget', 'actual'] as const) {
    const sum = sums[key]
    const stated = total.row[key]
    if (sum === null || stated === null || sum.eq(stated)) continue
    const parts = sums.parts.filter((r) => r.row[key] !== null)
    const inputs = parts.map((r) => `${p.key}.F${r.index}.${key}`)
    const zh = FUNDING_COLUMNS[key].zh
    const sumFact = c.derived({
      id: `${p.key}.sum.${key}`,
      label: `${name}·各资金来源${zh}之和`,
      exact: sum,
      precision: sum.scale,
      unit: p.table.moneyUnit,
      role: 'sum',
      group: 'funding',
      subject: '各资金来源之和',
      formula: parts.map((r) => n(r.row[key]!)).join(' + '),
      expression: parts.map((r) => r.label).join(' + '),
      inputs,
    })
    const gap = stated.sub(sum)
    c.derived({
      id: `${p.key}.sum.${key}Gap`,
      label: `${name}·“${total.label}”${zh}与各资金来源之和的差额`,
      exact: gap,
      precision: gap.scale,
      unit: p.table.moneyUnit,
      role: 'difference',
      group: 'funding',
      subject: '合计与来源之和',
      formula: `${n(stated)} − ${n(sum)}`,
      expression: `${total.label}${zh} − 各资金来源之和`,
      inputs: [`${p.key}.F${total.index}.${key}`, sumFact],
    })
  }
}

function indicatorFacts(c: FactCollector, p: ProjectAnalysis, r: IndicatorResult) {
  const id = `${p.key}.I${r.index}`
  const subject = r.row.name.replace(/\s+/g, '')
  const label = `${p.table.project}·${subject}`
  const scale = p.score.profile.displayScale
  const cell = (key: 'target' | 'actual', column: string) => ({
    section: '绩效指标',
    row: subject,
    column: r.targetFromName && key === 'target' ? '三级指标（名称中的指标值）' : column,
    path: `indicators[${r.index}].${r.targetFromName && key === 'target' ? 'name' : key}`,
  })
  let target: Fact | null = null
  let actual: Fact | null = null
  // "建设面积（≥**平方米）" with cells "1200" and "1260": the unit is in the name
  const nameUnit = unitInName(r.row.name)
  const impliedUnit = nameUnit ? null : moneyUnitOf(p, r)
  if (r.target.kind === 'number') {
    target = c.stated({
      id: `${id}.target`,
      label: `${label}·指标值`,
      value: r.target.value,
      unit: r.target.unit ?? nameUnit ?? '',
      role: 'target',
      group: 'indicator',
      subject,
      cell: cell('target', '指标值'),
      ...(r.target.operator && r.target.operator !== '=' ? { operator: r.target.operator } : {}),
      ...(impliedUnit && r.target.unit === null ? { impliedUnit } : {}),
    })
  } else if (r.target.kind === 'range') {
    for (const [end, value] of [
      ['Low', r.target.low],
      ['High', r.target.high],
    ] as const) {
      c.stated({
        id: `${id}.target${end}`,
        label: `${label}·指标值${end === 'Low' ? '下限' : '上限'}`,
        value,
        unit: r.target.unit ?? '',
        role: 'target',
        group: 'indicator',
        subject,
        cell: cell('target', '指标值'),
      })
    }
  }
  if (r.actual.kind === 'number') {
    actual = c.stated({
      id: `${id}.actual`,
      label: `${label}·实际完成值`,
      value: r.actual.value,
      unit:
        r.actual.unit ??
        (r.unitAssumed && r.target.kind === 'number' ? (r.target.unit ?? nameUnit ?? '') : (nameUnit ?? '')),
      role: 'actual',
      group: 'indicator',
      subject,
      cell: cell('actual', '实际完成值'),
      ...(r.actual.operator && r.actual.operator !== '=' ? { operator: r.actual.operator } : {}),
      ...(impliedUnit && r.actual.unit === null ? { impliedUnit } : {}),
    })
  }
  if (r.completionRatio && target && actual) {
    const atMost = r.direction === 'at-most'
    const a = r.actualValue!
    c.derived({
      id: `${id}.completion`,
      label: `${label}·完成率`,
      exact: r.completionRatio,
      precision: scale,
      unit: '%',
      role: 'completion',
      group: 'indicator',
      subject,
      formula: atMost ? `${n(target.value)} ÷ ${n(a)} × 100%` : `${n(a)} ÷ ${n(target.value)} × 100%`,
      expression: atMost ? '指标值 ÷ 实际完成值 × 100%（反向指标）' : '实际完成值 ÷ 指标值 × 100%',
      inputs: [actual, target],
    })
  }
  // the gap to the target of a quantity, quality or time indicator (成本 rows have their deviation below)
  if (
    !r.deviation &&
    target &&
    actual &&
    r.actualValue &&
    r.comparison === 'numeric' &&
    !r.actualValue.eq(target.value)
  ) {
    c.derived({
      id: `${id}.gap`,
      label: `${label}·实际与指标值之差`,
      exact: r.actualValue.sub(target.value),
      precision: Math.max(target.precision, r.actualValue.scale),
      unit: target.unit === '%' ? '百分点' : target.unit,
      role: 'deviation',
      group: 'indicator',
      subject,
      formula: `${n(r.actualValue)} − ${n(target.value)}`,
      expression: '实际完成值 − 指标值',
      inputs: [actual, target],
      ...(target.impliedUnit ? { impliedUnit: target.impliedUnit } : {}),
    })
  }
  if (r.deviation && target && actual) {
    const a = r.actualValue!
    const unit = r.target.kind === 'number' ? (r.target.unit ?? '') : ''
    const dev = c.derived({
      id: `${id}.deviation`,
      label: `${label}·实际与指标值之差`,
      exact: r.deviation.amount,
      precision: Math.max(target.precision, a.scale),
      unit,
      role: 'deviation',
      group: 'indicator',
      subject,
      formula: `${n(a)} − ${n(target.value)}`,
      expression: '实际完成值 − 指标值',
      inputs: [actual, target],
    })
    if (r.deviation.rate) {
      c.derived({
        id: `${id}.deviationRate`,
        label: `${label}·偏差率`,
        exact: r.deviation.rate,
        precision: scale,
        unit: '%',
        role: 'deviation-rate',
        group: 'indicator',
        subject,
        formula: `(${n(a)} − ${n(target.value)}) ÷ ${n(target.value)} × 100%`,
        expression: '(实际完成值 − 指标值) ÷ 指标值 × 100%',
        inputs: [dev, target],
      })
    }
  }
}

/** an indicator of an amount of money (工程资金金额), not a rate of it (资金支付率) */
const MONEY_NAME = /金额|资金|经费|投资|费用|成本|补助|补贴|预算/
const MONEY_RATE = /率|比例|比重|占比|偏差/

/**
 * "指标1工程资金金额" with cells "43.2" and "37.24": an amount of money written without its unit is
 * in 万元, the unit of the funding table, when it is of the project's size (between a thousandth
 * and twice the project's funding); "500" beside a project of 50万元 is not (元 per head, perhaps).
 */
function moneyUnitOf(p: ProjectAnalysis, r: IndicatorResult): string | null {
  if (!MONEY_NAME.test(r.row.name) || MONEY_RATE.test(r.row.name)) return null
  const value = r.target.kind === 'number' && r.target.unit === null ? r.target.value : null
  const total = p.funding.total?.row
  const size = total
    ? [total.budget, total.fullYearBudget, total.actual].reduce<Decimal | null>(
        (m, v) => (v && (!m || v.gt(m)) ? v : m),
        null,
      )
    : null
  if (!value || !size || size.isZero) return null
  const lo = size.div(Decimal.of(1000n), 6)
  const hi = size.mul(Decimal.of(2n))
  return lo && value.gte(lo) && value.lte(hi) ? '万元' : null
}

/** The unit an indicator's name gives in its last brackets: "（平方米）", "(≥**平方米)", "（%）". */
function unitInName(name: string): string | null {
  const m = /[（(]([^（）()]*)[）)]\s*$/.exec(name)
  if (!m) return null
  const inner = m[1]!.replace(/[≥≤>＜<＞=＝*＊\d.\s]|单位[:：]?|不低于|不少于|不超过|以上|以内/g, '')
  if (!inner) return null
  return readUnit(inner, 0) === inner ? inner : null
}

function scoreFacts(c: FactCollector, p: ProjectAnalysis) {
  const { score } = p
  const name = p.table.project
  const k = p.key
  const scale = score.profile.displayScale
  const counts = new Map<string, number>()
  for (const r of p.indicators) counts.set(r.category, (counts.get(r.category) ?? 0) + 1)

  const exec = score.execution
  const rate = p.funding.executionRate
  const rateId = p.funding.total
    ? `${k}.F${p.funding.total.index}.${p.funding.executionBase === 'full-year' ? 'fullYearRate' : 'rate'}`
    : null
  if (exec.score && exec.weight) {
    c.derived({
      id: `${k}.score.execution`,
      label: `${name}·预算执行率得分`,
      exact: exec.score,
      precision: scale,
      unit: '分',
      role: 'score',
      group: 'score',
      subject: '预算执行率',
      formula: rate?.gt(Decimal.HUNDRED)
        ? `100% × ${n(exec.weight)}（执行率 ${formatNumber(rate)}% 超过100%，按100%计）`
        : `${rate ? formatNumber(rate) : '?'}% × ${n(exec.weight)}`,
      expression: `min(预算执行率, 100%) × ${n(exec.weight)} 分`,
      inputs: rateId && c.get(rateId) ? [rateId] : [],
    })
  }
  if (exec.weight) {
    c.derived({
      id: `${k}.score.executionWeight`,
      label: `${name}·预算执行率分值`,
      exact: exec.weight,
      precision: Math.max(0, exec.weight.significantScale),
      unit: '分',
      role: 'weight',
      group: 'score',
      subject: '预算执行率',
      formula: n(exec.weight),
      expression: `预算执行率分值（${p.score.profile.name}）`,
      inputs: [],
    })
  }
  // the unit's own score of the execution, written on the total funding row: "预算执行率 … 自评得分9分"
  const totalScoreId = p.funding.total ? `${k}.F${p.funding.total.index}.score` : null
  const theirs = totalScoreId ? c.get(totalScoreId) : undefined
  if (theirs && exec.weight) {
    c.derived({
      id: `${k}.score.executionTheirs`,
      label: `${name}·预算执行率自评得分`,
      exact: theirs.exact,
      precision: theirs.precision,
      unit: '分',
      role: 'score',
      group: 'score',
      subject: '预算执行率',
      formula: n(theirs.exact),
      expression: '资金情况合计行的自评得分',
      inputs: [theirs.id],
    })
  }
  const inputs: string[] = exec.score ? [`${k}.score.execution`] : []
  score.indicators.forEach((line, i) => {
    const r = p.indicators[i]!
    const subject = r.row.name.replace(/\s+/g, '')
    const label = `${name}·${subject}`
    if (line.weight && line.weightSource === 'table') {
      c.stated({
        id: `${k}.I${i}.weight`,
        label: `${label}·分值`,
        value: line.weight,
        unit: '分',
        role: 'weight',
        group: 'score',
        subject,
        cell: { section: '绩效指标', row: subject, column: '分值', path: `indicators[${i}].weight` },
      })
    } else if (line.weight) {
      const total = p.score.profile.categoryWeights[r.category as '产出' | '效益' | '满意度']
      c.derived({
        id: `${k}.I${i}.weight`,
        label: `${label}·分值（默认）`,
        exact: line.weight,
        precision: scale,
        unit: '分',
        role: 'weight',
        group: 'score',
        subject,
        formula: `${total} ÷ ${counts.get(r.category)}`,
        expression: `${r.category}指标 ${total} 分 ÷ ${r.category}指标项数（表中未设分值，按${p.score.profile.name}平均分配）`,
        inputs: [],
      })
    }
    if (line.score) {
      c.derived({
        id: `${k}.I${i}.score`,
        label: `${label}·得分`,
        exact: line.score,
        precision: scale,
        unit: '分',
        role: 'score',
        group: 'score',
        subject,
        formula: line.rule,
        expression: '按评分规则计算',
        inputs: line.weight ? [`${k}.I${i}.weight`] : [],
      })
      inputs.push(`${k}.I${i}.score`)
    }
    if (line.theirs) {
      c.stated({
        id: `${k}.I${i}.theirScore`,
        label: `${label}·自评得分`,
        value: line.theirs,
        unit: '分',
        role: 'score',
        group: 'score',
        subject,
        cell: { section: '绩效指标', row: subject, column: '得分', path: `indicators[${i}].score` },
      })
    }
  })
  if (score.total) {
    c.derived({
      id: `${k}.score.total`,
      label: `${name}·总得分（按${score.profile.name}计算）`,
      exact: score.total,
      precision: scale,
      unit: '分',
      role: 'score',
      group: 'score',
      subject: '总分',
      formula: inputs.map((id) => n(c.get(id)!.exact.round(scale))).join(' + '),
      expression: '预算执行率得分 + 各指标得分',
      inputs,
    })
  }
  if (score.theirTotal && !score.theirTotal.isZero) {
    c.derived({
      id: `${k}.score.theirTotal`,
      label: `${name}·自评总分（各项自评得分之和）`,
      exact: score.theirTotal,
      precision: score.theirTotal.scale,
      unit: '分',
      role: 'score',
      group: 'score',
      subject: '自评总分',
      formula: '各项自评得分之和',
      expression: '各项自评得分之和',
      inputs: [],
    })
  }
}
