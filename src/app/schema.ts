// The canonical table format (DESIGN.md §2) as zod schemas. Validation turns JSON into the core
// types (money as exact decimals) and reports every problem with its JSON path in Chinese and
// English. New optional fields may appear in files: unknown keys are accepted and ignored. Every
// text field has a maximum length (field-limits.ts) and the JSON a maximum depth (json-depth.ts),
// so nothing accepted can stall the analysis or the store.
import { z } from 'zod'
import { Decimal } from '../core/decimal.ts'
import { formatJsonPath, InputError, type InputProblem } from '../core/input-error.ts'
import type { CanonicalTable, DepartmentTable, ProjectTable, TableKind } from '../core/table.ts'
import { tablePlace } from '../core/table-places.ts'
import { FIELD_LIMITS, quoteValue, ROW_LIMITS } from './field-limits.ts'
import { isTooDeep, MAX_JSON_DEPTH } from './json-depth.ts'

/** A number cell in the JSON: a number, a numeric string ("30.64", "1,234.5") or null. */
export type AmountJson = number | string | null

/** Any value is read (and a wrong one named in the problem); the JSON type says what belongs there. */
const amount = (z.unknown() as z.ZodType<unknown, AmountJson>).transform((value, ctx): Decimal | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return Decimal.fromNumber(value)
  } else if (typeof value === 'string') {
    if (value.trim() === '') return null
    if (value.length > FIELD_LIMITS.amount) {
      ctx.addIssue({
        code: 'custom',
        message: `a number written with ${value.length} characters; at most ${FIELD_LIMITS.amount}`,
        params: { zh: `数字文本过长（共 ${value.length} 个字符，上限 ${FIELD_LIMITS.amount} 个）` },
      })
      return z.NEVER
    }
    const d = Decimal.tryParse(value)
    if (d) return d
    ctx.addIssue({
      code: 'custom',
      message: `expected a number, got the text ${quoteValue(value, 'en')}`,
      params: { zh: `应为数字，实际为文本${quoteValue(value)}` },
    })
    return z.NEVER
  }
  ctx.addIssue({
    code: 'custom',
    message: `expected a number, got ${describeEn(value)}`,
    params: { zh: `应为数字，实际为${describeZh(value)}` },
  })
  return z.NEVER
})

const requiredAmount = amount.transform((value, ctx): Decimal => {
  if (value !== null) return value
  ctx.addIssue({ code: 'custom', message: 'a number is required', params: { zh: '缺少数字' } })
  return z.NEVER
})

const name = z.string().max(FIELD_LIMITS.name)
const cell = z.string().max(FIELD_LIMITS.cell)
const longText = z.string().max(FIELD_LIMITS.text)
const optionalText = longText.nullish().transform((v) => v ?? '')
const nullable = (s: z.ZodString) =>
  s.nullish().transform((v) => (v === undefined || v === null || v.trim() === '' ? null : v))
const nullableName = nullable(name)
const moneyUnit = z.string().max(20).default('万元')

const year = z.number().int().min(1990).max(2100)

const fundingRow = z.object({
  source: name,
  budget: amount,
  fullYearBudget: amount.optional().transform((v) => v ?? null),
  actual: amount,
  reason: optionalText,
  weight: amount.optional().transform((v) => v ?? null),
  rate: z
    .union([cell, z.number()])
    .nullish()
    .transform((v) => (v === undefined || v === null || v === '' ? null : String(v))),
  score: amount.optional().transform((v) => v ?? null),
})

const indicatorRow = z.object({
  level1: name,
  level2: nullableName,
  name,
  target: cell,
  actual: cell,
  reason: optionalText,
  weight: amount.optional().transform((v) => v ?? null),
  score: amount.optional().transform((v) => v ?? null),
})

const projectSchema = z.object({
  kind: z.literal('project-self-evaluation'),
  year,
  project: name,
  manager: nullableName,
  phone: nullableName,
  department: nullableName,
  unit: nullableName,
  moneyUnit,
  funding: z.array(fundingRow).max(ROW_LIMITS.funding),
  goal: z
    .object({ target: optionalText, achieved: optionalText })
    .nullish()
    .transform((v) => v ?? null),
  indicators: z.array(indicatorRow).max(ROW_LIMITS.indicators),
})

const basicLine = z.object({
  name,
  actual: requiredAmount,
  changeFromPriorYearPct: amount.optional().transform((v) => v ?? null),
})

