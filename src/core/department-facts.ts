// The facts of a department table: basic and project expenditure, their shares and stated
// changes, the outcomes and staffing it reports. Joined project tables add their own facts.
import { Decimal } from './decimal.ts'
import { FactCollector, n, type Fact } from './facts.ts'
import type { BasicLineFigures, DepartmentAnalysis } from './department-analysis.ts'
import { formatNumber } from './format.ts'
import { STAFFING } from './staffing.ts'

export function departmentFacts(d: DepartmentAnalysis): Fact[] {
  const c = new FactCollector(d.key, d.tableName)
  const basicTotal = basicFacts(c, d)
  const projectTotal = projectFacts(c, d)
  departmentTotalFacts(c, d, basicTotal, projectTotal)
  outcomeFacts(c, d)
  staffingFacts(c, d)
  return c.facts
}

const SCALE = 2

/** 基本支出: the total, its stated change and the prior year it implies, each line, the lines' implied changes and sum. */
function basicFacts(c: FactCollector, d: DepartmentAnalysis): Fact {
  const unit = d.table.moneyUnit
  const { basic } = d
  const basicTotal = c.stated({
    id: 'D.B.total',
    label: '基本支出',
    value: basic.total,
    unit,
    role: 'total',
    group: 'basic',
    subject: '基本支出',
    cell: { section: '基本支出', row: '基本支出', column: '本年支出', path: 'basicExpenditure.total' },
  })
  changeFacts(c, unit, BASIC, basic, basicTotal)
  for (const l of basic.lines) basicLineFacts(c, d, l, basicTotal)
  if (basic.impliedChange) {
    c.derived({
      id: 'D.B.impliedChange',
      label: '基本支出较上年增减额（按各项增减幅度推算）',
      exact: basic.impliedChange,
      precision: SCALE,
      unit,
      role: 'implied-change',
      group: 'basic',
      subject: '基本支出',
      formula: basic.lines.flatMap((l) => (l.impliedChange ? [`(${formatNumber(l.impliedChange)})`] : [])).join(' + '),
      expression: '各项推算增减额之和',
      inputs: basic.lines.map((l) => `D.B.L${l.index}.impliedChange`),
    })
  }
  if (basic.linesSum && !basic.linesSum.eq(basic.total)) {
    c.derived({
      id: 'D.B.linesSum',
      label: '基本支出各项之和',
      exact: basic.linesSum,
      precision: basic.linesSum.scale,
      unit,
      role: 'sum',
      group: 'basic',
      subject: '基本支出',
      formula: basic.lines.map((l) => n(l.line.actual)).join(' + '),
      expression: basic.lines.map((l) => l.line.name).join(' + '),
      inputs: basic.lines.map((l) => `D.B.L${l.index}.actual`),
    })
  }
  return basicTotal
}

/** One line of 基本支出: its amount, share, stated change in percent and the change in money that implies. */
function basicLineFacts(c: FactCollector, d: DepartmentAnalysis, l: BasicLineFigures, basicTotal: Fact) {
  const unit = d.table.moneyUnit
  const path = `basicExpenditure.lines[${l.index}]`
  const actual = lineActual(c, unit, BASIC, l)
  lineShare(c, BASIC, l, d.basic.total, actual, basicTotal)
  const pct = l.line.changeFromPriorYearPct
  if (!pct) return
  const pctFact = c.stated({
    id: `D.B.L${l.index}.changePct`,
    label: `${l.line.name}较上年增减幅度`,
    value: pct,
    unit: '%',
    role: 'change-pct',
    group: 'basic',
    subject: l.line.name,
    cell: { section: '基本支出', row: l.line.name, column: '较上年增减（%）', path: `${path}.changeFromPriorYearPct` },
  })
  if (l.impliedChange) {
    c.derived({
      id: `D.B.L${l.index}.impliedChange`,
      label: `${l.line.name}较上年增减额（按增减幅度推算）`,
      exact: l.impliedChange,
      precision: SCALE,
      unit,
      role: 'implied-change',
      group: 'basic',
      subject: l.line.name,
      formula: `${n(l.line.actual)} − ${n(l.line.actual)} ÷ (1 + ${formatNumber(pct, 6)}%)`,
      expression: '本年支出 − 本年支出 ÷ (1 + 增减幅度)',
      inputs: [actual, pctFact],
    })
  }
}

