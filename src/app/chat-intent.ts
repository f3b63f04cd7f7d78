// What a chat message asks for. Pure: the message, the table's analysis and whether the assistant
// is waiting for an answer in; an intent out. Rows are matched fuzzily against the names in the
// analysis ("综治经费" ↔ 综治、平安建设经费 · 合计), by the two-character pieces they share.
import type { TableAnalysis } from '../core/analyze.ts'
import { findSubjects, type ChatSubject } from './chat-subject.ts'
import type { DraftSection } from './ports.ts'

export type ChatIntent =
  | { kind: 'draft'; section: DraftSection; row: string | null; rowLabel: string | null }
  /** several projects fit the row the user named: ask which */
  | { kind: 'clarify'; section: DraftSection; options: Array<{ row: string; label: string }> }
  /** an answer to the assistant's question: kept as a note of the table */
  | { kind: 'note'; text: string }
  /** a question about rows, indicators, lines or scores, answered from the fact sheet */
  | { kind: 'answer'; subjects: ChatSubject[] }
  /** a change to the current draft ("改得更简洁"): needs a model */
  | { kind: 'revise'; instruction: string }
  | { kind: 'help' }

export const QUICK_ACTIONS = {
  variance: '差异原因',
  problems: '存在的问题及原因分析',
  measures: '下一步改进措施',
} as const satisfies Record<DraftSection, string>

const MEASURES = /改进措施|整改措施|下一步|措施|改进|整改|完善建议/
const PROBLEMS = /存在的?问题|问题及原因|主要问题|问题/
const VARIANCE =
  /差异|偏差|为什么|为何|原因|低于|高于|超出|超支|结余|节约|未达|没达|未完成|没有?完成|执行率|没花完|少花|多花/
/** Words that make a message a request even while the assistant waits for an answer. */
const COMMAND = /生成|起草|撰写|写一|写出|重新|再写|为什么|为何|^有?哪|[？?]\s*$/
const FUNDING_CONTEXT = /预算|支出|执行|资金|拨款|花|投入|经费/
/** A request to rewrite the draft on the page rather than to draft a section. */
const REVISE =
  /改得|改成|改为|改一下|简洁|精简|缩短|压缩|更正式|正式一些|口语|润色|展开写|展开|扩写|详细一些|具体一些|语气|换个说法|改写|重写这|上面这段|这一段|第[一二三四五六七八九十\d]+[条段点]/
/** A question about a figure, a score or a computation: answered, not drafted. */
const FIGURE_QUESTION =
  /多少|几|怎么算|如何计算|怎样计算|计算|公式|算的|来源|哪来|得分|得了|分值|扣分|是什么|情况如何|完成了吗|达成|解释/
const STOP_PAIRS = new Set(['经费', '工作', '项目', '资金', '专项', '指标', '情况', '建设'])

export function recognizeIntent(
  message: string,
  analysis: TableAnalysis,
  context: { awaitingAnswer: boolean },
): ChatIntent {
  const text = message.trim()
  if (!text) return { kind: 'help' }
  const quick = (Object.entries(QUICK_ACTIONS) as Array<[DraftSection, string]>).find(([, t]) => t === text)
  if (quick) return { kind: 'draft', section: quick[0], row: null, rowLabel: null }
  const shortRequest = text.length <= 12 && (MEASURES.test(text) || PROBLEMS.test(text))
  if (context.awaitingAnswer && !COMMAND.test(text) && !shortRequest && !REVISE.test(text))
    return { kind: 'note', text }
  if (REVISE.test(text) && !/^(生成|起草|撰写)/.test(text)) return { kind: 'revise', instruction: text }
  if (MEASURES.test(text)) return { kind: 'draft', section: 'measures', row: null, rowLabel: null }
  if (PROBLEMS.test(text)) return { kind: 'draft', section: 'problems', row: null, rowLabel: null }
  const subjects = findSubjects(text, analysis)
  const rows = subjects.flatMap((s) => (s.kind === 'row' ? [s.row] : []))
  const draftsVariance = VARIANCE.test(text) && !FIGURE_QUESTION.test(text) && rows.length === subjects.length
  if (subjects.length && !draftsVariance) return { kind: 'answer', subjects }
  if (rows.length > 1) {
    const options = rows.map((r) => ({ row: r.key, label: `${r.project.table.project}·${r.label}` }))
    return { kind: 'clarify', section: 'variance', options }
  }
  if (rows.length === 1) {
    const r = rows[0]!
    return { kind: 'draft', section: 'variance', row: r.key, rowLabel: `${r.project.table.project}·${r.label}` }
  }
  if (VARIANCE.test(text)) {
    const match = matchRow(text, analysis)
    if (match.length > 1) return { kind: 'clarify', section: 'variance', options: match }
    const one = match[0]
    return {
      kind: 'draft',
      section: 'variance',
      row: one?.row ?? null,
      rowLabel: one?.label ?? null,
    }
  }
  return { kind: 'help' }
}

