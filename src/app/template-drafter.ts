// The offline engine as a Drafter: the template text, streamed paragraph by paragraph, then
// verified like any other draft. It needs no key and no network.
import { draftWithTemplate } from '../core/template-draft/index.ts'
import { requireRow } from './draft-rows.ts'
import { verifierNotes, type Drafter, type DraftRequest, type DraftResult, type VerifyFn } from './ports.ts'

export function createTemplateDrafter(verify: VerifyFn): Drafter {
  return {
    provider: 'template',
    async draft(
      request: DraftRequest,
      onDelta?: (delta: string, round: number) => void,
      signal?: AbortSignal,
    ): Promise<DraftResult> {
      if (request.section === 'variance' && request.row) requireRow(request.analysis, request.row)
      const draft = draftWithTemplate(request.analysis, request.section, {
        ...(request.row ? { row: request.row } : {}),
        ...(request.notes ? { notes: request.notes } : {}),
        ...(request.userNotes ? { userNotes: request.userNotes } : {}),
      })
      if (onDelta) {
        draft.paragraphs.forEach((p, i) => {
          if (signal?.aborted) return
          onDelta(i === 0 ? p : `\n\n${p}`, 0)
        })
      }
      signal?.throwIfAborted()
      const verification = verify(draft.text, request.analysis, verifierNotes(request))
      return {
        section: request.section,
        text: draft.text,
        verification,
        repairRounds: 0,
        provider: 'template',
        model: 'template',
        promptHash: null,
        questions: draft.questions,
        reviewNotes: draft.reviewNotes,
        cleanup: [],
      }
    },
  }
}
