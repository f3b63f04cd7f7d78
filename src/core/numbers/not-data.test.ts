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

  it('leaves codes, placeholders and citation markers alone', () => {
    expect(kinds('P1表，5G网络')).toEqual([`1: ${NOTE.code}`, `5: ${NOTE.code}`])
    expect(kinds('【待补充：差额10.84万元的原因】执行率85.11%[P1.F0.rate]')).toEqual(['85.11%: data'])
  })
})
