// What a question is about: a funding or indicator row, an indicator category (满意度, 时效, 成本…),
// a line of the department's report (人员经费), a project's score or a total. Pure: the message and
// the analysis in, the subjects out, each with the fact-id prefix its facts share.
import type { TableAnalysis } from '../core/analyze.ts'
import type { ProjectAnalysis } from '../core/project-analysis.ts'
import { bigrams, coverage, matchRow, normalize } from './chat-intent.ts'
import { allRows, findRow, type DraftRow } from './draft-rows.ts'

export type ChatSubject =
  | { kind: 'row'; row: DraftRow }
  /** a line of the department's 基本支出 or 项目支出 ("D.B.L0"), or their totals ("D.B", "D.P") */
  | { kind: 'line'; key: string; name: string }
  | { kind: 'score'; project: ProjectAnalysis }
  /** "哪些指标没完成？": the indicators not met (or not comparable) of these projects */
  | { kind: 'unmet'; projects: ProjectAnalysis[] }

/** Categories a user names instead of an indicator: the words as level-1/level-2 headings carry them. */
const CATEGORIES = [
  '满意度',
  '时效',
  '成本',
  '数量',
  '质量',
  '社会效益',
  '经济效益',
  '生态效益',
  '可持续',
  '效益',
  '产出',
]
const SCORE = /总得分|总分|得分|得了|多少分|几分|扣分|评分|分值|等级|打分/
const FUNDING = /预算|执行率|实际投入|实际支出|资金|拨款|结转|花|支出|经费|投入/
/** "哪些指标没完成？" "有哪些指标未达成" "有没有未达标的指标": a list, not one row. */
const NOT_MET = /(?:没|未)有?(?:完成|达成|达到|达标)|未达|没达/
const WHICH = /哪|有没有|是否有|列出|列一下|几项|几个|多少项|多少个/

export function subjectKey(s: ChatSubject): string {
  if (s.kind === 'unmet') return 'unmet'
  return s.kind === 'row' ? s.row.key : s.kind === 'line' ? s.key : `${s.project.key}.score`
}

/** The fact-id prefixes of what a subject covers: for the unmet list, its indicators and counts. */
export function subjectPrefixes(s: ChatSubject): string[] {
  if (s.kind !== 'unmet') return [`${subjectKey(s)}.`]
  return s.projects.flatMap((p) => [
    `${p.key}.count.`,
    ...p.indicators
      .filter((r) => r.status === 'not-met' || r.status === 'partial' || r.status === 'not-comparable')
      .map((r) => `${p.key}.I${r.index}.`),
  ])
}

export function subjectName(s: ChatSubject): string {
  if (s.kind === 'line') return s.name
  if (s.kind === 'score') return `${s.project.table.project}的得分`
  if (s.kind === 'unmet') return '未完成的绩效指标'
  return s.row.label
}

/** "以下解释“人民群众满意度”指标" — what the assistant took the question to be about. */
export function subjectIntro(s: ChatSubject): string {
  if (s.kind === 'score') return `以下解释“${s.project.table.project}”的得分`
  if (s.kind === 'line') return `以下解释部门报告中的“${s.name}”`
  if (s.kind === 'unmet') return '以下列出未达成指标值（含无法判断是否完成）的绩效指标'
  return s.row.kind === 'indicator'
    ? `以下解释“${s.row.label}”指标（${s.row.project.table.project}）`
    : `以下解释“${s.row.project.table.project}”资金情况的“${s.row.label}”行`
}

export function findSubjects(text: string, a: TableAnalysis): ChatSubject[] {
  const pairs = bigrams(text)
  const flat = normalize(text)
  const lines = departmentLines(a).filter((l) => flat.includes(normalize(l.name)) || coverage(l.name, pairs) >= 0.75)
  // a project line of the department is the project: its rows are answered instead
  const named = lines.filter((l) => !projectOfLine(a, l.key))
  if (named.length) return named.map((l) => ({ kind: 'line', ...l }))

  const projects = namedProjects(text, a)
  const scope = projects.length ? projects : a.projects
  const byName = scope.flatMap((p) =>
    allRows(a).filter(
      (r) =>
        r.project === p &&
        r.kind === 'indicator' &&
        (flat.includes(normalize(r.label)) || coverage(r.label, pairs) >= 0.75),
    ),
  )
  const sourceNamed = /财政拨款|财政资金|其他资金|其它资金|自筹|上年结转/.test(text)
  if (byName.length && !sourceNamed) return byName.map((row) => ({ kind: 'row', row }))
  if (/指标/.test(text) && NOT_MET.test(text) && WHICH.test(text)) return [{ kind: 'unmet', projects: scope }]

  const category = CATEGORIES.find((c) => text.includes(c))
  if (category && !sourceNamed) {
    const rows = scope.flatMap((p) =>
      allRows(a).filter((r) => r.project === p && r.indicator && inCategory(r, category)),
    )
    if (rows.length) return rows.map((row) => ({ kind: 'row', row }))
  }

  if (SCORE.test(text) && !FUNDING.test(text.replace(/预算执行率得分/, ''))) {
    return scope.map((project) => ({ kind: 'score', project }))
  }
  if (/执行率得分/.test(text)) return scope.map((project) => ({ kind: 'score', project }))

  if (a.department && !projects.length) {
    if (/基本支出/.test(text)) return [{ kind: 'line', key: 'D.B', name: '基本支出' }]
    if (/项目支出/.test(text)) return [{ kind: 'line', key: 'D.P', name: '项目支出' }]
  }
  if (FUNDING.test(text) || projects.length) {
    return matchRow(text, a).flatMap((m) => {
      const row = findRow(a, m.row)
      return row ? [{ kind: 'row' as const, row }] : []
    })
  }
  return []
}

function inCategory(r: DraftRow, category: string): boolean {
  const row = r.indicator!.row
  const heading = `${row.level1}${row.level2 ?? ''}`.replace(/\s/g, '')
  if (category === '效益') return /效益/.test(row.level1)
  if (category === '产出') return /产出/.test(row.level1)
  return heading.includes(category) || (category === '满意度' && r.indicator!.category === '满意度')
}

function departmentLines(a: TableAnalysis): Array<{ key: string; name: string }> {
  const d = a.department
  if (!d) return []
  return [
    ...d.basic.lines.map((l) => ({ key: `D.B.L${l.index}`, name: l.line.name })),
    ...d.project.lines.map((l) => ({ key: `D.P.L${l.index}`, name: l.line.name })),
  ]
}

function projectOfLine(a: TableAnalysis, key: string): ProjectAnalysis | null {
  const m = /^D\.P\.L(\d+)$/.exec(key)
  if (!m) return null
  return a.department?.project.lines.find((l) => l.index === Number(m[1]))?.analysis ?? null
}

/** The projects the message names, by their own name or their line in the department table. */
function namedProjects(text: string, a: TableAnalysis): ProjectAnalysis[] {
  if (a.projects.length < 2) return []
  const pairs = bigrams(text)
  const scored = a.projects.map((p) => {
    const names = [p.table.project]
    for (const l of a.department?.project.lines ?? []) if (l.analysis === p) names.push(l.line.name)
    return { p, score: Math.max(...names.map((n) => coverage(n, pairs))) }
  })
  const best = Math.max(...scored.map((x) => x.score))
  return best >= 0.5 ? scored.filter((x) => x.score === best).map((x) => x.p) : []
}
