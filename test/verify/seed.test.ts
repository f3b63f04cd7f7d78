// The seed report's own sentences (test/fixtures/seed-section-*.txt, copied from
// ../shared/seed/000_f391e55dc884f009.txt) against the department file and its two project tables.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { check } from './helpers.ts'

const section = (name: string) => readFileSync(`test/fixtures/${name}.txt`, 'utf8')

describe('the seed report', () => {
  it('section 二 verifies clean against the department file', async () => {
    const v = await check('department', section('seed-section-2'))
    expect(v.ok).toBe(true)
    expect(v.findings).toEqual([])
    const data = v.mentions.filter((m) => m.status !== 'ignored')
    expect(data.map((m) => `${m.text} ${m.status} ${m.factIds[0]}`)).toEqual([
      '317.04万元 verified D.B.total',
      '3.9万元 verified D.B.change',
      '287.8万元 verified D.B.L0.actual',
      '91% verified D.B.L0.share',
      '10% verified D.B.L0.changePct',
      '29.24万元 verified D.B.L1.actual',
      '9% verified D.B.L1.share',
      '10% verified D.B.L1.changePct',
      '30.64万元 verified D.P.L0.actual',
      '9万元 verified D.P.L1.actual',
      '15.68万元 verified D.P.L2.actual',
      '22.7万元 verified D.P.L3.actual',
      '93.64万元 verified D.P.change',
    ])
    expect(v.mentions.filter((m) => m.status === 'ignored').map((m) => `${m.text}: ${m.note}`)).toEqual([
      '二: 列表序号，不是数据',
      '一: 列表序号，不是数据',
      '2022年: 年份，不是数据',
      '三: 固定用语，不是数据', // 三公经费
      '二: 列表序号，不是数据',
      '四: 固定用语，不是数据', // 四型小区
      '2022年: 年份，不是数据',
      '四: 固定用语，不是数据',
    ])
  })

  it('section 三 verifies every number the data holds', async () => {
    const v = await check('department', section('seed-section-3'))
    const verified = v.mentions.filter((m) => m.status === 'verified').map((m) => `${m.text} ${m.factIds.join(',')}`)
    expect(verified).toEqual([
      '334起 D.O9.value',
      '42人 D.O10.value',
      '293人 D.O11.value',
      '270人次 D.O12.value',
      '65人 D.O0.value',
      '132.14% D.O0.changePct',
      '33起 D.O1.value',
      '65% D.O1.changePct',
      '29.73% D.O2.value',
      '88.81% D.O2.changePct',
      '110万元 D.O3.value',
      '90% D.O3.changePct',
      '111起 D.O4.value',
      '12.59% D.O4.changePct',
      '889万余元 D.O5.value',
      '10.92% D.O5.changePct',
      '16人 D.O6.value',
      '12人 D.O7.value',
      '75% D.O8.value',
      '16.37% D.O18.value',
      '230件 D.O13.value',
      '100% D.O14.value',
      '99% D.O15.value',
      '4件 D.O16.value',
      '12万元 D.O17.value',
    ])
  })

  it('section 三 flags the counts the data does not hold, and no number as a mismatch', async () => {
    const v = await check('department', section('seed-section-3'))
    const unsupported = v.mentions.filter((m) => m.status === 'unsupported').map((m) => m.text)
    expect(unsupported).toEqual(
      expect.arrayContaining(['15条', '13份', '3份', '2名', '221人', '400余起', '80%以上', '9.2万元']),
    )
    expect(v.mentions.filter((m) => m.status === 'mismatch')).toEqual([])
    expect(v.findings.every((f) => f.code === 'NUMBER_UNSUPPORTED')).toBe(true)
  })

  it('section 三 leaves dates, list markers, quoted names and fixed terms alone', async () => {
    const text = section('seed-section-3')
    const v = await check('department', text)
    const ignored = new Map(
      v.mentions.filter((m) => m.status === 'ignored').map((m) => [`${m.text}@${m.start}`, m.note]),
    )
    const at = (needle: string, from = 0) => text.indexOf(needle, from)
    const note = (mention: string, context: string) =>
      ignored.get(`${mention}@${at(context) + context.indexOf(mention)}`)
    expect(note('11月', '截至11月30日')).toBe('日期，不是数据')
    expect(note('30日', '截至11月30日')).toBe('日期，不是数据')
    expect(note('一', '一是坚决维护')).toBe('列表序号，不是数据')
    expect(note('一条', '1、一条主线')).toBe('标题用语，不是数据')
    expect(note('两项', '2、两项治理')).toBe('标题用语，不是数据')
    expect(note('三', '“三书一函”13份')).toBe('引号内的名称，不是数据')
    expect(note('九', '九类重点刑事案件')).toBe('固定用语，不是数据')
    expect(note('零', '零非访')).toBe('固定用语，不是数据')
    expect(note('2022年', '及2022年重点民生实事')).toBe('年份，不是数据')
  })

  it('sections 4 and 5 hold no data values, only their list markers', async () => {
    const v = await check('department', section('seed-sections-4-5'))
    expect(v.ok).toBe(true)
    expect(v.mentions.map((m) => `${m.text} ${m.status}`)).toEqual(['4 ignored', '5 ignored'])
  })
})
