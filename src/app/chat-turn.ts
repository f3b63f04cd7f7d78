// One chat turn: store the user's message, recognise what it asks, then either draft (streaming
// the text), record an answer to the assistant's question as a note of the table and redraft, or
// reply with what the assistant can do. Every assistant message carries its verification.
import { varianceExample } from './help-example.ts'
import type { TableAnalysis } from '../core/analyze.ts'
import type { Verification } from '../core/verification.ts'
import { classifyNote, type UserNote } from '../core/user-notes.ts'
import { answerFromData, unknownSubjectAnswer } from './chat-answer.ts'
import { describeRow, QUICK_ACTIONS, recognizeIntent } from './chat-intent.ts'
import type { ChatModel } from './chat-model.ts'
import { findSubjects, subjectPrefixes, type ChatSubject } from './chat-subject.ts'
import { defaultProvider, draftAndStore, SECTION_ZH, type Drafters } from './drafting.ts'
import type { ChatMessage } from './llm-client.ts'
import { verifierNotes, type DraftSection, type ProviderName, type VerifyFn } from './ports.ts'
import type { Repository } from './repository.ts'
import {
  draftVersions,
  toUserNote,
  type Conversation,
  type Draft,
  type Message,
  type MessageKind,
  type PendingQuestion,
  type StoredTable,
} from './store.ts'
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
  const earlier = await deps.repo.listMessages(conversation.id)
  const user = await addMessage(deps, conversation, {
    role: 'user',
    kind: 'text',
    text: input.text,
  })
  await emit({ type: 'message', message: user })

  const pending = conversation.pending
  const intent = recognizeIntent(input.text, analysis, { awaitingAnswer: pending !== null })
  const notes = table.notes.map(toUserNote)
  const reply = async (text: string, kind: MessageKind, extra: Partial<Message> = {}): Promise<Message> =>
    addMessage(deps, conversation, {
      role: 'assistant',
      kind,
      text,
      verification: deps.verify(text, analysis, verifierNotes({ userNotes: notes })),
      ...extra,
    })
  const base = { ...input, table, analysis }
  const quickAction = Object.values(QUICK_ACTIONS).includes(input.text.trim() as never)
  const chat = deps.drafters.chat
  const useModel = chat && (input.provider ?? defaultProvider(deps.drafters)) === 'openai'

  if (intent.kind === 'note') {
    await noteTurn(deps, { ...base, text: intent.text, pending, reply }, emit, signal)
    return
  }
  if (useModel && !quickAction) {
    await modelTurn(deps, { ...base, chat, notes, earlier, reply }, emit, signal)
    return
  }
  switch (intent.kind) {
    case 'help':
      await emit({ type: 'done', message: await reply(offlineFallback(input.text, analysis), 'help'), draft: null })
      return
    case 'clarify': {
      const options = intent.options.map((o) => `- ${o.label}`).join('\n')
      const text = `有多个项目都有这一行，请说明是哪一个：\n\n${options}`
      await emit({ type: 'done', message: await reply(text, 'help'), draft: null })
      return
    }
    case 'answer':
      await answerTurn(deps, { ...base, subjects: intent.subjects, notes }, emit)
      return
    case 'revise': {
      const text = `修改稿件（如“${intent.instruction.slice(0, 20)}”）需要由大模型完成，当前未配置大模型（OPENAI_API_KEY），离线模板引擎只能按固定格式起草。您可以直接在“稿件”中修改，修改后会重新核对数字；也可以点击「重新生成」。`
      await emit({ type: 'done', message: await reply(text, 'help'), draft: null })
      return
    }
    case 'draft':
      if (intent.rowLabel) {
        const intro = await reply(`以下说明“${intent.rowLabel}”的差异原因。`, 'text')
        await emit({ type: 'message', message: intro })
      }
      await draftTurn(
        deps,
        { ...base, section: intent.section, row: intent.row, rowLabel: intent.rowLabel },
        emit,
        signal,
      )
  }
}

type Reply = (text: string, kind: MessageKind, extra?: Partial<Message>) => Promise<Message>
type TurnBase = ChatTurnInput & { table: StoredTable; analysis: TableAnalysis }

/**
 * The user answered the assistant's question: the answer becomes a note of the table, sorted
 * (cause, figures, context) and tied to the row that was asked about; the section is drafted again.
 */