const projectLine = z.object({
  name,
  actual: requiredAmount,
  selfEvaluation: z
    .string()
    .min(1)
    .max(FIELD_LIMITS.name)
    .nullish()
    .transform((v) => v ?? null),
})

const outcome = z.object({
  label: name,
  value: requiredAmount,
  unit: z.string().max(20),
  approximate: nullableName,
  changeFromPriorYearPct: amount.optional().transform((v) => v ?? null),
})

const departmentSchema = z.object({
  kind: z.literal('department-overall'),
  year,
  unit: name,
  moneyUnit,
  staffing: z
    .record(name, requiredAmount)
    .nullish()
    .transform((v) => v ?? {}),
  basicExpenditure: z.object({
    total: requiredAmount,
    changeFromPriorYear: amount.optional().transform((v) => v ?? null),
    lines: z.array(basicLine).max(ROW_LIMITS.lines),
  }),
  projectExpenditure: z.object({
    changeFromPriorYear: amount.optional().transform((v) => v ?? null),
    lines: z.array(projectLine).max(ROW_LIMITS.lines),
  }),
  outcomes: z
    .array(outcome)
    .max(ROW_LIMITS.outcomes)
    .nullish()
    .transform((v) => v ?? []),
  notes: z
    .array(longText)
    .max(ROW_LIMITS.notes)
    .nullish()
    .transform((v) => v ?? []),
})

const KIND_ZH: Record<TableKind, string> = {
  'project-self-evaluation': '项目支出绩效自评表',
  'department-overall': '部门整体支出绩效评价',
}

function isTableKind(kind: unknown): kind is TableKind {
  return typeof kind === 'string' && Object.hasOwn(KIND_ZH, kind)
}

/** The canonical JSON (DESIGN.md §2) as files, importers and writers hold it. */
export type ProjectTableJson = z.input<typeof projectSchema>
export type FundingRowJson = ProjectTableJson['funding'][number]
export type IndicatorRowJson = ProjectTableJson['indicators'][number]
export type DepartmentTableJson = z.input<typeof departmentSchema>
export type CanonicalJson = ProjectTableJson | DepartmentTableJson

/**
 * Validates parsed JSON as a canonical table. Department project lines come back with
 * `project: null`; the loader joins the tables their `selfEvaluation` paths name.
 * Throws InputError listing every problem.
 */
export function parseCanonicalTable(json: unknown, file?: string): CanonicalTable {
  const fail = (problems: InputProblem[]): never => {
    throw new InputError(problems.map((p) => (file ? { ...p, file } : p)))
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail([
      {
        path: '$',
        message: `应为一个表格对象（JSON 对象），实际为${describeZh(json)}`,
        messageEn: `expected a table (a JSON object), got ${describeEn(json)}`,
      },
    ])
  }
  if (isTooDeep(json)) {
    return fail([
      {
        path: '$',
        message: `JSON 嵌套层数过多（超过 ${MAX_JSON_DEPTH} 层），不是自评表的格式`,
        messageEn: `the JSON nests more than ${MAX_JSON_DEPTH} levels deep`,
      },
    ])
  }
  const kind = (json as { kind?: unknown }).kind
  if (!isTableKind(kind)) {
    const kinds = Object.keys(KIND_ZH).map((k) => JSON.stringify(k))
    return fail([
      kind === undefined
        ? {
            path: 'kind',
            // the messages name the field themselves
            place: '',
            message: `缺少 kind 字段，应为 ${Object.entries(KIND_ZH)
              .map(([k, zh]) => `${JSON.stringify(k)}（${zh}）`)
              .join('或 ')}`,
            messageEn: `missing field; expected ${kinds.join(' or ')}`,
          }
        : {
            path: 'kind',
            place: '',
            message: `未知的表格类型 ${quoteValue(kind, 'en')}，应为 ${kinds.join(' 或 ')}`,
            messageEn: `unknown kind ${quoteValue(kind, 'en')}; expected ${kinds.join(' or ')}`,
          },
    ])
  }
  const result = (kind === 'project-self-evaluation' ? projectSchema : departmentSchema).safeParse(json)
  if (result.success) {
    const table = result.data
    if (table.kind === 'department-overall') {
      return {
        ...table,
        projectExpenditure: {
          ...table.projectExpenditure,
          lines: table.projectExpenditure.lines.map((l) => ({ ...l, project: null })),
        },
      } satisfies DepartmentTable
    }
    return table satisfies ProjectTable
  }
  return fail(result.error.issues.map((issue) => issueToProblem(issue, json, (path) => tablePlace(path, json))))
}

