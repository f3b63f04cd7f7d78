import { describe, expect, it } from 'vitest'
import { foldText } from './fold.ts'

describe('foldText', () => {
  it('folds full-width digits, signs and parentheses one character for one', () => {
    const text = '维修（维护）所需成本３５．２万元，占５４％'
    const folded = foldText(text)
    expect(folded).toBe('维修(维护)所需成本35.2万元，占54%')
    // every index of the folded text is an index of the draft
    expect(folded.length).toBe(text.length)
  })
})