/** 项目支出: each line, their total and shares, how many projects (and with a self-evaluation), the stated change. */
function projectFacts(c: FactCollector, d: DepartmentAnalysis): Fact {
  const unit = d.table.moneyUnit
  const { project } = d
  const lineFacts = project.lines.map((l) => lineActual(c, unit, PROJECT, l))
  const projectTotal = c.derived({
    id: 'D.P.total',
    label: '项目支出合计',
    exact: project.total,
    precision: project.total.scale,
    unit,
    role: 'total',
    group: 'project',
    subject: '项目支出',
    formula: project.lines.map((l) => n(l.line.actual)).join(' + '),
    expression: project.lines.map((l) => l.line.name).join(' + '),
    inputs: lineFacts,
  })
  project.lines.forEach((l, i) => {
    const actual = lineFacts[i]
    if (actual) lineShare(c, PROJECT, l, project.total, actual, projectTotal)
  })
  c.derived({
    id: 'D.count.projects',
    label: '项目支出项目个数',
    exact: Decimal.of(BigInt(project.lines.length)),
    precision: 0,
    unit: '项',
    role: 'count',
    group: 'project',
    subject: '项目支出项目',
    formula: `${project.lines.length}`,
    expression: `项目支出各行：${project.lines.map((l) => l.line.name).join('、')}`,
    inputs: lineFacts,
  })
  const evaluated = project.lines.filter((l) => l.line.selfEvaluation)
  if (evaluated.length) {
    c.derived({
      id: 'D.count.selfEvaluations',
      label: '开展绩效自评的项目个数',
      exact: Decimal.of(BigInt(evaluated.length)),
      precision: 0,
      unit: '项',
      role: 'count',
      group: 'project',
      subject: '绩效自评项目',
      formula: `${evaluated.length}`,
      expression: `附有绩效自评表的项目：${evaluated.map((l) => l.line.name).join('、')}`,
      inputs: [],
    })
  }
  changeFacts(c, unit, PROJECT, project, projectTotal)
  return projectTotal
}

/** The department's total, and its prior year and change where both parts state theirs. */
function departmentTotalFacts(c: FactCollector, d: DepartmentAnalysis, basicTotal: Fact, projectTotal: Fact) {
  const unit = d.table.moneyUnit
  const { basic, project } = d
  c.derived({
    id: 'D.total',
    label: '部门支出合计（基本支出 + 项目支出）',
    exact: d.total,
    precision: d.total.scale,
    unit,
    role: 'total',
    group: 'department',
    subject: '部门支出',
    formula: `${n(basic.total)} + ${n(project.total)}`,
    expression: '基本支出 + 项目支出合计',
    inputs: [basicTotal, projectTotal],
  })

  if (basic.prior && project.prior && basic.change && project.change) {
    const prior = basic.prior.add(project.prior)
    const priorFact = c.derived({
      id: 'D.prior',
      label: '上年部门支出合计（推算）',
      exact: prior,
      precision: prior.scale,
      unit,
      role: 'prior-year',
      group: 'department',
      subject: '部门支出',
      formula: `${n(basic.prior)} + ${n(project.prior)}`,
      expression: '上年基本支出 + 上年项目支出',
      inputs: ['D.B.prior', 'D.P.prior'],
    })
    const change = basic.change.add(project.change)
    const changeFact = c.derived({
      id: 'D.change',
      label: '部门支出较上年增减',
      exact: change,
      precision: change.scale,
      unit,
      role: 'change',
      group: 'department',
      subject: '部门支出',
      formula: `${n(basic.change)} + (${n(project.change)})`,
      expression: '基本支出较上年增减 + 项目支出较上年增减',
      inputs: ['D.B.change', 'D.P.change'],
    })
    yoyRate(c, 'D.changePct', '部门支出', change, prior, changeFact, priorFact.id)
  }
}

function outcomeFacts(c: FactCollector, d: DepartmentAnalysis) {
  d.table.outcomes.forEach((o, i) => {
    const path = `outcomes[${i}]`
    c.stated({
      id: `D.O${i}.value`,
      label: o.label,
      value: o.value,
      unit: o.unit,
      role: 'value',
      group: 'outcome',
      subject: o.label,
      cell: { section: '绩效成效', row: o.label, column: '数值', path: `${path}.value` },
      ...(o.approximate ? { approximate: o.approximate } : {}),
    })
    if (o.changeFromPriorYearPct) {
      c.stated({
        id: `D.O${i}.changePct`,
        label: `${o.label}同比变化`,
        value: o.changeFromPriorYearPct,
        unit: '%',
        role: 'change-pct',
        group: 'outcome',
        subject: o.label,
        cell: { section: '绩效成效', row: o.label, column: '同比（%）', path: `${path}.changeFromPriorYearPct` },
      })
    }
  })
}

