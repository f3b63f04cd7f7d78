import { describe, expect, it } from 'vitest'
import { loadTableFile } from '../../src/adapters/fs-table-source.ts'
import { parseCanonicalTable } from '../../src/app/schema.ts'
import { analyzeTable } from '../../src/core/analyze.ts'
import { SICHUAN_PROFILE } from '../../src/core/scoring-profile.ts'
import type { TableWarning } from '../../src/core/warnings.ts'
import dept from '../../data/samples/nanyue-zhengfawei-2022-department.json' with { type: 'json' }
import { fundingRow, indicator, projectTable, withIndicators } from './table-builders.ts'

const codes = (ws: TableWarning[]) => ws.map((w) => `${w.table}:${w.code}`)

describe('the warnings the seed triggers', () => {
  it('are the five of the issue, each naming its rows and numbers', async () => {
    const a = analyzeTable(await loadTableFile('data/samples/nanyue-zhengfawei-2022-department.json'))
    expect(codes(a.warnings).sort()).toEqual(
      [
        'D:YOY_INCONSISTENT',
        'P1:FUNDING_SUM_MISMATCH',
        'P1:ACTUAL_NOT_DEFINITE',
        'P1:REASON_LOOKS_LIKE_VALUE',
        // the 财政拨款 reason cell "本年财政实拨支出金额" names a figure; it is not a cause (issue 13)
        'P1:VARIANCE_WITHOUT_REASON',
        'P2:COST_INDICATOR_MISMATCH',
        'P2:ACTUAL_NOT_DEFINITE',
        'P2:ACTUAL_NOT_DEFINITE',
        'P2:REASON_LOOKS_LIKE_VALUE',
      ].sort(),
    )
    const by = (table: string, code: string) => a.warnings.find((w) => w.table === table && w.code === code)!

    const sum = by('P1', 'FUNDING_SUM_MISMATCH')
    expect(sum.message).toBe(
      '资金来源之和与合计不符（实际投入）：财政拨款 9.8 + 其他资金 10 = 19.8万元，而“合计”为 30.64万元，相差 10.84万元',
    )
    expect(sum.rows.map((r) => r.path)).toEqual(['funding[0]', 'funding[1]', 'funding[2]'])
    expect(sum.values).toEqual({ column: 'actual', stated: '30.64', sum: '19.8', difference: '10.84' })

    const cost = by('P2', 'COST_INDICATOR_MISMATCH')
    expect(cost.values).toEqual({ costActual: '15', fundingActual: '22.7', difference: '7.7' })
    expect(cost.rows.map((r) => r.path)).toEqual(['indicators[3]', 'funding[0]'])

    const definite = by('P1', 'ACTUAL_NOT_DEFINITE')
    expect(definite.rows).toEqual([{ path: 'indicators[7]', label: '人民群众满意度' }])
    expect(definite.message).toContain('“≥95%”')

    expect(by('P1', 'REASON_LOOKS_LIKE_VALUE').message).toContain('“=95%”')

    const yoy = by('D', 'YOY_INCONSISTENT')
    expect(yoy.values).toMatchObject({ statedChange: '-3.9', impliedChange: '22.91' })
    expect(yoy.message).toContain('基本支出应较上年增加约22.91万元，但填报为较上年减少3.9万元')
    expect(yoy.rows.map((r) => r.label)).toEqual(['基本支出合计', '人员经费', '日常公用经费'])
  })
})

