import { describe, expect, it } from 'vitest'
import { findPlaceholders, placeholder, placeholderQuestion } from '../../src/core/placeholders.ts'

describe('【待补充】 placeholders', () => {
  it('finds each placeholder with what it asks for and where it is', () => {
    const text = `合计实际投入低于预算，${placeholder('财政拨款实际投入低于预算的原因')}。其他资金【待补充:资金来源】，另见【待补充】。`
    const found = findPlaceholders(text)
    expect(found.map((p) => p.topic)).toEqual(['财政拨款实际投入低于预算的原因', '资金来源', ''])
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('【待补充：财政拨款实际投入低于预算的原因】')
  })

  it('turns a placeholder into a question for the user', () => {
    const [p] = findPlaceholders('【待补充：财政拨款实际投入低于预算的原因。】')
    expect(placeholderQuestion(p!)).toBe('请补充：财政拨款实际投入低于预算的原因')
  })

  it('ignores ordinary brackets', () => {
    expect(findPlaceholders('【综治经费】执行率较低[P1.F0.rate]')).toEqual([])
  })
})
