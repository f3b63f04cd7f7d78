// Checks a model's draft: citations removed, the verifier on the clean text, then the checks
// beside it — causes not found in the notes the prompt gave (CAUSE_NOT_IN_DATA) and citations of
// fact ids that do not exist (UNKNOWN_CITATION). Both are warnings; only the verifier's errors
// make a draft fail.
import { checkCauses } from '../core/cause-check.ts'
import { stripCitations, toOriginalIndex, unknownCitations, type StrippedText } from '../core/citations.ts'
import type { Finding, Verification } from '../core/verification.ts'
import type { DraftContext } from './draft-context.ts'
import { verifierNotes, type DraftRequest, type VerifyFn } from './ports.ts'

export type CheckedDraft = {
  /** the model's text as it wrote it (trimmed), citations included */
  raw: string
  stripped: StrippedText
  /** positions refer to stripped.text */
  verification: Verification
}

export function checkDraft(
  raw: string,
  ctx: DraftContext,
  request: DraftRequest,
  verify: VerifyFn,
): CheckedDraft {
  const text = raw.trim()
  const stripped = stripCitations(text)
  const verified = verify(stripped.text, request.analysis, verifierNotes(request))
  const causes = checkCauses(stripped.text, {
    notes: ctx.causes.map((c) => c.text),
    data: [...ctx.facts.map((f) => f.label), ...ctx.warnings.map((w) => w.message)],
  })
  const sheet = request.analysis.sheet.byId
  const citations = unknownCitations(stripped, (id) => sheet.has(id)).map(
    (c): Finding => ({
      severity: 'warning',
      code: 'UNKNOWN_CITATION',
      start: c.at,
      end: c.at,
      message: `引用了事实表中不存在的编号“${c.ids.filter((id) => !sheet.has(id)).join('、')}”，其前面的数字来源不明`,
    }),
  )
  const findings = [...verified.findings, ...causes, ...citations].sort((x, y) => x.start - y.start || x.end - y.end)
  return {
    raw: text,
    stripped,
    verification: { ok: !findings.some((f) => f.severity === 'error'), mentions: verified.mentions, findings },
  }
}

/** The verification with its positions moved onto the text with citations. */
export function onCitedText(checked: CheckedDraft): Verification {
  const s = checked.stripped
  const start = (i: number) => toOriginalIndex(s, i, 'start')
  const end = (i: number) => toOriginalIndex(s, i, 'end')
  const v = checked.verification
  return {
    ok: v.ok,
    mentions: v.mentions.map((m) => ({ ...m, start: start(m.start), end: end(m.end) })),
    // a zero-width finding (UNKNOWN_CITATION) stays where the marker begins
    findings: v.findings.map((f) =>
      f.start === f.end
        ? { ...f, start: end(f.start), end: end(f.end) }
        : { ...f, start: start(f.start), end: end(f.end) },
    ),
  }
}
