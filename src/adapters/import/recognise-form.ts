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
  const { source } = ctx
  const rows = source.rows
  const rowsBetween = (from: number, to: number, skip: RowKind[] = ['blank']) =>
    Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i).filter(
      (i) => !skip.includes(kinds[i]!),
    )

  const fundingAt = seg.first.fundingHeader
  const indicatorAt = seg.first.indicatorHeader
  const goalAt = seg.first.goalHeader
  const fieldsEnd = fundingAt ?? goalAt ?? indicatorAt ?? seg.end
  const fields = readFields(
    rowsBetween(seg.start, fieldsEnd)
      .filter((i) => kinds[i] === 'fields')
      .map((i) => rows[i]!),
  )

  if (fundingAt === undefined) {
    const found = firstDataRow(kinds, seg.projectRow + 1, goalAt ?? indicatorAt ?? seg.end)
    missingHeaders(
      ctx,
      found ?? seg.projectRow,
      '资金情况',
      found === null ? [] : rows[found]!,
      EXPECTED_HEADERS.funding,
    )
  }
  if (indicatorAt === undefined) {
    const found = rowsBetween(seg.projectRow, seg.end).find((i) =>
      rows[i]!.some((t) => /指标/.test(t)),
    )
    missingHeaders(
      ctx,
      found ?? seg.projectRow,
      '绩效指标',
      found === undefined ? [] : rows[found]!,
      EXPECTED_HEADERS.indicators,
    )
  }

  const unplaced: number[] = []
  let funding = null
  if (fundingAt !== undefined) {
    const end = nextRowOf(kinds, fundingAt + 1, seg.end, SECTION_ENDS)
    funding = readFunding(ctx, fundingAt, rowsBetween(fundingAt + 1, end))
    unplaced.push(...funding.unplaced)
  }
  let goal = null
  const goalTextRows = rowsBetween(seg.projectRow, indicatorAt ?? seg.end).filter(
    (i) => kinds[i] === 'goalText',
  )
  if (goalAt === undefined && goalTextRows.length)
    goal = readGoalText(goalTextRows.map((i) => rows[i]!))
  if (goalAt !== undefined) {
    const end = nextRowOf(kinds, goalAt + 1, seg.end, SECTION_ENDS)
    const section = readGoal(ctx, goalAt, rowsBetween(goalAt + 1, end))
    goal = section.goal
    unplaced.push(...section.unplaced)
  }
  let indicators = null
  if (indicatorAt !== undefined) {
    const end = nextRowOf(kinds, indicatorAt + 1, seg.end, [
      'total',
      'single',
      'fields',
      'fundingHeader',
      'goalHeader',
    ])
    const section = readIndicators(
      ctx,
      indicatorAt,
      rowsBetween(indicatorAt + 1, end, ['blank', 'indicatorHeader']),
    )
    indicators = section.indicators
    unplaced.push(...section.unplaced)
  }
  for (const r of unplaced.sort((a, b) => a - b)) {
    addProblem(
      ctx,
      source.where(r),
      `这一行无法对应到表头的列（粘贴的文本中合并单元格只占一格，这一行的格数与表头不同）：${describeRow(rows[r]!)}`,
      `the row cannot be placed under the header's columns: ${rows[r]!.join(' | ')}`,
    )
  }

  let project = fields.project
  const titles = rowsBetween(seg.start, seg.projectRow).flatMap((i) =>
    rows[i]!.filter((t) => t !== ''),
  )
  if (!project) {
    const title = titles.find((t) => /自评表/.test(t))
    const fromTitle = title
      ?.replace(/\s+/g, '')
      .replace(/^.*?\d{4}年度?/, '')
      .replace(/(项目支出)?(绩效)?自评表.*$/, '')
    if (fromTitle) {
      project = fromTitle
      addWarning(
        ctx,
        'PROJECT_FROM_TITLE',
        source.where(seg.projectRow),
        `“${fromTitle}”`,
        'project name taken from the title',
      )
    } else {
      addProblem(
        ctx,
        source.where(seg.projectRow, undefined, '项目名称'),
        '项目名称为空',
        'the project name is empty',
      )
    }
  }

  const year = resolveYear(
    ctx,
    source.where(seg.start),
    [fields.year ?? '', ...[...titles].reverse(), ...[...source.context].reverse()],
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
