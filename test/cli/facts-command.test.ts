import { describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { CLI, runCli } from '../helpers/run-cli.ts'

describe('cli facts', () => {
  it('stops quietly when the reader of its output closes the pipe (jixiao facts … | head)', async () => {
    // as a shell runs it: head takes the first bytes and exits while the command still writes
    const child = spawn('sh', [
      '-c',
      `"${process.execPath}" ${CLI} facts data/samples/nanyue-zhengfawei-2022-department.json --json | head -c 100 > /dev/null`,
    ])
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })

  it('prints the fact sheet and warnings as JSON, and nothing else on stdout', async () => {
    const r = await runCli(['facts', 'data/samples/zongzhi-2022.json', '--json'])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    const rate = out.facts.find((f: { id: string }) => f.id === 'P1.F0.rate')
    expect(rate).toMatchObject({
      label: '综治、平安建设经费·合计·预算执行率',
      value: '85.11',
      unit: '%',
      role: 'execution-rate',
    })
    expect(rate.source).toEqual({
      kind: 'formula',
      formula: '30.64 ÷ 36 × 100%',
      expression: '实际投入 ÷ 年初预算 × 100%',
      inputs: ['P1.F0.actual', 'P1.F0.budget'],
    })
    expect(out.warnings.map((w: { code: string }) => w.code)).toEqual([
      'FUNDING_SUM_MISMATCH',
      'ACTUAL_NOT_DEFINITE',
      'REASON_LOOKS_LIKE_VALUE',
      // 财政拨款's reason cell "本年财政实拨支出金额" names a figure, it is no cause (issue 13)
      'VARIANCE_WITHOUT_REASON',
    ])
    expect(out.scores).toEqual([
      expect.objectContaining({ table: 'P1', executionRate: '85.11', total: '98.51', grade: '优' }),
    ])
  })

  it('prints a readable table without --json', async () => {
    const r = await runCli(['facts', 'data/samples/sixing-xiaoqu-2022.json'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/P1\.F0\.rate\s+151\.33%\s+四型平安小区以奖代拨经费·合计·预算执行率/)
    expect(r.stdout).toContain('[COST_INDICATOR_MISMATCH]')
  })

  it('exits 2 with a message naming the file and field on bad input, and prints no stack trace', async () => {
    const r = await runCli(['facts', 'test/fixtures/bad-kind.json', '--json'])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('test/fixtures/bad-kind.json：未知的表格类型 "budget"')
    expect(r.stderr).toContain('(test/fixtures/bad-kind.json: kind: unknown kind "budget"')
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it('exits 2 for a file that does not exist and for unknown options', async () => {
    expect((await runCli(['facts', 'nope.json'])).code).toBe(2)
    const r = await runCli(['facts', 'data/samples/zongzhi-2022.json', '--nonsense'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('命令 facts 的参数有误')
  })
})
