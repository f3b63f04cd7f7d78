// "其余8项指标均达到目标值", "| 其余8项指标 | 80 | 80 |": the rows the writer has not named yet in the
// block (the Markdown table or the paragraph) — counted, and their points added up. The universe is the
// project's indicator rows, and the 预算执行率 row when the block names it or the words include it
// (其余8项（含执行率）). Only the rows the block has already named are taken away: nothing is guessed.
import { Decimal } from '../decimal.ts'
import type { Fact } from '../facts.ts'
import type { ProjectAnalysis } from '../project-analysis.ts'
import type { Mention } from '../verification.ts'
import type { WrittenValue } from './value-match.ts'

/** the word for "the rest" right before the count (其余8项, 其他的3个, 剩余2项) */
export const REST = /(?:其余|其他|其它|剩余|剩下|余下)的?\s*$/
/** "其余8项（含执行率）": the execution row is among the rest */
const WITH_EXECUTION = /^[^，。；\n]{0,8}[（(]?(?:含|包括|包含)(?:预算)?执行率/

export const EXECUTION = '预算执行率'

export type Remainder = {
  /** the rows of the rest, by name (预算执行率 for the execution row) */
  rows: string[]
  /** the rows the block named before, which the rest leaves out */
  named: string[]
}

/**
 * The rows not yet named in the block. `mentions` are the block's verified mentions before the count;
 * `sheet` resolves their fact ids. Null when the block names no row of the project.
 */
export function remainder(
  project: ProjectAnalysis,
  mentions: readonly Mention[],
  sheet: ReadonlyMap<string, Fact>,
  after: string,
): Remainder | null {
  const indicators = project.indicators.map((r) => r.row.name.replace(/\s+/g, ''))
  const rowNames = new Set([...indicators, EXECUTION])
  const named = new Set(
    rowsOf(mentions, sheet, (f) => {
      if (f.table !== project.key) return null
      if (rowNames.has(f.subject)) return f.subject
      return /\.score\.execution|\.F\d+\.(score|weight|rate|fullYearRate)$/.test(f.id) ? EXECUTION : null
    }),
  )
  if (!named.size) return null
  const universe = [...indicators]
  if (named.has(EXECUTION) || WITH_EXECUTION.test(after)) universe.push(EXECUTION)
  return { rows: universe.filter((r) => !named.has(r)), named: universe.filter((r) => named.has(r)) }
}

/** The count of the rest, when it is what the text wrote. */
export function restCount(rest: Remainder, written: WrittenValue): boolean {
  return (
    (written.unit === '项' || written.unit === '个') &&
    written.qualifier === null &&
    written.value.eq(Decimal.of(BigInt(rest.rows.length)))
  )
}

/**
 * The facts whose sum a cell of the rest's row may be: for each kind of points (分值, 自评得分, 按规则计算的得分),
 * one fact per row of the rest; null for a kind some row lacks.
 */
export function restPoints(project: ProjectAnalysis, rest: Remainder, sheet: ReadonlyMap<string, Fact>): Fact[][] {
  const k = project.key
  const kinds: [string, (row: string, i: number) => string][] = [
    ['weight', (row, i) => (row === EXECUTION ? `${k}.score.executionWeight` : `${k}.I${i}.weight`)],
    ['theirs', (row, i) => (row === EXECUTION ? `${k}.score.executionTheirs` : `${k}.I${i}.theirScore`)],
    ['score', (row, i) => (row === EXECUTION ? `${k}.score.execution` : `${k}.I${i}.score`)],
  ]
  const index = new Map(project.indicators.map((r, i) => [r.row.name.replace(/\s+/g, ''), i]))
  const out: Fact[][] = []
  for (const [, id] of kinds) {
    const facts = rest.rows.map((row) => sheet.get(id(row, index.get(row) ?? -1)))
    if (facts.every((f): f is Fact => f !== undefined)) out.push(facts)
  }
  return out
}

/** the clause speaks of each row of the rest: 其余8项指标实际值均为, 其他3项都 */
export const EACH_OF_REST =
  /(?:其余|其他|其它|剩余|余下)的?\s*(?:\d{1,2}|[两二三四五六七八九十]{1,3})\s*[项个][^，。；\n]{0,16}?(?:均|都|全部|各)/

/** before a count: it points back (这两项, 上述三项, 前两项) */
export const BACK_BEFORE = /(?:这|此|上述|以上|前|该)\s*$/
/** after a count: the rows are taken together or each (两项都, 三项均, 两项加起来, 两项合计) */
export const BACK_AFTER = /^[^，。；\n\d]{0,4}?(?:都|均|各|加起来|合计|共|分别)/

/**
 * The rows the mentions name, each mention naming one (a figure of 财政拨款, of 政策知晓率): distinct, in
 * order, as "table|subject". Derived figures and those of no single row are left out.
 */
export function rowsOf(
  mentions: readonly Mention[],
  sheet: ReadonlyMap<string, Fact>,
  rowOf: (f: Fact) => string | null = sheetRow,
): string[] {
  const rows: string[] = []
  for (const m of mentions) {
    if (m.status !== 'verified' || m.derivation) continue
    const subjects = new Set<string>()
    for (const id of m.factIds) {
      const f = sheet.get(id)
      const row = f ? rowOf(f) : null
      if (row !== null) subjects.add(row)
    }
    if (subjects.size === 1) {
      const row = [...subjects][0]!
      if (!rows.includes(row)) rows.push(row)
    }
  }
  return rows
}

/** A funding, indicator or score fact's row as "table|subject"; null for counts and other facts. */
function sheetRow(f: Fact): string | null {
  return (f.group === 'funding' || f.group === 'indicator' || f.group === 'score') && f.role !== 'count'
    ? `${f.table}|${f.subject}`
    : null
}

/**
 * For rows given as "table|subject", the facts of each kind (the id's last part: actual, gap, weight …)
 * that every row has, one per row: what "两项都比目标高出5个百分点" may say of each.
 */
export function eachOfRows(rows: readonly string[], facts: readonly Fact[]): Fact[][] {
  const byKind = new Map<string, Map<string, Fact>>()
  for (const f of facts) {
    const row = `${f.table}|${f.subject}`
    if (!rows.includes(row)) continue
    const kind = f.id.slice(f.id.lastIndexOf('.') + 1)
    const m = byKind.get(kind) ?? byKind.set(kind, new Map()).get(kind)!
    if (!m.has(row)) m.set(row, f)
  }
  return [...byKind.values()].filter((m) => m.size === rows.length).map((m) => rows.map((r) => m.get(r)!))
}
