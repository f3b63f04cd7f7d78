// `draft FILE --section variance|problems|measures [--row P1.F0] [--provider template|openai]
// [--note TEXT]… [--json] [--profile ID]`: a section drafted and verified. The text goes to
// stdout (streamed for openai); the verification summary and the questions go to stderr.
// Exit 0 when the draft verifies, 1 when it does not.
import { loadTableFile } from '../adapters/fs-table-source.ts'
import { llmConfigFromEnv } from '../adapters/llm/llm-config.ts'
import { createOpenAiDrafter } from '../adapters/llm/openai-drafter.ts'
import type { Drafter, DraftSection } from '../app/ports.ts'
import { createTemplateDrafter } from '../app/template-drafter.ts'
import { summarizeVerification } from '../app/verification-summary.ts'
import { analyzeTable } from '../core/analyze.ts'
import { verifyDraft } from '../core/verify.ts'
import type { Command } from './commands.ts'
import { profileOption } from './profile-option.ts'
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
  })
  const [file, ...extra] = positionals
  const section = values.section as DraftSection | undefined
  if (!file || extra.length || !section || !SECTIONS.includes(section)) {
    throw new UsageError(
      'usage: draft FILE --section variance|problems|measures [--row P1.F0] [--provider template|openai] [--note TEXT] [--json]',
      '用法：draft 文件 --section variance|problems|measures [--row P1.F0] [--provider template|openai] [--note 原因说明] [--json]',
    )
  }
  const provider = values.provider ?? 'template'
  if (provider !== 'template' && provider !== 'openai') {
    throw new UsageError(`unknown provider ${provider}; use template or openai`, `未知的起草引擎“${provider}”，可选 template 或 openai`)
  }
  const analysis = analyzeTable(await loadTableFile(file), profileOption(values.profile))
  const drafter: Drafter =
    provider === 'openai'
      ? await createOpenAiDrafter({ config: llmConfigFromEnv(io.env), verify: verifyDraft })
      : createTemplateDrafter(verifyDraft)

  // Stream to the terminal only for a model and only for text output; a repair round starts anew.
  const streaming = provider === 'openai' && !values.json
  let round = 0
  const onDelta = streaming
    ? (delta: string, r: number) => {
        if (r !== round) {
          round = r
          io.err(`\n——（第 ${r} 轮修改）——\n`)
        }
        io.out(delta)
      }
    : undefined
  const result = await drafter.draft(
    {
      analysis,
      section,
      ...(values.row ? { row: values.row } : {}),
      ...(values.note?.length ? { notes: values.note } : {}),
    },
    onDelta,
  )
  if (values.json) {
    io.out(`${JSON.stringify(result, null, 2)}\n`)
    return result.ok ? 0 : 1
  }
  if (streaming) io.err('\n\n——（以上为流式输出；核对后的定稿如下）——\n')
  io.out(`${result.text}\n`)
  io.err(`\n${result.ok ? '✓ 核对通过' : '✗ 核对未通过'}：${summarizeVerification(result.verification).text}\n`)
  for (const f of result.verification.findings) io.err(`  ${f.severity === 'error' ? '✗' : '!'} ${f.message}\n`)
  for (const q of result.questions) io.err(`  ? ${q}\n`)
  if (result.cleanup.length) io.err(`  已从模型回答中删除：${result.cleanup.join('；')}\n`)
  if (result.reviewNotes.length) {
    io.err('核对提示（供核对表格，不写入报告）：\n')
    for (const n of result.reviewNotes) io.err(`  · ${n.message}\n`)
  }
  return result.ok ? 0 : 1
}
