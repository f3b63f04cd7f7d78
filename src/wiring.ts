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
import type { VerifyFn } from './app/ports.ts'
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

// TODO(merge): `export { verifyDraft } from './core/verify.ts'`
export const verifyDraft: VerifyFn = TemporaryVerifier
