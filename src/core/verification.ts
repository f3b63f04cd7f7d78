// What the verifier says about a draft (DESIGN.md §4 and §7). The verifier itself is verify.ts;
// drafting, the CLI and the server depend only on these types and on verifyDraft.
import type { Fact } from './facts.ts'

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
  /** a number the writer computed from the facts (a difference, a share …): how (DESIGN.md §7) */
  derivation?: Derivation
  /** a number quoted from the table's text or the user's notes: the cell or note it is quoted from */
  source?: Fact['source']
}

/** How a derived number is computed: the operation, its inputs and the arithmetic ("= 36 − 30.64"). */
export type Derivation = {
  op: string
  factIds: string[]
  formula: string
}

/** The stable finding codes and their severity: the one place a code's severity is stated. */
export const FINDING_CODES = {
  /** a number disagrees with the fact its clause is about ("实际投入36万元" when it is 30.64万元) */
  NUMBER_MISMATCH: 'error',
  /** the magnitude agrees but the direction word has the wrong sign ("较上年增加3.9万元") */
  DIRECTION_MISMATCH: 'error',
  /**
   * the clause ties the number to one row, but it is another row's figure of the same kind: which row
   * was meant is for the writer to say (the message gives both readings, no bare correction)
   */
  NUMBER_OTHER_ROW: 'error',
  /** no fact holds the number */
  NUMBER_UNSUPPORTED: 'error',
  /** the number is an estimate derived from a percentage, used without its citation marker */
  IMPLIED_VALUE_UNCITED: 'error',
  /** a citation marker [id] names a fact whose value is not the number's */
  CITATION_MISMATCH: 'error',
  /** a citation marker names no fact of the sheet (the verifier's and the drafter's check alike) */
  CITATION_UNKNOWN: 'error',
  /** a citation marker with no number before it in its clause */
  CITATION_UNBOUND: 'warning',
  /** a project, funding or indicator name the data does not have */
  UNKNOWN_NAME: 'warning',
  /** a cause in a model's draft that the unit's own cause notes do not support (cause-check.ts) */
  CAUSE_NOT_IN_DATA: 'warning',
} as const satisfies Record<string, Severity>

export type Severity = 'error' | 'warning'
export type FindingCode = keyof typeof FINDING_CODES

/** A finding whose severity is its code's: a literal that spells another one does not compile. */
export type Finding = {
  [C in FindingCode]: {
    severity: (typeof FINDING_CODES)[C]
    /** stable code: one of FINDING_CODES */
    code: C
    start: number
    end: number
    /** Chinese, for a reviewer: "实际投入应为30.64万元（来源：资金情况·合计·实际投入），文中为36万元" */
    message: string
    factIds?: string[]
  }
}[FindingCode]

/** A finding with its severity taken from FINDING_CODES. */
export function finding(code: FindingCode, start: number, end: number, message: string, factIds?: string[]): Finding {
  const f = { severity: FINDING_CODES[code], code, start, end, message } as Finding
  if (factIds) f.factIds = factIds
  return f
}

export type Verification = {
  /** false exactly when a finding has severity 'error': read from the findings (see verificationOf) */
  readonly ok: boolean
  mentions: Mention[]
  findings: Finding[]
}

/** A text is verified when no finding is an error. */
export function isVerified(findings: readonly Finding[]): boolean {
  return !findings.some((f) => f.severity === 'error')
}

/**
 * The verification of these mentions and findings. `ok` is computed from the findings each time it
 * is read (and written out by JSON.stringify), never stored beside them to be kept in step.
 */
export function verificationOf(mentions: Mention[], findings: Finding[]): Verification {
  // a getter of the literal (one shape for every verification), not Object.defineProperty with a
  // new closure each time, which gives each object a shape of its own (slow to read and to write out)
  return {
    get ok() {
      return isVerified(this.findings)
    },
    mentions,
    findings,
  }
}
