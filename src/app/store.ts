// What the web app keeps between requests, and the port it is kept through. One document holds
// everything (a single lowdb file): tables as uploaded, conversations, messages, drafts with
// their verification, and the sections accepted into the report.
import type { ReviewNote } from '../core/review-notes.ts'
import type { Verification } from '../core/verification.ts'
import type { DraftSection, ProviderName } from './ports.ts'

/** A cause or circumstance the user stated in the chat; drafts receive it in `DraftRequest.notes`. */
export type Note = {
  id: string
  text: string
  createdAt: string
  /** the assistant's question it answers, when there was one */
  question: string | null
}

export type StoredTable = {
  id: string
  /**
   * The file name the table came from ("zongzhi-2022.json"); a department's `selfEvaluation`
   * paths are resolved against these names.
   */
  sourceFile: string
  /** a Chinese display name */
  name: string
  kind: 'project-self-evaluation' | 'department-overall'
  year: number
  /** the canonical JSON exactly as uploaded */
  json: unknown
  notes: Note[]
  createdAt: string
}

/** The assistant asked for missing data; the user's next answer becomes a note. */
export type PendingQuestion = {
  draftId: string
  section: DraftSection
  row: string | null
  questions: string[]
}

export type Conversation = {
  id: string
  tableId: string
  title: string
  createdAt: string
  updatedAt: string
  pending: PendingQuestion | null
}

export type MessageKind = 'text' | 'draft' | 'note' | 'help' | 'error'

export type Message = {
  id: string
  conversationId: string
  role: 'user' | 'assistant'
  kind: MessageKind
  text: string
  createdAt: string
  draftId: string | null
  /** every number of an assistant message, checked against the table */
  verification: Verification | null
  /** what the assistant asks the user to supply */
  questions: string[]
}

export type DraftStatus = 'draft' | 'accepted'

export type Draft = {
  id: string
  tableId: string
  conversationId: string | null
  section: DraftSection
  /** the row explained by a variance draft ("P1.F0"), null for whole sections */
  row: string | null
  /** how the row reads in Chinese ("综治、平安建设经费·合计") */
  rowLabel: string | null
  text: string
  /** the text the engine wrote, before the user's edits */
  originalText: string
  verification: Verification
  ok: boolean
  provider: ProviderName
  model: string
  promptHash: string | null
  repairRounds: number
  questions: string[]
  /** 核对提示: data inconsistencies for the user, not report text (absent in drafts stored before) */
  reviewNotes?: ReviewNote[]
  /** what was removed from a model's answer before verifying (开场白, 结尾客套话, Markdown) */
  cleanup?: string[]
  status: DraftStatus
  edited: boolean
  createdAt: string
  updatedAt: string
}

/** A draft accepted into the report; one per table, section and row (the latest wins). */
export type ReportSection = {
  id: string
  tableId: string
  section: DraftSection
  row: string | null
  rowLabel: string | null
  draftId: string
  text: string
  verification: Verification
  ok: boolean
  provider: ProviderName
  model: string
  promptHash: string | null
  acceptedAt: string
}

export type DbData = {
  version: 1
  tables: StoredTable[]
  conversations: Conversation[]
  messages: Message[]
  drafts: Draft[]
  reportSections: ReportSection[]
}

export function emptyDb(): DbData {
  return { version: 1, tables: [], conversations: [], messages: [], drafts: [], reportSections: [] }
}

/**
 * The store port. `update` applies one change at a time, in order, so concurrent requests lose
 * nothing, and resolves once the change is durable; a change whose write fails is rolled back.
 * A change that throws must throw before it changes anything. Snapshots must not be mutated.
 */
export interface Store {
  snapshot(): Promise<Readonly<DbData>>
  update<T>(change: (data: DbData) => T): Promise<T>
  /** resolves when every queued change is written */
  flush(): Promise<void>
}
