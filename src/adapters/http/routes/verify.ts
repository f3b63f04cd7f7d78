// POST /api/verify: { tableId, text } or { table: <canonical JSON>, text } → the same JSON as
// `verify --json` (DESIGN.md §7).
import { Hono } from 'hono'
import { z } from 'zod'
import type { ApiServices } from '../services.ts'
import { idSchema, textSchema, valid } from '../validate.ts'

const verifySchema = z
  .object({
    tableId: idSchema.optional(),
    table: z.unknown().optional(),
    text: textSchema,
    /** what the user told the chat: its figures verify as user-stated facts */
    notes: z.array(textSchema).max(200).optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.tableId === undefined) === (v.table === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['tableId'],
        message: 'give either tableId or table (the canonical JSON)',
        params: { zh: '应提供 tableId（已上传表格的编号）或 table（表格 JSON）二者之一' },
      })
    }
  })

export function verifyRoutes(s: ApiServices) {
  const app = new Hono()
  app.post('/', valid('json', verifySchema), async (c) => {
    const body = c.req.valid('json')
    const stored = body.tableId ? await s.catalog.requireAnalysis(body.tableId) : null
    const analysis = stored ? stored.analysis : await s.catalog.analyzeJson(body.table)
    const notes = [...(stored?.table.notes.map((n) => n.text) ?? []), ...(body.notes ?? [])]
    const verify = () => s.verify(body.text, analysis, notes.length ? { notes } : undefined)
    if (!stored) return c.json(verify())
    // a stored table's answers are kept (the same draft is verified again and again)
    const json = s.verifications.json({ tableId: stored.table.id, notes, text: body.text }, verify)
    return c.body(json, 200, { 'Content-Type': 'application/json' })
  })
  return app
}
