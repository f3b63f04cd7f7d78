import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.ts'

const DEPT = 'data/samples/nanyue-zhengfawei-2022-department.json'

describe('draft --row by name', () => {
  it('a name that fits several rows lists each id with its project and row (exit 2)', async () => {
    const r = await runCli(['draft', DEPT, '--section', 'variance', '--row', '财政拨款'])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain(
      '“财政拨款”对应 2 行，请用行号选择（--row P1.F1）：P1.F1 综治、平安建设经费·资金·财政拨款；P2.F1 四型平安小区以奖代拨经费·资金·财政拨款',
    )
  })

  it('a name that fits one row drafts that row, as its id does', async () => {
    const byName = await runCli(['draft', DEPT, '--section', 'variance', '--row', '四型·财政拨款', '--json'])
    const byId = await runCli(['draft', DEPT, '--section', 'variance', '--row', 'P2.F1', '--json'])
    expect(byName.code).toBe(0)
    expect(JSON.parse(byName.stdout).text).toBe(JSON.parse(byId.stdout).text)

    const satisfaction = await runCli([
      'draft',
      'data/samples/zongzhi-2022.json',
      '--section',
      'variance',
      '--row',
      '满意度',
    ])
    expect(satisfaction.code).toBe(0)
    expect(satisfaction.stdout).toContain('人民群众满意度')
  })
})
