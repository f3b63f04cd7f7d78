// One self-evaluation form, from its rows to a canonical project table: the label–value rows,
// the funding, goal and indicator sections, the year. Problems (unreadable cells, missing
// headers, rows that cannot be placed) are collected in the context; the caller decides.
import { nextRowOf, type RowKind, type Segment } from './form-segments.ts'
import { EXPECTED_HEADERS } from './header-vocabulary.ts'
import type { ProjectTableJson } from './import-types.ts'
import { addProblem, addWarning, type ReadContext } from './read-context.ts'
import { readFields } from './read-fields.ts'
import { readFunding } from './read-funding.ts'
import { readGoal, readGoalText } from './read-goal.ts'
import { readIndicators } from './read-indicators.ts'
import { resolveYear } from './resolve-year.ts'

export type FormOptions = {
  /** paragraphs of the whole document, for a year the form does not print */
  paragraphs: readonly string[]
  year?: number
}

const SECTION_ENDS: RowKind[] = [
  'fundingHeader',
  'goalHeader',
  'goalText',
  'indicatorHeader',
  'total',
  'fields',
  'single',
]

export function recogniseForm(
  ctx: ReadContext,
  seg: Segment,
  kinds: readonly RowKind[],
  options: FormOptions,
): ProjectTableJson | null {
  const form = formRows(ctx, seg, kinds)
  const { fundingHeader, indicatorHeader, goalHeader } = seg.first
  const fieldsEnd = fundingHeader ?? goalHeader ?? indicatorHeader ?? seg.end
  const fieldRows = form.between(seg.start, fieldsEnd).filter((i) => kinds[i] === 'fields')
  const fields = readFields(fieldRows.map(form.row))
  reportMissingHeaders(form)

  const unplaced: number[] = []
  const funding = readFundingSection(form, unplaced)
  const goal = readGoalSection(form, unplaced)
  const indicators = readIndicatorSection(form, unplaced)
  reportUnplaced(form, unplaced)

  const titles = form.between(seg.start, seg.projectRow).flatMap((i) => form.row(i).filter((t) => t !== ''))
  const project = fields.project || projectFromTitle(form, titles)
  const year = resolveYear(
    ctx,
    ctx.source.where(seg.start),
    [fields.year ?? '', ...[...titles].reverse(), ...[...ctx.source.context].reverse()],
    options,
  )
  if (!funding || !indicators || !project || year === null) return null
  return {
    kind: 'project-self-evaluation',
    year,
    project,
    manager: fields.manager,
    phone: fields.phone,
    department: fields.department,
    unit: fields.unit,
    moneyUnit: funding.moneyUnit,
    funding: funding.funding,
    goal,
    indicators,
  }
}

/** The rows of one form with their kinds, and the reading context problems go to. */
type FormRows = {
  ctx: ReadContext
  seg: Segment
  kinds: readonly RowKind[]
  row: (i: number) => string[]
  /** the row indices in [from, to) whose kind is not skipped */
  between: (from: number, to: number, skip?: RowKind[]) => number[]
}

function formRows(ctx: ReadContext, seg: Segment, kinds: readonly RowKind[]): FormRows {
  const rows = ctx.source.rows
  return {
    ctx,
    seg,
    kinds,
    row: (i) => rows[i] ?? [],
    between: (from, to, skip = ['blank']) =>
      Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i).filter(
        (i) => !skip.includes(kinds[i] ?? 'blank'),
      ),
  }
}

/** A form without a funding or an indicator header: say what was found there and what is expected. */
function reportMissingHeaders(form: FormRows) {
  const { ctx, seg, kinds } = form
  const { fundingHeader, indicatorHeader, goalHeader } = seg.first
  if (fundingHeader === undefined) {
    const found = firstDataRow(kinds, seg.projectRow + 1, goalHeader ?? indicatorHeader ?? seg.end)
    const cells = found === null ? [] : form.row(found)
    missingHeaders(ctx, found ?? seg.projectRow, '资金情况', cells, EXPECTED_HEADERS.funding)
  }
  if (indicatorHeader === undefined) {
    const found = form.between(seg.projectRow, seg.end).find((i) => form.row(i).some((t) => /指标/.test(t)))
    const cells = found === undefined ? [] : form.row(found)
    missingHeaders(ctx, found ?? seg.projectRow, '绩效指标', cells, EXPECTED_HEADERS.indicators)
  }
}

