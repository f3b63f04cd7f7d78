// 存在的问题及原因分析, in the unit's own voice: the problems the data shows — execution below or
// above the budget, money outside the budget or not matching its sources, indicators not met,
// actuals not filled in as values, report figures that do not agree — each with the causes the
// unit stated (a related row's cause names its row). Inconsistencies are stated as the unit's own
// shortcoming, never as an instruction to a reviewer: the details are review notes (review-notes.ts).
// What the user told the chat (user-notes.ts) is a row's cause, or figures shown as 用户说明.
import type { TableAnalysis } from '../analyze.ts'
import { clauseOf } from '../cause-themes.ts'
import { causesByRow, userStatements, type UserNote } from '../user-notes.ts'
import { generalNotes } from './causes.ts'
import { lowExecution, overExecution, sources } from './funding-problems.ts'
import { indefiniteActuals, unmetIndicators } from './indicator-problems.ts'
import { projectNamer } from './phrases.ts'
import type { Problem } from './problem-parts.ts'

export type { Problem, ProblemKind } from './problem-parts.ts'

/**
 * `userNotes` explain the whole table (the unit's and the user's general causes); `sorted` are the
 * chat's notes, a cause tied to a row being that row's cause.
 */
export function findProblems(
  a: TableAnalysis,
  userNotes: readonly string[] = [],
  sorted: readonly UserNote[] = [],
): Problem[] {
  const notes = generalNotes(a, userNotes)
  const name = projectNamer()
  const user = causesByRow(sorted)
  const found = [
    lowExecution(a, name, notes, user),
    overExecution(a, name, user),
    sources(a, name),
    unmetIndicators(a, name, user),
    indefiniteActuals(a, name, (row) => userStatements(sorted, row)),
    departmentData(a, user),
  ].filter((p): p is Problem => p !== null)
  return sameCausesOnce(found)
}

/** A problem whose causes are those of an earlier one says so (主要原因同上) instead of repeating them. */
function sameCausesOnce(problems: Problem[]): Problem[] {
  const seen = new Set<string>()
  return problems.map((p) => {
    const m = /主要原因[是：](?!【)([^。]*?)(（见[^）]*）)?。$/.exec(p.body)
    if (!m) return p
    const key = m[1]!
    if (!seen.has(key)) {
      seen.add(key)
      return p
    }
    return { ...p, body: `${p.body.slice(0, m.index)}主要原因同上。` }
  })
}

function departmentData(a: TableAnalysis, user: (row: string) => readonly string[]): Problem | null {
  if (!a.department) return null
  const codes = new Set(a.warnings.filter((w) => w.table === 'D').map((w) => w.code))
  const told: string[] = []
  // what the user said about a line's change (a chat answer about "D.B.L0"), as its cause
  const userSaid: string[] = []
  const lineCauses = a.department.basic.lines.flatMap((l) => {
    const said = user(`D.B.L${l.index}`).map(clauseOf)
    userSaid.push(...said)
    return said.length ? [`${l.line.name}较上年变化的原因：${said.join('；')}`] : []
  })
  if (codes.has('YOY_INCONSISTENT')) told.push('基本支出较上年的增减额与人员经费、日常公用经费的增减幅度不相衔接')
  if (codes.has('BASIC_LINES_SUM_MISMATCH')) told.push('基本支出各项之和与基本支出总额不一致')
  if (codes.has('PROJECT_LINE_MISMATCH')) told.push('部分项目支出数与项目自评表的实际投入不一致')
  if (!told.length) return null
  return {
    kind: 'department-data',
    title: '部门整体支出数据统计口径不够统一',
    body: `报告中${told.join('，')}，报告编制与决算数据衔接不够。${lineCauses.map((c) => `${c}。`).join('')}`,
    projects: [],
    indicators: [],
    cellMeasures: [],
    questions: [],
    userCauses: userSaid,
  }
}
