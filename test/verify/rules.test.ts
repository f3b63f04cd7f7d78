import { describe, expect, it } from 'vitest'
import type { VerifyFn } from '../../src/app/ports.ts'
import { loadTable } from '../../src/app/load-table.ts'
import { analyzeTable } from '../../src/core/analyze.ts'
import { verifyDraft } from '../../src/core/verify.ts'
import { generateProjectTable } from '../fixtures/generated-table.ts'
import { check, codes, sample, statuses } from './helpers.ts'

describe('the verifier', () => {
  it('is the VerifyFn the drafting engines and the server call', async () => {
    const verify: VerifyFn = verifyDraft
    expect(verify('年初预算36万元', await sample('zongzhi')).ok).toBe(true)
  })

  it('verifies a budget, an actual and an execution rate against the 合计 row', async () => {
    const v = await check('zongzhi', '综治、平安建设经费年初预算36万元，实际投入30.64万元，预算执行率85.11%。')
    expect(statuses(v)).toEqual([
      '36万元 verified P1.F0.budget',
      '30.64万元 verified P1.F0.actual',
      '85.11% verified P1.F0.rate',
    ])
    expect(v).toMatchObject({ ok: true, findings: [] })
  })

  it('flags 实际投入36万元 when 36万元 is the budget, with the right value and its source', async () => {
    const text = '综治、平安建设经费年初预算36万元，实际投入36万元。'
    const v = await check('zongzhi', text)
    const m = v.mentions[1]!
    expect(m).toMatchObject({
      text: '36万元',
      status: 'mismatch',
      factIds: ['P1.F0.actual'],
      expected: '30.64万元',
    })
    expect(text.slice(m.start, m.end)).toBe('36万元')
    expect(v.findings).toEqual([
      {
        severity: 'error',
        code: 'NUMBER_MISMATCH',
        start: m.start,
        end: m.end,
        message: '实际投入应为30.64万元（来源：资金情况·合计·实际投入），文中为36万元',
        factIds: ['P1.F0.actual'],
      },
    ])
    expect(v.ok).toBe(false)
  })

  it('reads which funding row a sentence is about', async () => {
    const v = await check('zongzhi', '财政拨款实际投入30.46万元。其他资金实际投入10万元。')
    expect(statuses(v)).toEqual(['30.46万元 mismatch P1.F1.actual', '10万元 verified P1.F2.actual'])
    expect(v.mentions[0]!.expected).toBe('9.8万元')
    // the 合计 row's figure: which row was meant is for the writer to say, both readings given
    const other = await check('zongzhi', '财政拨款实际投入30.64万元。')
    expect(statuses(other)).toEqual(['30.64万元 unsupported P1.F0.actual,P1.I4.actual,P1.F1.actual'])
    expect(codes(other)).toEqual(['error:NUMBER_OTHER_ROW'])
  })

  it('accepts a rate rounded at the precision the text used, and 约 for a coarser one', async () => {
    const v = await check('zongzhi', '执行率85.1%，执行率约85%，执行率85.2%。')
    expect(statuses(v)).toEqual(['85.1% verified P1.F0.rate', '约85% verified P1.F0.rate', '85.2% mismatch P1.F0.rate'])
  })

  it('reads Chinese numerals and converts 元 to 万元', async () => {
    const v = await check('zongzhi', '实际投入三十万六千四百元，年初预算三十六万元，实际投入306,400元。')
    expect(statuses(v)).toEqual([
      '三十万六千四百元 verified P1.F0.actual',
      '三十六万元 verified P1.F0.budget',
      '306,400元 verified P1.F0.actual',
    ])
  })

  it('flags 万元 written as 元', async () => {
    const v = await check('zongzhi', '实际投入30.64元。')
    expect(v.mentions[0]).toMatchObject({ status: 'mismatch', expected: '30.64万元' })
    expect(v.findings[0]!.message).toBe('实际投入应为30.64万元（来源：资金情况·合计·实际投入），文中为30.64元')
  })

  it('takes the sign of a difference from its direction word', async () => {
    const v = await check('zongzhi', '实际投入较年初预算减少5.36万元，节约5.36万元，超支5.36万元。')
    expect(statuses(v)).toEqual([
      '5.36万元 verified P1.F0.diff',
      '5.36万元 verified P1.F0.diff',
      '5.36万元 mismatch P1.F0.diff',
    ])
    expect(v.findings.map((f) => [f.code, f.message])).toEqual([
      [
        'DIRECTION_MISMATCH',
        '实际投入与年初预算之差应为节约5.36万元（来源：实际投入 − 年初预算：30.64 − 36），文中为“超支5.36万元”，增减方向与数据相反',
      ],
    ])
  })

  it('flags 较上年增加3.9万元 when the data says basic expenditure fell', async () => {
    const text = '基本支出317.04万元，较上年增加3.9万元。'
    const v = await check('department', text)
    expect(v.mentions[1]).toMatchObject({
      status: 'mismatch',
      direction: '增加',
      factIds: ['D.B.change'],
      expected: '减少3.9万元',
    })
    expect(v.findings[0]).toMatchObject({
      code: 'DIRECTION_MISMATCH',
      start: text.indexOf('增加'),
      end: text.indexOf('。'),
    })
    expect((await check('department', '基本支出317.04万元，较上年减少3.9万元。')).ok).toBe(true)
  })

  it('reads 增加到/增长至 as the level reached, not as a change', async () => {
    const v = await check('zongzhi', '实际投入增加到30.64万元，实际投入增长至30.64万元。')
    expect(statuses(v)).toEqual(['30.64万元 verified P1.F0.actual', '30.64万元 verified P1.F0.actual'])
    expect(v.findings).toEqual([])
  })

  it('counts a one-character direction word (多, 降) only right before the number', async () => {
    const spent = await check('zongzhi', '实际投入多为30.64万元。')
    expect(statuses(spent)).toEqual(['30.64万元 verified P1.F0.actual'])
    const fell = await check('department', '基本支出较上年减少3.9万元，降为317.04万元。')
    expect(statuses(fell)).toEqual(['3.9万元 verified D.B.change', '317.04万元 verified D.B.total'])
    expect([...spent.findings, ...fell.findings]).toEqual([])
  })

  it('checks year-on-year changes in percent against their direction', async () => {
    const v = await check('department', '打击电信诈骗破案33起，同比上升65%；立案111起，同比上升12.59%。')
    expect(statuses(v)).toEqual([
      '33起 verified D.O1.value',
      '65% verified D.O1.changePct',
      '111起 verified D.O4.value',
      '12.59% mismatch D.O4.changePct',
    ])
    expect(v.mentions[3]!.expected).toBe('下降12.59%')
  })

  it('reads a share after 占, and pairs names and numbers after 分别', async () => {
    const v = await check(
      'department',
      '人员经费287.8万元，占基本支出的91%。共排查调处各类民间纠纷230件，调解率和成功率分别为100%和99%。',
    )
    expect(statuses(v)).toEqual([
      '287.8万元 verified D.B.L0.actual',
      '91% verified D.B.L0.share',
      '230件 verified D.O13.value',
      '100% verified D.O14.value',
      '99% verified D.O15.value',
    ])
  })

  it('flags an estimate derived from a percentage unless it is cited', async () => {
    const uncited = await check('department', '基本支出较上年增加22.91万元。')
    expect(codes(uncited)).toEqual(['error:IMPLIED_VALUE_UNCITED'])
    expect(uncited.mentions[0]).toMatchObject({
      status: 'unsupported',
      factIds: ['D.B.impliedChange'],
    })
    const cited = await check('department', '基本支出较上年增加22.91万元[D.B.impliedChange]。')
    expect(statuses(cited)).toEqual(['22.91万元 verified D.B.impliedChange'])
  })

  it('binds a citation marker to the number before it', async () => {
    const v = await check(
      'department',
      '执行率85.11%[P1.F0.rate]，比例10%[P1.F0.rate]；[P9.X.y]；打击电诈65人[P9.F0.rate]。',
    )
    expect(statuses(v)).toEqual(['85.11% verified P1.F0.rate', '10% mismatch P1.F0.rate', '65人 unsupported'])
    expect(codes(v)).toEqual(['error:CITATION_MISMATCH', 'warning:CITATION_UNBOUND', 'error:CITATION_UNKNOWN'])
  })

  it('leaves numbers inside a 【待补充】 placeholder alone', async () => {
    const v = await check('zongzhi', '与合计实际投入相差10.84万元，【待补充：差额36万元的原因】。')
    expect(statuses(v)).toEqual(['10.84万元 verified P1.sum.actualGap'])
    expect(v.ok).toBe(true)
  })

  it('flags a number the data does not hold', async () => {
    const v = await check('department', '严格落实反诈打跨工作15条措施，下发“三书一函”13份。')
    expect(statuses(v)).toEqual(['15条 unsupported', '13份 unsupported'])
    expect(v.findings.map((f) => f.message)).toEqual([
      '文中“15条”在数据中找不到依据，请核对或删除',
      '文中“13份”在数据中找不到依据，请核对或删除',
    ])
  })

  it('warns about a project name the data does not have, without failing the draft', async () => {
    const v = await check('department', '平安乡村建设经费实际投入30.64万元。')
    expect(codes(v)).toEqual(['warning:UNKNOWN_NAME'])
    expect(v.findings[0]!.message).toContain('“平安乡村建设经费”')
    expect(v.ok).toBe(true)
  })

  it('is ok exactly when no finding is an error', async () => {
    for (const text of [
      '实际投入30.64万元。',
      '实际投入36万元。',
      '平安乡村建设经费实际投入30.64万元。',
      '2022年，截至11月30日。',
    ]) {
      const v = await check('zongzhi', text)
      expect(v.ok).toBe(!v.findings.some((f) => f.severity === 'error'))
    }
  })

  it('ignores a number that is part of the project name', async () => {
    const table = await loadTable(
      { readRelative: async () => null },
      { file: 'g.json', text: JSON.stringify(generateProjectTable(3)) },
    )
    const v = verifyDraft('生成的测试项目（3项指标）年初预算1234.56万元。', analyzeTable(table))
    expect(v.mentions.map((m) => `${m.text} ${m.status}`)).toEqual(['3项 ignored', '1234.56万元 verified'])
  })
})