async function noteTurn(
  deps: ChatTurnDeps,
  input: TurnBase & { text: string; pending: PendingQuestion | null; reply: Reply },
  emit: Emit,
  signal?: AbortSignal,
): Promise<void> {
  const { pending, table } = input
  const question = pending?.questions.join('；') || null
  const kind = classifyNote(input.text, question)
  const row = pending ? (pending.noteRow ?? pending.row) : null
  const note = await deps.repo.addNote(table.id, input.text, question, { kind, row })
  await deps.repo.setPending(input.conversation.id, null)
  const as = { cause: '原因', figures: '用户说明的数字（作为事实引用，不作为原因）', context: '背景情况' }[kind]
  const about = row ? `（关于${describeSubject(input.analysis, row)}）` : ''
  const redo = pending ? `下面按补充的说明重新起草“${SECTION_ZH[pending.section]}”。` : ''
  const ack = await input.reply(`已记录为本表的说明${about}，按${as}使用：“${input.text}”。${redo}`, 'note')
  if (!pending || !note) {
    await emit({ type: 'done', message: ack, draft: null })
    return
  }
  await emit({ type: 'message', message: ack })
  const fresh = (await deps.catalog.analysis(table.id))?.table ?? table
  await draftTurn(
    deps,
    {
      ...input,
      table: fresh,
      section: pending.section,
      row: pending.row,
      rowLabel: pending.row ? describeRow(input.analysis, pending.row) : null,
    },
    emit,
    signal,
  )
}

/** An offline answer from the fact sheet; a question in it waits for the user's answer. */
async function answerTurn(
  deps: ChatTurnDeps,
  input: TurnBase & { subjects: ChatSubject[]; notes: UserNote[] },
  emit: Emit,
): Promise<void> {
  const answer = answerFromData(input.analysis, input.subjects, input.notes)
  const message = await addMessage(deps, input.conversation, {
    role: 'assistant',
    kind: 'text',
    text: answer.text,
    verification: answer.verification,
    questions: answer.questions,
  })
  const row = answer.questionRow
  await deps.repo.setPending(
    input.conversation.id,
    answer.questions.length
      ? {
          draftId: null,
          section: row?.startsWith('P') ? 'variance' : 'problems',
          row: row && /^P\d+\.[FI]\d+$/.test(row) ? row : null,
          questions: answer.questions,
          noteRow: row,
        }
      : null,
  )
  await emit({ type: 'done', message, draft: null })
}

/** With a model configured: the model answers, drafts or revises. */
async function modelTurn(
  deps: ChatTurnDeps,
  input: TurnBase & { chat: ChatModel; notes: UserNote[]; earlier: readonly Message[]; reply: Reply },
  emit: Emit,
  signal?: AbortSignal,
): Promise<void> {
  const drafts = await deps.repo.listDrafts({ conversationId: input.conversation.id })
  const current = latest(drafts)
  const subjects = findSubjects(input.text, input.analysis)
  const facts = subjects.flatMap((s) => {
    const prefixes = subjectPrefixes(s)
    return input.analysis.sheet.facts.filter((f) => prefixes.some((x) => f.id.startsWith(x)) && f.role !== 'quoted')
  })
  const decision = await input.chat.converse(
    {
      analysis: input.analysis,
      message: input.text,
      userNotes: input.notes,
      history: recentTurns(input.earlier),
      draft: current ? { label: draftLabel(current), text: current.text } : null,
      facts,
    },
    signal,
  )
  if (decision.kind === 'answer') {
    const message = await addMessage(deps, input.conversation, {
      role: 'assistant',
      kind: 'text',
      text: decision.text,
      verification: decision.verification,
    })
    await emit({ type: 'verification', verification: decision.verification })
    await emit({ type: 'done', message, draft: null })
    return
  }
  if (decision.kind === 'draft') {
    const rowLabel = decision.row ? describeRow(input.analysis, decision.row) : null
    const what = `${SECTION_ZH[decision.section]}${rowLabel ? `（${rowLabel}）` : ''}`
    await emit({ type: 'message', message: await input.reply(`以下起草“${what}”。`, 'text') })
    await draftTurn(
      deps,
      { ...input, provider: 'openai', section: decision.section, row: decision.row, rowLabel },
      emit,
      signal,
    )
    return
  }
  if (!current) {
    const text = '当前对话中还没有稿件可以修改。请先起草一个部分（例如点击「差异原因」），再告诉我怎样修改。'
    await emit({ type: 'done', message: await input.reply(text, 'help'), draft: null })
    return
  }
  await reviseTurn(deps, { ...input, draft: current, instruction: decision.instruction }, emit, signal)
}

