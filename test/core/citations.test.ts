import { describe, expect, it } from 'vitest'
import { findCitations, stripCitations, toOriginalIndex, unknownCitations } from '../../src/core/citations.ts'

describe('fact citations', () => {
  const cited = '实际投入30.64万元[P1.F0.actual]，执行率85.11%［P1.F0.rate］。【待补充：财政拨款原因】见附件[1]。'

  it('removes [fact.id] markers and keeps placeholders and other brackets', () => {
    const s = stripCitations(cited)
    expect(s.text).toBe('实际投入30.64万元，执行率85.11%。【待补充：财政拨款原因】见附件[1]。')
    expect(s.citations.map((c) => c.id)).toEqual(['P1.F0.actual', 'P1.F0.rate'])
    expect(cited.slice(s.citations[0]!.start, s.citations[0]!.end)).toBe('[P1.F0.actual]')
    expect(s.text.slice(0, s.cuts[0]!.at)).toBe('实际投入30.64万元')
  })

  it('reads several ids in one marker and adjacent markers', () => {
    const s = stripCitations('共30.64万元[P1.F0.actual, P1.I4.actual][D.P.L0.actual]。')
    expect(s.text).toBe('共30.64万元。')
    expect(s.citations.map((c) => [c.id, c.start])).toEqual([
      ['P1.F0.actual', 8],
      ['P1.I4.actual', 8],
      ['D.P.L0.actual', 36],
    ])
    expect(s.cuts.map((c) => [c.start, c.end, c.at])).toEqual([
      [8, 36, 8],
      [36, 51, 8],
    ])
  })

  it('is the one reading of markers: full-width brackets, lists of ids, and not 【…】 or [1]', () => {
    expect(findCitations('85.11%［P1.F0.rate］，30.64万元[P1.F0.actual；D.P.L0.actual]【待补充：原因】[1]')).toEqual([
      { id: 'P1.F0.rate', start: 6, end: 18 },
      { id: 'P1.F0.actual', start: 26, end: 54 },
      { id: 'D.P.L0.actual', start: 26, end: 54 },
    ])
  })

  it('maps a mention on the clean text back onto the cited text', () => {
    const s = stripCitations(cited)
    const start = s.text.indexOf('85.11%')
    const end = start + '85.11%'.length
    const a = toOriginalIndex(s, start, 'start')
    const b = toOriginalIndex(s, end, 'end')
    expect(cited.slice(a, b)).toBe('85.11%')
    const p = s.text.indexOf('【待补充')
    expect(cited.slice(toOriginalIndex(s, p, 'start'), toOriginalIndex(s, p + 4, 'end'))).toBe('【待补充')
  })

  it('lists citations of ids that are not in the fact sheet', () => {
    const s = stripCitations('共30.64万元[P1.F0.actual]，36万元[P1.F9.budget、P9.X]。')
    const known = new Set(['P1.F0.actual'])
    expect(unknownCitations(s, (id) => known.has(id))).toEqual([
      { id: 'P1.F9.budget', at: s.text.indexOf('。') },
      { id: 'P9.X', at: s.text.indexOf('。') },
    ])
  })
})
