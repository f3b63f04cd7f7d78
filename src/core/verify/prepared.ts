// What the verifier needs from an analysis, built once per analysis and kept while it lives:
// facts by dimension, the index of subject names and of project names, and the funding rows.
import { DIRECTION_WORDS } from './direction.ts'
import { WordTable } from './word-table.ts'
import type { TableAnalysis } from '../analyze.ts'
import type { Fact } from '../facts.ts'
import type { FundingResult } from '../funding.ts'
import type { ProjectAnalysis } from '../project-analysis.ts'
import { foldText } from '../numbers/fold.ts'
import { dimensionKey } from '../numbers/units.ts'
import { buildValueIndex, type ValueIndex } from './candidates.ts'
import { isBareCount } from './value-match.ts'
import { normalizeName } from './names.ts'
import { knownName, type KnownName } from './unknown-names.ts'
import { NameIndex } from './name-index.ts'

export type Prepared = {
  analysis: TableAnalysis
  byDimension: Map<string, Fact[]>
  subjects: NameIndex
  /** fact id → its name keys: the row's subject, and for an indicator its category (成本指标) */
  subjectKeys: Map<string, number[]>
  /** project names, one key per project table ("P1" → key) */
  projects: NameIndex
  projectKey: Map<string, number>
  /** one project table and no department: every project fact is in scope */
  singleProject: boolean
  /** per project table: the subject key of its total funding row (合计), and of its other rows */
  totalRow: Map<string, number>
  otherRows: Map<string, number[]>
  /** the projects' names as written, folded like the draft */
  projectNames: string[]
  /** indicator names with figures in them ("5000吨稻谷、500吨成品粮储备到位率"), folded */
  numberedNames: string[]
  /** the sheet's names, normalized, for the unknown-name check */
  knownNames: KnownName[]
  /** sheet order, for stable tie-breaks */
  order: Map<string, number>
  /** name key → the facts that carry it */
  keyFacts: Map<number, Fact[]>
  /** the first two to four characters of each row's name → the rows whose name begins so */
  rowHeads: Map<string, Set<string>>
  /** each project as a draft names it in short: its name's first two characters before 项目/经费/资金 (综治项目) */
  projectShortNames: { key: string; pattern: RegExp }[]
  /** dimension → facts sorted by magnitude */
  valueIndex: Map<string, ValueIndex>
  /** the names of rows that contain others (基本支出, 项目支出, a project's 合计 row's project) */
  containerNames: string[]
  /** names long enough to hold a role or direction word (巩固提升工程, 上年结转资金), longest first */
  maskNames: string[]
  /** the same names by their first character, to mask them all in one pass over a draft */
  maskTable: WordTable<true>
  /** direction words inside the sheet's names (增加 of 带动增加受益农户收入), with the characters of those names */
  namedDirections: WordTable<ReadonlySet<string>>
  /** counts of indicators and projects (P1.count.…, D.count.…) */
  counts: Fact[]
  /** numbers quoted from the table's own text (role 'quoted') */
  quoted: Fact[]
  /** counts of 户 and 人 (an indicator's cells, a goal's text): what 户均/人均 divide by */
  heads: Fact[]
  /** a figure's rate of change on the year before (D.O0.value → D.O0.changePct): what its prior-year value is worked back from */
  changeOf: ReadonlyMap<string, Fact>
  /** the sheet has estimates (implied-change facts) a number may equal */
  hasImplied: boolean
  /** dimension → cue key → the facts allowed (filled as drafts are read) */
  candidateCache: Map<string, Map<number, Set<Fact>>>
  /** indicators' targets and actuals counted in a measure word (人, 户 …): what a bare number may also be */
  bareCounts: Fact[]
}

const cache = new WeakMap<TableAnalysis, Prepared>()

