// The index of row names: a name added whole-only scores only when written whole, and does not
// change how the other names score.
import { describe, expect, it } from 'vitest'
import { NameIndex, bigramGram as packedBigram, charGram as packedChar } from '../../src/core/verify/name-index.ts'

/** Every character and bigram of `text` that the index knows, seen in the number's sentence. */
function scoreText(index: NameIndex, text: string) {
  const { loc, near, seen } = index.scratch()
  let count = 0
  const note = (g: number) => {
    if (g < 0 || loc[g] !== 0) return
    seen[count++] = g
    loc[g] = 1
    near[g] = 1
  }
  for (let i = 0; i < text.length; i++) {
    note(index.gramOf(packedChar(text.charCodeAt(i))))
    if (i + 1 < text.length) note(index.gramOf(packedBigram(text.charCodeAt(i), text.charCodeAt(i + 1))))
  }
  const out = index.score(seen, loc, near, count)
  const coverage = Float64Array.from(out.coverage)
  for (let i = 0; i < count; i++) {
    loc[seen[i]!] = 0
    near[seen[i]!] = 0
  }
  return coverage
}
function build(withWhole: boolean) {
  const index = new NameIndex()
  const keys = ['自评总分', '绩效指标自评得分合计', '资金到位及时率', '政策知晓率'].map((n) => index.add(n))
  const whole = withWhole ? index.add('各项自评得分合计', true) : -1
  index.seal()
  return { index, keys, whole }
}

describe('NameIndex: names that count only when written whole', () => {
  it('scores a whole-only name when it is written whole, and nothing for a part of it', () => {
    const { index, whole } = build(true)
    expect(scoreText(index, '本表各项自评得分合计')[whole]).toBeGreaterThanOrEqual(0.99)
    expect(scoreText(index, '自评得分合计')[whole]).toBe(0)
  })
  it('leaves the other names’ scores as they were', () => {
    const a = build(false)
    const b = build(true)
    for (const text of ['9项指标自评合计', '资金到位及时率', '自评得分']) {
      const x = scoreText(a.index, text)
      const y = scoreText(b.index, text)
      for (let k = 0; k < a.keys.length; k++) expect(y[b.keys[k]!]).toBeCloseTo(x[a.keys[k]!]!, 12)
    }
  })
})
