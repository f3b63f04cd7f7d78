// Numbers written in a table's own text — the project's and indicators' names, the goal cells, the
// reason cells, the department's notes — are quoted facts: a draft that repeats one ("剩余3%尾款
// 未付", "0-36月龄") quotes the table, and the card says "引自表内文字" with the cell it came from.
// The user's notes give quoted facts the same way (引自用户说明), one verification at a time.
import type { TableAnalysis } from './analyze.ts'
import { Decimal } from './decimal.ts'
import type { Fact } from './facts.ts'
import { findNumbers, type FoundNumber } from './numbers/find-numbers.ts'
import { asMoneyScale, MONEY_CONTEXT } from './numbers/money-words.ts'
import type { ProjectAnalysis } from './project-analysis.ts'
import { isMoneyUnit } from './units.ts'

type TextCell = { section: string; row: string; column: string; path: string; text: string }

export function textFacts(a: Pick<TableAnalysis, 'projects' | 'department'>): Fact[] {
  const out: Fact[] = []
  for (const p of a.projects) quote(out, p.key, p.tableName, projectCells(p))
  const d = a.department
  if (d) {
    quote(
      out,
      'D',
      d.tableName,
      d.table.notes.map((text, i) => ({
        section: '说明',
        row: `说明${i + 1}`,
        column: '说明',
        path: `notes[${i}]`,
        text,
      })),
    )
  }
  return out
}

/** A cell's total of its figures of one measure (5500吨 of 5000吨稻谷、500吨成品粮; 571人 of a mixed cell). */
export function isQuotedTotal(f: Fact): boolean {
  return /\.T[SU]\d+$/.test(f.id)
}

/** Facts of the figures in the user's notes (what they told the chat), with the note as source. */
export function noteFacts(notes: readonly string[]): Fact[] {
  const out: Fact[] = []
  notes.forEach((text, i) => {
    for (const [k, n] of noteNumbers(text).entries()) {
      out.push(
        quotedFact(n, text, {
          id: `N${i}.${k}`,
          label: `用户说明${i + 1}中的数字`,
          group: 'note',
          table: 'N',
          tableName: '用户说明',
          subject: `用户说明${i + 1}`,
          source: { kind: 'note', note: text, index: i },
        }),
      )
    }
  })
  return out
}

function projectCells(p: ProjectAnalysis): TextCell[] {
  const t = p.table
  const cells: TextCell[] = [
    { section: '基本信息', row: '项目名称', column: '项目名称', path: 'project', text: t.project },
  ]
  if (t.goal) {
    cells.push({
      section: '年度总体目标',
      row: '年度目标',
      column: '预期目标',
      path: 'goal.target',
      text: t.goal.target,
    })
    cells.push({
      section: '年度总体目标',
      row: '年度目标',
      column: '实际完成情况',
      path: 'goal.achieved',
      text: t.goal.achieved,
    })
  }
  t.funding.forEach((r, i) => {
    cells.push({ section: '资金情况', row: r.source, column: '原因说明', path: `funding[${i}].reason`, text: r.reason })
  })
  t.indicators.forEach((r, i) => {
    const row = r.name.replace(/\s+/g, '')
    cells.push({ section: '绩效指标', row, column: '三级指标', path: `indicators[${i}].name`, text: r.name })
    cells.push({
      section: '绩效指标',
      row,
      column: '偏差原因分析及改进措施',
      path: `indicators[${i}].reason`,
      text: r.reason,
    })
  })
  // the rate each funding row prints ("其他资金栏执行率填为0"): last, so the other cells keep their ids
  t.funding.forEach((r, i) => {
    if (r.rate)
      cells.push({ section: '资金情况', row: r.source, column: '执行率', path: `funding[${i}].rate`, text: r.rate })
  })
  // a target or actual cell that is no value ("采购的原原种合格率≥90%"): its figures are the cell's words,
  // quoted as they stand (after every other cell, for the same reason)
  p.indicators.forEach((r, i) => {
    const row = r.row.name.replace(/\s+/g, '')
    for (const [cell, column, key] of [
      [r.target, '指标值', 'target'],
      [r.actual, '实际完成值', 'actual'],
    ] as const)
      if (cell.kind === 'unreadable')
        cells.push({ section: '绩效指标', row, column, path: `indicators[${i}].${key}`, text: cell.raw })
  })
  return cells
}