describe('phrasings drafts use', () => {
  it('reads 少支出, 为年初预算的…%, 未达到100% and 超过100%', async () => {
    const v = await check('zongzhi', '实际投入30.64万元，较年初预算少支出5.36万元，为年初预算的85.11%，未达到100%。')
    expect(statuses(v)).toEqual([
      '30.64万元 verified P1.F0.actual',
      '5.36万元 verified P1.F0.diff',
      '85.11% verified P1.F0.rate',
      '未达到100% verified P1.F0.rate',
    ])
    expect(statuses(await check('sixing', '预算执行率超过100%，达到151.33%。'))).toEqual([
      '超过100% verified P1.F0.rate',
      '151.33% verified P1.F0.rate',
    ])
    expect(statuses(await check('zongzhi', '预算执行率超过100%。'))).toEqual(['超过100% mismatch P1.F0.rate'])
  })

  it('reads 30.64万 without 元 as money where the sentence speaks of money', async () => {
    const v = await check('zongzhi', '实际投入30.64万，年初预算36万。')
    expect(v.mentions.map((m) => `${m.text} ${m.value} ${m.unit} ${m.status}`)).toEqual([
      '30.64万 30.64 万元 verified',
      '36万 36 万元 verified',
    ])
  })

  it('reads a funds arrival rate as the execution rate and a completion of the target', async () => {
    expect(statuses(await check('zongzhi', '财政拨款年初预算36万元，全年实际到位9.8万元，到位率27.22%。'))).toEqual([
      '36万元 verified P1.F1.budget',
      '9.8万元 verified P1.F1.actual',
      '27.22% verified P1.F1.rate',
    ])
    expect(statuses(await check('sixing', '平安四型小区合格率完成年度目标的100%。'))).toEqual([
      '100% verified P1.I1.completion',
    ])
  })

  it('leaves section numbers and a plan’s targets alone', async () => {
    const v = await check('zongzhi', '1.1 资金情况\n下一步，力争2023年预算执行率达到90%以上。')
    expect(v.mentions.map((m) => `${m.text} ${m.status} ${m.note}`)).toEqual([
      '1.1 ignored 列表序号，不是数据',
      '2023年 ignored 年份，不是数据',
      '90%以上 ignored 计划或目标值，不是本年数据',
    ])
    expect(v.ok).toBe(true)
  })
})