/** Subjects as a draft names them: the sheet's 总分 is written 总得分; 自评 is every score's column, no name. */
const SUBJECT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  总分: ['总得分', '总分'],
  自评总分: ['总得分', '总分'],
  // "22项指标分值合计43分": the indicators' weights, not 分值合计 with the execution rate's
  绩效指标分值合计: ['绩效指标分值合计', '指标分值合计'],
}

/**
 * Phrases holding a role word that name no role ("从支出结构看，办公所需成本15万元": 支出 there is not
 * what the cost row spent): masked like the sheet's names, so the cue reader skips them.
 */
const NOT_ROLE_WORDS = ['支出结构', '支出构成', '资金结构', '资金构成', '投入结构']

/**
 * Phrases naming a subject that count only when written whole, and do not weigh in the other names'
 * scores (各项 is every row, the execution rate's with the indicators').
 */
const WHOLE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  自评总分: ['各项自评得分合计', '各项得分合计', '各项自评得分之和', '各项得分之和'],
}

/** The short forms writers use for an indicator's long wording (增加…收入 → 增收, 减轻…负担 → 减负). */
const SHORT_FORMS: ReadonlyArray<readonly [string, RegExp]> = [
  ['增收', /增加.{0,8}收入|收入.{0,4}增加|增长.{0,8}收入/],
  ['节支', /节约.{0,6}支出|节省.{0,6}支出/],
  ['减负', /减轻.{0,10}负担/],
]

function shortForms(subject: string): string[] {
  return SHORT_FORMS.filter(([short, long]) => !subject.includes(short) && long.test(subject)).map(([short]) => short)
}