describe('other warnings', () => {
  it('VARIANCE_WITHOUT_REASON for a funding row far from its budget and for an unmet indicator', () => {
    const t = projectTable({
      funding: [
        { source: '合计', budget: 100, actual: 60, reason: '' },
        { source: '财政拨款', budget: 100, actual: 60, reason: '/' },
      ],
      indicators: [indicator('≥10次', '8次')],
    })
    const ws = analyzeTable(t).warnings.filter((w) => w.code === 'VARIANCE_WITHOUT_REASON')
    expect(ws.map((w) => w.rows[0]!.path)).toEqual(['indicators[0]', 'funding[0]', 'funding[1]'])
    expect(ws[1]!.message).toBe('“合计”预算 100万元、实际投入 60万元，执行率 60%，但未说明产生差异的原因')
  })

  it('VARIANCE_WITHOUT_REASON follows the profile: Sichuan asks below 90% only', () => {
    const t = projectTable({ funding: [{ source: '合计', budget: 100, actual: 95, reason: '' }], indicators: [] })
    expect(analyzeTable(t).warnings.map((w) => w.code)).toContain('VARIANCE_WITHOUT_REASON')
    expect(analyzeTable(t, SICHUAN_PROFILE).warnings.map((w) => w.code)).not.toContain('VARIANCE_WITHOUT_REASON')
  })

  it('VALUE_UNREADABLE names the cell and keeps the text', () => {
    const ws = analyzeTable(withIndicators([indicator('≥10次', '完成10次培训', { reason: 'r' })])).warnings
    const w = ws.find((x) => x.code === 'VALUE_UNREADABLE')!
    expect(w.rows[0]!.path).toBe('indicators[0]')
    expect(w.values.text).toBe('完成10次培训')
  })

  it('FUNDING_SUM_MISMATCH in the budget column, down to a difference under one unit', () => {
    const funding = [
      fundingRow('合计', 36, 30.64, 'r'),
      fundingRow('财政拨款', 30, 20.64, 'r'),
      fundingRow('其他资金', 5.5, 10, 'r'),
    ]
    const ws = analyzeTable(projectTable({ funding })).warnings.filter((w) => w.code === 'FUNDING_SUM_MISMATCH')
    expect(ws.map((w) => w.values)).toEqual([{ column: 'budget', stated: '36', sum: '35.5', difference: '0.5' }])
    expect(ws[0]!.message).toBe(
      '资金来源之和与合计不符（年初预算数）：财政拨款 30 + 其他资金 5.5 = 35.5万元，而“合计”为 36万元，相差 0.5万元',
    )
  })

  it('FUNDING_TOTAL_EMPTY when the total row is left at 0 and the sources carry the money', () => {
    const t = projectTable({
      funding: [
        { source: '合计', budget: 0, actual: 0, reason: '' },
        { source: '财政拨款', budget: 20, actual: 18, reason: '结余' },
        { source: '上年结转', budget: 5, actual: 5, reason: '' },
      ],
    })
    const a = analyzeTable(t)
    expect(a.warnings.map((w) => w.code)).toContain('FUNDING_TOTAL_EMPTY')
    expect(a.projects[0]!.funding.executionRate?.round(2).toString()).toBe('92.00')
  })

  it("SCORE_DIFFERS and SCORE_WITHOUT_REASON beside the unit's own scores; WEIGHTS_SUM when they add up to 110", () => {
    const t = projectTable({
      funding: [{ source: '合计', budget: 36, actual: 30.64, reason: '', weight: 20, score: 20 }],
      indicators: [indicator('≥10次', '8次', { weight: 90, score: 80, reason: '' })],
    })
    const ws = analyzeTable(t).warnings
    expect(ws.filter((w) => w.code === 'SCORE_DIFFERS').map((w) => w.values)).toEqual([
      { theirs: '80', ours: '72.000000' },
      { theirs: '20', ours: '17.022222' },
    ])
    expect(ws.filter((w) => w.code === 'SCORE_WITHOUT_REASON')).toHaveLength(1)
    expect(ws.find((w) => w.code === 'WEIGHTS_SUM')?.values).toEqual({ sum: '110' })
  })

  it('PROJECT_LINE_MISMATCH when a department line and its joined table disagree', () => {
    const table = parseCanonicalTable(dept)
    if (table.kind !== 'department-overall') throw new Error('expected a department')
    const line = table.projectExpenditure.lines[0]!
    line.project = projectTable({ funding: [{ source: '合计', budget: 36, actual: 31, reason: 'x' }] })
    const w = analyzeTable(table).warnings.find((x) => x.code === 'PROJECT_LINE_MISMATCH')!
    expect(w.values).toEqual({ line: '30.64', selfEvaluation: '31' })
  })
})
