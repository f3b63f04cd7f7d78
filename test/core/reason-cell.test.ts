import { describe, expect, it } from 'vitest'
import { dedupeCauses, causeClause, groupCauses } from '../../src/core/cause-themes.ts'
import { readReasonCell } from '../../src/core/reason-cell.ts'

const kinds = (cell: string) => readReasonCell(cell).parts.map((p) => `${p.kind}:${p.text}`)

describe('a reason cell read for what it is', () => {
  it.each([
    ['本年财政实拨支出金额', 'label'], // 南岳区政法委, 财政拨款行: the name of a figure
    ['年初预算数', 'label'],
    ['=95%', 'value'], // 人民群众满意度: a value in the wrong column
    ['实际支出30.64万元', 'value'], // a restated figure
    ['0', 'empty'], // 河北廊坊: "0" in the reason column
    ['无', 'empty'],
    ['/', 'empty'],
    ['已完成', 'empty'],
    ['提高预算准确度', 'measure'],
    ['下一步将加快项目进度', 'measure'],
    ['单位用其它资金弥补该项经费支出', 'cause'],
    ['财政返还市委政法委各项奖励经费支出', 'cause'], // names where the money came from: a verb, not a label
    ['没有轮换、动用库存', 'cause'], // 衡山县 储备粮
  ])('“%s” is a %s', (cell, kind) => {
    expect(readReasonCell(cell).kind).toBe(kind)
  })

  it('splits a cause from the measure written after it in the same cell', () => {
    const r = readReasonCell('已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。')
    expect(r.causes).toEqual(['已完工,剩余3%尾款未付,且最高限价低于预算金额'])
    expect(r.measures).toEqual(['提高预算准确度'])
    expect(r.kind).toBe('cause')
  })

  it('reads a numbered list of causes sentence by sentence', () => {
    expect(kinds('1、受疫情影响，项目推迟开工；2、=95%\n3、下一步将加快进度')).toEqual([
      'cause:受疫情影响，项目推迟开工',
      'value:=95%',
      'measure:下一步将加快进度',
    ])
  })
})

describe('causes joined for a reader', () => {
  it('says a cause stated twice once, keeping the fuller statement', () => {
    expect(
      dedupeCauses([
        '本年减少了对各乡镇、社区的维稳、综治等工作的补助经费支出',
        '本年减少了对各乡镇、街道的维稳工作补助拨款，减少了政法队伍培训的培训经费支出。',
        '单位用其它资金弥补该项经费支出。',
        '单位用其它资金弥补该项经费支出',
      ]),
    ).toEqual([
      '本年减少了对各乡镇、街道的维稳工作补助拨款，减少了政法队伍培训的培训经费支出',
      '单位用其它资金弥补该项经费支出',
    ])
  })

  it('keeps causes of one theme together and writes two themes as 一方面…另一方面', () => {
    const causes = [
      '本年按文件要求对乡镇、社区的小区奖励经费支出',
      '受疫情影响，财政收入有所下降',
      '财政要求压减非重点支出',
    ]
    expect(groupCauses(causes)).toEqual([
      ['受疫情影响，财政收入有所下降', '财政要求压减非重点支出'],
      ['本年按文件要求对乡镇、社区的小区奖励经费支出'],
    ])
    expect(causeClause(causes)).toBe(
      '：一方面，受疫情影响，财政收入有所下降；财政要求压减非重点支出；另一方面，本年按文件要求对乡镇、社区的小区奖励经费支出',
    )
    expect(causeClause(['已完工,剩余3%尾款未付'])).toBe('是已完工，剩余3%尾款未付')
  })
})
