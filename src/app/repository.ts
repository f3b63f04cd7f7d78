// Typed reads and changes over the store: the one place that knows how records relate (a table
// owns its conversations, drafts and report sections; deleting it deletes them).
import { ConflictError } from './errors.ts'
import { safeFileName } from './safe-file-name.ts'
import {
  draftVersions,
  type Conversation,
  type Draft,
  type DraftVersion,
  type Message,
  type Note,
  type PendingQuestion,
  type ReportSection,
  type Store,
  type StoredTable,
} from './store.ts'

export type RepositoryClock = {
  now: () => Date
  newId: () => string
}

type New<T> = Omit<T, 'id' | 'createdAt'>

export class Repository {
  constructor(
    readonly store: Store,
    private readonly clock: RepositoryClock,
  ) {}

  private stamp(): { id: string; createdAt: string } {
    return { id: this.clock.newId(), createdAt: this.clock.now().toISOString() }
  }

  // Tables

  async listTables(): Promise<readonly StoredTable[]> {
    return (await this.store.snapshot()).tables
  }

  async getTable(id: string): Promise<StoredTable | null> {
    return (await this.store.snapshot()).tables.find((t) => t.id === id) ?? null
  }

  /** Adds a table; a ConflictError when another table came from a file of the same name. */
  async addTable(table: New<StoredTable>): Promise<StoredTable> {
    return (await this.addTables([table]))[0]!
  }

  /**
   * Adds several tables at once: all or none. A ConflictError, and nothing added, when any file
   * name is already stored or given twice.
   */
  addTables(tables: readonly New<StoredTable>[]): Promise<StoredTable[]> {
    const stored = tables.map((t) => ({ ...this.stamp(), ...t }))
    return this.store.update((d) => {
      // Names compared in their safe form (NFC …): "é" written as e + accent (as macOS does) is "é".
      const names = new Set(d.tables.map((t) => safeFileName(t.sourceFile)))
      const given = new Set<string>()
      for (const t of stored) {
        const name = safeFileName(t.sourceFile)
        if (names.has(name)) throw duplicateFileName(t.sourceFile)
        if (given.has(name)) {
          throw new ConflictError(
            `the file name ${t.sourceFile} is given twice`,
            `要保存的表格中有两张使用同一文件名“${t.sourceFile}”，请改名后再保存。`,
            'DUPLICATE_FILE_NAME',
          )
        }
        given.add(name)
      }
      d.tables.push(...stored)
      return stored
    })
  }

  /** Deletes a table with its conversations, messages, drafts and report sections. */
  deleteTable(id: string): Promise<boolean> {
    return this.store.update((d) => {
      if (!d.tables.some((t) => t.id === id)) return false
      const conversations = new Set(d.conversations.filter((c) => c.tableId === id).map((c) => c.id))
      d.tables = d.tables.filter((t) => t.id !== id)
      d.conversations = d.conversations.filter((c) => c.tableId !== id)
      d.messages = d.messages.filter((m) => !conversations.has(m.conversationId))
      d.drafts = d.drafts.filter((x) => x.tableId !== id)
      d.reportSections = d.reportSections.filter((s) => s.tableId !== id)
      return true
    })
  }

  addNote(
    tableId: string,
    text: string,
    question: string | null,
    about: Pick<Note, 'kind' | 'row'> = {},
  ): Promise<Note | null> {
    const note: Note = { ...this.stamp(), text, question, ...about }
    return this.store.update((d) => {
      const table = d.tables.find((t) => t.id === tableId)
      if (!table) return null
      table.notes.push(note)
      return note
    })
  }

  deleteNote(tableId: string, noteId: string): Promise<boolean> {
    return this.store.update((d) => {
      const table = d.tables.find((t) => t.id === tableId)
      const before = table?.notes.length ?? 0
      if (table) table.notes = table.notes.filter((n) => n.id !== noteId)
      return table !== undefined && table.notes.length < before
    })
  }

  // Conversations and messages

  async listConversations(tableId?: string): Promise<Conversation[]> {
    const all = (await this.store.snapshot()).conversations
    return all.filter((c) => tableId === undefined || c.tableId === tableId)
  }

  async getConversation(id: string): Promise<Conversation | null> {
    return (await this.store.snapshot()).conversations.find((c) => c.id === id) ?? null
  }

  createConversation(tableId: string, title: string): Promise<Conversation | null> {
    const stamp = this.stamp()
    const conversation: Conversation = {
      ...stamp,
      tableId,
      title,
      updatedAt: stamp.createdAt,
      pending: null,
    }
    return this.store.update((d) => {
      if (!d.tables.some((t) => t.id === tableId)) return null
      d.conversations.push(conversation)
      return conversation
    })
  }

  deleteConversation(id: string): Promise<boolean> {
    return this.store.update((d) => {
      const before = d.conversations.length
      d.conversations = d.conversations.filter((c) => c.id !== id)
      d.messages = d.messages.filter((m) => m.conversationId !== id)
      return d.conversations.length < before
    })
  }