/**
 * The funding or indicator rows a message names: one row, several when projects tie, or none.
 * A project is found by its name (or its line in the department table); within it a named source
 * (财政拨款, 其他资金, 上年结转) or indicator wins, else the 合计 row.
 */
export function matchRow(text: string, analysis: TableAnalysis): Array<{ row: string; label: string }> {
  const pairs = bigrams(text)
  const projects = analysis.projects.map((p) => {
    const names = [p.table.project]
    for (const l of analysis.department?.project.lines ?? []) if (l.analysis === p) names.push(l.line.name)
    const projectScore = Math.max(...names.map((n) => coverage(n, pairs)))
    const indicators = p.indicators
      .map((r) => ({ r, score: coverage(r.row.name, pairs) }))
      .filter((x) => x.score >= 0.75)
      .sort((a, b) => b.score - a.score)
    return { p, projectScore, indicator: indicators[0] ?? null }
  })
  const named = projects.filter((x) => x.projectScore > 0)
  let chosen = named.length ? named : projects.filter((x) => x.indicator)
  if (!chosen.length && projects.length === 1) chosen = projects
  if (!chosen.length) return []
  const best = Math.max(...chosen.map((x) => x.projectScore))
  chosen = chosen.filter((x) => x.projectScore === best)
  const source = fundingSourceNamed(text)
  return chosen.flatMap(({ p, indicator }) => {
    const project = p.table.project
    if (indicator && (!FUNDING_CONTEXT.test(text) || indicator.score === 1) && source === null) {
      return [{ row: `${p.key}.I${indicator.r.index}`, label: `${project}·${indicator.r.row.name}` }]
    }
    const rows = p.funding.rows
    const row = (source && rows.find((r) => r.kind === source)) ?? rows.find((r) => r.kind === 'total') ?? rows[0]
    return row ? [{ row: `${p.key}.F${row.index}`, label: `${project}·${row.label}` }] : []
  })
}

/** "P1.F0" → "综治、平安建设经费·合计"; null when the analysis has no such row. */
export function describeRow(analysis: TableAnalysis, row: string): string | null {
  const m = /^(P\d+)\.([FI])(\d+)$/.exec(row)
  if (!m) return null
  const p = analysis.projects.find((x) => x.key === m[1])
  if (!p) return null
  const i = Number(m[3])
  if (m[2] === 'F') {
    const r = p.funding.rows[i]
    return r ? `${p.table.project}·${r.label}` : null
  }
  const r = p.indicators[i]
  return r ? `${p.table.project}·${r.row.name}` : null
}

function fundingSourceNamed(text: string): 'fiscal' | 'other' | 'carryover' | null {
  if (/财政拨款|财政资金|财政/.test(text)) return 'fiscal'
  if (/其他资金|其它资金|自筹/.test(text)) return 'other'
  if (/上年结转|结转/.test(text)) return 'carryover'
  return null
}

export function normalize(s: string): string {
  return s.replace(/[\s、，,。.·“”"'‘’（）()：:；;！!？?\-—《》]/g, '')
}

export function bigrams(s: string): Set<string> {
  const t = normalize(s)
  const out = new Set<string>()
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2))
  return out
}

/** The share of a name's informative two-character pieces that the message contains. */
export function coverage(name: string, pairs: Set<string>): number {
  const own = [...bigrams(name)].filter((b) => !STOP_PAIRS.has(b))
  if (!own.length) return 0
  return own.filter((b) => pairs.has(b)).length / own.length
}