type Issue = z.core.$ZodIssue

/**
 * A zod issue as a problem with its JSON path, in Chinese and English (also used for API bodies);
 * `placeOf` names the place for people (a table's section, row and column; '' or null: none).
 */
export function issueToProblem(
  issue: Issue,
  input: unknown,
  placeOf: (path: readonly PropertyKey[]) => string | null = () => null,
): InputProblem {
  return { ...problemAt(issue, input), place: placeOf(issue.path) ?? '' }
}

function problemAt(issue: Issue, input: unknown): InputProblem {
  const path = formatJsonPath(issue.path)
  const value = valueAt(input, issue.path)
  const missing = value === MISSING
  switch (issue.code) {
    case 'invalid_type': {
      const expectedZh = TYPE_ZH[issue.expected] ?? issue.expected
      if (missing) {
        return {
          path,
          message: `缺少必填字段（应为${expectedZh}）`,
          messageEn: `missing required field (expected ${issue.expected})`,
        }
      }
      return {
        path,
        message: `应为${expectedZh}，实际为${describeZh(value)}`,
        messageEn: `expected ${issue.expected}, got ${describeEn(value)}`,
      }
    }
    case 'invalid_value':
      return {
        path,
        message: `取值 ${quoteValue(value)} 无效，应为 ${issue.values.map((v) => JSON.stringify(v)).join(' 或 ')}`,
        messageEn: `invalid value ${quoteValue(value, 'en')}; expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`,
      }
    case 'too_small':
    case 'too_big':
      if (path === 'year' || path.endsWith('.year')) {
        return {
          path,
          message: `应在 1990–2100 之间，实际为 ${quoteValue(value)}`,
          messageEn: `year ${quoteValue(value, 'en')} is outside 1990–2100`,
        }
      }
      if (issue.code === 'too_big' && issue.origin === 'string' && typeof value === 'string') {
        return {
          path,
          message: `文本过长：共 ${value.length} 个字符，上限 ${issue.maximum} 个`,
          messageEn: `text too long: ${value.length} characters, at most ${issue.maximum}`,
        }
      }
      if (issue.code === 'too_big' && issue.origin === 'array' && Array.isArray(value)) {
        return {
          path,
          message: `条目过多：共 ${value.length} 条，上限 ${issue.maximum} 条`,
          messageEn: `too many entries: ${value.length}, at most ${issue.maximum}`,
        }
      }
      return {
        path,
        message: issue.code === 'too_small' ? `取值过小或为空：${quoteValue(value)}` : `取值过大：${quoteValue(value)}`,
        messageEn: issue.message,
      }
    case 'custom': {
      const zh = (issue.params as { zh?: string } | undefined)?.zh
      return { path, message: zh ?? issue.message, messageEn: issue.message }
    }
    default:
      if (issue.code === 'invalid_union' && missing) {
        return { path, message: '缺少必填字段', messageEn: 'missing required field' }
      }
      return {
        path,
        message: `取值 ${quoteValue(value)} 不符合格式要求`,
        messageEn: `${issue.message} (value ${quoteValue(value, 'en')})`,
      }
  }
}

const TYPE_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  object: '对象',
  array: '数组（列表）',
  boolean: '布尔值',
  null: '空值',
  // z.unknown() fields (amounts) report a missing key as "nonoptional"
  nonoptional: '数字或 null',
}

const MISSING = Symbol('missing')

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input
  for (const key of path) {
    if (cur === null || typeof cur !== 'object' || !(key in (cur as object))) return MISSING
    cur = (cur as Record<PropertyKey, unknown>)[key]
  }
  return cur
}

function describeZh(value: unknown): string {
  if (value === null) return '空值 null'
  if (Array.isArray(value)) return '数组'
  switch (typeof value) {
    case 'number':
      return `数字 ${value}`
    case 'string':
      return `文本${quoteValue(value)}`
    case 'boolean':
      return `布尔值 ${value}`
    case 'object':
      return '对象'
    default:
      return String(typeof value)
  }
}

function describeEn(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  switch (typeof value) {
    case 'number':
      return `the number ${value}`
    case 'string':
      return `the text ${quoteValue(value, 'en')}`
    case 'object':
      return 'an object'
    default:
      return typeof value
  }
}
