// Drafting a section for a stored table: pick the engine, pass the user's notes, keep the result
// with its verification, model and prompt hash.
import type { TableAnalysis } from '../core/analyze.ts'
import { InputError } from '../core/input-error.ts'
import type { ChatModel } from './chat-model.ts'
import type { Drafter, DraftSection, ProviderName } from './ports.ts'
import type { Repository } from './repository.ts'
import { toUserNote, type Draft, type StoredTable } from './store.ts'

export type Drafters = {
  template: Drafter
  openai?: Drafter | undefined
  /** the model in the conversation (answers, revisions); configured with the openai engine */
  chat?: ChatModel | undefined
}

export const SECTION_ZH: Record<DraftSection, string> = {
  variance: '差异原因',
  problems: '存在的问题及原因分析',
  measures: '下一步改进措施',
}

/** openai when it is configured, else the offline template engine. */
export function defaultProvider(drafters: Drafters): ProviderName {
  return drafters.openai ? 'openai' : 'template'
}

export function pickDrafter(drafters: Drafters, provider?: ProviderName): Drafter {
  const name = provider ?? defaultProvider(drafters)
  const drafter = name === 'openai' ? drafters.openai : drafters.template
  if (!drafter) {
    throw new InputError([
      {
        path: 'provider',
        message: '未配置大模型（OPENAI_API_KEY），请使用离线模板引擎（template）',
        messageEn: 'the openai provider is not configured (OPENAI_API_KEY); use template',
      },
    ])
  }
  return drafter
}

export type DraftInput = {
  table: StoredTable
  analysis: TableAnalysis
  section: DraftSection
  row: string | null
  rowLabel: string | null
  provider?: ProviderName | undefined
  conversationId: string | null
}

/** Drafts with the chosen engine and stores the draft; throws when the table was deleted meanwhile. */
export async function draftAndStore(
  deps: { repo: Repository; drafters: Drafters },
  input: DraftInput,
  onDelta?: (delta: string, round: number) => void,
  signal?: AbortSignal,
): Promise<Draft> {
  const drafter = pickDrafter(deps.drafters, input.provider)
  const result = await drafter.draft(
    {
      analysis: input.analysis,
      section: input.section,
      ...(input.row ? { row: input.row } : {}),
      userNotes: input.table.notes.map(toUserNote),
    },
    onDelta,
    signal,
  )
  const draft = await deps.repo.addDraft({
    tableId: input.table.id,
    conversationId: input.conversationId,
    section: input.section,
    row: input.row,
    rowLabel: input.rowLabel,
    text: result.text,
    originalText: result.text,
    verification: result.verification,
    provider: result.provider,
    model: result.model,
    promptHash: result.promptHash,
    repairRounds: result.repairRounds,
    questions: result.questions,
    reviewNotes: result.reviewNotes,
    cleanup: result.cleanup,
    status: 'draft',
    edited: false,
  })
  if (!draft) throw new Error(`table ${input.table.id} was deleted while drafting`)
  return draft
}
