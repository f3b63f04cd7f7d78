import { describe, expect, it } from 'vitest'
import { loadTableFile } from '../../src/adapters/fs-table-source.ts'
import { analyzeTable } from '../../src/core/analyze.ts'

const DEPT = 'data/samples/nanyue-zhengfawei-2022-department.json'

describe('the seed department fact sheet', () => {
  it('holds the execution rates, differences, totals and shares the issue names', async () => {
    const a = analyzeTable(await loadTableFile(DEPT))
    const display = (id: string) => a.sheet.byId.get(id)?.display
    expect(display('P1.F0.rate')).toBe('85.11%')
    expect(display('P1.F0.diff')).toBe('-5.36万元')
    expect(display('P1.F1.rate')).toBe('27.22%')
    expect(display('P2.F0.rate')).toBe('151.33%')
    expect(display('P2.F0.diff')).toBe('7.7万元')
    expect(display('D.P.total')).toBe('78.02万元')
    expect(display('D.B.L0.share')).toBe('90.78%')
    expect(display('D.B.L1.share')).toBe('9.22%')
  })
})
