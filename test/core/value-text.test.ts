import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '../../src/core/decimal.ts'
import { parseValueText, type ValueText } from '../../src/core/value-text.ts'

/** A compact description of what was read, for table-driven assertions. */
function read(v: ValueText): string {
  switch (v.kind) {
    case 'number':
      return `${v.operator ?? '·'} ${v.value.toString()} ${v.unit ?? '-'}`
    case 'range':
      return `range ${v.low.toString()}..${v.high.toString()} ${v.unit ?? '-'}`
    case 'date':
      return `date ${v.year ?? '?'}-${v.month ?? '?'}-${v.day ?? '?'} ${v.bound ?? '-'}`
    case 'qualitative':
      return `q ${v.level ?? 'unknown'}`
    default:
      return v.kind
  }
}

// Cells from the seed, DESIGN.md §3 and public tables of other provinces.
const CASES: Array<[string, string]> = [
  // the seed
  ['≥10次', '>= 10 次'],
  ['10次', '· 10 次'],
  ['=100%', '= 100 %'],
  ['=36万元', '= 36 万元'],
  ['=30.64万元', '= 30.64 万元'],
  ['≥95%', '>= 95 %'],
  ['=95%', '= 95 %'],
  ['≥13个', '>= 13 个'],
  ['≥98%', '>= 98 %'],
  ['=98%', '= 98 %'],
  ['=15万元', '= 15 万元'],
  ['有所帮助', 'q achieved'],
  ['有所推升', 'q achieved'],
  // operators as words and odd glyphs
  ['＞95%', '> 95 %'],
  ['＜5%', '< 5 %'],
  ['不低于95%', '>= 95 %'],
  ['不少于12种', '>= 12 种'],
  ['不超过3天', '<= 3 天'],
  ['不高于5%', '<= 5 %'],
  ['大于等于90%', '>= 90 %'],
  ['小于或等于30万元', '<= 30 万元'],
  ['≤3天', '<= 3 天'],
  ['≧95%', '>= 95 %'],
  ['≦10个工作日', '<= 10 个工作日'],
  // a compound unit with a star for its dot (濉溪县 2019)
  ['>=530元/人*月', '>= 530 元/人·月'],
  ['583元/人×月', '· 583 元/人·月'],
  ['═100%', '= 100 %'],
  ['﹦100%', '= 100 %'],
  ['＝100%', '= 100 %'],
  ['>=80%', '>= 80 %'],
  ['≥=95%', '>= 95 %'],
  ['=≥95%', '>= 95 %'],
  ['达到95%', '>= 95 %'],
  ['95%以上', '>= 95 %'],
  ['95%及以上', '>= 95 %'],
  ['3天以内', '<= 3 天'],
  ['5个工作日内', '<= 5 个工作日'],
  ['10%以下', '<= 10 %'],
  // units
  ['≥100百分比', '>= 100 %'],
  ['100', '· 100 -'],
  ['50', '· 50 -'],
  ['0', '· 0 -'],
  ['0起', '· 0 起'],
  ['0次', '· 0 次'],
  ['29.5亩', '· 29.5 亩'],
  ['260元/辆', '· 260 元/辆'],
  ['1,200元', '· 1200 元'],
  ['≥1200人次', '>= 1200 人次'],
  ['≥5个百分点', '>= 5 百分点'],
  ['12个月', '· 12 个月'],
  ['30日', '· 30 天'],
  // full width and spaces
  ['≥１０次', '>= 10 次'],
  ['≥ 95 ％', '>= 95 %'],
  [' =100% ', '= 100 %'],
  ['９５．５%', '· 95.5 %'],
  ['≥10次\n', '>= 10 次'],
  // ranges
  ['90%-95%', 'range 90..95 %'],
  ['90-95%', 'range 90..95 %'],
  ['90%～95%', 'range 90..95 %'],
  ['3至5天', 'range 3..5 天'],
  // dates
  ['2023年12月底', 'date 2023-12-? end'],
  ['2023年12月31日前', 'date 2023-12-31 before'],
  ['12月底前', 'date ?-12-? end'],
  ['年底前', 'date ?-12-? end'],
  ['2023年6月', 'date 2023-6-? -'],
  ['2023.12', 'date 2023-12-? -'],
  // qualitative values
  ['达成预期指标', 'q achieved'],
  ['效果明显', 'q achieved'],
  ['按时完成', 'q achieved'],
  ['已完成', 'q achieved'],
  ['完成', 'q achieved'],
  ['有效', 'q achieved'],
  ['基本完成', 'q partial'],
  ['部分达成', 'q partial'],
  ['未完成', 'q not-achieved'],
  ['未达到预期', 'q not-achieved'],
  ['社会影响', 'q unknown'],
  // empty cells
  ['/', 'empty'],
  ['', 'empty'],
  ['无', 'empty'],
  ['暂无', 'empty'],
  ['——', 'empty'],
  ['（请填写实际完成值）', 'empty'],
  // a unit glossed in brackets (Hebei's system: ">=98%(百分比)"), read when it agrees with the unit before it
  ['>=98%(百分比)', '>= 98 %'],
  ['19(人)', '· 19 人'],
  ['98%(元)', 'unreadable'],
  // what cannot be read stays text
  ['完成10次培训', 'unreadable'],
  ['≥良好', 'unreadable'],
  ['≥', 'unreadable'],
  ['约10-20次左右', 'unreadable'],
]

describe('parseValueText on real cells', () => {
  it(`covers at least 60 strings (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60)
  })

  it.each(CASES)('reads %j as %s', (text, expected) => {
    expect(read(parseValueText(text))).toBe(expected)
  })

  it('keeps the raw text of what it cannot read, with a reason', () => {
    const v = parseValueText('完成10次培训')
    expect(v).toMatchObject({ kind: 'unreadable', raw: '完成10次培训' })
    expect(v.kind === 'unreadable' && v.reason.length).toBeGreaterThan(0)
  })
})

const OPERATORS = [
  ['≥', '>='],
  ['≤', '<='],
  ['=', '='],
  ['', null],
] as const
const UNITS = ['次', '个', '人', '人次', '件', '起', '项', '天', '%', '万元', '元', '分'] as const
const valueArb = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.integer({ min: 0, max: 4 }))
  .map(([units, scale]) => Decimal.of(units, scale))

describe('parseValueText properties', () => {
  it('reads back any operator, value and unit it is given', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPERATORS), valueArb, fc.constantFrom(...UNITS), ([sym, op], value, unit) => {
        const v = parseValueText(`${sym}${value.toString()}${unit}`)
        expect(v.kind).toBe('number')
        if (v.kind !== 'number') return
        expect(v.operator).toBe(op)
        expect(v.value.eq(value)).toBe(true)
        expect(v.unit).toBe(unit)
      }),
    )
  })

  it('reads full-width digits and symbols exactly as their half-width forms', () => {
    const toFullWidth = (s: string) => s.replace(/[0-9.%=]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    fc.assert(
      fc.property(fc.constantFrom(...OPERATORS), valueArb, fc.constantFrom(...UNITS), ([sym], value, unit) => {
        const text = `${sym}${value.toString()}${unit}`
        expect(read(parseValueText(toFullWidth(text)))).toBe(read(parseValueText(text)))
      }),
    )
  })

  it('never throws, whatever the cell holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (s) => {
        expect(() => parseValueText(s)).not.toThrow()
      }),
    )
  })
})
