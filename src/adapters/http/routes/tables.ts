// /api/tables: list, upload (canonical JSON; several at once with /batch), read with computed figures and warnings, the fact
// sheet, the user's notes, delete.
import { Hono } from 'hono'
import { z } from 'zod'
import { analysisToJson } from '../../../app/analysis-json.ts'
import { NotFoundError, tableNotFound } from '../../../app/errors.ts'
import { varianceExample } from '../../../app/help-example.ts'
import { tableViewToJson } from '../../../app/table-view.ts'
import { tableSummary, type ApiServices } from '../services.ts'
import { idSchema, valid } from '../validate.ts'

/** 5 MB of JSON text is far more than any self-evaluation table. */
const MAX_TABLE_TEXT = 5_000_000

const isTableItself = (v: unknown) =>
  typeof v === 'object' && v !== null && 'kind' in v && !('table' in v) && !('text' in v)

const uploadSchema = z.preprocess(
  (v) => (isTableItself(v) ? { table: v } : v),
  z
    .object({
      fileName: z.string().trim().min(1).max(200).optional(),
      table: z.unknown().optional(),
      text: z.string().max(MAX_TABLE_TEXT).optional(),
    })
    .superRefine((v, ctx) => {
      if ((v.table === undefined) === (v.text === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['table'],
          message: 'give either table (the canonical JSON) or text (the file content)',
          params: { zh: '应提供 table（表格 JSON）或 text（文件内容）二者之一' },
        })
      }
    }),
)

/** a file holds a handful of forms; 50 is far more than one upload gives */
const MAX_BATCH_TABLES = 50

const batchSchema = z.object({
  tables: z
    .array(z.object({ fileName: z.string().trim().min(1).max(200), table: z.unknown() }))
    .min(1)
    .max(MAX_BATCH_TABLES),
})

const noteSchema = z.object({ text: z.string().trim().min(1).max(2000) })

export function tableRoutes(s: ApiServices) {
  const app = new Hono()

  app.get('/', async (c) => c.json({ tables: (await s.repo.listTables()).map(tableSummary) }))

  app.post(
    '/',
    valid('query', z.object({ fileName: z.string().max(200).optional() })),
    valid('json', uploadSchema),
    async (c) => {
      const body = c.req.valid('json')
      const fileName = body.fileName ?? c.req.valid('query').fileName
      const stored = await s.catalog.importTable({ fileName, json: body.table, text: body.text })
      return c.json(await tableDetail(s, stored.id), 201)
    },
  )

  // Several tables at once, all or none: an import's confirmed preview.
  app.post('/batch', valid('json', batchSchema), async (c) => {
    const uploads = c.req.valid('json').tables.map((t) => ({ fileName: t.fileName, json: t.table }))
    const stored = await s.catalog.importTables(uploads)
    return c.json({ tables: stored.map(tableSummary) }, 201)
  })

  app.get('/:id', valid('param', z.object({ id: idSchema })), async (c) =>
    c.json(await tableDetail(s, c.req.valid('param').id)),
  )

  app.get('/:id/facts', valid('param', z.object({ id: idSchema })), async (c) => {
    const { analysis } = await s.catalog.requireAnalysis(c.req.valid('param').id)
    return c.json(analysisToJson(analysis))
  })

  app.delete('/:id', valid('param', z.object({ id: idSchema })), async (c) => {
    const id = c.req.valid('param').id
    if (!(await s.catalog.deleteTable(id))) throw tableNotFound(id)
    s.verifications.forget(id)
    return c.body(null, 204)
  })

  app.post('/:id/notes', valid('param', z.object({ id: idSchema })), valid('json', noteSchema), async (c) => {
    const id = c.req.valid('param').id
    const note = await s.repo.addNote(id, c.req.valid('json').text, null)
    if (!note) throw tableNotFound(id)
    return c.json({ note }, 201)
  })

  app.delete('/:id/notes/:noteId', valid('param', z.object({ id: idSchema, noteId: idSchema })), async (c) => {
    const { id, noteId } = c.req.valid('param')
    if (!(await s.repo.deleteNote(id, noteId))) {
      throw new NotFoundError(`no note ${noteId} on table ${id}`, `表格“${id}”没有编号为“${noteId}”的说明`)
    }
    return c.body(null, 204)
  })

  return app
}

async function tableDetail(s: ApiServices, id: string) {
  const { table, analysis } = await s.catalog.requireAnalysis(id)
  return {
    table: tableSummary(table),
    view: tableViewToJson(analysis),
    scores: analysisToJson(analysis).scores,
    /** the chat's example question: 超出预算 for a project that overspent, 低于预算 for one that underspent */
    example: varianceExample(analysis),
  }
}
