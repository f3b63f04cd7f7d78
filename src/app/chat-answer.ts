// An offline answer about the data (issue 11): for each subject of the question, its figures
// from the fact sheet — each with its source cell or its formula — its status, and the cause the
// unit or the user stated, or a question asking for it. Pure; every number is a fact's display
// value, so the verifier marks it like a draft's.
import type { TableAnalysis } from '../core/analyze.ts'
import { isReason } from '../core/consistency.ts'
import type { Fact } from '../core/facts.ts'
import type { ProjectAnalysis } from '../core/project-analysis.ts'
import { indicatorName } from '../core/row-causes.ts'
import { noteFacts } from '../core/text-facts.ts'
import { userCauses, userStatements, type UserNote } from '../core/user-notes.ts'
import type { Verification } from '../core/verification.ts'
import { AnswerComposer } from './answer-composer.ts'
import { subjectIntro, subjectKey, type ChatSubject } from './chat-subject.ts'
import { rowWarnings, scoreBelowWeight, type DraftRow } from './draft-rows.ts'
import { warningQuestion } from './draft-questions.ts'

export type DataAnswer = {
  text: string
  /** built with the text: every figure tied to its fact (src/app/answer-composer.ts) */
  verification: Verification
  /** what the assistant asks the user to supply (the next message answers it) */
  questions: string[]
  /** the row the question is about, for the note the answer becomes */
  questionRow: string | null
}

const STATUS_ZH = {
  met: '已达成指标值',
  exceeded: '超额完成',
  partial: '部分达成',
  'not-met': '未达成指标值',
  'not-comparable': '无法判断是否完成',
} as const

/** Subjects beyond this many are listed, not explained, so the answer stays readable. */
const MAX_EXPLAINED = 3

export function answerFromData(
  a: TableAnalysis,
  subjects: readonly ChatSubject[],
  notes: readonly UserNote[],
): DataAnswer {
  const c = new AnswerComposer()
  if (subjects.length > MAX_EXPLAINED) {
    const names = subjects.map((s) => `- ${subjectIntro(s).replace(/^以下解释/, '')}`)
    c.numbers(`问题涉及${subjects.length}项，请说明要了解哪一项：\n\n${names.join('\n')}`, [], '项数')
    return { ...c.finish(), questions: [], questionRow: null }
  }
  const questions: string[] = []
  let questionRow: string | null = null
  subjects.forEach((s, i) => {
    if (i > 0) c.add('\n\n')
    c.numbers(`${subjectIntro(s)}：\n`, [], '名称中的数字')
    const question =
      s.kind === 'row'
        ? rowBlock(c, a, s.row, notes)
        : s.kind === 'line'
          ? lineBlock(c, a, s.key, notes)
          : s.kind === 'unmet'
            ? unmetBlock(c, a, s.projects)
            : scoreBlock(c, a, s)
    if (question && !questions.includes(question)) {
      questions.push(question)
      questionRow ??= subjectKey(s)
    }
  })
  return { ...c.finish(), questions, questionRow }
}

/** The honest reply when nothing in the data fits the question. */
export function unknownSubjectAnswer(a: TableAnalysis): string {
  const names = a.projects.map((p) => `“${p.table.project}”`).join('、')
  const lines = a.department ? '部门报告的基本支出、项目支出各行，' : ''
  return [
    '表格中没有找到与这个问题对应的行或数据，无法据表回答。',
    '',
    `我能离线回答的是表中已有的内容：${lines}${names}的资金情况各行（年初预算、实际投入、执行率）、各项绩效指标（可按名称或“满意度”“时效”“成本”等类别提问）、得分及其计算方法，以及表中填写的原因。`,
    '表中没有的数字或原因，请直接告诉我，我会记为本表的说明；起草之外的改写、润色和自由问答需要配置大模型。',
  ].join('\n')
}

/** "- 预算执行率：85.11%（计算方法：实际投入 ÷ 年初预算 × 100%，即30.64 ÷ 36 × 100%）" */
function factLine(c: AnswerComposer, a: TableAnalysis, f: Fact, name?: string, bullet = true) {
  if (bullet) c.add('\n- ')
  c.numbers(`${name ?? shortLabel(f)}：`, [], '名称中的数字').fact(f)
  if (f.source.kind === 'cell') c.add(`（来源：${f.source.section}·${f.source.row}·${f.source.column}）`)
  else if (f.source.kind === 'formula') {
    const inputs = [...f.source.inputs.flatMap((id) => a.sheet.byId.get(id) ?? []), f]
    c.add('（计算方法：').numbers(f.source.expression, []).add('，即').numbers(f.source.formula, inputs).add('）')
  } else c.add('（来源：用户说明）')
}

function item(c: AnswerComposer, text: string, pool: readonly Fact[] = [], why?: string) {
  c.add('\n- ').numbers(text, pool, why)
}

