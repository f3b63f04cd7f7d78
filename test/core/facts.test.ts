import { describe, expect, it } from 'vitest'
import { loadTableFile } from '../../src/adapters/fs-table-source.ts'
import { analysisToJson } from '../../src/app/analysis-json.ts'
import { analyzeTable } from '../../src/core/analyze.ts'
import { sourceText } from '../../src/core/facts.ts'

const DEPT = 'data/samples/nanyue-zhengfawei-2022-department.json'

async function deptSheet() {
  return analyzeTable(await loadTableFile(DEPT)).sheet
}

describe('the fact sheet of the seed department', () => {
  it('computes the rates, differences and shares of the issue from their sources', async () => {
    const sheet = await deptSheet()
    const fact = (id: string) => {
      const f = sheet.byId.get(id)
      if (!f) throw new Error(`no fact ${id}`)
      return {
        display: f.display,
        role: f.role,
        source: sourceText(f.source),
        inputs: f.source.kind === 'formula' ? f.source.inputs : [],
      }
    }
    expect(fact('P1.F0.rate')).toEqual({
      display: '85.11%',
      role: 'execution-rate',
      source: '实际投入 ÷ 年初预算 × 100%：30.64 ÷ 36 × 100%',
      inputs: ['P1.F0.actual', 'P1.F0.budget'],
    })
    expect(fact('P1.F0.actual')).toMatchObject({
      display: '30.64万元',
      role: 'actual',
      source: '资金情况·合计·实际投入',
    })
    expect(fact('P1.F0.diff')).toMatchObject({
      display: '-5.36万元',
      role: 'difference',
      source: '实际投入 − 年初预算：30.64 − 36',
    })
    expect(fact('P1.F1.rate')).toMatchObject({
      display: '27.22%',
      source: '实际投入 ÷ 年初预算 × 100%：9.8 ÷ 36 × 100%',
    })
    expect(fact('P2.F0.rate')).toMatchObject({ display: '151.33%' })
    expect(fact('P2.F0.diff')).toMatchObject({ display: '7.7万元', role: 'difference' })
    expect(fact('D.P.total')).toMatchObject({
      display: '78.02万元',
      role: 'total',
      source:
        '综治、平安建设工作经费 + 司法救助工作经费 + 扫黑除恶专项工作经费 + 四型小区以奖代拨工作经费：30.64 + 9 + 15.68 + 22.7',
    })
    expect(fact('D.B.L0.share')).toMatchObject({ display: '90.78%', role: 'share' })
    expect(fact('D.B.L1.share')).toMatchObject({ display: '9.22%', role: 'share' })
    expect(fact('P1.sum.actual')).toMatchObject({ display: '19.8万元', role: 'sum' })
    expect(fact('P1.I4.deviation')).toMatchObject({ display: '-5.36万元', role: 'deviation' })
    expect(fact('P1.score.total')).toMatchObject({ display: '98.51分', role: 'score' })
  })

  it('keeps the unrounded value beside the rounded one', async () => {
    const f = (await deptSheet()).byId.get('P1.F0.rate')!
    expect([f.value.toString(), f.exact.toString(), f.precision]).toEqual(['85.11', '85.111111', 2])
  })

  it('marks estimates from a stated percentage as implied, never as a change', async () => {
    const f = (await deptSheet()).byId.get('D.B.impliedChange')!
    expect([f.role, f.display]).toEqual(['implied-change', '22.91万元'])
  })

  it('never holds personal data', async () => {
    const text = JSON.stringify(analysisToJson(analyzeTable(await loadTableFile(DEPT))))
    expect(text).not.toContain('刘雄')
    expect(text).not.toContain('13875709408')
  })

  it('gives every fact a unique id that is the same on every run', async () => {
    const a = (await deptSheet()).facts.map((f) => f.id)
    const b = (await deptSheet()).facts.map((f) => f.id)
    expect(new Set(a).size).toBe(a.length)
    expect(b).toEqual(a)
  })

  it('points every formula at facts that exist', async () => {
    const sheet = await deptSheet()
    const dangling = sheet.facts.flatMap((f) =>
      f.source.kind === 'formula' ? f.source.inputs.filter((i) => !sheet.byId.has(i)) : [],
    )
    expect(dangling).toEqual([])
  })

  it('gives the cell of every stated fact as a JSON path that exists in the file', async () => {
    const sheet = await deptSheet()
    const json = JSON.parse(await (await import('node:fs/promises')).readFile(DEPT, 'utf8'))
    const at = (path: string) =>
      path
        .split(/\.|\[|\]/)
        .filter(Boolean)
        .reduce((o: any, k) => o?.[k], json)
    const deptCells = sheet.facts.filter((f) => f.table === 'D' && f.source.kind === 'cell')
    for (const f of deptCells) {
      if (f.source.kind !== 'cell') continue
      expect(String(at(f.source.path)), f.id).toBe(f.value.toString())
    }
    expect(deptCells.length).toBeGreaterThan(30)
  })
})
