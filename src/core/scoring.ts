// Scores a project table by a profile (scoring-profile.ts): execution rate, each indicator, the
// total and the grade, with the rule applied written out so a reviewer can redo it.
import { Decimal } from './decimal.ts'
import type { FundingAnalysis } from './funding.ts'
import { EXACT_RATE_SCALE } from './funding.ts'
import type { IndicatorCategory, IndicatorResult } from './indicators.ts'
import type { Band, ScoringProfile } from './scoring-profile.ts'

export type Grade = '优' | '良' | '中' | '差'

export type ScoreLine = {
  weight: Decimal | null
  weightSource: 'table' | 'default' | null
  /** our score at EXACT_RATE_SCALE; null when it cannot be computed */
  score: Decimal | null
  /** the rule applied, in Chinese ("未达成：12.5 × 96 ÷ 98") */
  rule: string
  /** the score the unit printed, when the table has one */
  theirs: Decimal | null
}

export type ProjectScore = {
  profile: ScoringProfile
  execution: ScoreLine
  indicators: ScoreLine[]
  total: Decimal | null
  /** the sum of the weights scored */
  max: Decimal
  /** rows that could not be scored (their index in indicators) */
  unscored: number[]
  grade: Grade | null
  /** the sum of the unit's own scores, when every scored line carries one */
  theirTotal: Decimal | null
}

const S = EXACT_RATE_SCALE

export function scoreProject(
  funding: FundingAnalysis,
  indicators: readonly IndicatorResult[],
  profile: ScoringProfile,
): ProjectScore {
  const execution = scoreExecution(funding, profile)
  const weights = indicatorWeights(indicators, profile)
  const lines = indicators.map((r, i) => scoreIndicator(r, weights[i]!, profile))
  const unscored = lines.flatMap((l, i) => (l.score === null ? [i] : []))
  const all = [execution, ...lines]
  const total = execution.score === null ? null : Decimal.sum(all.flatMap((l) => (l.score ? [l.score] : [])))
  const max = Decimal.sum(all.flatMap((l) => (l.weight && l.score ? [l.weight] : [])))
  const grade = total !== null && unscored.length === 0 ? gradeOf(total, profile) : null
  const theirs = all.filter((l) => l.weight !== null).map((l) => l.theirs)
  const theirTotal = theirs.length > 0 && theirs.every((t) => t !== null) ? Decimal.sum(theirs as Decimal[]) : null
  return { profile, execution, indicators: lines, total, max, unscored, grade, theirTotal }
}

function scoreExecution(funding: FundingAnalysis, profile: ScoringProfile): ScoreLine {
  const row = funding.total?.row ?? null
  const weight = row?.weight ?? Decimal.fromNumber(profile.executionWeight)
  const weightSource = row?.weight ? 'table' : 'default'
  const theirs = row?.score ?? null
  const rate = funding.executionRate
  if (rate === null) {
    return { weight, weightSource, score: null, rule: '预算执行率无法计算（缺少预算数或预算为0）', theirs }
  }
  const capped = Decimal.min(rate, Decimal.HUNDRED)
  const score = capped.mul(weight).div(Decimal.HUNDRED, S)!
  const base = funding.executionBase === 'full-year' ? '全年预算数' : '年初预算数'
  const rule = rate.gt(Decimal.HUNDRED)
    ? `预算执行率 ${fmt(rate)}%（以${base}为基数）超过100%，按满分 ${fmt(weight)} 分计`
    : `预算执行率 ${fmt(rate)}% × ${fmt(weight)} 分（以${base}为基数）`
  return { weight, weightSource, score, rule, theirs }
}

