import { beforeAll, describe, expect, it } from 'vitest'
import { loadTableFile } from '../../src/adapters/fs-table-source.ts'
import { describeRow, recognizeIntent } from '../../src/app/chat-intent.ts'
import { analyzeTable, type TableAnalysis } from '../../src/core/analyze.ts'

let dept: TableAnalysis
let zongzhi: TableAnalysis
const idle = { awaitingAnswer: false }
const waiting = { awaitingAnswer: true }

beforeAll(async () => {
  dept = analyzeTable(await loadTableFile('data/samples/nanyue-zhengfawei-2022-department.json'))
  zongzhi = analyzeTable(await loadTableFile('data/samples/zongzhi-2022.json'))
})

describe('recognizeIntent', () => {
  it('reads "为什么综治经费实际支出低于预算？" as the variance of 综治、平安建设经费 · 合计', () => {
    expect(recognizeIntent('为什么综治经费实际支出低于预算？', dept, idle)).toEqual({
      kind: 'draft',
      section: 'variance',
      row: 'P1.F0',
      rowLabel: '综治、平安建设经费·合计',
    })
  })

  it('finds the project by its line in the department table as well as its own name', () => {
    expect(recognizeIntent('四型小区工作经费为什么超出预算', dept, idle)).toMatchObject({
      row: 'P2.F0',
      rowLabel: '四型平安小区以奖代拨经费·合计',
    })
  })

  it('picks the funding source the question names', () => {
    expect(recognizeIntent('综治经费的财政拨款为什么只执行了一部分？', dept, idle)).toMatchObject({
      row: 'P1.F1',
      rowLabel: '综治、平安建设经费·财政拨款',
    })
  })

  it('picks an indicator named in full', () => {
    expect(recognizeIntent('为什么综治、平安建设经费·综治平安经费存在偏差？', dept, idle)).toMatchObject({
      row: 'P1.I4',
      rowLabel: '综治、平安建设经费·综治平安经费',
    })
  })

  it('in a project table, a variance question without a name means its 合计 row', () => {
    expect(recognizeIntent('为什么实际支出低于预算？', zongzhi, idle)).toMatchObject({
      section: 'variance',
      row: 'P1.F0',
    })
  })

  it('asks which project when an indicator name fits two', () => {
    const intent = recognizeIntent('为什么人民群众满意度没有达到目标？', dept, idle)
    expect(intent).toEqual({
      kind: 'clarify',
      section: 'variance',
      options: [
        { row: 'P1.I7', label: '综治、平安建设经费·人民群众满意度' },
        { row: 'P2.I6', label: '四型平安小区以奖代拨经费·人民群众满意度' },
      ],
    })
  })

  it('reads the quick actions and their wordings', () => {
    expect(recognizeIntent('差异原因', dept, idle)).toEqual({
      kind: 'draft',
      section: 'variance',
      row: null,
      rowLabel: null,
    })
    expect(recognizeIntent('存在的问题及原因分析', dept, idle)).toMatchObject({
      section: 'problems',
    })
    expect(recognizeIntent('下一步改进措施', dept, idle)).toMatchObject({ section: 'measures' })
    expect(recognizeIntent('生成下一步改进措施', dept, idle)).toMatchObject({ section: 'measures' })
    expect(recognizeIntent('存在的问题', dept, idle)).toMatchObject({ section: 'problems' })
  })

  it('takes an answer to the assistant’s question as a note, even when it says 原因', () => {
    expect(recognizeIntent('原因是财政资金12月才下达', dept, waiting)).toEqual({
      kind: 'note',
      text: '原因是财政资金12月才下达',
    })
  })

  it('still takes a request while waiting for an answer', () => {
    expect(recognizeIntent('为什么综治经费实际支出低于预算？', dept, waiting)).toMatchObject({
      kind: 'draft',
      row: 'P1.F0',
    })
    expect(recognizeIntent('存在的问题', dept, waiting)).toMatchObject({
      kind: 'draft',
      section: 'problems',
    })
    expect(recognizeIntent('下一步改进措施', dept, waiting)).toMatchObject({
      kind: 'draft',
      section: 'measures',
    })
  })

  it('answers anything else with help', () => {
    expect(recognizeIntent('你好', dept, idle)).toEqual({ kind: 'help' })
    expect(recognizeIntent('   ', dept, idle)).toEqual({ kind: 'help' })
  })
})

describe('describeRow', () => {
  it('names funding and indicator rows, and nothing else', () => {
    expect(describeRow(dept, 'P2.F2')).toBe('四型平安小区以奖代拨经费·其他资金')
    expect(describeRow(dept, 'P1.I7')).toBe('综治、平安建设经费·人民群众满意度')
    expect(describeRow(dept, 'P3.F0')).toBeNull()
    expect(describeRow(dept, 'P1.F9')).toBeNull()
    expect(describeRow(dept, 'D.B.total')).toBeNull()
  })
})
