import { describe, expect, it } from 'vitest'
import { findNumbers } from './find-numbers.ts'
import { NOTE } from './not-data.ts'

/** Each number as "text: note" (or "text: data"). */
function kinds(text: string): string[] {
  return findNumbers(text).numbers.map((n) => `${n.text}: ${n.ignored ?? 'data'}`)
}

describe('numbers that are not data values', () => {
  it('leaves list markers and ordinals alone', () => {
    expect(kinds('一是坚决维护国家政治安全。二是坚决防范风险。')).toEqual([
      `一: ${NOTE.listMarker}`,
      `二: ${NOTE.listMarker}`,
    ])
    expect(kinds('（一）基本支出情况\n(十一)完成交办任务\n第一，加强管理')).toEqual([
      `一: ${NOTE.listMarker}`,
      `十一: ${NOTE.listMarker}`,
      `一: ${NOTE.ordinal}`,
    ])
    expect(kinds('1. 资金情况\n1、一条主线抓到底\n4、 存在的问题及原因分析\n## 二、一般公共预算支出情况')).toEqual([
      `1: ${NOTE.listMarker}`,
      `1: ${NOTE.listMarker}`,
      `一条: ${NOTE.heading}`,
      `4: ${NOTE.listMarker}`,
      `二: ${NOTE.listMarker}`,
    ])
  })

  it('leaves the report year and dates alone', () => {
    expect(kinds('2022年基本支出，2022年度，二〇二二年')).toEqual([
      `2022年: ${NOTE.year}`,
      `2022年: ${NOTE.year}`,
      `二〇二二年: ${NOTE.year}`,
    ])
    expect(kinds('截至11月30日，农历六月十九、八月初一')).toEqual([
      `11月: ${NOTE.date}`,
      `30日: ${NOTE.date}`,
      `六月: ${NOTE.date}`,
      `十九: ${NOTE.date}`,
      `八月: ${NOTE.date}`,
      `一: ${NOTE.date}`,
    ])
  })

  it('leaves document numbers alone', () => {
    expect(kinds('按财预〔2020〕10号文件')).toEqual([`2020: ${NOTE.documentNumber}`, `10号: ${NOTE.documentNumber}`])
  })

  it('leaves numerals inside quoted names alone but reads the count after them', () => {
    expect(kinds('下发“三书一函”13份，‘五小工程’建设，“五一”小长假')).toEqual([
      `三: ${NOTE.quoted}`,
      `一: ${NOTE.quoted}`,
      `13份: data`,
      `五: ${NOTE.quoted}`,
      // “五一” reads as no number at all (two digits in a row name a holiday, not a quantity)
    ])
  })

  it('leaves fixed terms alone', () => {
    expect(
      kinds(
        '2、两项治理大创新。今年共立九类重点刑事案件，始终保持“零发生”，零非访、零滋事，三年专项斗争，党的二十大，三公经费',
      ),
    ).toEqual([
      `2: ${NOTE.listMarker}`,
      `两项: ${NOTE.heading}`,
      `九: ${NOTE.fixedTerm}`,
      `零: ${NOTE.quoted}`,
      `零: ${NOTE.fixedTerm}`,
      `零: ${NOTE.fixedTerm}`,
      `三年: ${NOTE.fixedTerm}`,
      `二十: ${NOTE.fixedTerm}`,
      `三: ${NOTE.fixedTerm}`,
    ])
  })

  it('does not read 一 as a number where it is a word', () => {
    expect(kinds('一般公共预算，统一部署，进一步加强，当前和今后一个时期')).toEqual([`一个: ${NOTE.vague}`])
  })

  it('leaves the writer’s own counts, labels and deadlines alone, but not counts of the sheet’s rows', () => {
    expect(
      kinds('我整理了两张对比表。原因有两个方面：一是…。原因主要有两条：发现4处问题，这两处请确认；可以用这两个数。'),
    ).toEqual([
      `两张: ${NOTE.textCount}`,
      `两个: ${NOTE.textCount}`,
      `一: ${NOTE.listMarker}`,
      `两条: ${NOTE.textCount}`,
      `4处: ${NOTE.textCount}`,
      `两处: ${NOTE.textCount}`,
      `两个: ${NOTE.textCount}`,
    ])
    // a count of tables, of places a project built, of rows: data
    expect(kinds('共两张自评表，改造12处工程，其中3项未完成')).toEqual(['两张: data', '12处: data', '3项: data'])
    // (an indicator's number is a label too: 指标1工程资金金额, 指标3至指标5; 指标值3807人 is data)
    expect(kinds('问题1：预算编制不完整\n### 表2 与上年对比\n如表2的上年数，指标1工程资金金额')).toEqual([
      `1: ${NOTE.label}`,
      `2: ${NOTE.label}`,
      `2: ${NOTE.label}`,
      `1: ${NOTE.label}`,
    ])
    expect(kinds('指标值3807人，完成指标3项')).toEqual(['3807人: data', '3项: data'])
    expect(kinds('请你局在5个工作日内报送')).toEqual([`5个: ${NOTE.deadline}`])
    // a Markdown quote's mark is no "more than"
    expect(kinds('> 二是财政拨款到位不足。\n> 三、存在的问题；满意度 > 95%')).toEqual([
      `二: ${NOTE.listMarker}`,
      `三: ${NOTE.listMarker}`,
      '> 95%: data',
    ])
  })

  it('leaves the rules of scoring alone: a formula’s ×100%, the 100-point scale, a grade’s threshold', () => {
    expect(kinds('结余率 =（年初预算 − 实际投入）÷ 年初预算 × 100%')).toEqual([`100%: ${NOTE.formula}`])
    // written arithmetic keeps its terms
    expect(kinds('30.64 ÷ 36 × 100% = 85.11%')).toEqual(['30.64: data', '36: data', '100%: data', '85.11%: data'])
    expect(kinds('较100分制少10分；都在90分以上，等级都是“优”；得分90分以上')).toEqual([
      `100分: ${NOTE.fullMarks}`,
      '10分: data',
      `90分以上: ${NOTE.rule}`,
      '90分以上: data',
    ])
  })

  it('leaves codes, placeholders and citation markers alone', () => {
    expect(kinds('P1表，5G网络')).toEqual([`1: ${NOTE.code}`, `5: ${NOTE.code}`])
    expect(kinds('【待补充：差额10.84万元的原因】执行率85.11%[P1.F0.rate]')).toEqual(['85.11%: data'])
  })
})
