import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseChineseNumeral } from './chinese-numerals.ts'

const read = (s: string) => parseChineseNumeral(s)?.toString() ?? null

/** The standard way of writing n in Chinese numerals (for the round-trip property). */
function toChinese(n: number): string {
  const digits = '零一二三四五六七八九'
  const section = (v: number): string => {
    let out = ''
    let zero = false
    for (const [unit, size] of [
      ['千', 1000],
      ['百', 100],
      ['十', 10],
      ['', 1],
    ] as const) {
      const d = Math.floor(v / size) % 10
      if (d === 0) {
        if (out) zero = true
        continue
      }
      if (zero) out += '零'
      zero = false
      out += digits[d]! + unit
    }
    return out
  }
  if (n === 0) return '零'
  const yi = Math.floor(n / 1e8)
  const wan = Math.floor(n / 1e4) % 1e4
  const rest = n % 1e4
  let out = ''
  if (yi) out += `${section(yi)}亿`
  if (wan) out += `${yi && wan < 1000 ? '零' : ''}${section(wan)}万`
  if (rest) out += `${(yi || wan) && rest < 1000 ? '零' : ''}${section(rest)}`
  return out
}

describe('Chinese numerals', () => {
  it('reads the forms reports use', () => {
    expect(read('三十六')).toBe('36')
    expect(read('二十二点七')).toBe('22.7')
    expect(read('一百一十')).toBe('110')
    expect(read('一百零五')).toBe('105')
    expect(read('两')).toBe('2')
    expect(read('十三')).toBe('13')
    expect(read('一万二千')).toBe('12000')
    expect(read('三十万六千四百')).toBe('306400')
    expect(read('一亿二千万')).toBe('120000000')
    expect(read('二〇二二')).toBe('2022')
    expect(read('八十五点一一')).toBe('85.11')
    expect(read('零')).toBe('0')
  })

  it('reads nothing from runs that are not one number', () => {
    expect(read('十十')).toBeNull()
    expect(read('百')).toBeNull()
    expect(read('五十五十')).toBeNull()
    expect(read('二十点')).toBeNull()
  })

  it('reads back every integer written the standard way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        expect(read(toChinese(n))).toBe(String(n))
      }),
      { numRuns: 500 },
    )
  })
})