export function prepare(analysis: TableAnalysis): Prepared {
  const hit = cache.get(analysis)
  if (hit) return hit
  const subjects = new NameIndex()
  const subjectKeys = new Map<string, number[]>()
  const keyFacts = new Map<number, Fact[]>()
  const byDimension = new Map<string, Fact[]>()
  const order = new Map<string, number>()
  const categories = indicatorCategories(analysis)
  const otherSources = describedSources(analysis)
  // "满意率96.6%，比95%的目标高1.6个百分点": the one satisfaction row is known by 满意率 too (written whole)
  const satisfaction = new Set(
    analysis.projects
      .flatMap((x) => x.table.indicators.map((r) => r.name.replace(/\s+/g, '')))
      .filter((n) => n.endsWith('满意度')),
  )
  analysis.sheet.facts.forEach((f, i) => {
    const keys = (SUBJECT_ALIASES[f.subject] ?? [f.subject]).map((name) => subjects.add(name))
    if (f.group === 'indicator' && satisfaction.size === 1 && satisfaction.has(f.subject))
      keys.push(subjects.add('满意率', true))
    // "本表各项自评得分合计93分": the unit's total, by phrases that count only when written whole
    for (const name of WHOLE_ALIASES[f.subject] ?? []) keys.push(subjects.add(name, true))
    const category = categories.get(/^(P\d+\.I\d+)\./.exec(f.id)?.[1] ?? '')
    if (category) keys.push(subjects.add(category))
    // "其中羊养殖数量" is written "羊180只": a sub-row is known by what sets it apart
    const part = f.group === 'indicator' || f.group === 'score' ? subRowName(f.subject) : null
    if (part) keys.push(subjects.add(part))
    // "其他资金" whose reason cell says what it is ("财政返还市委政法委各项奖励经费支出") is named by it
    const source = otherSources.get(/^(P\d+\.F\d+)\./.exec(f.id)?.[1] ?? '')
    if (source) keys.push(subjects.add(source))
    // the 合计 row's printed weight and score are those of 预算执行率
    if (/^P\d+\.F\d+\.(score|weight)$/.test(f.id)) keys.push(subjects.add('预算执行率'))
    // "增收12万元": an indicator named 带动增加受益农户收入 is known by its usual short form too
    if (f.group === 'indicator') for (const short of shortForms(f.subject)) keys.push(subjects.add(short))
    // 财政拨款与其他资金合计19.8万元: a sum is also known by the rows it adds up.
    if (f.role === 'sum' && f.source.kind === 'formula') keys.push(subjects.add(f.source.expression))
    subjectKeys.set(f.id, keys)
    for (const k of keys) (keyFacts.get(k) ?? keyFacts.set(k, []).get(k)!).push(f)
    const dim = dimensionKey(f.unit)
    ;(byDimension.get(dim) ?? byDimension.set(dim, []).get(dim)!).push(f)
    order.set(f.id, i)
  })
  const projects = new NameIndex()
  const projectKey = new Map<string, number>()
  const totalRow = new Map<string, number>()
  const otherRows = new Map<string, number[]>()
  for (const p of analysis.projects) {
    projectKey.set(p.key, projects.add(p.table.project))
    const total = defaultRow(p)
    if (total) totalRow.set(p.key, subjects.add(total.label))
    otherRows.set(
      p.key,
      p.funding.rows.filter((r) => r !== total && r !== p.funding.total).map((r) => subjects.add(r.label)),
    )
  }
  subjects.seal()
  projects.seal()

  const names = new Set<string>()
  for (const f of analysis.sheet.facts) {
    names.add(normalizeName(f.subject))
    for (const part of f.label.split('·')) names.add(normalizeName(part))
  }
  for (const p of analysis.projects) {
    names.add(normalizeName(p.table.project))
    for (const r of p.table.indicators) {
      names.add(normalizeName(r.name))
      names.add(normalizeName(r.level1))
      if (r.level2) names.add(normalizeName(r.level2))
    }
  }
  for (const c of INDICATOR_CATEGORIES) names.add(c)
  if (analysis.department) {
    for (const l of analysis.department.table.projectExpenditure.lines) names.add(normalizeName(l.name))
  }
  names.delete('')

  const maskNames = [...maskable(analysis), ...numberedIndicatorNames(analysis)].sort((x, y) => y.length - x.length)
  const rowHeads = new Map<string, Set<string>>()
  for (const f of analysis.sheet.facts) {
    if (f.group !== 'funding' && f.group !== 'indicator' && f.group !== 'department') continue
    if (f.role === 'count' || f.id.includes('.sub.')) continue
    const name = foldText(f.subject)
      .replace(/[（(][^）)]*[）)]/g, '')
      .replace(/^(其中|★|\s)+/, '')
      .replace(/[^\u4e00-\u9fff]/g, '')
    for (let len = 2; len <= 4 && len < name.length; len++) {
      const head = name.slice(0, len)
      ;(rowHeads.get(head) ?? rowHeads.set(head, new Set()).get(head)!).add(f.subject)
    }
  }
  const projectShortNames = analysis.projects.flatMap((x) => {
    const head = x.table.project.replace(/^[\s\d]+/, '').slice(0, 2)
    if (!/^[\u4e00-\u9fff]{2}$/.test(head)) return []
    return [{ key: x.key, pattern: new RegExp(`${head}[\\u4e00-\\u9fff]{0,2}(项目|经费|资金)`) }]
  })
  const bareCounts = analysis.sheet.facts.filter(isBareCount)
  const prepared: Prepared = {
    rowHeads,
    projectShortNames,
    analysis,
    byDimension,
    subjects,
    subjectKeys,
    projects,
    projectKey,
    singleProject: analysis.department === null && analysis.projects.length === 1,
    totalRow,
    otherRows,
    projectNames: analysis.projects.map((x) => foldText(x.table.project)),
    numberedNames: numberedIndicatorNames(analysis),
    knownNames: [...names].map(knownName),
    order,
    keyFacts,
    valueIndex: valueIndexes(byDimension, bareCounts),
    bareCounts,
    hasImplied: analysis.sheet.facts.some((f) => f.role === 'implied-change'),
    quoted: analysis.sheet.facts.filter((f) => f.role === 'quoted'),
    changeOf: changesOf(analysis.sheet.facts),
    heads: analysis.sheet.facts.filter(
      (f) =>
        (f.unit === '户' || f.unit === '人' || f.unit === '名' || f.unit === '人次') &&
        ['actual', 'target', 'quoted', 'value'].includes(f.role) &&
        !f.exact.isZero,
    ),
    counts: analysis.sheet.facts.filter((f) => f.role === 'count' && f.id.includes('.count.')),
    // a name with its figures (5000吨稻谷…到位率) is masked whole: its figures are part of the name
    maskNames,
    maskTable: new WordTable([...maskNames, ...NOT_ROLE_WORDS].map((name) => [name, true] as const)),
    namedDirections: namedDirections(maskNames),
    containerNames: [
      '部门支出',
      '基本支出',
      '项目支出',
      '支出总额',
      ...analysis.projects.map((x) => foldText(x.table.project)),
    ],
    candidateCache: new Map(),
  }
  cache.set(analysis, prepared)
  return prepared
}