/** The table's own weights where it has any; otherwise the profile's split spread evenly. */
function indicatorWeights(
  indicators: readonly IndicatorResult[],
  profile: ScoringProfile,
): Array<Pick<ScoreLine, 'weight' | 'weightSource'>> {
  if (indicators.some((r) => r.row.weight !== null)) {
    return indicators.map((r) => ({
      weight: r.row.weight,
      weightSource: r.row.weight ? ('table' as const) : null,
    }))
  }
  const counts = new Map<IndicatorCategory, number>()
  for (const r of indicators) counts.set(r.category, (counts.get(r.category) ?? 0) + 1)
  return indicators.map((r) => {
    if (r.category === '其他') return { weight: null, weightSource: null }
    const share = Decimal.fromNumber(profile.categoryWeights[r.category])
    return { weight: share.div(Decimal.fromNumber(counts.get(r.category)!), S)!, weightSource: 'default' as const }
  })
}

function scoreIndicator(
  r: IndicatorResult,
  { weight, weightSource }: Pick<ScoreLine, 'weight' | 'weightSource'>,
  profile: ScoringProfile,
): ScoreLine {
  const theirs = r.row.score
  const line = (score: Decimal | null, rule: string): ScoreLine => ({ weight, weightSource, score, rule, theirs })
  if (weight === null) return line(null, '未设分值，且不属于产出、效益、满意度指标，无法按默认分值计分')
  if (r.status === 'not-comparable') return line(null, `无法计分：${r.note ?? '指标值与实际完成值无法比较'}`)
  if (r.comparison === 'qualitative' || (r.comparison === 'date' && r.status === 'not-met')) {
    const level = r.comparison === 'date' ? 'not-achieved' : (r.level ?? 'not-achieved')
    const key = level === 'achieved' ? 'achieved' : level === 'partial' ? 'partial' : 'notAchieved'
    const band: Band = profile.qualitativeBands[key]
    const pick = profile.qualitativePick[key]
    const pct = Decimal.fromNumber(pick === 'max' ? band.max : band.min)
    const name = key === 'achieved' ? '达成' : key === 'partial' ? '部分达成' : '未达成'
    return line(
      weight.mul(pct).div(Decimal.HUNDRED, S)!,
      `定性指标${name}（${band.min}%–${band.max}%），取${pick === 'max' ? '上限' : '下限'} ${pct.toString()}% × ${fmt(weight)} 分`,
    )
  }
  if (r.status === 'met' || r.status === 'exceeded') return line(weight, `已达成，得满分 ${fmt(weight)} 分`)

  // Quantitative, not met.
  const a = r.actualValue
  const t = r.target.kind === 'number' ? r.target.value : r.target.kind === 'range' ? r.target.low : null
  if (a === null || t === null) return line(null, '无法计分')
  if (t.isZero) return line(Decimal.ZERO, `指标值为0，实际为 ${a.toString()}，不得分`)
  if (r.direction === 'at-most') {
    if (profile.lessIsBetterRule === 'ratio') {
      return line(
        weight.mul(t).div(a, S)!,
        `反向指标超出目标：${fmt(weight)} × 指标值 ${t.toString()} ÷ 实际 ${a.toString()}`,
      )
    }
    const over = a.sub(t).div(t, S)!
    const factor = Decimal.max(Decimal.ZERO, Decimal.ONE.sub(over))
    return line(
      weight.mul(factor).round(S),
      `反向指标超出目标：${fmt(weight)} × (1 − (${a.toString()} − ${t.toString()}) ÷ ${t.toString()})，超出一倍及以上得0分`,
    )
  }
  const ratio = Decimal.min(a.div(t, S)!, Decimal.ONE)
  return line(weight.mul(ratio).round(S), `未达成：${fmt(weight)} × 实际 ${a.toString()} ÷ 指标值 ${t.toString()}`)
}

export function gradeOf(total: Decimal, profile: ScoringProfile): Grade {
  for (const g of profile.grades) if (total.gte(Decimal.fromNumber(g.min))) return g.grade
  return '差'
}

function fmt(d: Decimal): string {
  return d.round(2).trimmed().toString()
}
