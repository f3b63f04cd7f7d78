// Validation at the edge: zod schemas through @hono/zod-validator; a failure becomes an
// InputError, so the 400 names each field's path with a Chinese message (errors.ts).
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
      throw new InputError(result.error.issues.map((issue) => issueToProblem(issue, result.data)))
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
