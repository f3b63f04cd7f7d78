// What the web app keeps between requests, and the port it is kept through. One document holds
// everything (a single lowdb file): tables as uploaded, conversations, messages, drafts with
// their verification, and the sections accepted into the report.
import type { ReviewNote } from '../core/review-notes.ts'
import type { TableKind } from '../core/table.ts'
import type { Verification } from '../core/verification.ts'
import type { NoteKind, UserNote } from '../core/user-notes.ts'
import { classifyNote } from '../core/user-notes.ts'
import type { DraftSection, ProviderName } from './ports.ts'

/** A cause or circumstance the user stated in the chat; drafts receive it in `DraftRequest.notes`. */
export type Note = {
  id: string
  text: string
  createdAt: string
  /** the assistant's question it answers, when there was one */
  question: string | null
  /** cause / figures / context (src/core/user-notes.ts); notes stored before it was kept are sorted when read */
  kind?: NoteKind
  /** the row it is about ("P1.I7", "D.B.L0"), null for the whole table */
  row?: string | null
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
  kind: TableKind
  year: number
  /** the canonical JSON exactly as uploaded */
  json: unknown
  notes: Note[]
  createdAt: string
}

/** A stored note as the drafters take it: sorted, with its row. */
export function toUserNote(n: Note): UserNote {
  return { text: n.text, kind: n.kind ?? classifyNote(n.text, n.question), row: n.row ?? null }
}

/** The assistant asked for missing data; the user's next answer becomes a note. */
export type PendingQuestion = {
  /** the draft that asked, null when an answer about the data asked */
  draftId: string | null
  section: DraftSection
  row: string | null
  questions: string[]
  /** the row the answer will be about, when it differs from `row` (a department line) */
  noteRow?: string | null
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

/** One version of a draft: the engine's first text, a revision, or a version restored. */
export type DraftVersion = {
  /** 1, 2, 3 … in the order they were made */
  n: number
  text: string
  verification: Verification
  by: 'engine' | 'revision' | 'restore'
  /** the user's request for a revision ("改得更简洁一些"); for a restore, "恢复到第2版" */
  instruction: string | null
  model: string
  repairRounds: number
  createdAt: string
}

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
  /** every version, oldest first; the draft's text is the last one's (or the user's edit of it) */
  versions?: DraftVersion[]
}

/** A draft's versions; a draft stored before versions were kept has its first text as version 1. */
export function draftVersions(d: Draft): DraftVersion[] {
  if (d.versions?.length) return d.versions
  return [
    {
      n: 1,
      text: d.originalText,
      verification: d.verification,
      by: 'engine',
      instruction: null,
      model: d.model,
      repairRounds: d.repairRounds,
      createdAt: d.createdAt,
    },
  ]
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
