// The verifier's public entry (DESIGN.md §4): checks every number and direction word of a draft
// against the analysis's fact sheet. Pure: no I/O. The rules live in ./numbers and ./verify.
export { verifyDraft } from './verify/verifier.ts'
