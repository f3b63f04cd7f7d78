// Issue 10, "done means": random and adversarial text never makes the value parser throw. The
// cells come from the table a user uploads (up to FIELD_LIMITS.cell characters each), so the
// parser sees whatever a hostile or broken file holds: operators stacked on operators, digits of
// every script, exponents, ranges and dates half-written, lone surrogates, characters that NFKC
// expands. (The verifier's own property test is not part of this branch.)
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FIELD_LIMITS } from '../../src/app/field-limits.ts'
import { formatValueText, isEmptyCellText, parseValueText } from '../../src/core/value-text.ts'

const KINDS = ['empty', 'number', 'range', 'date', 'qualitative', 'unreadable']

/** Pieces of real cells and of the tricks a hostile one plays. */
const PIECES = [
  '≥',
  '≤',
  '=',
  '＞',
  '＜',
  '>',
  '<',
  '≧',
  '≦',
  '═',
  '﹦',
  '＝',
  '不低于',
  '不少于',
  '不超过',
  '以上',
  '以内',
  '以下',
  '0',
  '1',
  '9',
  '95',
  '30.64',
  '.',
  '..',
  '-',
  '−',
  '－',
  '~',
  '～',
  '至',
  '到',
  '—',
  '–',
  ',',
  '，',
  '1,234',
  '_',
  '%',
  '％',
  '万元',
  '元',
  '次',
  '人次',
  '个',
  '分',
  '百分比',
  '亩',
  '元/辆',
  '/',
  '无',
  '暂无',
  '年',
  '月',
  '日',
  '底',
  '前',
  '2023年12月底',
  '2023-12-31',
  '本年底',
  'e',
  'E',
  '1e999',
  '1e-999',
  'e+',
  'Infinity',
  'NaN',
  '-0',
  '达成预期指标',
  '有所推升',
  '完成',
  '已完成',
  '部分达成',
  '未达成',
  '١٠٠',
  '𝟗𝟗𝟗',
  '１２',
  '٣',
  '〇',
  '三十六',
  '百分之九十五',
  '\u0000',
  '\n',
  '\t',
  ' ',
  '\u3000',
  '\u200b',
  '\u202e',
  '\ufeff',
  '\ud800',
  '\udfff',
  '㍱',
  'ﷺ',
  '㎗',
  '½',
  '²',
  '⑩',
  '⅓',
  '(',
  ')',
  '（',
  '）',
  '[',
  ']',
  '【',
  '】',
  '"',
  '“',
  '”',
]

const adversarialCell = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 60 })
  .map((parts) => parts.join('').slice(0, FIELD_LIMITS.cell))

const check = (s: string) => {
  const v = parseValueText(s)
  expect(KINDS).toContain(v.kind)
  expect(v.raw).toBe(s)
  expect(typeof formatValueText(v)).toBe('string')
  expect(typeof isEmptyCellText(s)).toBe('boolean')
}

describe('the value parser on adversarial cells', () => {
  it('never throws on cells built from operators, digits, units, dates and tricks', () => {
    fc.assert(fc.property(adversarialCell, check), { numRuns: 3000 })
  })

  it('never throws on random Unicode of any length up to the cell limit', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: FIELD_LIMITS.cell }), check), { numRuns: 1000 })
  })

  it('reads the longest cell the schema allows of nothing but digits, as a number', () => {
    const cell = `≥${'9'.repeat(FIELD_LIMITS.cell - 2)}次`
    const v = parseValueText(cell)
    expect(v.kind).toBe('number')
    if (v.kind === 'number') expect(v.value.toString()).toBe('9'.repeat(FIELD_LIMITS.cell - 2))
  })
})
