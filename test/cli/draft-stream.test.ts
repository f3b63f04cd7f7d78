// `draft --provider openai`: stdout holds exactly the final, verified draft; the model's stream
// goes to stderr with --stream (or at a terminal), never to stdout. In-process, with the model
// answered by msw (no network, no key).
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { commands, type CliIo } from '../../src/cli/commands.ts'
import { useMockServer } from '../mocks/node.ts'
import { LLM_BASE_URL } from '../mocks/openai.ts'

useMockServer()

const ENV = { OPENAI_API_KEY: 'k', OPENAI_BASE_URL: LLM_BASE_URL, OPENAI_MODEL: 'qwen-plus' }

function io(errIsTty = false) {
  let out = ''
  let err = ''
  const cli: CliIo = {
    out: (s) => (out += s),
    err: (s) => (err += s),
    stdin: Readable.from([]),
    env: ENV,
    errIsTty,
  }
  return { cli, out: () => out, err: () => err }
}

const ARGS = [
  'draft',
  'data/samples/zongzhi-2022.json',
  '--section',
  'variance',
  '--row',
  '合计',
  '--provider',
  'openai',
]

describe('draft --provider openai', () => {
  it('with --stream: the stream on stderr, exactly the final draft on stdout', async () => {
    const run = io()
    expect(await commands.draft!([...ARGS.slice(1), '--stream'], run.cli)).toBe(0)
    expect(run.out()).toBe('年初预算36万元。\n')
    // the model's raw text, citation and all, went to stderr
    expect(run.err()).toContain('年初预算36万元[P1.F0.budget]。')
    expect(run.err()).toContain('核对后的定稿在标准输出')
  })

  it('without --stream and stderr not a terminal: no stream anywhere, the draft on stdout', async () => {
    const run = io(false)
    expect(await commands.draft!(ARGS.slice(1), run.cli)).toBe(0)
    expect(run.out()).toBe('年初预算36万元。\n')
    expect(run.err()).not.toContain('[P1.F0.budget]')
    expect(run.err()).toContain('✓ 核对通过')
  })

  it('streams to stderr by default when stderr is a terminal', async () => {
    const run = io(true)
    expect(await commands.draft!(ARGS.slice(1), run.cli)).toBe(0)
    expect(run.out()).toBe('年初预算36万元。\n')
    expect(run.err()).toContain('[P1.F0.budget]')
  })
})
