// The language-model drafting engine (DESIGN.md §4–5): build the prompt from the fact sheet,
// stream the model's answer, verify it, and send error findings back with the repair prompt at
// most `maxRepairRounds` times. What still fails is returned with its findings (verification.ok false) —
// the text is the model's, never patched by code (only the [fact.id] citations are removed,
// unless keepCitations is set).
import { cleanModelOutput } from '../core/draft-cleanup.ts'
import { buildDraftContext } from './draft-context.ts'
import { checkDraft, onCitedText, type CheckedDraft } from './draft-check.ts'
import { buildDraftMessages, buildRepairMessage, draftPromptNames } from './draft-prompts.ts'
import { draftQuestions } from './draft-questions.ts'
import type { ChatMessage, LlmClient } from './llm-client.ts'
import type { Drafter, DraftRequest, DraftResult, VerifyFn } from './ports.ts'
import type { PromptLibrary, PromptName } from './prompt-library.ts'
import { streamText } from './stream-text.ts'

export type LlmDrafterOptions = {
  client: LlmClient
  prompts: PromptLibrary
  /** the verifier (src/core/verify.ts verifyDraft in the product; a double in unit tests) */
  verify: VerifyFn
  /** default 2 */
  maxRepairRounds?: number
  /** keep "[P1.F0.actual]" markers in DraftResult.text (positions then refer to it); default false */
  keepCitations?: boolean
}

export const DEFAULT_MAX_REPAIR_ROUNDS = 2

export function createLlmDrafter(options: LlmDrafterOptions): Drafter {
  const { client, prompts, verify } = options
  const maxRounds = options.maxRepairRounds ?? DEFAULT_MAX_REPAIR_ROUNDS

  return {
    provider: 'openai',
    async draft(request: DraftRequest, onDelta, signal): Promise<DraftResult> {
      const ctx = buildDraftContext(request)
      const names: PromptName[] = draftPromptNames(ctx)
      const messages: ChatMessage[] = buildDraftMessages(prompts, ctx)

      // chat manners (好的，以下是…／希望对您有帮助／**bold**) go before the text is verified and stored
      let cleaned = cleanModelOutput(await streamText(client, messages, 0, onDelta, signal))
      let checked = checkDraft(cleaned.text, ctx, request, verify)
      let rounds = 0
      while (!checked.verification.ok && rounds < maxRounds) {
        rounds++
        if (!names.includes('repair')) names.push('repair')
        messages.push(
          { role: 'assistant', content: checked.raw },
          buildRepairMessage(prompts, checked.stripped.text, repairFindings(checked)),
        )
        cleaned = cleanModelOutput(await streamText(client, messages, rounds, onDelta, signal))
        checked = checkDraft(cleaned.text, ctx, request, verify)
      }

      const text = options.keepCitations ? checked.raw : checked.stripped.text
      const verification = options.keepCitations ? onCitedText(checked) : checked.verification
      return {
        section: request.section,
        text,
        verification,
        repairRounds: rounds,
        provider: 'openai',
        model: client.model,
        promptHash: prompts.hash(names),
        questions: questionsFor(ctx.questions, checked.stripped.text, request.notes),
        reviewNotes: ctx.reviewNotes,
        cleanup: cleaned.removed,
      }
    },
  }
}

/** Errors to correct, and causes the notes do not support (to be turned into placeholders). */
function repairFindings(checked: CheckedDraft) {
  return checked.verification.findings.filter((f) => f.severity === 'error' || f.code === 'CAUSE_NOT_IN_DATA')
}

/**
 * The data's questions stand until answered. Notes from the user count as an answer when the
 * final draft no longer needs a placeholder; the placeholders a draft leaves are asked as well.
 */
function questionsFor(dataQuestions: string[], text: string, notes: string[] | undefined): string[] {
  const answered = (notes ?? []).some((n) => n.trim()) && !/待补充/.test(text)
  return draftQuestions(answered ? [] : dataQuestions, text)
}
