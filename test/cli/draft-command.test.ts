import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.ts'

const DEPT = 'data/samples/nanyue-zhengfawei-2022-department.json'

describe('cli draft (template engine, no key, no network)', () => {
  it('prints a problems section for the seed department that cites what the data shows and verifies clean', async () => {
    const r = await runCli(['draft', DEPT, '--section', 'problems'], '', { OPENAI_API_KEY: '' })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('预算执行率85.11%') // low execution
    expect(r.stdout).toContain('执行率27.22%')
    expect(r.stdout).toContain('预算执行率151.33%') // excessive execution
    expect(r.stdout).toContain('与合计实际投入30.64万元未能对应') // unbalanced sources
    expect(r.stdout).toContain('“人民群众满意度”指标的实际完成值按指标值填写') // non-definite actual
    expect(r.stderr).toMatch(/✓ 核对通过：共 \d+ 个数字：\d+ 个已核实/)
    expect(r.stderr).not.toContain('与数据不符')
    expect(r.stderr).not.toContain('数据中没有')
  })

  it('prints the measures section and it verifies clean', async () => {
    const r = await runCli(['draft', DEPT, '--section', 'measures', '--json'])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out).toMatchObject({
      section: 'measures',
      ok: true,
      provider: 'template',
      model: 'template',
      repairRounds: 0,
    })
    expect(out.text).toContain('（一）科学编制项目预算，加快预算执行进度')
    expect(out.verification.findings).toEqual([])
  })

  it.each([
    ['data/samples/zongzhi-2022.json', ['P1.F0', 'P1.F1', 'P1.F2']],
    ['data/samples/sixing-xiaoqu-2022.json', ['P1.F0', 'P1.F1', 'P1.F2']],
  ])('explains each funding row of %s and each explanation verifies clean', async (file, rows) => {
    for (const row of rows) {
      const r = await runCli(['draft', file, '--section', 'variance', '--row', row, '--json'])
      const out = JSON.parse(r.stdout)
      expect({ row, code: r.code, ok: out.ok, findings: out.verification.findings }).toEqual({
        row,
        code: 0,
        ok: true,
        findings: [],
      })
      expect(
        out.verification.mentions.filter((m: { status: string }) => m.status === 'verified').length,
      ).toBeGreaterThan(0)
    }
  })

  it('says which rows exist when the row is unknown (exit 2)', async () => {
    const r = await runCli(['draft', DEPT, '--section', 'variance', '--row', 'P9.F0'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(
      '找不到要说明的行“P9.F0”。可选的行：P1.F0 综治、平安建设经费·资金·合计；P1.F1 综治、平安建设经费·资金·财政拨款；',
    )
  })

  it('is a clear error, not a crash, to ask for the openai engine without a key (exit 2)', async () => {
    const r = await runCli(['draft', DEPT, '--section', 'problems', '--provider', 'openai'], '', { OPENAI_API_KEY: '' })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('OPENAI_API_KEY')
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('draft --note', () => {
  it('uses a cause note in the variance section and shows a note of figures as 用户说明', async () => {
    const said = '满意度调查实际结果为96.3%，共发放问卷300份'
    const r = await runCli([
      'draft',
      'data/samples/zongzhi-2022.json',
      '--section',
      'variance',
      '--row',
      'P1.I7',
      '--note',
      said,
      '--json',
    ])
    const out = JSON.parse(r.stdout)
    expect({ code: r.code, ok: out.ok, questions: out.questions }).toEqual({ code: 0, ok: true, questions: [] })
    expect(out.text).toContain(`用户说明：${said}。`)
  })
})
