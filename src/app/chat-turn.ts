// One chat turn: store the user's message, recognise what it asks, then either draft (streaming
// the text), record an answer to the assistant's question as a note of the table and redraft, or
// reply with what the assistant can do. Every assistant message carries its verification.
import { varianceExample } from './help-example.ts'
import type { TableAnalysis } from '../core/analyze.ts'
import type { Verification } from '../core/verification.ts'
import { describeRow, QUICK_ACTIONS, recognizeIntent } from './chat-intent.ts'
import { draftAndStore, SECTION_ZH, type Drafters } from './drafting.ts'
import type { DraftSection, ProviderName, VerifyFn } from './ports.ts'
import type { Repository } from './repository.ts'
import type { Conversation, Draft, Message, MessageKind, StoredTable } from './store.ts'
import type { TableCatalog } from './table-catalog.ts'

export type ChatEvent =
  /** a complete stored message: the user's, or an assistant reply before a draft */
  | { type: 'message'; message: Message }
  /** `round` 0 is the first draft; a repair round n > 0 replaces the text streamed so far */
  | { type: 'delta'; text: string; round: number }
  | { type: 'verification'; verification: Verification }
  /** the turn's last assistant message, and its draft when it is one */
  | { type: 'done'; message: Message; draft: Draft | null }

export type ChatTurnDeps = {
  repo: Repository
  catalog: TableCatalog
  drafters: Drafters
  verify: VerifyFn
}

export type ChatTurnInput = {
  conversation: Conversation
  text: string
  provider?: ProviderName | undefined
}

type Emit = (event: ChatEvent) => Promise<void>

export async function runChatTurn(
  deps: ChatTurnDeps,
  input: ChatTurnInput,
  emit: Emit,
  signal?: AbortSignal,
): Promise<void> {
  const { conversation } = input
  const { table, analysis } = await deps.catalog.requireAnalysis(conversation.tableId)
  const user = await addMessage(deps, conversation, {
    role: 'user',
    kind: 'text',
    text: input.text,
  })
  await emit({ type: 'message', message: user })

  const pending = conversation.pending
  const intent = recognizeIntent(input.text, analysis, { awaitingAnswer: pending !== null })
  const reply = async (text: string, kind: MessageKind): Promise<Message> =>
    addMessage(deps, conversation, {
      role: 'assistant',
      kind,
      text,
      verification: deps.verify(text, analysis),
    })

  switch (intent.kind) {
    case 'help':
      await emit({ type: 'done', message: await reply(helpText(analysis), 'help'), draft: null })
      return
    case 'clarify': {
      const options = intent.options.map((o) => `- ${o.label}`).join('\n')
      const text = `有多个项目都有这一行，请说明是哪一个：\n\n${options}`
      await emit({ type: 'done', message: await reply(text, 'help'), draft: null })
      return
    }
    case 'note': {
      const question = pending?.questions.join('；') || null
      const note = await deps.repo.addNote(table.id, intent.text, question)
      await deps.repo.setPending(conversation.id, null)
      const redo = pending ? `下面按补充的说明重新起草“${SECTION_ZH[pending.section]}”。` : ''
      const ack = await reply(`已记录为本表的说明：“${intent.text}”。${redo}`, 'note')
      if (!pending || !note) {
        await emit({ type: 'done', message: ack, draft: null })
        return
      }
      await emit({ type: 'message', message: ack })
      const fresh = (await deps.catalog.analysis(table.id))?.table ?? table
      const row = pending.row
      await draftTurn(
        deps,
        {
          ...input,
          table: fresh,
          analysis,
          section: pending.section,
          row,
          rowLabel: row ? describeRow(analysis, row) : null,
        },
        emit,
        signal,
      )
      return
    }
    case 'draft':
      await draftTurn(
        deps,
        {
          ...input,
          table,
          analysis,
          section: intent.section,
          row: intent.row,
          rowLabel: intent.rowLabel,
        },
        emit,
        signal,
      )
  }
}

async function draftTurn(
  deps: ChatTurnDeps,
  input: ChatTurnInput & {
    table: StoredTable
    analysis: TableAnalysis
    section: DraftSection
    row: string | null
    rowLabel: string | null
  },
  emit: Emit,
  signal?: AbortSignal,
): Promise<void> {
  // Deltas arrive through a synchronous callback; their writes are chained to keep the order.
  let writes = Promise.resolve()
  let streamed = false
  const onDelta = (text: string, round: number) => {
    if (!text) return
    streamed = true
    writes = writes.then(() => emit({ type: 'delta', text, round }))
  }
  const draft = await draftAndStore(
    deps,
    {
      table: input.table,
      analysis: input.analysis,
      section: input.section,
      row: input.row,
      rowLabel: input.rowLabel,
      provider: input.provider,
      conversationId: input.conversation.id,
    },
    onDelta,
    signal,
  )
  await writes
  if (!streamed) await emit({ type: 'delta', text: draft.text, round: draft.repairRounds })
  await emit({ type: 'verification', verification: draft.verification })
  const message = await addMessage(deps, input.conversation, {
    role: 'assistant',
    kind: 'draft',
    text: draft.text,
    draftId: draft.id,
    verification: draft.verification,
    questions: draft.questions,
  })
  await deps.repo.setPending(
    input.conversation.id,
    draft.questions.length
      ? { draftId: draft.id, section: draft.section, row: draft.row, questions: draft.questions }
      : null,
  )
  await emit({ type: 'done', message, draft })
}

async function addMessage(
  deps: ChatTurnDeps,
  conversation: Conversation,
  m: Pick<Message, 'role' | 'kind' | 'text'> &
    Partial<Pick<Message, 'draftId' | 'verification' | 'questions'>>,
): Promise<Message> {
  const stored = await deps.repo.addMessage({
    conversationId: conversation.id,
    draftId: null,
    verification: null,
    questions: [],
    ...m,
  })
  if (!stored) throw new Error(`conversation ${conversation.id} was deleted during the turn`)
  return stored
}

export function helpText(analysis: TableAnalysis): string {
  return [
    '我可以根据所选表格起草绩效自评报告的文字部分，每个数字都会与表格核对：',
    '',
    `- **差异原因**：例如“${varianceExample(analysis)}”，或点击「${QUICK_ACTIONS.variance}」解释所有存在差异的行；`,
    `- **${QUICK_ACTIONS.problems}**：输入“存在的问题”或点击同名按钮；`,
    `- **${QUICK_ACTIONS.measures}**：输入“生成下一步改进措施”或点击同名按钮。`,
    '',
    '表格没有说明原因时，我会先问您；您的回答会记为本表的说明，用于之后的起草。',
  ].join('\n')
}