/** A revision by the model: a new version of the draft, verified and repaired like a draft. */
async function reviseTurn(
  deps: ChatTurnDeps,
  input: TurnBase & { chat: ChatModel; notes: UserNote[]; draft: Draft; instruction: string; reply: Reply },
  emit: Emit,
  signal?: AbortSignal,
): Promise<void> {
  const { draft } = input
  const n = draftVersions(draft).length + 1
  const intro = await input.reply(
    `以下按您的要求修改“${draftLabel(draft)}”，作为第${n}版（原稿保留，可在“稿件”中比较和恢复）。`,
    'text',
  )
  await emit({ type: 'message', message: intro })
  let writes = Promise.resolve()
  const revision = await input.chat.revise(
    {
      analysis: input.analysis,
      section: draft.section,
      row: draft.row,
      text: draft.text,
      instruction: input.instruction,
      userNotes: input.notes,
    },
    (text, round) => {
      if (text) writes = writes.then(() => emit({ type: 'delta', text, round }))
    },
    signal,
  )
  await writes
  const updated = await deps.repo.addDraftVersion(draft.id, {
    text: revision.text,
    verification: revision.verification,
    by: 'revision',
    instruction: input.instruction,
    model: revision.model,
    repairRounds: revision.repairRounds,
  })
  if (!updated) throw new Error(`draft ${draft.id} was deleted during the revision`)
  const message = await draftMessage(deps, input.conversation, emit, draft.id, revision)
  await emit({ type: 'done', message, draft: updated })
}

/** The last turns of the conversation, oldest first: what the model needs to follow it. */
const HISTORY_MESSAGES = 8

function recentTurns(messages: readonly Message[]): ChatMessage[] {
  return messages
    .filter((m) => m.kind !== 'error' && m.text.trim())
    .slice(-HISTORY_MESSAGES)
    .map((m) => ({ role: m.role, content: m.text }))
}

function latest(drafts: readonly Draft[]): Draft | null {
  return [...drafts].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)).at(-1) ?? null
}

function draftLabel(d: Draft): string {
  return `${SECTION_ZH[d.section]}${d.rowLabel ? `：${d.rowLabel}` : ''}`
}

function describeSubject(a: TableAnalysis, key: string): string {
  return describeRow(a, key) ?? a.sheet.byId.get(`${key}.actual`)?.label ?? key
}

/** A message nothing matched: a question gets the honest reply, anything else the help text. */
function offlineFallback(text: string, analysis: TableAnalysis): string {
  return /[？?]|什么|多少|怎么|如何|为什么|为何|是否|哪/.test(text)
    ? unknownSubjectAnswer(analysis)
    : helpText(analysis)
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
  const message = await draftMessage(deps, input.conversation, emit, draft.id, draft)
  await deps.repo.setPending(
    input.conversation.id,
    draft.questions.length
      ? { draftId: draft.id, section: draft.section, row: draft.row, questions: draft.questions }
      : null,
  )
  await emit({ type: 'done', message, draft })
}

/** A draft's text as the assistant's message, after its verification is sent to the page. */
async function draftMessage(
  deps: ChatTurnDeps,
  conversation: Conversation,
  emit: Emit,
  draftId: string,
  draft: Pick<Message, 'text' | 'questions'> & { verification: NonNullable<Message['verification']> },
): Promise<Message> {
  await emit({ type: 'verification', verification: draft.verification })
  return addMessage(deps, conversation, {
    role: 'assistant',
    kind: 'draft',
    text: draft.text,
    draftId,
    verification: draft.verification,
    questions: draft.questions,
  })
}

async function addMessage(
  deps: ChatTurnDeps,
  conversation: Conversation,
  m: Pick<Message, 'role' | 'kind' | 'text'> & Partial<Pick<Message, 'draftId' | 'verification' | 'questions'>>,
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