  setPending(conversationId: string, pending: PendingQuestion | null): Promise<void> {
    return this.store.update((d) => {
      const c = d.conversations.find((x) => x.id === conversationId)
      if (c) c.pending = pending
    })
  }

  async listMessages(conversationId: string): Promise<Message[]> {
    return (await this.store.snapshot()).messages.filter((m) => m.conversationId === conversationId)
  }

  /** Adds a message; null when the conversation no longer exists. */
  addMessage(message: New<Message>): Promise<Message | null> {
    const stored: Message = { ...this.stamp(), ...message }
    return this.store.update((d) => {
      const c = d.conversations.find((x) => x.id === message.conversationId)
      if (!c) return null
      c.updatedAt = stored.createdAt
      d.messages.push(stored)
      return stored
    })
  }

  // Drafts and the report

  async getDraft(id: string): Promise<Draft | null> {
    return (await this.store.snapshot()).drafts.find((x) => x.id === id) ?? null
  }

  async listDrafts(filter: { tableId?: string; conversationId?: string }): Promise<Draft[]> {
    return (await this.store.snapshot()).drafts.filter(
      (x) =>
        (filter.tableId === undefined || x.tableId === filter.tableId) &&
        (filter.conversationId === undefined || x.conversationId === filter.conversationId),
    )
  }

  addDraft(draft: Omit<Draft, 'id' | 'createdAt' | 'updatedAt'>): Promise<Draft | null> {
    const stamp = this.stamp()
    const stored: Draft = { ...stamp, updatedAt: stamp.createdAt, ...draft }
    stored.versions = draft.versions ?? draftVersions(stored)
    return this.store.update((d) => {
      if (!d.tables.some((t) => t.id === draft.tableId)) return null
      d.drafts.push(stored)
      return stored
    })
  }

  updateDraft(
    id: string,
    patch: Partial<Pick<Draft, 'text' | 'verification' | 'status' | 'edited'>>,
  ): Promise<Draft | null> {
    const updatedAt = this.clock.now().toISOString()
    return this.store.update((d) => {
      const draft = d.drafts.find((x) => x.id === id)
      if (!draft) return null
      Object.assign(draft, patch, { updatedAt })
      return draft
    })
  }

  /**
   * Adds a version (a revision or a restored one) and makes it the draft's text; the older
   * versions stay. Null when the draft no longer exists.
   */
  addDraftVersion(id: string, version: Omit<DraftVersion, 'n' | 'createdAt'>): Promise<Draft | null> {
    const createdAt = this.clock.now().toISOString()
    return this.store.update((d) => {
      const draft = d.drafts.find((x) => x.id === id)
      if (!draft) return null
      const versions = draftVersions(draft)
      const stored: DraftVersion = { ...version, n: versions.length + 1, createdAt }
      draft.versions = [...versions, stored]
      Object.assign(draft, {
        text: stored.text,
        verification: stored.verification,
        status: 'draft',
        edited: false,
        repairRounds: stored.repairRounds,
        updatedAt: createdAt,
      })
      return draft
    })
  }

  /** Copies the draft into the report, replacing the section accepted before for the same row. */
  acceptDraft(id: string): Promise<ReportSection | null> {
    const stamp = this.stamp()
    return this.store.update((d) => {
      const draft = d.drafts.find((x) => x.id === id)
      if (!draft) return null
      const section: ReportSection = {
        id: stamp.id,
        tableId: draft.tableId,
        section: draft.section,
        row: draft.row,
        rowLabel: draft.rowLabel,
        draftId: draft.id,
        text: draft.text,
        verification: draft.verification,
        provider: draft.provider,
        model: draft.model,
        promptHash: draft.promptHash,
        acceptedAt: stamp.createdAt,
      }
      d.reportSections = d.reportSections.filter(
        (s) => !(s.tableId === draft.tableId && s.section === draft.section && s.row === draft.row),
      )
      d.reportSections.push(section)
      draft.status = 'accepted'
      draft.updatedAt = stamp.createdAt
      return section
    })
  }

  async listReportSections(tableId: string): Promise<ReportSection[]> {
    return (await this.store.snapshot()).reportSections.filter((s) => s.tableId === tableId)
  }

  deleteReportSection(id: string): Promise<boolean> {
    return this.store.update((d) => {
      const before = d.reportSections.length
      d.reportSections = d.reportSections.filter((s) => s.id !== id)
      return d.reportSections.length < before
    })
  }
}

function duplicateFileName(sourceFile: string): ConflictError {
  return new ConflictError(
    `a table from a file named ${sourceFile} already exists`,
    `已有来自同名文件“${sourceFile}”的表格。部门表按文件名引用项目自评表，文件名不能重复：请先删除原表，或改名后再上传。`,
    'DUPLICATE_FILE_NAME',
  )
}
