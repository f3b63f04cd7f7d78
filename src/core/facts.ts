// The fact sheet: every number a draft may use, with a stable id, a Chinese label, an exact value
// at a stated precision, a role, and where it came from (a cell, or a formula over other facts).
import type { Decimal } from './decimal.ts'
import { formatNumber } from './format.ts'
import type { Operator } from './value-text.ts'

export type FactRole =
  | 'budget'
  | 'full-year-budget'
  | 'actual'
  | 'difference'
  /** actual − the full-year (adjusted) budget */
  | 'full-year-difference'
  | 'execution-rate'
  /** the execution rate against the full-year (adjusted) budget */
  | 'full-year-execution-rate'
  | 'sum'
  | 'total'
  | 'target'
  | 'completion'
  | 'deviation'
  | 'deviation-rate'
  | 'share'
  /** 100% − the execution rate: the share of the budget not spent */
  | 'unspent-share'
  /** 全年预算 − 年初预算 (the year's additions): no fact has it, a sentence comparing the two budgets derives it */
  | 'budget-adjustment'
  | 'change'
  | 'change-pct'
  | 'prior-year'
  /** an estimate derived from a stated percentage; matched only when cited explicitly */
  | 'implied-change'
  | 'weight'
  | 'score'
  | 'value'
  | 'count'
  /** a number written in the table's own text (a name, a goal or reason cell) or in the user's notes */
  | 'quoted'

export type FactGroup =
  | 'funding'
  | 'indicator'
  | 'score'
  | 'basic'
  | 'project'
  | 'department'
  | 'outcome'
  | 'staffing'
  /** numbers quoted from the table's text cells */
  | 'text'
  /** numbers the user stated in a note (a chat answer) */
  | 'note'

export type CellSource = {
  kind: 'cell'
  /** the form's title */
  table: string
  /** 资金情况 / 绩效指标 / 基本支出 … */
  section: string
  row: string
  column: string
  /** JSON path in the canonical table */
  path: string
}

export type FormulaSource = {
  kind: 'formula'
  /** with the numbers: "30.64 ÷ 36 × 100%" */
  formula: string
  /** with the names: "实际投入 ÷ 年初预算 × 100%" */
  expression: string
  /** the ids of the facts it is computed from */
  inputs: string[]
}

/** A figure the user stated in a note (a chat answer): the note is its source. */
export type NoteSource = {
  kind: 'note'
  note: string
  /** which note (0-based) */
  index: number
}

export type Fact = {
  id: string
  label: string
  /** rounded 四舍五入 at `precision` */
  value: Decimal
  /** before rounding (equal to value for stated cells) */
  exact: Decimal
  /** '万元', '%', '次', '分', … ('' when the number has none) */
  unit: string
  precision: number
  /** as a draft would write it: "85.11%", "30.64万元" */
  display: string
  role: FactRole
  group: FactGroup
  /** the key of the table it belongs to ("P1", "D") */
  table: string
  tableName: string
  /** the row it describes ("合计", "人民群众满意度", "人员经费") */
  subject: string
  /** for targets and bounds: the operator as written ("≥95%") */
  operator?: Operator
  /** 余 / 约 / 以上 … as the unit wrote it */
  approximate?: string
  /**
   * A cell written without a unit that the table implies one for: an amount of money of the
   * project's size is in 万元 ("工程资金金额" 43.2). A draft may give it that unit; the fact keeps ''.
   */
  impliedUnit?: string
  source: CellSource | FormulaSource | NoteSource
  /** a quoted fact (role 'quoted'): the text it was read from and where the number is in it */
  quote?: { text: string; start: number; end: number }
}

export type FactSheet = {
  facts: Fact[]
  byId: ReadonlyMap<string, Fact>
}

export function sourceText(source: Fact['source']): string {
  if (source.kind === 'note') return `用户说明：“${source.note}”`
  return source.kind === 'cell'
    ? `${source.section}·${source.row}·${source.column}`
    : `${source.expression}：${source.formula}`
}

type Common = Pick<Fact, 'id' | 'label' | 'unit' | 'role' | 'group' | 'subject'> &
  Partial<Pick<Fact, 'operator' | 'approximate' | 'impliedUnit'>>

/** Collects facts for one table; ids are unique within a sheet. */
export class FactCollector {
  readonly facts: Fact[] = []
  private readonly byId = new Map<string, Fact>()

  constructor(
    readonly table: string,
    readonly tableName: string,
  ) {}

  stated(f: Common & { value: Decimal; cell: Omit<CellSource, 'kind' | 'table'> }): Fact {
    const source: CellSource = { kind: 'cell', table: this.tableName, ...f.cell }
    return this.push(f, f.value, f.value, f.value.scale, source)
  }

  derived(
    f: Common & {
      exact: Decimal
      precision: number
      formula: string
      expression: string
      inputs: readonly (Fact | string)[]
    },
  ): Fact {
    // Rounded at the precision, but no more digits than the exact value has (19.8, not 19.80).
    const value = f.exact.scale > f.precision ? f.exact.round(f.precision) : f.exact
    const source: FormulaSource = {
      kind: 'formula',
      formula: f.formula,
      expression: f.expression,
      inputs: f.inputs.map((i) => (typeof i === 'string' ? i : i.id)),
    }
    return this.push(f, value, f.exact, f.precision, source)
  }

  /** Builds the fact in one literal: this runs thousands of times for a large table. */
  private push(f: Common, value: Decimal, exact: Decimal, precision: number, source: Fact['source']): Fact {
    const fact: Fact = {
      id: f.id,
      label: f.label,
      value,
      exact,
      unit: f.unit,
      precision,
      display: `${f.operator ? OPERATOR_DISPLAY[f.operator] : ''}${formatNumber(value, precision)}${f.unit}`,
      role: f.role,
      group: f.group,
      table: this.table,
      tableName: this.tableName,
      subject: f.subject,
      source,
    }
    if (f.operator) fact.operator = f.operator
    if (f.approximate) fact.approximate = f.approximate
    if (f.impliedUnit) fact.impliedUnit = f.impliedUnit
    this.facts.push(fact)
    this.byId.set(fact.id, fact)
    return fact
  }

  get(id: string): Fact | undefined {
    return this.byId.get(id)
  }
}

const OPERATOR_DISPLAY: Record<Operator, string> = { '>=': '≥', '<=': '≤', '=': '', '>': '＞', '<': '＜' }

export function toFactSheet(facts: Fact[]): FactSheet {
  const byId = new Map<string, Fact>()
  for (const f of facts) {
    if (byId.has(f.id)) throw new Error(`duplicate fact id ${f.id}`)
    byId.set(f.id, f)
  }
  return { facts, byId }
}

/** The JSON form of a fact (DESIGN.md §7): decimals as exact text. */
export function factToJson(f: Fact) {
  return {
    id: f.id,
    label: f.label,
    value: f.value.toString(),
    ...(f.exact.eq(f.value) ? {} : { exact: f.exact.toString() }),
    unit: f.unit,
    precision: f.precision,
    display: f.display,
    role: f.role,
    group: f.group,
    table: f.table,
    subject: f.subject,
    ...(f.operator ? { operator: f.operator } : {}),
    ...(f.approximate ? { approximate: f.approximate } : {}),
    ...(f.quote ? { quote: f.quote.text } : {}),
    source: f.source,
  }
}

/** Shorthand for formulas: a number as a reader writes it. */
export function n(d: Decimal): string {
  return formatNumber(d, 6)
}
