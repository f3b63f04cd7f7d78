// `draft FILE --section variance|problems|measures [--row P1.F0|name] [--provider template|openai]
// [--stream] [--note TEXT]… [--json] [--table N|name] [--profile ID]`: a section drafted and
// verified. stdout holds exactly the final, verified text; the model's stream (with --stream, or
// when stderr is a terminal), the verification summary and the questions go to stderr.
// Exit 0 when the draft verifies, 1 when it does not.
import type { Drafter, DraftSection } from '../app/ports.ts'
import { chooseRow } from '../app/row-choice.ts'
import { createTemplateDrafter } from '../app/template-drafter.ts'
import { summarizeVerification } from '../app/verification-summary.ts'
import { analyzeTable } from '../core/analyze.ts'
import { classifyNote } from '../core/user-notes.ts'
import { verifyDraft } from '../core/verify.ts'
import type { CliIo, Command } from './commands.ts'
import { profileOption } from './profile-option.ts'
import { loadTableInput } from './table-input.ts'
import { parseCommandArgs, UsageError } from './usage.ts'

const SECTIONS: readonly DraftSection[] = ['variance', 'problems', 'measures']

export const draftCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs('draft', args, {
    section: { type: 'string' },
    row: { type: 'string' },
    provider: { type: 'string' },
    note: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    profile: { type: 'string' },
    table: { type: 'string' },
    stream: { type: 'boolean' },
  })
  const [file, ...extra] = positionals
  const section = values.section as DraftSection | undefined
  if (!file || extra.length || !section || !SECTIONS.includes(section)) {
    throw new UsageError(
      'usage: draft FILE --section variance|problems|measures [--row P1.F0|name] [--provider template|openai] [--stream] [--note TEXT] [--json] [--table N|name]',
      '用法：jixiao draft 表格文件 --section variance|problems|measures [--row 行号或行名] [--provider template|openai] [--stream] [--note 原因说明] [--json] [--table 序号|名称]；jixiao draft --help 查看说明',
    )
  }
  const provider = values.provider ?? 'template'
  if (provider !== 'template' && provider !== 'openai') {
    throw new UsageError(
      `unknown provider ${provider}; use template or openai`,
      `未知的起草引擎“${provider}”，可选 template 或 openai`,
    )
  }
  const analysis = analyzeTable(await loadTableInput(file, values.table, io), profileOption(values.profile))
  const row = values.row ? chooseRow(analysis, values.row) : undefined
  const drafter: Drafter = provider === 'openai' ? await openAiDrafter(io) : createTemplateDrafter(verifyDraft)

  // The model's text as it comes goes to stderr (with --stream, or for a person at a terminal):
  // stdout holds exactly the final draft, as scripts expect. A repair round starts anew.
  const streaming = provider === 'openai' && (values.stream === true || (io.errIsTty === true && !values.json))
  let round = 0
  const onDelta = streaming
    ? (delta: string, r: number) => {
        if (r !== round) {
          round = r
          io.err(`\n——（第 ${r} 轮修改）——\n`)
        }
        io.err(delta)
      }
    : undefined
  const result = await drafter.draft(
    {
      analysis,
      section,
      ...(row ? { row } : {}),
      // each note sorted like a chat answer: a cause fills the cause slot (of --row, else of the
      // rows that have none), figures are 用户说明 and user-stated facts
      ...(values.note?.length
        ? { userNotes: values.note.map((text) => ({ text, kind: classifyNote(text), row: row ?? null })) }
        : {}),
    },
    onDelta,
  )
  if (values.json) {
    const { section, text, verification, ...rest } = result
    io.out(`${JSON.stringify({ section, text, verification, ok: verification.ok, ...rest }, null, 2)}\n`)
    return verification.ok ? 0 : 1
  }
  if (streaming) io.err('\n\n——（以上为模型的流式输出；核对后的定稿在标准输出）——\n')
  io.out(`${result.text}\n`)
  io.err(
    `\n${result.verification.ok ? '✓ 核对通过' : '✗ 核对未通过'}：${summarizeVerification(result.verification).text}\n`,
  )
  for (const f of result.verification.findings) io.err(`  ${f.severity === 'error' ? '✗' : '!'} ${f.message}\n`)
  for (const q of result.questions) io.err(`  ? ${q}\n`)
  if (result.cleanup.length) io.err(`  已从模型回答中删除：${result.cleanup.join('；')}\n`)
  if (result.reviewNotes.length) {
    io.err('核对提示（供核对表格，不写入报告）：\n')
    for (const n of result.reviewNotes) io.err(`  · ${n.message}\n`)
  }
  return result.verification.ok ? 0 : 1
}

/** The model client loads only for this provider. */
async function openAiDrafter(io: CliIo): Promise<Drafter> {
  const [{ llmConfigFromEnv }, { createOpenAiDrafter }] = await Promise.all([
    import('../adapters/llm/llm-config.ts'),
    import('../adapters/llm/openai-drafter.ts'),
  ])
  return createOpenAiDrafter({ config: llmConfigFromEnv(io.env), verify: verifyDraft })
}