function readFundingSection(form: FormRows, unplaced: number[]) {
  const at = form.seg.first.fundingHeader
  if (at === undefined) return null
  const end = nextRowOf(form.kinds, at + 1, form.seg.end, SECTION_ENDS)
  const funding = readFunding(form.ctx, at, form.between(at + 1, end))
  unplaced.push(...funding.unplaced)
  return funding
}

/** The goal under its header, or goal text rows without one. */
function readGoalSection(form: FormRows, unplaced: number[]) {
  const { seg, kinds } = form
  const at = seg.first.goalHeader
  if (at === undefined) {
    const textRows = form
      .between(seg.projectRow, seg.first.indicatorHeader ?? seg.end)
      .filter((i) => kinds[i] === 'goalText')
    return textRows.length ? readGoalText(textRows.map(form.row)) : null
  }
  const end = nextRowOf(kinds, at + 1, seg.end, SECTION_ENDS)
  const section = readGoal(form.ctx, at, form.between(at + 1, end))
  unplaced.push(...section.unplaced)
  return section.goal
}

function readIndicatorSection(form: FormRows, unplaced: number[]) {
  const at = form.seg.first.indicatorHeader
  if (at === undefined) return null
  const ends: RowKind[] = ['total', 'single', 'fields', 'fundingHeader', 'goalHeader']
  const end = nextRowOf(form.kinds, at + 1, form.seg.end, ends)
  const rows = form.between(at + 1, end, ['blank', 'indicatorHeader'])
  const section = readIndicators(form.ctx, at, rows)
  unplaced.push(...section.unplaced)
  return section.indicators
}

function reportUnplaced(form: FormRows, unplaced: number[]) {
  for (const r of unplaced.sort((a, b) => a - b)) {
    addProblem(
      form.ctx,
      form.ctx.source.where(r),
      `这一行无法对应到表头的列（粘贴的文本中合并单元格只占一格，这一行的格数与表头不同）：${describeRow(form.row(r))}`,
      `the row cannot be placed under the header's columns: ${form.row(r).join(' | ')}`,
    )
  }
}

/** The project name from a title "…2022年度综治经费项目支出绩效自评表" (with a warning), or a problem. */
function projectFromTitle(form: FormRows, titles: readonly string[]): string | null {
  const { ctx, seg } = form
  const fromTitle = titles
    .find((t) => /自评表/.test(t))
    ?.replace(/\s+/g, '')
    .replace(/^.*?\d{4}年度?/, '')
    .replace(/(项目支出)?(绩效)?自评表.*$/, '')
  if (fromTitle) {
    const where = ctx.source.where(seg.projectRow)
    addWarning(ctx, 'PROJECT_FROM_TITLE', where, `“${fromTitle}”`, 'project name taken from the title')
    return fromTitle
  }
  const where = ctx.source.where(seg.projectRow, undefined, '项目名称')
  addProblem(ctx, where, '项目名称为空', 'the project name is empty')
  return null
}

function firstDataRow(kinds: readonly RowKind[], from: number, to: number): number | null {
  for (let i = from; i < to; i++) if (kinds[i] === 'data') return i
  return null
}

function missingHeaders(
  ctx: ReadContext,
  row: number,
  section: string,
  found: readonly string[],
  expected: string,
): void {
  const seen = describeRow(found)
  addProblem(
    ctx,
    ctx.source.where(row),
    `没有识别出${section}的表头。${seen ? `找到的是：${seen}；` : ''}应包含：${expected}`,
    `the ${section === '资金情况' ? 'funding' : 'indicator'} header row was not recognised${found.length ? ` (found: ${found.filter(Boolean).join(', ')})` : ''}`,
  )
}

export function describeRow(cells: readonly string[]): string {
  return cells
    .filter((t) => t !== '')
    .slice(0, 10)
    .map((t) => {
      const one = t.replace(/\n/g, ' ')
      return `“${one.length > 20 ? `${one.slice(0, 20)}…` : one}”`
    })
    .join('、')
}