/**
 * The row a sentence naming the project and no funding source is about: the 合计 row, unless it
 * was left at 0 while a sub-row carries the money (then the sub-row with the largest amount).
 */
/** Each figure that has a 同比 rate beside it (same id but the last part), mapped to that rate. */
function changesOf(facts: readonly Fact[]): Map<string, Fact> {
  const byPrefix = new Map<string, Fact>()
  for (const f of facts) if (f.role === 'change-pct') byPrefix.set(f.id.slice(0, f.id.lastIndexOf('.')), f)
  const out = new Map<string, Fact>()
  for (const f of facts) {
    if (f.role !== 'value' && f.role !== 'actual') continue
    const c = byPrefix.get(f.id.slice(0, f.id.lastIndexOf('.')))
    if (c) out.set(f.id, c)
  }
  return out
}

function defaultRow(p: ProjectAnalysis): FundingResult | null {
  const total = p.funding.total
  if (!total) return null
  const amounts = (r: FundingResult) => [r.row.budget, r.row.fullYearBudget, r.row.actual]
  if (amounts(total).some((v) => v !== null && !v.isZero)) return total
  const carrying = p.funding.rows
    .filter((r) => r !== total && amounts(r).some((v) => v !== null && !v.isZero))
    .sort((a, b) => (b.row.actual ?? b.row.budget)!.cmp((a.row.actual ?? a.row.budget)!))
  return carrying[0] ?? total
}

/** Indicator names that hold a figure, without the 指标1 numbering: a draft writing one names the row. */
function numberedIndicatorNames(analysis: TableAnalysis): string[] {
  const out = new Set<string>()
  for (const p of analysis.projects)
    for (const r of p.table.indicators) {
      const raw = foldText(r.name.replace(/\s+/g, ''))
      const name = foldText(r.name.replace(/\s+/g, '').replace(/^(★|指标\d+[:：]?)+/, ''))
      if (/\d/.test(name) && name.length >= 6) out.add(name)
      // "指标1工程资金金额": the numbering is part of the name as the table writes it
      else if (raw !== name && name.length >= 3) out.add(raw)
    }
  return [...out]
}

/** Facts by magnitude per dimension; a bare cell the table implies 万元 for is money too. */
function valueIndexes(byDimension: ReadonlyMap<string, Fact[]>, bareCounts: readonly Fact[]): Map<string, ValueIndex> {
  const out = new Map([...byDimension].map(([dim, facts]) => [dim, buildValueIndex(facts)]))
  if (bareCounts.length) out.set('', buildValueIndex([...(byDimension.get('') ?? []), ...bareCounts]))
  const implied = (byDimension.get('') ?? []).filter((f) => f.impliedUnit)
  if (implied.length) out.set('money', buildValueIndex([...(byDimension.get('money') ?? []), ...implied], true))
  return out
}