function staffingFacts(c: FactCollector, d: DepartmentAnalysis) {
  for (const [key, value] of Object.entries(d.table.staffing)) {
    const meta = STAFFING[key] ?? { label: key, unit: '' }
    c.stated({
      id: `D.S.${key}`,
      label: meta.label,
      value,
      unit: meta.unit,
      role: 'count',
      group: 'staffing',
      subject: meta.label,
      cell: { section: '人员编制', row: meta.label, column: '数量', path: `staffing.${key}` },
    })
  }
}

/** 基本支出 or 项目支出 as its facts name it; `totalName` is its total in a share's expression. */
type Part = {
  key: 'B' | 'P'
  group: 'basic' | 'project'
  subject: '基本支出' | '项目支出'
  path: string
  totalName: string
}

const BASIC: Part = { key: 'B', group: 'basic', subject: '基本支出', path: 'basicExpenditure', totalName: '基本支出' }
const PROJECT: Part = {
  key: 'P',
  group: 'project',
  subject: '项目支出',
  path: 'projectExpenditure',
  totalName: '项目支出合计',
}

type Line = { index: number; line: { name: string; actual: Decimal }; share: Decimal | null }

/** A line's 本年支出 as stated. */
function lineActual(c: FactCollector, unit: string, part: Part, l: Line): Fact {
  return c.stated({
    id: `D.${part.key}.L${l.index}.actual`,
    label: `${part.subject}·${l.line.name}`,
    value: l.line.actual,
    unit,
    role: 'actual',
    group: part.group,
    subject: l.line.name,
    cell: {
      section: part.subject,
      row: l.line.name,
      column: '本年支出',
      path: `${part.path}.lines[${l.index}].actual`,
    },
  })
}

/** A line's share of its part: line ÷ total × 100%, where the total is not 0. */
function lineShare(c: FactCollector, part: Part, l: Line, total: Decimal, actual: Fact, totalFact: Fact) {
  if (!l.share) return
  c.derived({
    id: `D.${part.key}.L${l.index}.share`,
    label: `${l.line.name}占${part.subject}的比重`,
    exact: l.share,
    precision: SCALE,
    unit: '%',
    role: 'share',
    group: part.group,
    subject: l.line.name,
    formula: `${n(l.line.actual)} ÷ ${n(total)} × 100%`,
    expression: `${l.line.name} ÷ ${part.totalName} × 100%`,
    inputs: [actual, totalFact],
  })
}

/** A part's stated 较上年增减, the prior year it implies (本年 − 增减) and the rate of change. */
function changeFacts(
  c: FactCollector,
  unit: string,
  part: Part,
  figures: { total: Decimal; change: Decimal | null; prior: Decimal | null },
  totalFact: Fact,
) {
  const { total, change, prior } = figures
  if (!change || !prior) return
  const { key, group, subject } = part
  const changeFact = c.stated({
    id: `D.${key}.change`,
    label: `${subject}较上年增减`,
    value: change,
    unit,
    role: 'change',
    group,
    subject,
    cell: { section: subject, row: subject, column: '较上年增减', path: `${part.path}.changeFromPriorYear` },
  })
  c.derived({
    id: `D.${key}.prior`,
    label: `上年${subject}（推算）`,
    exact: prior,
    precision: prior.scale,
    unit,
    role: 'prior-year',
    group,
    subject,
    formula: `${n(total)} − (${n(change)})`,
    expression: `本年${subject} − 较上年增减`,
    inputs: [totalFact, changeFact],
  })
  yoyRate(c, `D.${key}.changePct`, subject, change, prior, changeFact, `D.${key}.prior`)
}

/** 较上年增减幅度 where the prior amount is known: change ÷ prior × 100%. */
function yoyRate(
  c: FactCollector,
  id: string,
  subject: string,
  change: Decimal,
  prior: Decimal,
  changeFact: Fact,
  priorId: string,
) {
  const rate = change.div(prior, 12)
  if (!rate) return
  c.derived({
    id,
    label: `${subject}较上年增减幅度`,
    exact: rate.mul(Decimal.HUNDRED),
    precision: 2,
    unit: '%',
    role: 'change-pct',
    group: subject === '基本支出' ? 'basic' : subject === '项目支出' ? 'project' : 'department',
    subject,
    formula: `${n(change)} ÷ ${n(prior)} × 100%`,
    expression: '较上年增减 ÷ 上年支出 × 100%',
    inputs: [changeFact, priorId],
  })
}
