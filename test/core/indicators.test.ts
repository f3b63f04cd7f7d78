import { describe, expect, it } from 'vitest'
import { Decimal } from '../../src/core/decimal.ts'
import { analyzeIndicator } from '../../src/core/indicators.ts'
import { NATIONAL_PROFILE } from '../../src/core/scoring-profile.ts'
import type { IndicatorRow } from '../../src/core/table.ts'
import { indicator, withIndicators } from './table-builders.ts'

function analyze(target: string, actual: string, extra: Record<string, unknown> = {}) {
  const row = withIndicators([indicator(target, actual, extra)]).indicators[0] as IndicatorRow
  return analyzeIndicator(row, 0, NATIONAL_PROFILE, 2022)
}

describe('indicator status and completion', () => {
  it.each([
    ['≥10次', '10次', 'met', '100'],
    ['≥10次', '12次', 'exceeded', '120'],
    ['≥10次', '8次', 'not-met', '80'],
    ['=100%', '=100%', 'met', '100'],
    ['=100%', '96%', 'not-met', '96'],
    ['≥95%', '=98%', 'exceeded', '103.157895'],
    ['95%', '90%', 'not-met', '94.736842'],
    ['≤3天', '2天', 'met', '150'],
    ['≤3天', '4天', 'not-met', '75'],
    ['≥100百分比', '100', 'met', '100'],
    ['90%-95%', '92%', 'met', '102.222222'],
    ['90%-95%', '89%', 'not-met', '98.888889'],
  ])('%s against %s is %s with completion %s%%', (target, actual, status, completion) => {
    const r = analyze(target, actual)
    expect(r.status).toBe(status)
    // completion ratios are kept at six digits
    expect(r.completionRatio?.eq(Decimal.parse(completion))).toBe(true)
  })

  it('reads an actual without a unit in the target unit, and says so', () => {
    const r = analyze('≥50人', '50')
    expect(r).toMatchObject({ status: 'met', unitAssumed: true })
  })

  it('does not compare different units', () => {
    const r = analyze('≥50人', '50次')
    expect(r.status).toBe('not-comparable')
    expect(r.note).toBe('单位不一致：指标值为“人”，实际完成值为“次”')
  })

  it('treats an actual written as a bound as met only when the bound implies the target', () => {
    expect(analyze('≥95%', '≥95%')).toMatchObject({ status: 'met', actualDefinite: false, completionRatio: null })
    expect(analyze('≥95%', '≥90%')).toMatchObject({ status: 'not-comparable', actualDefinite: false })
  })

  it('reads a cost row amount as a ceiling and reports the deviation', () => {
    const r = analyze('=36万元', '=30.64万元', { level2: '成本指标' })
    expect(r.status).toBe('met')
    expect(r.direction).toBe('at-most')
    expect(r.deviation?.amount.toString()).toBe('-5.36')
    expect(r.deviation?.rate?.round(2).toString()).toBe('-14.89')
    expect(r.completionRatio).toBeNull()
  })

  it('converts money units before comparing', () => {
    const r = analyze('≤30万元', '306,400元', { level2: '成本指标' })
    expect(r.status).toBe('not-met')
    expect(r.deviation?.amount.toString()).toBe('0.64')
  })

  it('reads a bare amount in a cost row as a ceiling', () => {
    expect(analyze('260元/辆', '250元/辆', { level2: '成本指标' }).status).toBe('met')
    expect(analyze('260元/辆', '270元/辆', { level2: '成本指标' }).status).toBe('not-met')
  })

  it('compares zero targets', () => {
    expect(analyze('0起', '0起').status).toBe('met')
    expect(analyze('≤0起', '1起').status).toBe('not-met')
  })

  it('compares dates and accepts 按时完成 for a deadline', () => {
    expect(analyze('2023年12月底', '2023年11月').status).toBe('met')
    expect(analyze('2022年6月底前', '2022年8月').status).toBe('not-met')
    expect(analyze('2023年12月底', '按时完成')).toMatchObject({ status: 'met', comparison: 'qualitative' })
  })

  it('judges qualitative actuals by their wording', () => {
    expect(analyze('有所推升', '有所推升')).toMatchObject({ status: 'met', level: 'achieved' })
    expect(analyze('效果明显', '基本完成')).toMatchObject({ status: 'partial', level: 'partial' })
    expect(analyze('效果明显', '未完成')).toMatchObject({ status: 'not-met', level: 'not-achieved' })
    expect(analyze('效果明显', '社会影响').status).toBe('not-comparable')
  })

  it('reads the target from the indicator name when the target cell is empty', () => {
    const r = analyze('', '100%', { name: '年度资金支付完成率100%' })
    expect(r).toMatchObject({ status: 'met', targetFromName: true })
    expect(r.target).toMatchObject({ kind: 'number', unit: '%' })
  })

  it('says why it cannot compare', () => {
    expect(analyze('/', '10次').note).toBe('未填写指标值')
    expect(analyze('≥10次', '').note).toBe('未填写实际完成值')
    expect(analyze('≥10次', '完成10次培训').note).toBe('实际完成值“完成10次培训”无法识别')
  })
})