/** A funding source named only 其他 and described in its reason cell: "P1.F2" → the description. */
function describedSources(analysis: TableAnalysis): Map<string, string> {
  const out = new Map<string, string>()
  for (const p of analysis.projects) {
    p.table.funding.forEach((r, i) => {
      const text = r.reason.replace(/[\s，。；、,.;:：“”"]/g, '')
      if (/其他/.test(r.source) && text.length >= 4 && text.length <= 30 && !/\d/.test(text))
        out.set(`${p.key}.F${i}`, text)
    })
  }
  return out
}

/** 其中 rows: the name without 其中 and the measure its siblings share (种植面积, 养殖数量). */
function subRowName(subject: string): string | null {
  const m = /^其中(.+?)(?:(?:种植|养殖|建设|改造|补助|发放)?(?:面积|数量|人数|户数|个数|次数|金额|长度))?$/.exec(
    subject,
  )
  return m && m[1] !== subject.slice(2) ? m[1]! : null
}

/** The national template's indicator levels, known names even when a table does not use them. */
const INDICATOR_CATEGORIES = [
  '产出指标',
  '效益指标',
  '满意度指标',
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
  '经济成本指标',
  '社会成本指标',
  '生态环境成本指标',
]

/** "P1.I3" → the indicator's second level (成本指标), a name a draft uses for it. */
function indicatorCategories(analysis: TableAnalysis): Map<string, string> {
  const out = new Map<string, string>()
  for (const p of analysis.projects) {
    p.table.indicators.forEach((r, i) => {
      if (r.level2) out.set(`${p.key}.I${i}`, r.level2)
    })
  }
  return out
}

/** Each direction word that is part of a name, with the characters of the names it is part of. */
function namedDirections(names: readonly string[]): WordTable<ReadonlySet<string>> {
  const chars = new Map<string, Set<string>>()
  for (const w of DIRECTION_WORDS)
    for (const name of names)
      if (name.includes(w)) {
        const set = chars.get(w) ?? chars.set(w, new Set()).get(w)!
        for (const c of name) if (!w.includes(c)) set.add(c)
      }
  return new WordTable(chars)
}

/** The names a role or direction word may hide in: projects, funding sources, indicators, lines, outcomes. */
/** role words a project's name may hold (…改善计划专项资金, …预算管理…) */
const ROLE_INSIDE_NAME = /计划|预算|目标|执行|结余/g

function maskable(a: TableAnalysis): string[] {
  const names = new Set<string>()
  for (const p of a.projects) {
    names.add(p.table.project)
    // "营养改善计划" of 义务教育营养改善计划专项资金: a project named in short keeps the role word inside its name
    for (const m of p.table.project.matchAll(ROLE_INSIDE_NAME))
      if (m.index > 0) names.add(p.table.project.slice(Math.max(0, m.index - 2), m.index + m[0].length))
    for (const r of p.funding.rows) names.add(r.label)
    for (const r of p.table.indicators) names.add(r.name.replace(/\s+/g, ''))
  }
  const d = a.department
  if (d) {
    for (const l of d.table.projectExpenditure.lines) names.add(l.name)
    for (const o of d.table.outcomes) names.add(o.label)
  }
  return [...names]
    .map((n) => foldText(n))
    .filter((n) => n.length >= 4 && !/[0-9一二三四五六七八九十百千万两〇零]/.test(n))
    .sort((x, y) => y.length - x.length)
}

/** A project's 合计 row (or the row standing in for it): what a sentence naming no row is about. */
export function isTotalRowFact(p: Prepared, f: Fact): boolean {
  return f.table !== 'D' && p.totalRow.get(f.table) === p.subjectKeys.get(f.id)?.[0]
}

/** A fact the sentence may be about: the department's, the only project's, or a project it names. */
export function inProjectScope(p: Prepared, context: ReadonlyMap<string, number>, f: Fact): boolean {
  return f.table === 'D' || projectInScope(p, context, f.table)
}

/** Whether the project table `key` (P1, P2 …) is in the scope the context gives. */
export function projectInScope(p: Prepared, context: ReadonlyMap<string, number>, key: string): boolean {
  return p.singleProject || (context.get(key) ?? 0) >= 0.5
}
