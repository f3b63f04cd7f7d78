import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.ts'

describe('jixiao --help', () => {
  it("lists the commands on stdout (exit 0); COMMAND --help prints that command's usage and options", async () => {
    const all = await runCli(['--help'])
    expect(all.code).toBe(0)
    expect(all.stdout).toContain('用法：jixiao <命令>')
    for (const c of ['facts', 'draft', 'verify', 'import', 'review'])
      expect(all.stdout).toMatch(new RegExp(`\\n  ${c} +\\S`))

    const facts = await runCli(['facts', '--help'])
    expect(facts.code).toBe(0)
    expect(facts.stdout).toContain('用法：jixiao facts 表格文件 [--table 序号|名称]')
    expect(facts.stdout).toContain('--json')
    expect(facts.stderr).toBe('')

    const draft = await runCli(['help', 'draft'])
    expect(draft.code).toBe(0)
    expect(draft.stdout).toContain('--row 行')
    expect(draft.stdout).toContain('--stream')
  })

  it('no command or an unknown one: the overview on stderr, exit 2', async () => {
    const none = await runCli([])
    expect(none.code).toBe(2)
    expect(none.stdout).toBe('')
    expect(none.stderr).toContain('用法：jixiao <命令>')
    const unknown = await runCli(['fact'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('未知命令“fact”')
  })
})
