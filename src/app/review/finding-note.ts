// The text of a finding for a reviewer's memo row and for the Word comment at the number: what is
// wrong, and what the data says with the cell or formula it comes from.
import type { FindingCode } from '../../core/verification.ts'
import type { ReviewFinding } from './review-types.ts'

export const CODE_ZH: Record<FindingCode, string> = {
  NUMBER_MISMATCH: '数字与数据不符',
  DIRECTION_MISMATCH: '增减方向与数据相反',
  NUMBER_OTHER_ROW: '数字是另一行的数据，所指须核对',
  NUMBER_UNSUPPORTED: '数据中没有这个数字',
  IMPLIED_VALUE_UNCITED: '推算值未注明来源',
  CITATION_MISMATCH: '引用的数据与数字不符',
  CITATION_UNKNOWN: '引用了不存在的数据',
  CITATION_UNBOUND: '引用标记前没有数字',
  UNKNOWN_NAME: '数据中没有这个名称',
  CAUSE_NOT_IN_DATA: '原因在单位说明中找不到依据',
}

/** "数字与数据不符：实际投入应为30.64万元……" */
function findingTitle(f: ReviewFinding): string {
  return `${CODE_ZH[f.code]}：${f.message}`
}

/** What the data says: "综治、平安建设经费·合计·实际投入 = 30.64万元（资金情况·合计·实际投入）" */
export function findingData(f: ReviewFinding): string {
  return f.facts.map((x) => `${x.label} = ${x.display}（${x.source}）`).join('；')
}

/** The whole note, as a Word comment carries it. */
export function findingNote(f: ReviewFinding): string {
  const data = findingData(f)
  return data ? `${findingTitle(f)}\n数据：${data}` : findingTitle(f)
}