/** "综治、平安建设经费·合计·预算执行率" → "预算执行率" (the subject is named in the heading). */
function shortLabel(f: Fact): string {
  const parts = f.label.split('·')
  return parts.length > 1 ? parts.at(-1)! : f.label
}

function factsOf(a: TableAnalysis, prefix: string): Fact[] {
  return a.sheet.facts.filter((f) => f.id.startsWith(`${prefix}.`) && f.role !== 'quoted')
}

/** Facts a warning's numbers may come from: the facts of its table. */
function tableFacts(a: TableAnalysis, table: string): Fact[] {
  return a.sheet.facts.filter((f) => f.table === table)
}

function rowBlock(c: AnswerComposer, a: TableAnalysis, row: DraftRow, notes: readonly UserNote[]): string | null {
  const key = row.key
  const facts = factsOf(a, key).filter((f) => f.role !== 'weight' && f.role !== 'score')
  for (const f of facts) factLine(c, a, f)
  let needsCause = false
  if (row.indicator) {
    const r = row.indicator
    let status: string = STATUS_ZH[r.status]
    if (r.status === 'met' && r.actual.kind === 'number' && !r.actualDefinite)
      status = '按填报值视为达成，但实际完成值不是确定的数值'
    item(c, `完成情况：${status}${r.note ? `（${r.note}）` : ''}`, factsOf(a, key))
    const score = a.sheet.byId.get(`${key}.score`)
    const weight = a.sheet.byId.get(`${key}.weight`)
    if (score && weight) {
      factLine(c, a, score)
      c.add('；')
      factLine(c, a, weight, '分值', false)
      c.add(scoreBelowWeight(row) ? '，未得满分' : '，得满分')
    } else item(c, '得分：无法按评分规则计算')
    needsCause = r.status !== 'met' && r.status !== 'exceeded'
  } else if (row.funding) {
    const d = row.funding.difference
    needsCause = d !== null && !d.isZero
  }
  const cell = (row.funding?.row.reason ?? row.indicator?.row.reason ?? '').trim()
  const quoted = a.sheet.facts.filter((f) => f.role === 'quoted' && f.table === row.project.key)
  const stated = isReason(cell) ? cell : null
  const said = userStatements(notes, key)
  const own = userCauses(notes, key).own
  const noteFacts = noteFactsOf(notes)
  if (stated) item(c, `表中说明的原因：“${stated}”`, quoted, '表中文字里的数字')
  else if (cell) item(c, `表中“原因”栏填写为“${cell}”，不是原因说明`, quoted, '表中文字里的数字')
  for (const t of own) item(c, `用户说明的原因：“${t}”`, noteFacts, '用户说明中的数字')
  for (const t of said) item(c, `用户说明：“${t}”`, noteFacts, '用户说明中的数字')
  for (const w of rowWarnings(a, row))
    item(c, `核对提示：${w.message}`, tableFacts(a, row.project.key), '核对提示中的数字')

  let question: string | null = null
  if (!stated && !own.length) {
    const asked = rowWarnings(a, row)
      .map((w) => warningQuestion(w, a))
      .find((q): q is string => q !== null)
    if (asked) question = asked
    else if (needsCause) {
      const what = row.kind === 'indicator' ? '未达成指标值' : '实际投入与预算存在差异'
      question = `请说明${row.project.table.project}“${row.label}”${what}的原因`
    } else if (row.indicator?.actual.kind === 'number' && !row.indicator.actualDefinite && !said.length) {
      question = `请补充“${row.label}”的实际完成数值${row.indicator.category === '满意度' ? '（满意度调查的实际结果）' : ''}`
    }
  }
  if (!needsCause && !question && !stated && !own.length) item(c, '该行没有需要说明的差异')
  return question
}

function lineBlock(c: AnswerComposer, a: TableAnalysis, key: string, notes: readonly UserNote[]): string | null {
  const totals =
    key === 'D.B' || key === 'D.P' ? [`${key}.total`, `${key}.change`, `${key}.prior`, `${key}.changePct`] : null
  const facts = totals ? totals.flatMap((id) => a.sheet.byId.get(id) ?? []) : factsOf(a, key)
  for (const f of facts) factLine(c, a, f)
  const name = lineName(a, key)
  for (const w of a.warnings.filter((w) => w.table === 'D' && w.message.includes(name))) {
    item(c, `核对提示：${w.message}`, tableFacts(a, 'D'), '核对提示中的数字')
  }
  const own = userCauses(notes, key).own
  const noteFacts = noteFactsOf(notes)
  for (const t of own) item(c, `用户说明的原因：“${t}”`, noteFacts, '用户说明中的数字')
  for (const t of userStatements(notes, key)) item(c, `用户说明：“${t}”`, noteFacts, '用户说明中的数字')
  const unitNotes = (a.department?.table.notes ?? []).filter((n) => n.trim())
  if (unitNotes.length) {
    const quoted = a.sheet.facts.filter((f) => f.role === 'quoted' && f.table === 'D')
    item(
      c,
      `部门报告中单位的说明（未必针对该项）：${unitNotes.map((n) => `“${n}”`).join('；')}`,
      quoted,
      '表中文字里的数字',
    )
  }
  const hasChange = facts.some((f) => f.role === 'change' || f.role === 'change-pct')
  if (own.length || !hasChange) return null
  item(c, '表中没有说明该项较上年变化的原因')
  return `请说明${name}较上年变化的原因`
}