describe('findings', () => {
  it('carry a stable code whose severity decides ok', async () => {
    const { FINDING_CODES } = await import('../../src/core/verification.ts')
    const v = await check(
      'department',
      '平安乡村建设经费实际投入36万元，较上年增加3.9万元，15条措施，基本支出较上年增加22.91万元，执行率10%[P1.F0.rate]，[P9.X]，85%[P9.F0.rate]。',
    )
    expect(v.findings.length).toBeGreaterThanOrEqual(6)
    for (const f of v.findings) expect(f.severity).toBe(FINDING_CODES[f.code as keyof typeof FINDING_CODES])
  })
})

describe('more phrasings', () => {
  it('reads a sum of named rows after 合计, and the gap against the 合计 row', async () => {
    const v = await check(
      'zongzhi',
      '财政拨款（9.8万元）与其他资金（10万元）合计19.8万元，与填报的合计数30.64万元不一致，相差10.84万元。',
    )
    expect(statuses(v)).toEqual([
      '9.8万元 verified P1.F1.actual',
      '10万元 verified P1.F2.actual',
      '19.8万元 verified P1.sum.actual',
      '30.64万元 verified P1.F0.actual',
      '10.84万元 verified P1.sum.actualGap',
    ])
  })

  it('leaves 满分 alone, reads category subtotals of the scores and flags a wrong one', async () => {
    const v = await check('zongzhi', '本项目自评得分98.51分（满分100分），产出指标得分50分。')
    expect(v.mentions.map((m) => `${m.text} ${m.status} ${m.factIds.join(',')}`)).toEqual([
      '98.51分 verified P1.score.total',
      '100分 ignored ',
      '50分 verified P1.sub.L1.0.score',
    ])
    const wrong = await check('zongzhi', '产出指标得分45分。')
    expect(wrong.ok).toBe(false)
    expect(wrong.mentions.map((m) => `${m.text} ${m.status} ${m.expected ?? ''}`)).toEqual(['45分 mismatch 50分'])
  })

  it('lets a distinctive value stand when the clause names no row clearly', async () => {
    const v = await check('sixing', '项目预算执行率达151.33%，超出部分7.7万元为财政返还的奖励经费。')
    expect(statuses(v)).toEqual(['151.33% verified P1.F0.rate', '7.7万元 verified P1.F0.diff'])
  })

  it('does not let a distinctive value stand when the clause names another row', async () => {
    const v = await check('department', '人员经费287.8万元，占基本支出的9.22%。')
    expect(statuses(v)).toEqual(['287.8万元 verified D.B.L0.actual', '9.22% unsupported D.B.L1.share,D.B.L0.share'])
    expect(v.findings[0]!.message).toBe(
      '文中“9.22%”是日常公用经费占基本支出的比重；若此处说的是人员经费占基本支出的比重，应为90.78%（来源：人员经费 ÷ 基本支出 × 100%：287.8 ÷ 317.04 × 100%），请核对所指',
    )
    const wrong = await check('department', '人员经费287.8万元，占基本支出的92.2%。')
    expect(statuses(wrong)).toEqual(['287.8万元 verified D.B.L0.actual', '92.2% mismatch D.B.L0.share'])
  })

  it('checks 超额完成, 未完成 and 低于 against an indicator deviation', async () => {
    const v = await check(
      'zongzhi',
      '综治平安经费实际完成值较指标值超额完成5.36万元。综治平安经费实际完成值较指标值未完成5.36万元。综治平安经费实际完成值低于指标值5.36万元。',
    )
    expect(statuses(v)).toEqual([
      '5.36万元 mismatch P1.I4.deviation',
      '5.36万元 verified P1.I4.deviation',
      '5.36万元 verified P1.I4.deviation',
    ])
    expect(v.mentions[0]!.expected).toBe('未完成5.36万元')
    expect(codes(v)).toEqual(['error:DIRECTION_MISMATCH'])
  })
})
