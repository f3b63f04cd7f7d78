// The model in the conversation (issue 11): every message that is not a quick action goes to the
// model with the recent turns, the draft on the page, the relevant facts and the user's notes.
// The model answers (plain text or the answer tool), asks for a section to be drafted, or asks
// for the draft to be revised. An answer's numbers are verified and marked like a draft's; a
// revision goes through the same verify-then-repair loop as a draft.
import type { TableAnalysis } from '../core/analyze.ts'
import { stripCitations } from '../core/citations.ts'
import type { Fact } from '../core/facts.ts'
import type { UserNote } from '../core/user-notes.ts'
import type { Verification } from '../core/verification.ts'
import { buildDraftContext } from './draft-context.ts'
import { checkDraft, type CheckedDraft } from './draft-check.ts'
import { buildChatMessages, buildRepairMessage, buildReviseMessages } from './draft-prompts.ts'
import { draftQuestions } from './draft-questions.ts'
import { findRow } from './draft-rows.ts'
import { CHAT_TOOL_SPECS, CHAT_TOOLS, type ChatToolName } from './chat-tools.ts'
import type { ChatMessage, LlmClient } from './llm-client.ts'
import { LlmError } from './llm-error.ts'
import { verifierNotes, type DraftRequest, type DraftSection, type VerifyFn } from './ports.ts'
import type { PromptLibrary } from './prompt-library.ts'
import { personalStrings } from './redact.ts'
import { streamText } from './stream-text.ts'

export type ModelDecision =
  | { kind: 'answer'; text: string; verification: Verification }
  | { kind: 'draft'; section: DraftSection; row: string | null }
  | { kind: 'revise'; instruction: string }

export type ConverseInput = {
  analysis: TableAnalysis
  message: string
  userNotes: readonly UserNote[]
  /** recent turns, oldest first */
  history: readonly ChatMessage[]
  draft: { label: string; text: string } | null
  /** the facts of the rows the message names */
  facts: readonly Fact[]
}

export type ReviseInput = {
  analysis: TableAnalysis
  section: DraftSection
  row: string | null
  text: string
  instruction: string
  userNotes: readonly UserNote[]
}

export type Revision = {
  text: string
  verification: Verification
  ok: boolean
  repairRounds: number
  model: string
  questions: string[]
}

export interface ChatModel {
  readonly model: string
  converse(input: ConverseInput, signal?: AbortSignal): Promise<ModelDecision>
  revise(input: ReviseInput, onDelta?: (delta: string, round: number) => void, signal?: AbortSignal): Promise<Revision>
}

export function createChatModel(options: {
  client: LlmClient
  prompts: PromptLibrary
  verify: VerifyFn
  maxRepairRounds?: number
}): ChatModel {
  const { client, prompts, verify } = options
  const maxRounds = options.maxRepairRounds ?? 2
  return {
    model: client.model,

    async converse(input, signal) {
      if (!client.respond) {
        throw new LlmError('config', '所配置的模型客户端不支持对话', 'the LLM client has no respond()')
      }
      const messages = buildChatMessages(prompts, input.analysis, {
        question: input.message,
        userNotes: input.userNotes,
        history: input.history,
        draft: input.draft,
        facts: input.facts,
      })
      const reply = await client.respond(messages, CHAT_TOOL_SPECS, { signal: signal })
      const answer = (raw: string): ModelDecision => {
        const stripped = stripCitations(raw.trim())
        if (!stripped.text.trim()) {
          throw new LlmError(
            'empty-response',
            `模型“${client.model}”没有返回任何文字`,
            `model ${client.model} returned no text`,
          )
        }
        const verification = verify(stripped.text, input.analysis, verifierNotes({ userNotes: input.userNotes }))
        return { kind: 'answer', text: stripped.text, verification }
      }
      if (reply.kind === 'text') return answer(reply.text)
      const name = reply.name as ChatToolName
      const tool = CHAT_TOOLS[name]
      const args = tool ? tool.schema.safeParse(parseJson(reply.arguments)) : null
      if (!tool || !args?.success) {
        throw new LlmError(
          'malformed-response',
          `模型调用了无法识别的工具“${reply.name}”或参数不正确，请重试`,
          `the model called ${reply.name} with arguments that do not parse: ${reply.arguments.slice(0, 200)}`,
        )
      }
      const data = args.data as Record<string, unknown>
      if (name === 'answer') return answer(String(data.text))
      if (name === 'revise_draft') return { kind: 'revise', instruction: String(data.instruction) }
      const row = typeof data.row === 'string' && findRow(input.analysis, data.row.trim()) ? data.row.trim() : null
      const section = data.section as DraftSection
      return { kind: 'draft', section, row: section === 'variance' ? row : null }
    },

    async revise(input, onDelta, signal) {
      const request: DraftRequest = {
        analysis: input.analysis,
        section: input.section,
        ...(input.row ? { row: input.row } : {}),
        userNotes: input.userNotes,
      }
      const ctx = buildDraftContext(request)
      const messages = buildReviseMessages(prompts, ctx, input.text, input.instruction, personalStrings(input.analysis))
      let checked: CheckedDraft = checkDraft(
        await streamText(client, messages, 0, onDelta, signal),
        ctx,
        request,
        verify,
      )
      let rounds = 0
      while (!checked.verification.ok && rounds < maxRounds) {
        rounds++
        messages.push(
          { role: 'assistant', content: checked.raw },
          buildRepairMessage(
            prompts,
            checked.stripped.text,
            checked.verification.findings.filter((f) => f.severity === 'error' || f.code === 'CAUSE_NOT_IN_DATA'),
          ),
        )
        checked = checkDraft(await streamText(client, messages, rounds, onDelta, signal), ctx, request, verify)
      }
      return {
        text: checked.stripped.text,
        verification: checked.verification,
        ok: checked.verification.ok,
        repairRounds: rounds,
        model: client.model,
        questions: draftQuestions(ctx.questions, checked.stripped.text),
      }
    },
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text || '{}')
  } catch {
    return null
  }
}