function quote(out: Fact[], key: string, tableName: string, cells: readonly TextCell[]) {
  let k = 0
  let s = 0
  let u = 0
  for (const c of cells) {
    const numbers = dataNumbers(c.text)
    const source = {
      kind: 'cell',
      table: tableName,
      section: c.section,
      row: c.row,
      column: c.column,
      path: c.path,
    } as const
    const add = (n: FoundNumber, id: string, terms?: string) =>
      out.push(
        quotedFact(n, c.text, {
          id,
          label: `${c.row}·${c.column}（表内文字${terms ? `，${terms}` : ''}）`,
          group: 'text',
          table: key,
          tableName,
          subject: c.row,
          source,
        }),
      )
    for (const n of numbers) add(n, `${key}.T${k++}`)
    const total = cellTotal(numbers)
    if (total) add(total.n, `${key}.TS${s++}`, total.terms)
    // (a cell of several measures, "伤残军人50人、…、烈士家庭6户、…边海防官兵320人": each measure's own total,
    // under ids of their own so that the ids above stay as they were)
    else for (const t of unitTotals(numbers)) add(t.n, `${key}.TU${u++}`, t.terms)
  }
}

/** The total of each measure word that two or more figures of a cell of several measures are counted in. */
function unitTotals(numbers: readonly FoundNumber[]): { n: FoundNumber; terms: string }[] {
  const byUnit = new Map<string, FoundNumber[]>()
  for (const n of numbers) if (n.unit) (byUnit.get(n.unit) ?? byUnit.set(n.unit, []).get(n.unit)!).push(n)
  if (byUnit.size < 2) return []
  return [...byUnit.values()].flatMap((group) => {
    const t = cellTotal(group)
    return t ? [t] : []
  })
}

/**
 * "5000吨稻谷、500吨成品粮储备到位率": the figures of one cell in one measure (not shares, not money) add up
 * to a whole the text implies (5500吨) — quoted as the cell's, its span the figures' and the words between.
 */
function cellTotal(numbers: readonly FoundNumber[]): { n: FoundNumber; terms: string } | null {
  if (numbers.length < 2) return null
  const unit = numbers[0]!.unit
  if (!unit || unit === '%' || isMoneyUnit(unit) || !numbers.every((n) => n.unit === unit && n.qualifier === null))
    return null
  const value = Decimal.sum(numbers.map((n) => n.value))
  const decimals = Math.max(...numbers.map((n) => n.decimals))
  const first = numbers[0]!
  const last = numbers[numbers.length - 1]!
  const text = `${value.toString()}${unit}`
  return {
    n: { ...first, value, decimals, text, start: first.start, end: last.end },
    terms: `${numbers.map((n) => n.text).join(' + ')}，合计${text}`,
  }
}

/** A number of a text as a quoted fact: its value as written, and where it stands in the text. */
function quotedFact(
  n: FoundNumber,
  text: string,
  where: Pick<Fact, 'id' | 'label' | 'group' | 'table' | 'tableName' | 'subject' | 'source'>,
): Fact {
  return {
    ...where,
    value: n.value,
    exact: n.value,
    unit: n.unit ?? '',
    precision: n.decimals,
    display: n.text,
    role: 'quoted',
    quote: { text, start: n.start, end: n.end },
  }
}

/** The numbers of a text that are data values (not years, list markers, dates …). */
function dataNumbers(text: string) {
  if (!text || !/[0-9０-９一二三四五六七八九十百千万两零〇]/.test(text)) return []
  return findNumbers(text).numbers.filter((n) => n.ignored === null)
}

/** The numbers of a user's note: "到11月底才支出了大概52万" speaks of money, so 52万 is 52万元. */
function noteNumbers(text: string) {
  const numbers = dataNumbers(text)
  if (MONEY_CONTEXT.test(text)) for (const n of numbers) asMoneyScale(n)
  return numbers
}
