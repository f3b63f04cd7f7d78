import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '../../src/core/decimal.ts'

const d = (s: string) => Decimal.parse(s)
/** decimals with up to 6 digits after the point, built from integers (no floats involved) */
const decimal = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }))
  .map(([units, scale]) => Decimal.of(units, scale))
const nonZero = decimal.filter((x) => !x.isZero)

describe('Decimal parsing and formatting', () => {
  it.each([
    ['30.64', '30.64'],
    ['-5.36', '-5.36'],
    ['36', '36'],
    ['0.5', '0.5'],
    ['.5', '0.5'],
    ['1,234.5', '1234.5'],
    ['306,400', '306400'],
    ['１２．５', '12.5'],
    ['1e3', '1000'],
    ['2.5e-3', '0.0025'],
    ['+7', '7'],
    ['30.640', '30.640'],
  ])('reads %s as %s', (text, expected) => {
    expect(d(text).toString()).toBe(expected)
  })

  it.each(['', 'abc', '1.2.3', '12万', '--1', '1,23', 'NaN', 'Infinity'])('refuses %j', (text) => {
    expect(Decimal.tryParse(text)).toBeNull()
  })

  it('keeps JSON numbers exact where floating point would not', () => {
    expect(Decimal.fromNumber(4.35).mul(Decimal.HUNDRED).toString()).toBe('435.00')
    expect(Decimal.fromNumber(0.1).add(Decimal.fromNumber(0.2)).toString()).toBe('0.3')
    expect(Decimal.fromNumber(1.005).round(2).toString()).toBe('1.01')
  })

  it('rounds half away from zero (四舍五入) at the stated scale', () => {
    expect(d('2.345').round(2).toString()).toBe('2.35')
    expect(d('-2.345').round(2).toString()).toBe('-2.35')
    expect(d('2.344').round(2).toString()).toBe('2.34')
    expect(d('0.5').round(0).toString()).toBe('1')
    expect(d('-0.5').round(0).toString()).toBe('-1')
    expect(d('85.111111').round(1).toString()).toBe('85.1')
  })

  it('divides with rounding and says "not computable" for a zero divisor', () => {
    expect(d('30.64').mul(Decimal.HUNDRED).div(d('36'), 2)!.toString()).toBe('85.11')
    expect(d('22.7').mul(Decimal.HUNDRED).div(d('15'), 2)!.toString()).toBe('151.33')
    expect(d('9.8').mul(Decimal.HUNDRED).div(d('36'), 2)!.toString()).toBe('27.22')
    expect(d('1').div(d('3'), 4)!.toString()).toBe('0.3333')
    expect(d('2').div(d('3'), 4)!.toString()).toBe('0.6667')
    expect(d('-2').div(d('3'), 4)!.toString()).toBe('-0.6667')
    expect(d('5').div(Decimal.ZERO, 2)).toBeNull()
  })
})

describe('Decimal arithmetic laws (property tests)', () => {
  it('addition is commutative and associative, with zero as identity', () => {
    fc.assert(
      fc.property(decimal, decimal, decimal, (a, b, c) => {
        expect(a.add(b).eq(b.add(a))).toBe(true)
        expect(
          a
            .add(b)
            .add(c)
            .eq(a.add(b.add(c))),
        ).toBe(true)
        expect(a.add(Decimal.ZERO).eq(a)).toBe(true)
      }),
    )
  })

  it('subtraction undoes addition exactly', () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(a.add(b).sub(b).eq(a)).toBe(true)
      }),
    )
  })

  it('multiplication distributes over addition', () => {
    fc.assert(
      fc.property(decimal, decimal, decimal, (a, b, c) => {
        expect(a.mul(b.add(c)).eq(a.mul(b).add(a.mul(c)))).toBe(true)
      }),
    )
  })

  it('text round-trips through parse and toString', () => {
    fc.assert(
      fc.property(decimal, (a) => {
        expect(Decimal.parse(a.toString()).eq(a)).toBe(true)
      }),
    )
  })

  it('rounding moves a value by at most half a unit of the last kept digit, and is symmetric', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: 0, max: 6 }), (a, scale) => {
        const r = a.round(scale)
        const half = Decimal.of(5n, scale + 1)
        expect(r.sub(a).abs().lte(half)).toBe(true)
        expect(a.neg().round(scale).eq(r.neg())).toBe(true)
      }),
    )
  })

  it('division times the divisor comes back within the rounding step', () => {
    fc.assert(
      fc.property(decimal, nonZero, (a, b) => {
        const q = a.div(b, 8)!
        const step = Decimal.of(5n, 9).mul(b.abs())
        expect(q.mul(b).sub(a).abs().lte(step)).toBe(true)
      }),
    )
  })

  it('comparison agrees with the sign of the difference', () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(a.cmp(b)).toBe(a.sub(b).sign)
      }),
    )
  })
})
