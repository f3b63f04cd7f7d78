// /api/drafts: draft a section without the chat, read a draft, edit it (re-verified on every
// save) and accept it into the report. A draft that does not pass verification is accepted only
// when the user confirms; the report then carries a 【待核实】 notice.
import { Hono } from 'hono'
import { z } from 'zod'
import { describeRow } from '../../../app/chat-intent.ts'
import { draftAndStore } from '../../../app/drafting.ts'
import { ConflictError, NotFoundError } from '../../../app/errors.ts'
import { verifierNotes } from '../../../app/ports.ts'
import { draftVersions, toUserNote, type Draft } from '../../../app/store.ts'
import { wordDiff } from '../../../core/word-diff.ts'
import { renderVerified } from '../render-verified.ts'
import { issueToProblem } from '../../../app/schema.ts'
import { InputError } from '../../../core/input-error.ts'
import { draftJson, sectionJson, type ApiServices } from '../services.ts'
import { idSchema, providerSchema, requestPlace, sectionSchema, textSchema, valid } from '../validate.ts'

const createSchema = z.object({
  tableId: idSchema,
  section: sectionSchema,
  row: z.string().max(40).optional(),
  provider: providerSchema.optional(),
})
const idParam = z.object({ id: idSchema })
const versionParam = z.object({ id: idSchema, n: z.coerce.number().int().min(1).max(10_000) })
const acceptSchema = z.object({ confirm: z.boolean().optional() })

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new InputError([{ path: '$', message: '请求体不是有效的 JSON', messageEn: 'the body is not valid JSON' }])
  }
}

const draftNotFound = (id: string) =>
  new NotFoundError(`no draft with id ${id}`, `没有编号为“${id}”的稿件，可能已被删除`)

export function draftRoutes(s: ApiServices) {
  const app = new Hono()

  app.get(
    '/',
    valid('query', z.object({ tableId: idSchema.optional(), conversationId: idSchema.optional() })),
    async (c) => {
      const drafts = await s.repo.listDrafts(c.req.valid('query'))
      return c.json({ drafts: drafts.map(draftJson) })
    },
  )

  app.post('/', valid('json', createSchema), async (c) => {
    const body = c.req.valid('json')
    const { table, analysis } = await s.catalog.requireAnalysis(body.tableId)
    const rowLabel = body.row ? describeRow(analysis, body.row) : null
    if (body.row && !rowLabel) {
      throw new InputError([
        {
          path: 'row',
          message: `表中没有“${body.row}”这一行（应为 P1.F0 这样的资金行或 P1.I4 这样的指标行）`,
          messageEn: `no row ${body.row} in the table (expected P1.F0 or P1.I4 style)`,
        },
      ])
    }
    const draft = await draftAndStore(
      s,
      {
        table,
        analysis,
        section: body.section,
        row: body.row ?? null,
        rowLabel,
        provider: body.provider,
        conversationId: null,
      },
      undefined,
      c.req.raw.signal,
    )
    return c.json({ draft: draftJson(draft) }, 201)
  })

  app.get('/:id', valid('param', idParam), async (c) =>
    c.json({ draft: draftJson(await requireDraft(s, c.req.valid('param').id)) }),
  )

  app.put('/:id', valid('param', idParam), valid('json', z.object({ text: textSchema })), async (c) => {
    const draft = await requireDraft(s, c.req.valid('param').id)
    const { table, analysis } = await s.catalog.requireAnalysis(draft.tableId)
    const text = c.req.valid('json').text
    const verification = s.verify(text, analysis, verifierNotes({ userNotes: table.notes.map(toUserNote) }))
    const changed = text !== draft.text
    const updated = await s.repo.updateDraft(draft.id, {
      text,
      verification,
      ...(changed ? { edited: true, status: 'draft' as const } : {}),
    })
    if (!updated) throw draftNotFound(draft.id)
    return c.json({ draft: draftJson(updated) })
  })

  /** Every version with the changes from the one before it (a word-level diff). */
  app.get('/:id/versions', valid('param', idParam), async (c) => {
    const draft = await requireDraft(s, c.req.valid('param').id)
    const versions = draftVersions(draft)
    return c.json({
      versions: versions.map((v, i) => ({
        ...v,
        rendered: renderVerified(v.text, v.verification),
        diff: i === 0 ? null : wordDiff(versions[i - 1]!.text, v.text),
      })),
    })
  })

  /** Going back: the chosen version's text becomes a new version, checked again. */
  app.post('/:id/versions/:n/restore', valid('param', versionParam), async (c) => {
    const { id, n } = c.req.valid('param')
    const draft = await requireDraft(s, id)
    const version = draftVersions(draft).find((v) => v.n === n)
    if (!version) {
      throw new NotFoundError(`draft ${id} has no version ${n}`, `稿件没有第${n}版`)
    }
    const { table, analysis } = await s.catalog.requireAnalysis(draft.tableId)
    const verification = s.verify(version.text, analysis, verifierNotes({ userNotes: table.notes.map(toUserNote) }))
    const updated = await s.repo.addDraftVersion(draft.id, {
      text: version.text,
      verification,
      by: 'restore',
      instruction: `恢复到第${n}版`,
      model: version.model,
      repairRounds: 0,
    })
    if (!updated) throw draftNotFound(draft.id)
    return c.json({ draft: draftJson(updated) })
  })

  app.post('/:id/accept', valid('param', idParam), async (c) => {
    const draft = await requireDraft(s, c.req.valid('param').id)
    // The body is optional: `{ "confirm": true }` accepts a draft that did not verify.
    const raw = (await c.req.text()).trim()
    const body = acceptSchema.safeParse(raw ? safeJson(raw) : {})
    if (!body.success) throw new InputError(body.error.issues.map((i) => issueToProblem(i, raw, requestPlace)))
    if (!draft.verification.ok && !body.data.confirm) {
      const errors = draft.verification.findings.filter((f) => f.severity === 'error').length
      throw new ConflictError(
        `draft ${draft.id} did not pass verification; accept with confirm: true`,
        `该稿件有 ${errors || '若干'} 处未通过数字核验。请先修改；如确认无误仍要采纳，请再次确认（报告中将标注【待核实】）。`,
        'DRAFT_NOT_VERIFIED',
      )
    }
    const section = await s.repo.acceptDraft(draft.id)
    if (!section) throw draftNotFound(draft.id)
    return c.json({
      section: sectionJson(section),
      draft: draftJson((await s.repo.getDraft(draft.id)) ?? draft),
    })
  })

  return app
}

async function requireDraft(s: ApiServices, id: string): Promise<Draft> {
  const draft = await s.repo.getDraft(id)
  if (!draft) throw draftNotFound(id)
  return draft
}
