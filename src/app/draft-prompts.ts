// Turns a DraftContext into the messages a model receives: the system prompt, the section's
// prompt with the fact list, warnings and cause notes, and later the repair prompt.
import type { TableAnalysis } from '../core/analyze.ts'
import type { Fact } from '../core/facts.ts'
import type { UserNote } from '../core/user-notes.ts'
import type { Finding } from '../core/verification.ts'
import type { TableWarning } from '../core/warnings.ts'
import { buildDraftContext, type CauseNote, type DraftContext } from './draft-context.ts'
import type { ChatMessage } from './llm-client.ts'
import type { PromptLibrary, PromptName } from './prompt-library.ts'
import { personalStrings, redactPersonalData } from './redact.ts'

/**
 * Text the user controls (names, cells, notes, questions) enters a prompt only as a quoted JSON
 * string: a line break or a "## 事实清单" inside it stays inside the quotes, data, never a section
 * or an instruction of the prompt (issue 10, finding 7).
 */
export function quoted(text: string): string {
  return JSON.stringify(text)
}

/** '[P1.F0.rate] "合计·预算执行率" = 85.11%（实际投入 ÷ 年初预算 × 100%）' — the table is its heading. */
export function formatFactLine(f: Fact): string {
  let line = `[${f.id}] ${quoted(shortLabel(f))} = ${f.display}`
  if (f.source.kind === 'formula') line += `（${f.source.expression}）`
  if (f.approximate) line += `（原文为约数，写作“${f.display}”时须带“${f.approximate}”）`
  if (f.role === 'implied-change') line += '（推算值，引用时须写明“按增减幅度推算”）'
  return line
}

/** A project fact's label without the project name its heading already gives. */
function shortLabel(f: Fact): string {
  const project = `${f.tableName.replace(/绩效自评表$/, '')}·`
  return f.table.startsWith('P') && f.label.startsWith(project) ? f.label.slice(project.length) : f.label
}

const NONE = '（无）'

/** Lines grouped under the name of the table they come from, in first-seen order. */
function grouped<T>(items: readonly T[], tableOf: (item: T) => string, line: (item: T) => string): string {
  const groups = new Map<string, string[]>()
  for (const item of items) {
    const key = tableOf(item)
    groups.set(key, [...(groups.get(key) ?? []), line(item)])
  }
  return [...groups].map(([table, lines]) => `### ${quoted(table)}\n${lines.join('\n')}`).join('\n')
}

export function formatFacts(facts: readonly Fact[]): string {
  return facts.length ? grouped(facts, (f) => f.tableName, formatFactLine) : NONE
}

export function formatWarnings(warnings: readonly TableWarning[]): string {
  return warnings.length
    ? grouped(
        warnings,
        (w) => w.tableName,
        (w) => `- ${quoted(w.message)}`,
      )
    : NONE
}

export function formatCauses(causes: readonly CauseNote[]): string {
  return causes.length
    ? causes
        .map((c) =>
          c.explains
            ? `- ${quoted(c.source)}（相关行的原因，可用于说明${quoted(c.explains)}，使用时写明出处）：${quoted(c.text)}`
            : `- ${quoted(c.source)}：${quoted(c.text)}`,
        )
        .join('\n')
    : '（无：数据中没有任何原因说明，凡涉及原因之处一律写“【待补充：…原因】”）'
}

export function formatMeasures(measures: readonly CauseNote[]): string {
  return measures.length ? measures.map((m) => `- ${quoted(m.source)}：${quoted(m.text)}`).join('\n') : NONE
}

/** "一、"预算执行不到位"（"综治、平安建设经费"）→ 措施方向："科学编制…"" */
export function formatPlan(plan: DraftContext['plan']): string {
  if (!plan.length) return '（数据未反映需要说明的问题）'
  const ordinal = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']
  return plan
    .map((p, i) => {
      const where = p.projects.length ? `（${p.projects.map(quoted).join('、')}）` : ''
      return `${ordinal[i] ?? i + 1}、${quoted(p.title)}${where} → 措施方向：${quoted(p.measure)}`
    })
    .join('\n')
}

