// /api/review (issue 12): a finished report (multipart/form-data, field `file`: .docx or .txt, up
// to 10 MB; optional `year`) → the same JSON as `review FILE --json`, with each table's fact
// sheet for the fact cards. The exports take the same upload: /memo.docx the review memo,
// /commented.docx the original with a Word comment at each flagged number. Nothing is stored.
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { factToJson } from '../../../core/facts.ts'
import { baseName } from '../../../app/table-catalog.ts'
import { extensionOf } from '../../import/file-kind.ts'
import { InputError } from '../../../core/input-error.ts'
import type { ApiServices } from '../services.ts'
import { readUploadForm } from '../upload-form.ts'
import { MAX_UPLOAD_BYTES } from './import.ts'

const FORM_OVERHEAD_BYTES = 64 * 1024
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const tooLarge = (c: Context) =>
  c.json({ error: { code: 'PAYLOAD_TOO_LARGE', message: '文件过大（上限 10 MB）。请确认选择的是自评报告文件。' } }, 413)

export function reviewRoutes(s: ApiServices) {
  const app = new Hono()
  app.use(bodyLimit({ maxSize: MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES, onError: tooLarge }))

  const reviewUpload = async (c: Context) => {
    const { file, year } = await readUploadForm(c)
    if (file.size > MAX_UPLOAD_BYTES) return { tooLarge: true as const }
    const bytes = new Uint8Array(await file.arrayBuffer())
    const fileName = baseName(file.name)
    // The Word readers and writers load with the first review, not with the server.
    const { reviewBytes } = await import('../../review/review-file.ts')
    const reviewed = await reviewBytes(
      { fileName, bytes, ...(year !== undefined ? { year } : {}) },
      { verify: s.verify },
    )
    return { tooLarge: false as const, fileName, bytes, ...reviewed }
  }

  app.post('/', async (c) => {
    const r = await reviewUpload(c)
    if (r.tooLarge) return tooLarge(c)
    return c.json({
      fileName: r.fileName,
      ...r.result,
      facts: r.analyses.map((a) => a.sheet.facts.map(factToJson)),
    })
  })

  app.post('/memo.docx', async (c) => {
    const r = await reviewUpload(c)
    if (r.tooLarge) return tooLarge(c)
    const { memoDocx } = await import('../../review/memo-docx.ts')
    const body = await memoDocx(r.fileName, r.result)
    attachment(c, `${stem(r.fileName)}-审核意见.docx`, 'review-memo.docx')
    return c.body(new Uint8Array(body), 200, { 'Content-Type': DOCX })
  })

  app.post('/commented.docx', async (c) => {
    const r = await reviewUpload(c)
    if (r.tooLarge) return tooLarge(c)
    if (extensionOf(r.fileName) !== 'docx' && !isZip(r.bytes)) {
      throw new InputError([
        {
          file: r.fileName,
          path: 'file',
          message: '只有 Word 原件（.docx）可以加批注；文本报告请导出审核意见',
          messageEn: 'comments can only be added to a .docx original',
        },
      ])
    }
    const { commentedDocx } = await import('../../review/commented-docx.ts')
    const body = await commentedDocx(r.bytes, r.result)
    attachment(c, `${stem(r.fileName)}-批注.docx`, 'review-commented.docx')
    return c.body(new Uint8Array(body), 200, { 'Content-Type': DOCX })
  })

  return app
}

const stem = (name: string) => name.replace(/\.[^.]+$/, '')
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b

/** A Chinese file name for browsers that read RFC 5987, an ASCII one for the rest. */
function attachment(c: Context, name: string, fallback: string) {
  c.header('Content-Disposition', `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`)
}
