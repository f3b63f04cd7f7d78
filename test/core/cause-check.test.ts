import { describe, expect, it } from 'vitest'
import { checkCauses, findCauseClauses } from '../../src/core/cause-check.ts'

const notes = [
  '受疫情封控影响，我区财政收入有所下降，财政要求压减非重点、刚性支出。',
  '本年减少了对各乡镇、街道的维稳工作补助拨款，减少了政法队伍培训的培训经费支出。',
  '牢固树立过紧日子思想，主动压缩非重点、刚性支出，部分预算项目预算执行情况不理想。',
]
const data = ['综治、平安建设经费·合计·实际投入', '综治、平安建设经费·合计·年初预算']

describe('causes the data does not contain', () => {
  it('finds the cause clauses of 由于, 受…影响, 主要原因是 and 导致 sentences', () => {
    const text =
      '由于资金拨付滞后，实际投入低于预算。受上级政策调整影响，部分项目未启动。主要原因是采购流程较长。人员变动导致工作推迟。'
    expect(findCauseClauses(text).map((c) => c.text)).toEqual([
      '资金拨付滞后',
      '上级政策调整',
      '采购流程较长',
      '人员变动',
    ])
  })

  it('flags a cause that no note states, as a warning at its place', () => {
    const text = '综治、平安建设经费实际投入低于年初预算，主要原因是资金拨付滞后、项目采购延期。'
    const [f, ...rest] = checkCauses(text, { notes, data })
    expect(rest).toEqual([])
    expect(f).toMatchObject({ severity: 'warning', code: 'CAUSE_NOT_IN_DATA' })
    expect(text.slice(f!.start, f!.end)).toBe('资金拨付滞后、项目采购延期')
    expect(f!.message).toContain('找不到依据')
  })

  it('accepts the seed report’s own causes, which the unit’s notes state', () => {
    const seed =
      '由于疫情冲击影响的客观因素，以及牢固树立过紧日子思想，主动压缩非重点、刚性支出的主观因素，导致部分预算项目预算执行情况不理想。'
    expect(findCauseClauses(seed)).toHaveLength(1)
    expect(checkCauses(seed, { notes, data })).toEqual([])
    expect(
      checkCauses('受疫情封控影响，财政收入有所下降，本年减少了对各乡镇的维稳工作补助拨款。', { notes, data }),
    ).toEqual([])
  })

  it('accepts a restatement of the data and a placeholder', () => {
    const text =
      '由于实际投入低于年初预算，执行率偏低。由于【待补充：财政拨款实际投入低于预算的原因】，资金未全部到位。'
    expect(checkCauses(text, { notes, data })).toEqual([])
  })

  it('flags every cause when the data states none', () => {
    const text = '受疫情影响，财政收入下降，导致执行率偏低。'
    const findings = checkCauses(text, { notes: [], data })
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['疫情', '财政收入下降'])
    expect(findings.every((f) => f.code === 'CAUSE_NOT_IN_DATA' && f.severity === 'warning')).toBe(true)
  })
})
