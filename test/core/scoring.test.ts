import { describe, expect, it } from 'vitest'
import { analyzeTable } from '../../src/core/analyze.ts'
import { Decimal } from '../../src/core/decimal.ts'
import { gradeOf } from '../../src/core/scoring.ts'
import { HUBEI_PROFILE, NATIONAL_PROFILE, type ScoringProfile } from '../../src/core/scoring-profile.ts'
import { indicator, projectTable, withIndicators } from './table-builders.ts'

const two = (d: Decimal | null | undefined) => d?.round(2).toString()

function scoreOf(rows: Record<string, unknown>[], profile: ScoringProfile = NATIONAL_PROFILE, overrides = {}) {
  return analyzeTable(withIndicators(rows, overrides), profile).projects[0]!.score
}

describe('scoring by the national default profile', () => {
  it('scores the first seed table: execution 85.11% × 10 = 8.51, every indicator met, 98.51 优', () => {
    const s = analyzeTable(projectTable()).projects[0]!.score
    expect(two(s.execution.score)).toBe('8.51')
    expect(s.indicators.map((l) => two(l.weight))).toEqual([
      '10.00',
      '10.00',
      '10.00',
      '10.00',
      '10.00',
      '15.00',
      '15.00',
      '10.00',
    ])
    expect(s.indicators.every((l) => l.score?.eq(l.weight!))).toBe(true)
    expect(two(s.total)).toBe('98.51')
    expect(s.grade).toBe('优')
  })

  it('caps execution at its weight when spending exceeds the budget', () => {
    const t = projectTable({ funding: [{ source: '合计', budget: 15, actual: 22.7, reason: 'x' }] })
    const s = analyzeTable(t).projects[0]!.score
    expect(two(s.execution.score)).toBe('10.00')
  })

  it('uses the full-year budget when one is given', () => {
    const t = projectTable({ funding: [{ source: '合计', budget: 36, fullYearBudget: 40, actual: 30, reason: 'x' }] })
    const a = analyzeTable(t).projects[0]!
    expect(a.funding.executionBase).toBe('full-year')
    expect(two(a.score.execution.score)).toBe('7.50')
  })

  it('gives proportional credit to a partly met "≥" indicator', () => {
    const s = scoreOf([indicator('≥10次', '8次', { reason: '疫情影响' })])
    expect(two(s.indicators[0]!.weight)).toBe('50.00')
    expect(two(s.indicators[0]!.score)).toBe('40.00')
  })

  it('penalises a "≤" indicator linearly, reaching 0 at twice the target', () => {
    expect(two(scoreOf([indicator('≤10天', '12天', { reason: 'r' })]).indicators[0]!.score)).toBe('40.00')
    expect(two(scoreOf([indicator('≤10天', '20天', { reason: 'r' })]).indicators[0]!.score)).toBe('0.00')
    expect(two(scoreOf([indicator('≤10天', '25天', { reason: 'r' })]).indicators[0]!.score)).toBe('0.00')
  })

  it('gives a zero target full weight only for a zero actual', () => {
    expect(two(scoreOf([indicator('≤0起', '0起')]).indicators[0]!.score)).toBe('50.00')
    expect(two(scoreOf([indicator('≤0起', '1起', { reason: 'r' })]).indicators[0]!.score)).toBe('0.00')
  })

  it('scores qualitative indicators by their band', () => {
    const rows = [
      indicator('效果明显', '效果明显', { level1: '效益指标', level2: '社会效益指标' }),
      indicator('效果明显', '基本完成', { level1: '效益指标', level2: '社会效益指标', reason: 'r' }),
      indicator('效果明显', '未完成', { level1: '效益指标', level2: '社会效益指标', reason: 'r' }),
    ]
    const s = scoreOf(rows)
    expect(s.indicators.map((l) => two(l.score))).toEqual(['10.00', '6.00', '0.00'])
  })

  it('does not score what it cannot compare, and gives no grade then', () => {
    const s = scoreOf([indicator('≥10次', '完成10次培训')])
    expect(s.indicators[0]!.score).toBeNull()
    expect(s.unscored).toEqual([0])
    expect(s.grade).toBeNull()
  })

  it.each([
    ['90', '优'],
    ['89.99', '良'],
    ['80', '良'],
    ['79.99', '中'],
    ['60', '中'],
    ['59.99', '差'],
  ])('grades a total of %s as %s', (total, grade) => {
    expect(gradeOf(Decimal.parse(total), NATIONAL_PROFILE)).toBe(grade)
  })
})

describe('a provincial variant is configuration', () => {
  it('Hubei: execution worth 20 points', () => {
    const s = analyzeTable(projectTable(), HUBEI_PROFILE).projects[0]!.score
    expect(two(s.execution.score)).toBe('17.02')
  })

  it('the ratio rule for "≤" indicators', () => {
    const ratio: ScoringProfile = { ...NATIONAL_PROFILE, lessIsBetterRule: 'ratio' }
    expect(two(scoreOf([indicator('≤10天', '12天', { reason: 'r' })], ratio).indicators[0]!.score)).toBe('41.67')
  })

  it('Hubei qualitative bands: partial scored at 50%', () => {
    const rows = [indicator('效果明显', '基本完成', { level1: '效益指标', level2: '社会效益指标', reason: 'r' })]
    expect(two(scoreOf(rows, HUBEI_PROFILE).indicators[0]!.score)).toBe('15.00')
  })
})

describe("the table's own weights and scores", () => {
  it('uses the weights the table carries and computes ours beside theirs', () => {
    const t = projectTable({
      funding: [{ source: '合计', budget: 36, actual: 30.64, reason: '压减', weight: 10, score: 10 }],
      indicators: [indicator('≥10次', '8次', { weight: 50, score: 45, reason: '疫情' })],
    })
    const s = analyzeTable(t).projects[0]!.score
    expect(s.indicators[0]!.weightSource).toBe('table')
    expect(two(s.indicators[0]!.score)).toBe('40.00')
    expect(s.indicators[0]!.theirs?.toString()).toBe('45')
    expect(s.theirTotal?.toString()).toBe('55')
  })
})