function scoreBlock(c: AnswerComposer, a: TableAnalysis, s: Extract<ChatSubject, { kind: 'score' }>): string | null {
  const p = s.project
  const ids = [`${p.key}.score.total`, `${p.key}.score.execution`, `${p.key}.sub.lost`]
  for (const f of ids.flatMap((id) => a.sheet.byId.get(id) ?? [])) factLine(c, a, f)
  for (const f of a.sheet.facts.filter((f) => new RegExp(`^${p.key}\\.sub\\.L1\\.\\d+\\.score$`).test(f.id)))
    factLine(c, a, f)
  const lost = p.indicators.filter((r) => {
    const line = p.score.indicators[r.index]
    return line?.score && line.weight && line.score.lt(line.weight)
  })
  item(
    c,
    lost.length
      ? `未得满分的指标：${lost.map((r) => `“${r.row.name.replace(/\s+/g, '')}”`).join('、')}`
      : '各项绩效指标均得满分',
    [],
    '名称中的数字',
  )
  if (p.score.grade) item(c, `等级：${p.score.grade}（按${p.score.profile.name}）`, [], '文件编号')
  return null
}

/**
 * "哪些指标没完成？": per project, the indicators not met and those not comparable, each with its
 * target, actual and status; when all are met, the counts that say so. Counts are count facts.
 */
function unmetBlock(c: AnswerComposer, a: TableAnalysis, projects: readonly ProjectAnalysis[]): null {
  const several = projects.length > 1
  const allMet: ProjectAnalysis[] = []
  for (const p of projects) {
    const open = p.indicators.filter(
      (r) => r.status === 'not-met' || r.status === 'partial' || r.status === 'not-comparable',
    )
    if (!open.length) {
      allMet.push(p)
      continue
    }
    const count = (id: string) => a.sheet.byId.get(`${p.key}.count.${id}`)
    c.add(several ? `\n${p.table.project}：` : '')
    const total = count('indicators')
    if (total) {
      c.add('\n- 绩效指标共').fact(total).add('，其中已达成').fact(count('met')!).add('，未达成').fact(count('notMet')!)
      const nc = count('notComparable')
      if (nc) c.add('，无法判断是否完成').fact(nc)
    }
    for (const r of open) {
      const key = `${p.key}.I${r.index}`
      const pool = factsOf(a, key)
      c.add('\n- ')
        .numbers(`“${indicatorName(r)}”`, [], '名称中的数字')
        .add('：指标值')
      const target = a.sheet.byId.get(`${key}.target`)
      if (target) c.fact(target)
      else c.numbers(`“${r.target.raw.trim()}”`, pool, '表中文字里的数字')
      c.add('，实际完成值')
      const actual = a.sheet.byId.get(`${key}.actual`)
      if (actual && r.actualDefinite) c.fact(actual)
      else c.numbers(`“${r.actual.raw.trim() || '未填写'}”`, pool, '表中文字里的数字')
      c.add(`，${STATUS_ZH[r.status]}`)
      if (r.note) c.numbers(`（${r.note}）`, pool, '说明中的数字')
    }
  }
  for (const p of allMet) {
    const total = a.sheet.byId.get(`${p.key}.count.indicators`)
    const met = a.sheet.byId.get(`${p.key}.count.met`)
    c.add(`\n- ${p.table.project}：`)
    if (total && met) c.add('绩效指标共').fact(total).add('，已达成').fact(met).add('，均已达成指标值')
    else c.add('没有绩效指标')
    const loose = p.indicators.filter((r) => r.actual.kind === 'number' && !r.actualDefinite)
    if (loose.length) {
      c.add('；其中').numbers(loose.map((r) => `“${indicatorName(r)}”`).join('、'), [], '名称中的数字')
      c.add('的实际完成值按指标值填写，不是确定的数值')
    }
  }
  if (allMet.length === projects.length)
    c.add(several ? '\n\n各项目的绩效指标均已达成指标值。' : '\n\n没有未完成的绩效指标。')
  return null
}

function lineName(a: TableAnalysis, key: string): string {
  if (key === 'D.B') return '基本支出'
  if (key === 'D.P') return '项目支出'
  return a.sheet.byId.get(`${key}.actual`)?.label.split('·').at(-1) ?? key
}

function noteFactsOf(notes: readonly UserNote[]): Fact[] {
  return noteFacts(notes.map((n) => n.text))
}
