// Validation at the edge: zod schemas through @hono/zod-validator; a failure becomes an
// InputError, so the 400 names each field: its path for programs, its Chinese name in the
// message (errors.ts).
import { zValidator } from '@hono/zod-validator'
import type { ValidationTargets } from 'hono'
import { z } from 'zod'
import { issueToProblem } from '../../app/schema.ts'
import { InputError } from '../../core/input-error.ts'

export function valid<Target extends keyof ValidationTargets, Schema extends z.ZodType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      throw new InputError(result.error.issues.map((issue) => issueToProblem(issue, result.data, requestPlace)))
    }
  })
}

/** Ids are opaque strings; a bound keeps junk out of logs. */
export const idSchema = z.string().min(1).max(100)

export const sectionSchema = z.enum(['variance', 'problems', 'measures'])
export const providerSchema = z.enum(['template', 'openai'])

/** a draft or a message: enough for a long report section, not for a denial of service */
const MAX_TEXT_CHARS = 50_000
export const textSchema = z.string().max(MAX_TEXT_CHARS)

/** The request fields by the names the page gives them. */
const REQUEST_FIELDS: Readonly<Record<string, string>> = {
  id: '编号',
  n: '版本号',
  tableId: '表格编号',
  conversationId: '对话编号',
  table: '表格',
  tables: '表格',
  fileName: '文件名',
  text: '文本',
  notes: '补充说明',
  section: '章节',
  row: '行',
  provider: '生成方式',
  title: '标题',
}

/** "补充说明·第2条" for notes[1]; null for a field the list does not name. */
export function requestPlace(path: readonly PropertyKey[]): string | null {
  const parts: string[] = []
  for (const key of path) {
    if (typeof key === 'number') parts.push(`第${key + 1}条`)
    else if (typeof key === 'string' && REQUEST_FIELDS[key]) parts.push(REQUEST_FIELDS[key])
    else return parts.length ? parts.join('·') : null
  }
  return parts.length ? parts.join('·') : null
}
