import { describe, expect, it } from 'vitest'
import { Decimal } from '../../src/core/decimal.ts'
import { FactCollector, type Fact } from '../../src/core/facts.ts'
import type { Qualifier } from '../../src/core/numbers/qualifiers.ts'
import { roundAt, valueMatches, valueMatchesFlipped } from '../../src/core/verify/value-match.ts'

const d = Decimal.parse
const common = { role: 'actual', group: 'funding', subject: '合计' } as const

function stated(value: string, unit: string): Fact {
  const c = new FactCollector('P1', '测试表')
  return c.stated({
    id: 'P1.F0.actual',
    label: '测试',
    value: d(value),
    unit,
    ...common,
    cell: { section: '资金情况', row: '合计', column: '实际投入', path: 'x' },
  })
}

function derived(exact: string, precision: number, unit: string, role: Fact['role'] = 'execution-rate'): Fact {
  const c = new FactCollector('P1', '测试表')
  return c.derived({
    id: 'P1.F0.rate',
    label: '测试',
    exact: d(exact),
    precision,
    unit,
    role,
    group: 'funding',
    subject: '合计',
    formula: '',
    expression: '',
    inputs: [],
  })
}

/** The number as written: value, unit, digits after the point as written, qualifier. */
function w(text: string, unit: string | null, qualifier: Qualifier | null = null, signed = false) {
  const value = d(text)
  return { value, signed: signed || value.sign < 0, unit, decimals: value.scale, qualifier }
}

describe('agreeing with a fact', () => {
  const rate = derived('85.11111', 2, '%')

  it('accepts a computed rate rounded at the precision the text used', () => {
    expect(valueMatches(w('85.11', '%'), rate)).toBe(true)
    expect(valueMatches(w('85.1', '%'), rate)).toBe(true)
    expect(valueMatches(w('85', '%'), rate)).toBe(true)
    expect(valueMatches(w('85.2', '%'), rate)).toBe(false)
    expect(valueMatches(w('86', '%'), rate)).toBe(false)
  })

  it('rounds the exact value, so that double rounding cannot make a wrong number pass', () => {
    // exact 2.445 shows as 2.45 at two places; at one place it is 2.4, not 2.5
    const f = derived('2.445', 2, '%')
    expect(f.value.toString()).toBe('2.45')
    expect(valueMatches(w('2.4', '%'), f)).toBe(true)
    expect(valueMatches(w('2.5', '%'), f)).toBe(false)
  })

  it('converts money units exactly: 万元, 元 and 亿元', () => {
    const f = stated('30.64', '万元')
    expect(valueMatches(w('306400', '元'), f)).toBe(true)
    expect(valueMatches(w('0.003064', '亿元'), f)).toBe(true)
    expect(valueMatches(w('30.64', '元'), f)).toBe(false)
    expect(valueMatches(w('30.64', '%'), f)).toBe(false)
  })

  it('wants a stated amount in full unless the text says it is approximate', () => {
    const f = stated('9.8', '万元')
    expect(valueMatches(w('10', '万元'), f)).toBe(false)
    expect(valueMatches(w('10', '万元', 'approx'), f)).toBe(true)
  })

  it('lets 约 round at the last significant digit, 近 stay below, 余 and 多 stay above', () => {
    const f = stated('30.64', '万元')
    expect(valueMatches(w('30', '万元', 'approx'), f)).toBe(true)
    expect(valueMatches(w('30', '万元', 'approx'), stated('36', '万元'))).toBe(false)
    expect(valueMatches(w('31', '万元', 'near'), f)).toBe(true)
    expect(valueMatches(w('30', '万元', 'near'), f)).toBe(false)
    expect(valueMatches(w('30', '万元', 'over'), f)).toBe(true)
    expect(valueMatches(w('889', '万元', 'over'), stated('889', '万元'))).toBe(true)
    expect(valueMatches(w('400', '起', 'over'), stated('334', '起'))).toBe(false)
  })

  it('compares a signed text with a signed fact, and finds the flipped one', () => {
    const diff = derived('-5.36', 2, '万元', 'difference')
    expect(valueMatches(w('-5.36', '万元', null, true), diff)).toBe(true)
    expect(valueMatches(w('5.36', '万元'), diff)).toBe(true) // no direction word: the magnitude
    expect(valueMatches(w('5.36', '万元', null, true), diff)).toBe(false) // 增加5.36万元
    expect(valueMatchesFlipped(w('5.36', '万元', null, true), diff)).toBe(true)
  })

  it('rounds at tens and hundreds when a scale made the text coarser', () => {
    expect(roundAt(d('12345'), -3).toString()).toBe('12000')
    expect(roundAt(d('-2.45'), 1).toString()).toBe('-2.5')
  })
})
