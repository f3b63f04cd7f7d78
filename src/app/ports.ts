// The seams between the parts of the product. The verifier (src/core/verify.ts), the drafting
// engines (template and openai) and the server are built against these types, so each can be
// replaced in tests and wired together in one place (src/server.ts, src/cli/*).
import type { ReviewNote } from '../core/review-notes.ts'
import type { TableAnalysis } from '../core/analyze.ts'
import type { UserNote } from '../core/user-notes.ts'
import type { Verification } from '../core/verification.ts'

/**
 * Checks every number and direction word of a draft against the analysis's fact sheet; figures
 * in `notes` (what the user told the chat) are user-stated facts.
 */
export type VerifyFn = (text: string, analysis: TableAnalysis, options?: { notes?: readonly string[] }) => Verification

export type DraftSection = 'variance' | 'problems' | 'measures'

export type ProviderName = 'template' | 'openai'

export type DraftRequest = {
  analysis: TableAnalysis
  section: DraftSection
  /**
   * For `variance`: the row to explain, as a fact-id prefix ("P1.F0" funding row 0 of project 1,
   * "P2.I4" indicator 4 of project 2); absent = every row with a variance.
   */
  row?: string
  /** causes the user stated in the chat, added to the table's own reason cells and notes */
  notes?: string[]
  /**
   * what the user told the chat, sorted (cause / figures / context) and tied to the row it
   * answers: a row's cause fills its cause slot, figures are 用户说明 and user-stated facts
   */
  userNotes?: readonly UserNote[]
}

/** Every text the user stated, for the verifier: figures in them are user-stated facts. */
export function verifierNotes(request: Pick<DraftRequest, 'notes' | 'userNotes'>): { notes: string[] } {
  const texts = [...(request.notes ?? []), ...(request.userNotes ?? []).map((n) => n.text)]
  return { notes: [...new Set(texts.map((t) => t.trim()).filter(Boolean))] }
}

export type DraftResult = {
  section: DraftSection
  text: string
  /** the final verification of `text` (after any repair rounds); its `ok` says whether it passed */
  verification: Verification
  /** repair rounds used (0 when the first draft verified) */
  repairRounds: number
  provider: ProviderName
  /** 'template' for the offline engine, else the model name */
  model: string
  /** sha256 of the prompt files used, null for the template engine */
  promptHash: string | null
  /** questions for the user where the data gives no cause (【待补充：…】 placeholders) */
  questions: string[]
  /** 核对提示: data inconsistencies for the user, never part of `text` */
  reviewNotes: ReviewNote[]
  /** what was removed from a model's answer before verifying (开场白, 结尾客套话, Markdown) */
  cleanup: string[]
}

export interface Drafter {
  readonly provider: ProviderName
  /**
   * Drafts a section; `onDelta` receives streamed text as it arrives. `round` is 0 for the first
   * draft and n for repair round n: a new round starts a new text that replaces the previous one.
   */
  draft(
    request: DraftRequest,
    onDelta?: (delta: string, round: number) => void,
    signal?: AbortSignal,
  ): Promise<DraftResult>
}

/**
 * Reads a user's file (.docx, .xlsx, .csv, .txt, .json) into canonical tables; bad input throws
 * InputError naming the cell. The importer (src/adapters/import/import-tables.ts) implements it.
 */
export type ImportFileFn = (input: { fileName: string; bytes: Uint8Array; year?: number }) => Promise<ImportedFile>

export type ImportedFile = { tables: readonly unknown[]; warnings: readonly ImportNotice[] }

/** What the importer noticed: the place ("表格2 · 第5行", "Sheet1!C7") and a Chinese message. */
export type ImportNotice = {
  code: string
  message: string
  messageEn: string
  path: string
  /** index into `tables` when the notice is about one of them */
  table?: number
}
