// Checks a model's draft: citations removed, the verifier on the clean text, then the checks
// beside it — causes not found in the notes the prompt gave (CAUSE_NOT_IN_DATA, a warning) and
// citations of fact ids that do not exist (CITATION_UNKNOWN, an error as in the verifier).
import { checkCauses } from '../core/cause-check.ts'
import {
  citationUnknownMessage,
  stripCitations,
  toOriginalIndex,
  unknownCitations,
  type StrippedText,
} from '../core/citations.ts'
import { noteFacts } from '../core/text-facts.ts'
import { finding, verificationOf, type Verification } from '../core/verification.ts'
import type { DraftContext } from './draft-context.ts'
import { verifierNotes, type DraftRequest, type VerifyFn } from './ports.ts'

export type CheckedDraft = {
  /** the model's text as it wrote it (trimmed), citations included */
  raw: string
  stripped: StrippedText
  /** positions refer to stripped.text */
  verification: Verification
}

export function checkDraft(raw: string, ctx: DraftContext, request: DraftRequest, verify: VerifyFn): CheckedDraft {
  const text = raw.trim()
  const stripped = stripCitations(text)
  const notes = verifierNotes(request)
  const verified = verify(stripped.text, request.analysis, notes)
  const causes = checkCauses(stripped.text, {
    notes: ctx.causes.map((c) => c.text),
    data: [...ctx.facts.map((f) => f.label), ...ctx.warnings.map((w) => w.message)],
  })
  const sheet = request.analysis.sheet.byId
  // a figure the user stated is cited by its note fact's id (N0.0), as the prompt lists it
  const stated = new Set(noteFacts(notes.notes).map((f) => f.id))
  const citations = unknownCitations(stripped, (id) => sheet.has(id) || stated.has(id)).map((c) =>
    finding('CITATION_UNKNOWN', c.at, c.at, citationUnknownMessage(c.id)),
  )
  const findings = [...verified.findings, ...causes, ...citations].sort((x, y) => x.start - y.start || x.end - y.end)
  return { raw: text, stripped, verification: verificationOf(verified.mentions, findings) }
}

/** The verification with its positions moved onto the text with citations. */
export function onCitedText(checked: CheckedDraft): Verification {
  const s = checked.stripped
  const start = (i: number) => toOriginalIndex(s, i, 'start')
  const end = (i: number) => toOriginalIndex(s, i, 'end')
  const v = checked.verification
  return verificationOf(
    v.mentions.map((m) => ({ ...m, start: start(m.start), end: end(m.end) })),
    // a zero-width finding (CITATION_UNKNOWN) stays where the marker begins
    v.findings.map((f) =>
      f.start === f.end
        ? { ...f, start: end(f.start), end: end(f.end) }
        : { ...f, start: start(f.start), end: end(f.end) },
    ),
  )
}
