import { describe, expect, it } from 'vitest'
import { classifyNote } from '../../src/core/user-notes.ts'
import { wordDiff } from '../../src/core/word-diff.ts'

describe('classifyNote', () => {
  it.each([
    ['工程已完工，剩余质保金尾款未支付', '请说明综治、平安建设经费‘财政拨款’实际投入低于预算的原因', 'cause'],
    ['满意度调查实际结果为96.3%，共发放问卷300份', '请补充“人民群众满意度”的实际完成数值', 'figures'],
    ['满意度调查实际结果为96.3%，共发放问卷300份', null, 'figures'],
    ['已完工，剩余3%尾款未付', null, 'cause'],
    ['财政资金12月才下达', '请说明预算执行率偏低的原因', 'cause'],
    ['这个项目由综治办负责', null, 'context'],
  ])('reads “%s” as %s', (text, question, kind) => {
    expect(classifyNote(text, question)).toBe(kind)
  })
})

describe('wordDiff', () => {
  it('marks the words that changed and keeps numbers whole', () => {
    expect(
      wordDiff('实际投入30.64万元。主要原因是财政资金未及时到位。', '实际投入30.64万元。原因是财政资金年底才到位。'),
    ).toEqual([
      { op: 'same', text: '实际投入30.64万元。' },
      { op: 'del', text: '主要原因' },
      { op: 'add', text: '原因' },
      { op: 'same', text: '是财政资金' },
      { op: 'del', text: '未及时到' },
      { op: 'add', text: '年底才到' },
      { op: 'same', text: '位。' },
    ])
    expect(wordDiff('执行率85.11%', '执行率85.12%')).toEqual([
      { op: 'same', text: '执行率' },
      { op: 'del', text: '85.11%' },
      { op: 'add', text: '85.12%' },
    ])
  })
})
