// What the verifier says about a draft (DESIGN.md §4 and §7). The verifier itself is verify.ts;
// drafting, the CLI and the server depend only on these types and on verifyDraft.

/** verified: matches a fact · mismatch: a fact of its role says otherwise · unsupported: not in the data · ignored: not a data value */
export type MentionStatus = 'verified' | 'mismatch' | 'unsupported' | 'ignored'

export type Mention = {
  /** the number as written, with its unit and qualifiers ("约30.64万元", "百分之九十五") */
  text: string
  /** JavaScript string indices into the draft */
  start: number
  end: number
  /** the value read, as exact decimal text in `unit`; null for ignored mentions that have none */
  value: string | null
  unit: string | null
  status: MentionStatus
  /** the facts it matches (verified) or should match (mismatch) */
  factIds: string[]
  /** for a mismatch: the right value as a draft would write it ("30.64万元", "减少3.9万元") */
  expected?: string
  /** the direction word that governs the number ("减少" in "较上年减少3.9万元") */
  direction?: string
  /** why it was ignored or is unsupported, in Chinese */
  note?: string
}

export type Finding = {
  severity: 'error' | 'warning'
  /** stable code: NUMBER_MISMATCH, NUMBER_UNSUPPORTED, DIRECTION_MISMATCH, UNKNOWN_NAME, … */
  code: string
  start: number
  end: number
  /** Chinese, for a reviewer: "实际投入应为30.64万元（来源：资金情况·合计·实际投入），文中为36万元" */
  message: string
  factIds?: string[]
}

export type Verification = {
  /** false exactly when a finding has severity 'error' */
  ok: boolean
  mentions: Mention[]
  findings: Finding[]
}
