// What the routes work with, built once per app from its dependencies, and the JSON forms of the
// stored records the API answers with (assistant text comes with its marked-up HTML).
import type { Drafters } from '../../app/drafting.ts'
import type { ImportFileFn, VerifyFn } from '../../app/ports.ts'
import type { Repository } from '../../app/repository.ts'
import { draftVersions, type Draft, type Message, type ReportSection, type StoredTable } from '../../app/store.ts'
import type { TableCatalog } from '../../app/table-catalog.ts'
import type { VerificationCache } from '../../app/verification-cache.ts'
import type { Logger } from './errors.ts'
import { renderVerified } from './render-verified.ts'

export type ApiServices = {
  repo: Repository
  catalog: TableCatalog
  verify: VerifyFn
  /** POST /api/verify's answers for stored tables */
  verifications: VerificationCache
  drafters: Drafters
  /** reads an uploaded .docx, .xlsx, .csv, .txt or .json file into canonical tables */
  importFile: ImportFileFn
  logger: Logger
}

export function tableSummary(t: StoredTable) {
  return {
    id: t.id,
    name: t.name,
    kind: t.kind,
    year: t.year,
    sourceFile: t.sourceFile,
    createdAt: t.createdAt,
    notes: t.notes,
  }
}

export function messageJson(m: Message) {
  return { ...m, rendered: m.role === 'assistant' ? renderVerified(m.text, m.verification) : null }
}

/** A draft as the API answers it: `ok` (read from its verification) beside the stored fields. */
export function draftJson(d: Draft) {
  const { versions: _stored, ...rest } = d
  const versions = draftVersions(d).map((v) => ({
    n: v.n,
    by: v.by,
    instruction: v.instruction,
    ok: v.verification.ok,
    createdAt: v.createdAt,
  }))
  return { ...rest, ok: d.verification.ok, versions, rendered: renderVerified(d.text, d.verification) }
}

export function sectionJson(s: ReportSection) {
  return { ...s, ok: s.verification.ok, rendered: renderVerified(s.text, s.verification) }
}
