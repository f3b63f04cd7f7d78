// /api/import: a Word, Excel, CSV, text or JSON file (multipart/form-data, field `file`, optional
// `year`) → the preview of the tables recognised in it, with the figures and warnings to check.
// Nothing is stored here: the page saves the tables the user confirms with POST /api/tables/batch.
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { previewImport } from '../../../app/import-preview.ts'
import type { ApiServices } from '../services.ts'
import { readUploadForm } from '../upload-form.ts'

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

/** room for the multipart boundaries and part headers around the file */
const FORM_OVERHEAD_BYTES = 64 * 1024

const tooLarge = (c: Context) =>
  c.json(
    {
      error: {
        code: 'PAYLOAD_TOO_LARGE',
        message: '文件过大（上限 10 MB）。一份自评表通常不到 1 MB，请确认选择的是自评表文件。',
      },
    },
    413,
  )

export function importRoutes(s: ApiServices) {
  const app = new Hono()

  app.post('/', bodyLimit({ maxSize: MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES, onError: tooLarge }), async (c) => {
    const { file, year } = await readUploadForm(c)
    if (file.size > MAX_UPLOAD_BYTES) return tooLarge(c)
    const bytes = new Uint8Array(await file.arrayBuffer())
    const input = { fileName: file.name, bytes, ...(year !== undefined ? { year } : {}) }
    return c.json(await previewImport(s, input))
  })

  return app
}
