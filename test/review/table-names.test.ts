// Which table a paragraph names: the project's full name or a long enough part of it; short
// shared words decide nothing, and a tie names none.
import { describe, expect, it } from 'vitest'
import { nameKey, namedTable, nameScores } from '../../src/app/review/table-names.ts'

const NAMES = ['综治、平安建设经费', '四型平安小区\n以奖代拨经费', '平安建设宣传经费'].map(nameKey)

describe('table names', () => {
  it('folds punctuation, spaces and line breaks out of names', () => {
    expect(NAMES).toEqual(['综治平安建设经费', '四型平安小区以奖代拨经费', '平安建设宣传经费'])
  })

  it('finds a name written in full, with other punctuation', () => {
    expect(namedTable('综治 、平安建设经费年初预算36万元', NAMES)).toBe(0)
    expect(namedTable('四型平安小区以奖代拨经费实际投入22.7万元', NAMES)).toBe(1)
  })

  it('takes a part of at least half the name and four characters', () => {
    expect(nameScores('以奖代拨经费全部到位', NAMES)).toEqual([0, 6, 0])
    expect(namedTable('以奖代拨经费全部到位', NAMES)).toBe(1)
    // 平安建设 (4 of 8) is half of two names: a tie names none
    expect(nameScores('平安建设工作扎实推进', NAMES)).toEqual([4, 0, 4])
    expect(namedTable('平安建设工作扎实推进', NAMES)).toBeNull()
    // 平安 and 经费 are too short to name anything
    expect(namedTable('平安经费按时拨付', NAMES)).toBeNull()
  })

  it('prefers the name written in full over one written in part', () => {
    expect(namedTable('平安建设宣传经费与平安建设工作', NAMES)).toBe(2)
  })
})
