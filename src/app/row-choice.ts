// The row a user names for a variance draft: its id ("P1.F0") or its name as the form writes it
// ("财政拨款", "满意度", "综治、平安建设经费·财政拨款"). A name that fits several rows is bad
// input listing each with its id and where it is, so the user can pick.
import type { TableAnalysis } from '../core/analyze.ts'
import { InputError } from '../core/input-error.ts'
import { allRows, type DraftRow } from './draft-rows.ts'

const squash = (s: string) => s.replace(/\s+/g, '')

/** "P1.F1 综治、平安建设经费·资金·财政拨款" */
export function rowWithLabel(row: DraftRow): string {
  const part = row.kind === 'funding' ? '资金' : '绩效指标'
  return `${row.key} ${row.project.table.project}·${part}·${row.label}`
}

/** The key of the row `wanted` names; InputError when none or several fit. */
export function chooseRow(analysis: TableAnalysis, wanted: string): string {
  const rows = allRows(analysis)
  const text = squash(wanted)
  const byKey = rows.find((r) => r.key === text)
  if (byKey) return byKey.key
  // "项目·行": the project part narrows the rows first
  const dot = text.lastIndexOf('·')
  const projectPart = dot > 0 ? text.slice(0, dot) : ''
  const name = dot > 0 ? text.slice(dot + 1) : text
  const inProject = projectPart ? rows.filter((r) => squash(r.project.table.project).includes(projectPart)) : rows
  const levels = (r: DraftRow) =>
    r.indicator ? [r.indicator.row.level1, r.indicator.row.level2 ?? ''].map(squash) : []
  const tiers = [
    inProject.filter((r) => squash(r.label) === name),
    inProject.filter((r) => squash(r.label).includes(name)),
    inProject.filter((r) => levels(r).some((l) => l !== '' && l.includes(name))),
  ]
  const found = tiers.find((t) => t.length > 0) ?? []
  if (found.length === 1) return found[0]!.key
  const fail = (message: string, messageEn: string): never => {
    throw new InputError([{ path: 'row', message, messageEn }])
  }
  if (found.length === 0) {
    return fail(
      `找不到要说明的行“${wanted}”。可选的行：${rows.map(rowWithLabel).join('；') || '（表中没有资金或指标行）'}`,
      `no row ${JSON.stringify(wanted)}; known rows: ${rows.map((r) => r.key).join(', ')}`,
    )
  }
  return fail(
    `“${wanted}”对应 ${found.length} 行，请用行号选择（--row P1.F1）：${found.map(rowWithLabel).join('；')}`,
    `${JSON.stringify(wanted)} names ${found.length} rows: ${found.map((r) => r.key).join(', ')}`,
  )
}
