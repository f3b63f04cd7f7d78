// The canonical tables after validation: money as exact decimals, cell text kept as written.
// The JSON shape is described in DESIGN.md §2; schema.ts turns that JSON into these types.
import type { Decimal } from './decimal.ts'

export type FundingRow = {
  /** 合计 / 财政拨款 / 其他资金 / 上年结转 … (importers drop a leading 其中：, as the samples do) */
  source: string
  budget: Decimal | null
  fullYearBudget: Decimal | null
  actual: Decimal | null
  reason: string
  weight: Decimal | null
  /** 执行率 as printed by the unit (text), when given */
  rate: string | null
  score: Decimal | null
}

export type IndicatorRow = {
  level1: string
  level2: string | null
  name: string
  /** raw cell text ("≥10次", "=30.64万元", "有所推升") */
  target: string
  actual: string
  reason: string
  weight: Decimal | null
  score: Decimal | null
}

export type ProjectTable = {
  kind: 'project-self-evaluation'
  year: number
  project: string
  manager: string | null
  phone: string | null
  department: string | null
  unit: string | null
  moneyUnit: string
  funding: FundingRow[]
  goal: { target: string; achieved: string } | null
  indicators: IndicatorRow[]
}

export type BasicLine = { name: string; actual: Decimal; changeFromPriorYearPct: Decimal | null }

export type ProjectLine = {
  name: string
  actual: Decimal
  /** path of a project table, relative to the department file */
  selfEvaluation: string | null
  /** the joined project table, filled by the loader */
  project: ProjectTable | null
}

export type Outcome = {
  label: string
  value: Decimal
  unit: string
  /** 余 / 约 / 以上 … as the unit wrote it */
  approximate: string | null
  changeFromPriorYearPct: Decimal | null
}

export type DepartmentTable = {
  kind: 'department-overall'
  year: number
  unit: string
  moneyUnit: string
  staffing: Record<string, Decimal>
  basicExpenditure: {
    total: Decimal
    changeFromPriorYear: Decimal | null
    lines: BasicLine[]
  }
  projectExpenditure: {
    changeFromPriorYear: Decimal | null
    lines: ProjectLine[]
  }
  outcomes: Outcome[]
  notes: string[]
}

export type CanonicalTable = ProjectTable | DepartmentTable

export type TableKind = CanonicalTable['kind']
