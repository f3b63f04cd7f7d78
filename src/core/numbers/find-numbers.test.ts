import { describe, expect, it } from 'vitest'
import { findNumbers } from './find-numbers.ts'

/** The data values of a text as "text=value unit qualifier". */
function values(text: string): string[] {
  return findNumbers(text)
    .numbers.filter((n) => n.ignored === null)
    .map((n) => `${n.text}=${n.value.toString()}${n.unit ?? ''}${n.qualifier ? ` ${n.qualifier}` : ''}`)
}

describe('finding numbers in Chinese text', () => {
  it('reads Arabic digits with thousands separators, decimals and minus signs', () => {
    expect(values('实际投入306,400元，差额为-5.36万元，偏差率−14.89%')).toEqual([
      '306,400元=306400元',
      '-5.36万元=-5.36万元',
      '−14.89%=-14.89%',
    ])
  })

  it('reads the limit a figure was kept within as a bound, and 以内 elsewhere as "a little under"', () => {
    expect(values('成本控制在40万元以内，支出在40万元以内')).toEqual([
      '40万元以内=40万元 atMost',
      '40万元以内=40万元 under',
    ])
  })

  it('reads full-width digits and keeps indices into the draft', () => {
    const text = '全年实际投入３０．６４万元，执行率８５．１１％。'
    const found = findNumbers(text).numbers
    expect(found.map((n) => [n.text, n.value.toString(), n.unit])).toEqual([
      ['３０．６４万元', '30.64', '万元'],
      ['８５．１１％', '85.11', '%'],
    ])
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('３０．６４万元')
  })

  it('reads Chinese numerals with their units', () => {
    expect(
      values('年初预算三十六万元，实际投入二十二点七万元，满意度百分之九十五，开展两次，评选十三个，查处一百一十起'),
    ).toEqual([
      '三十六万元=36万元',
      '二十二点七万元=22.7万元',
      '百分之九十五=95%',
      '两次=2次',
      '十三个=13个',
      '一百一十起=110起',
    ])
  })

  it('scales by 万 and 亿: money keeps its unit, counts are multiplied out', () => {
    const found = findNumbers('投资1.2亿元，服务1.2万人次，资金30.64万元').numbers
    expect(found.map((n) => [n.value.toString(), n.unit, n.decimals])).toEqual([
      ['1.2', '亿元', 1],
      ['12000', '人次', -3],
      ['30.64', '万元', 2],
    ])
  })

  it('tells percentage points from percent', () => {
    expect(values('执行率提高3.5个百分点，达到85%')).toEqual(['3.5个百分点=3.5个百分点', '85%=85%'])
  })

  it('reads the qualifiers 约 近 余 多 左右 以上 以下 不足 超过', () => {
    expect(
      values('约30万元，近31万元，889万余元，30多万元，400余起，95%左右，80%以上，5%以下，不足10次，超过100人'),
    ).toEqual([
      '约30万元=30万元 approx',
      '近31万元=31万元 near',
      '889万余元=889万元 over',
      '30多万元=30万元 over',
      '400余起=400起 over',
      '95%左右=95% approx',
      '80%以上=80% over',
      '5%以下=5% under',
      '不足10次=10次 under',
      '超过100人=100人 over',
    ])
  })

  it('does not take the 约 of 节约 for a qualifier', () => {
    expect(values('较年初预算节约5.36万元')).toEqual(['5.36万元=5.36万元'])
  })

  it('reads both ends of a range, the low end taking the unit of the high end', () => {
    const found = findNumbers('指标值为90%-95%，预计30-40万元').numbers
    expect(found.map((n) => [n.text, n.unit, n.range])).toEqual([
      ['90%', '%', 'low'],
      ['95%', '%', 'high'],
      ['30', '万元', 'low'],
      ['40万元', '万元', 'high'],
    ])
  })

  it('reads the unit after a space and prefers the longer unit', () => {
    expect(values('内设股室 8 个，教育训诫270人次，5名')).toEqual(['8 个=8个', '270人次=270人次', '5名=5名'])
  })

  it('reads counts that the data may not hold as data values', () => {
    expect(values('严格落实反诈打跨工作15条措施')).toEqual(['15条=15条'])
  })
})
