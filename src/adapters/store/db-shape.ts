// A db file read at start-up must be one of ours. Anything else is reported with the file's
// name and left untouched: overwriting it would destroy the user's work.
import { z } from 'zod'
import { AppError } from '../../core/app-error.ts'
import { formatJsonPath } from '../../core/input-error.ts'
import { isTooDeep } from '../../app/json-depth.ts'
import type { DbData } from '../../app/store.ts'

export class StoreCorruptError extends AppError {
  readonly code = 'STORE_CORRUPT'

  constructor(
    readonly file: string,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`the data file ${file} is damaged and was not opened (${detail}); it has not been changed`, options)
    this.name = 'StoreCorruptError'
  }

  get messageZh(): string {
    return `数据文件 ${this.file} 已损坏，无法打开（${this.detail}）。文件未做任何修改；请从备份恢复，或将其移走后重新启动。`
  }
}

const record = z.looseObject({ id: z.string() })

const dbShape = z.object({
  version: z.literal(1),
  tables: z.array(record.extend({ sourceFile: z.string(), notes: z.array(record) })),
  conversations: z.array(record.extend({ tableId: z.string() })),
  messages: z.array(record.extend({ conversationId: z.string() })),
  drafts: z.array(record.extend({ tableId: z.string() })),
  reportSections: z.array(record.extend({ tableId: z.string() })),
})

/**
 * Deeper than anything we write (a table's JSON is refused past 32 levels; the db adds three).
 * A file written before that check could hold a table nested thousands of levels deep, which
 * makes every write fail: it is reported, not opened.
 */
const MAX_DB_DEPTH = 64

export function checkDbShape(data: unknown, file: string): asserts data is DbData {
  if (isTooDeep(data, MAX_DB_DEPTH)) {
    throw new StoreCorruptError(file, `data nested more than ${MAX_DB_DEPTH} levels deep`)
  }
  const result = dbShape.safeParse(data)
  if (result.success) return
  const issue = result.error.issues[0]!
  throw new StoreCorruptError(file, `${formatJsonPath(issue.path)}: ${issue.message}`)
}