function contextValues(ctx: DraftContext): Record<string, string> {
  return {
    subject: quoted(ctx.subject),
    facts: formatFacts(ctx.facts),
    warnings: formatWarnings(ctx.warnings),
    causes: formatCauses(ctx.causes),
    measures: formatMeasures(ctx.measures),
  }
}

/** The prompt files a section's draft uses (the repair prompt is added when a round runs). */
export function draftPromptNames(ctx: Pick<DraftContext, 'section'>): PromptName[] {
  return ['system', ctx.section]
}

export function buildDraftMessages(prompts: PromptLibrary, ctx: DraftContext): ChatMessage[] {
  const values = contextValues(ctx)
  if (ctx.section !== 'variance') values.plan = formatPlan(ctx.plan)
  return [
    { role: 'system', content: prompts.render('system', {}) },
    { role: 'user', content: prompts.render(ctx.section, values) },
  ]
}

/**
 * The repair request: each finding with the words it points at. `text` is the text the
 * findings' positions refer to (the draft with its citations removed).
 */
export function buildRepairMessage(prompts: PromptLibrary, text: string, findings: readonly Finding[]): ChatMessage {
  const lines = findings.map((f, i) => {
    const quoted = text.slice(f.start, f.end).trim()
    return `${i + 1}. ${quoted ? `文中“${quoted}”：` : ''}${f.message}`
  })
  return { role: 'user', content: prompts.render('repair', { findings: lines.join('\n') }) }
}

export type ChatTurn = {
  question: string
  /** causes the user stated earlier in the chat */
  notes?: string[]
  /** the table's notes from the chat, sorted and tied to their rows */
  userNotes?: readonly UserNote[]
  /** earlier turns, oldest first; the user's own words in them are quoted like the question */
  history?: readonly ChatMessage[]
  /** the draft the user is looking at */
  draft?: { label: string; text: string } | null
  /** the facts of the rows the question names, added to the whole-table context */
  facts?: readonly Fact[]
}

/** A chat turn about a table: the whole-table context (every row with a variance, the totals). */
export function buildChatMessages(prompts: PromptLibrary, analysis: TableAnalysis, turn: ChatTurn): ChatMessage[] {
  const ctx = buildDraftContext({ analysis, section: 'problems', notes: turn.notes, userNotes: turn.userNotes })
  const ids = new Set(ctx.facts.map((f) => f.id))
  const facts = [...ctx.facts, ...(turn.facts ?? []).filter((f) => !ids.has(f.id))]
  const personal = personalStrings(analysis)
  const question = redactPersonalData(turn.question, personal)
  const history = (turn.history ?? []).map((m) =>
    m.role === 'user' ? { role: m.role, content: quoted(redactPersonalData(m.content, personal)) } : m,
  )
  const draft = turn.draft
    ? `${quoted(turn.draft.label)}\n${quoted(redactPersonalData(turn.draft.text, personal))}`
    : '（无：用户还没有起草任何稿件）'
  return [
    { role: 'system', content: prompts.render('system', {}) },
    ...history,
    {
      role: 'user',
      content: prompts.render('chat', { ...contextValues({ ...ctx, facts }), draft, question: quoted(question) }),
    },
  ]
}

/** A revision of the current draft: its own context, the draft and what the user asked for. */
export function buildReviseMessages(
  prompts: PromptLibrary,
  ctx: DraftContext,
  draftText: string,
  instruction: string,
  personal: readonly string[],
): ChatMessage[] {
  return [
    { role: 'system', content: prompts.render('system', {}) },
    {
      role: 'user',
      content: prompts.render('revise', {
        ...contextValues(ctx),
        draft: quoted(redactPersonalData(draftText, personal)),
        instruction: quoted(redactPersonalData(instruction, personal)),
      }),
    },
  ]
}
