import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import type { CliIo } from '../../src/cli/commands.ts'
import { UsageError } from '../../src/cli/usage.ts'
import { verifyCommand } from '../../src/cli/verify-command.ts'
import { InputError } from '../../src/core/input-error.ts'
import { runCli } from '../helpers/run-cli.ts'

const DATA = 'data/samples/zongzhi-2022.json'
const DRAFT = 'test/fixtures/drafts/zongzhi-2022.md'

function io(stdin = '') {
  const out: string[] = []
  const err: string[] = []
  const cli: CliIo = {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    stdin: Readable.from([stdin]),
    env: {},
  }
  return { cli, out, err }
}

describe('verify on the command line', () => {
  it('prints {ok, mentions, findings} with --json and exits 0 for a correct draft', async () => {
    const { cli, out } = io()
    expect(await verifyCommand(['--data', DATA, '--draft', DRAFT, '--json'], cli)).toBe(0)
    const json = JSON.parse(out.join(''))
    expect(Object.keys(json)).toEqual(['ok', 'mentions', 'findings'])
    expect(json.ok).toBe(true)
    expect(json.mentions[1]).toMatchObject({
      text: '36万元',
      value: '36',
      unit: '万元',
      status: 'verified',
      factIds: ['P1.F0.budget'],
    })
    expect(Object.keys(json.mentions[1])).toEqual(
      expect.arrayContaining(['text', 'start', 'end', 'value', 'unit', 'status', 'factIds']),
    )
  })

  it('prints the draft with every number marked and the findings under it, and exits 1 on an error', async () => {
    const { cli, out } = io()
    const file = 'test/fixtures/drafts/wrong-actual.md'
    expect(await verifyCommand(['--data', DATA, '--draft', file], cli)).toBe(1)
    const text = out.join('')
    expect(text).toContain('年初预算⟦36万元 ✓⟧，实际投入⟦36万元 ✗→30.64万元⟧')
    expect(text).toContain('核对结果：未通过')
    expect(text).toContain(
      '错误 第1行第23列 [NUMBER_MISMATCH] 实际投入应为30.64万元（来源：资金情况·合计·实际投入），文中为36万元',
    )
  })

  it('verifies JSON Lines from stdin in batch mode, one line out per input', async () => {
    const { cli, out } = io('{"id":1,"text":"执行率85.11%"}\n{"id":2,"text":"实际投入36万元"}\n')
    expect(await verifyCommand(['--data', DATA, '--batch'], cli)).toBe(1)
    const lines = out
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.map((l) => [l.id, l.ok])).toEqual([
      [1, true],
      [2, false],
    ])
  })

  it('refuses bad input: a missing draft, bad arguments, a bad batch line', async () => {
    await expect(verifyCommand(['--data', DATA, '--draft', 'no/such.md'], io().cli)).rejects.toThrow(InputError)
    await expect(verifyCommand(['--draft', DRAFT], io().cli)).rejects.toThrow(UsageError)
    await expect(verifyCommand(['--data', DATA, '--draft', DRAFT, '--batch'], io().cli)).rejects.toThrow(UsageError)
    await expect(verifyCommand(['--data', DATA, '--batch'], io('{"id":1,"text":"x"}\nnot json\n').cli)).rejects.toThrow(
      /line 2/,
    )
  })

  it('exits 1 on errors and 2 on bad input as a process', async () => {
    const run = async (args: string[]) => (await runCli(args)).code
    expect(await run(['verify', '--data', DATA, '--draft', 'test/fixtures/drafts/wrong-actual.md'])).toBe(1)
    expect(await run(['verify', '--data', DATA, '--draft', 'no/such.md'])).toBe(2)
  })
})
