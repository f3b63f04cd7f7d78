// Where a place in a canonical table's JSON is, in the words of the table the user knows:
// "资金情况·第2行（财政拨款）·年初预算" for funding[1].budget. Sections and columns are named as the
// facts (cell.section/column) and the page's table view name them; a row is named by its own
// name as the input holds it, when it has one. Works on the JSON as given (it may be invalid).
import { STAFFING } from './staffing.ts'

type Key = PropertyKey
type Columns = Readonly<Record<string, string>>

const PROJECT_FIELDS: Columns = {
  kind: '表格类型',
  year: '年度',
  project: '项目名称',
  manager: '项目负责人',
  phone: '联系电话',
  department: '主管部门',
  unit: '实施单位',
  moneyUnit: '金额单位',
}

const FUNDING_COLUMNS: Columns = {
  source: '资金来源',
  budget: '年初预算',
  fullYearBudget: '全年预算',
  actual: '实际投入',
  reason: '原因',
  weight: '分值',
  rate: '填报执行率',
  score: '自评得分',
}

const INDICATOR_COLUMNS: Columns = {
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  target: '指标值',
  actual: '实际完成值',
  reason: '原因',
  weight: '分值',
  score: '自评得分',
}

const GOAL_COLUMNS: Columns = { target: '预期目标', achieved: '实际完成情况' }

const DEPARTMENT_FIELDS: Columns = {
  kind: '表格类型',
  year: '年度',
  unit: '单位名称',
  moneyUnit: '金额单位',
}

const BASIC_COLUMNS: Columns = { name: '名称', actual: '本年支出', changeFromPriorYearPct: '较上年增减（%）' }
const PROJECT_LINE_COLUMNS: Columns = { name: '名称', actual: '本年支出', selfEvaluation: '项目自评表' }
const OUTCOME_COLUMNS: Columns = {
  label: '名称',
  value: '数值',
  unit: '单位',
  approximate: '约数用语',
  changeFromPriorYearPct: '同比（%）',
}

/** The department table's own name in places: its lines are not a project table's rows. */
export const DEPARTMENT_TABLE_ZH = '部门整体表'

/** The longest row name quoted in a place; longer ones are cut with "…". */
const MAX_ROW_NAME = 24

/**
 * The place of `path` in the table `json`, or null for the table as a whole (or a path it cannot
 * name: it never falls back to the JSON path).
 */
export function tablePlace(path: readonly Key[], json: unknown): string | null {
  if (!path.length) return null
  const kind = field(json, 'kind')
  return kind === 'department-overall' ? departmentPlace(path, json) : projectPlace(path, json)
}

function projectPlace(path: readonly Key[], json: unknown): string | null {
  const [head, ...rest] = path
  switch (head) {
    case 'funding':
      return rows('资金情况', rest, field(json, 'funding'), 'source', FUNDING_COLUMNS)
    case 'indicators':
      return rows('绩效指标', rest, field(json, 'indicators'), 'name', INDICATOR_COLUMNS)
    case 'goal':
      return join('年度总体目标', column(GOAL_COLUMNS, rest[0]))
    default:
      return typeof head === 'string' ? (PROJECT_FIELDS[head] ?? null) : null
  }
}

function departmentPlace(path: readonly Key[], json: unknown): string | null {
  const [head, next, ...rest] = path
  const place = (() => {
    switch (head) {
      case 'basicExpenditure':
        if (next === 'lines') return rows('基本支出', rest, field(field(json, head), 'lines'), 'name', BASIC_COLUMNS)
        if (next === 'total') return '基本支出·合计'
        if (next === 'changeFromPriorYear') return '基本支出·较上年增减'
        return '基本支出'
      case 'projectExpenditure':
        if (next === 'lines')
          return rows('项目支出', rest, field(field(json, head), 'lines'), 'name', PROJECT_LINE_COLUMNS)
        if (next === 'changeFromPriorYear') return '项目支出·较上年增减'
        return '项目支出'
      case 'outcomes':
        return rows('绩效成效', path.slice(1), field(json, 'outcomes'), 'label', OUTCOME_COLUMNS)
      case 'staffing':
        return join('人员编制', typeof next === 'string' ? (STAFFING[next]?.label ?? next) : null)
      case 'notes':
        return typeof next === 'number' ? `单位说明·第${next + 1}条` : '单位说明'
      default:
        return typeof head === 'string' ? (DEPARTMENT_FIELDS[head] ?? null) : null
    }
  })()
  return place === null ? null : `${DEPARTMENT_TABLE_ZH}·${place}`
}

/** "资金情况·第2行（财政拨款）·年初预算" for [1, 'budget'] under funding. */
function rows(section: string, rest: readonly Key[], list: unknown, nameKey: string, columns: Columns): string {
  const [index, key] = rest
  if (typeof index !== 'number') return section
  const name = rowName(Array.isArray(list) ? field(list[index], nameKey) : undefined)
  return join(`${section}·第${index + 1}行${name ? `（${name}）` : ''}`, column(columns, key))
}

function column(columns: Columns, key: Key | undefined): string | null {
  return typeof key === 'string' ? (columns[key] ?? null) : null
}

function join(place: string, part: string | null): string {
  return part ? `${place}·${part}` : place
}

function rowName(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const name = value.replace(/\s+/g, ' ').trim()
  if (!name) return null
  const chars = [...name]
  return chars.length > MAX_ROW_NAME ? `${chars.slice(0, MAX_ROW_NAME).join('')}…` : name
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined
}
