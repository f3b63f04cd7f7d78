// ─────────────────────────────────────────────────────────────────────────────────────────────
// TEMPORARY WIRING (branch `web`) — the lead replaces this file's fallbacks at merge.
//
// The verifier (src/core/verify.ts, `verifyDraft`), the offline template drafting engine and the
// OpenAI drafting engine are written on other branches and do not exist here. src/server.ts
// imports them through this file so that this branch type-checks and runs. What is below is NOT
// the product:
//   - TemporaryVerifier marks every number "unsupported" (it checks nothing);
//   - TemporaryTemplateDrafter writes a placeholder that says the engine is missing;
//   - createOpenAiDrafter returns undefined (the OpenAI engine is not on this branch).
// At merge: export the real `verifyDraft` and the real drafters from here (or import them in
// src/server.ts directly and delete this file).
// ─────────────────────────────────────────────────────────────────────────────────────────────
import type { Drafter, DraftRequest, DraftResult, VerifyFn } from './app/ports.ts'
import type { Mention, Verification } from './core/verification.ts'

const NUMBER = /[0-9０-９]+(?:[.．][0-9０-９]+)?\s*(?:%|％|万元|元|次|个|人次|人|件|起|项|天|分)?/g

/** TEMPORARY test double: every number is "unsupported". Replace with verifyDraft from src/core/verify.ts. */
export const TemporaryVerifier: VerifyFn = (text) => {
  const mentions: Mention[] = [...text.matchAll(NUMBER)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    value: null,
    unit: null,
    status: 'unsupported',
    factIds: [],
    note: '临时核验器：真正的核验器尚未合并到此分支，所有数字均未核对',
  }))
  const verification: Verification = {
    ok: mentions.length === 0,
    mentions,
    findings: mentions.map((m) => ({
      severity: 'error',
      code: 'NUMBER_UNSUPPORTED',
      start: m.start,
      end: m.end,
      message: `“${m.text}”未核对（临时核验器）`,
    })),
  }
  return verification
}

/** TEMPORARY: the placeholder the page shows until the template engine is merged. */
export class TemporaryTemplateDrafter implements Drafter {
  readonly provider = 'template' as const

  constructor(private readonly verify: VerifyFn) {}

  async draft(request: DraftRequest, onDelta?: (delta: string) => void): Promise<DraftResult> {
    const text = '【临时占位】离线模板起草引擎尚未合并到本分支，暂时无法起草这一部分。'
    onDelta?.(text)
    const verification = this.verify(text, request.analysis)
    return {
      section: request.section,
      text,
      verification,
      ok: verification.ok,
      repairRounds: 0,
      provider: 'template',
      model: 'template',
      promptHash: null,
      questions: [],
    }
  }
}

// TODO(merge): `export { verifyDraft } from './core/verify.ts'`
export const verifyDraft: VerifyFn = TemporaryVerifier

// TODO(merge): return the template engine (src/core/template-draft/ or wherever the lead puts it).
export function createTemplateDrafter(verify: VerifyFn): Drafter {
  return new TemporaryTemplateDrafter(verify)
}

export type OpenAiConfig = {
  apiKey: string
  baseURL: string | undefined
  model: string | undefined
}

// TODO(merge): return the OpenAI-compatible engine configured with `config` (streamed).
export function createOpenAiDrafter(_config: OpenAiConfig, _verify: VerifyFn): Drafter | undefined {
  return undefined
}
