// What the user tells the chat, sorted (issue 11): a cause goes into a draft's cause slot; a note
// that states figures ("满意度调查实际结果为96.3%，共发放问卷300份") is a user-stated fact, shown
// as 用户说明 and never as a cause; anything else is context. A note may be about one row
// ("P1.I7", "D.B.L0") — the row the assistant asked about — or about the whole table.
import { findNumbers } from './numbers/find-numbers.ts'

export type NoteKind = 'cause' | 'figures' | 'context'

export type UserNote = {
  text: string
  kind: NoteKind
  /** the row it is about (a fact-id prefix), null for the whole table */
  row: string | null
}

/** Words that make a sentence a cause or a circumstance ("因…", "尚未支付", "已完工"). */
const CAUSE_WORDS =
  /因为|由于|因|原因|导致|造成|致使|所以|以致|未|没有|尚未|暂未|延迟|推迟|滞后|调整|压减|减少|增加|增长|下降|节约|结余|完工|验收|质保|尾款|疫情|政策|要求|影响|需要|安排|拨付|支付|采购|招标|变更/
/** Words that report a result or a count rather than explain one. */
const FIGURE_WORDS =
  /实际结果|结果为|实际为|实际完成|完成了?|达到|共计?|合计|发放|回收|调查|统计|测评|问卷|满意率|满意度为?/

/** Which kind a note is; `question` is the assistant's question it answers, when there was one. */
export function classifyNote(text: string, question: string | null = null): NoteKind {
  const t = text.trim()
  const figures = dataNumberCount(t) > 0
  const causeLike = CAUSE_WORDS.test(t)
  const reportsFigures = figures && FIGURE_WORDS.test(t)
  const asksValue = question !== null && /数值|实际结果|完成值|多少/.test(question)
  const asksCause = question !== null && /原因/.test(question)
  if (reportsFigures && (asksValue || !causeLike)) return 'figures'
  if (asksValue && figures) return 'figures'
  if (causeLike || (asksCause && t.length >= 4)) return 'cause'
  return figures ? 'figures' : 'context'
}

/** The causes the user gave for one row (row-specific first, then those for the whole table). */
export function userCauses(notes: readonly UserNote[] | undefined, row: string): { own: string[]; general: string[] } {
  const causes = (notes ?? []).filter((n) => n.kind === 'cause' && n.text.trim())
  return {
    own: causes.filter((n) => n.row === row).map((n) => n.text.trim()),
    general: causes.filter((n) => n.row === null).map((n) => n.text.trim()),
  }
}

/** The user's causes by row, for row-causes.ts: a row's cause fills that row's cause slot. */
export function causesByRow(notes: readonly UserNote[] | undefined): (row: string) => string[] {
  return (row) => userCauses(notes, row).own
}

/** Figures the user stated about a row ("用户说明"). */
export function userStatements(notes: readonly UserNote[] | undefined, row: string): string[] {
  return (notes ?? []).filter((n) => n.kind === 'figures' && n.row === row && n.text.trim()).map((n) => n.text.trim())
}

/** Causes for the whole table: the user's causes that name no row. */
export function generalCauses(notes: readonly UserNote[] | undefined): string[] {
  return (notes ?? []).filter((n) => n.kind === 'cause' && n.row === null && n.text.trim()).map((n) => n.text.trim())
}

function dataNumberCount(text: string): number {
  if (!/[0-9０-９]/.test(text) && !/[一二三四五六七八九十百千万两]/.test(text)) return 0
  return findNumbers(text).numbers.filter((n) => n.ignored === null).length
}
