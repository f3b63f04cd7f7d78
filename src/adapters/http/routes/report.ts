// /api/report: the sections accepted for a table, and the report exported as Markdown and .docx
// (sections 四 and 五 of the seed report, then the accepted variance explanations).
import { Hono, type Context } from 'hono'
import { z } from 'zod'
import { NotFoundError } from '../../../app/errors.ts'
import { buildReport, reportTitle, reportToMarkdown } from '../../../app/report.ts'
import { safeFileName } from '../../../app/safe-file-name.ts'
import { sectionJson, type ApiServices } from '../services.ts'
import { idSchema, valid } from '../validate.ts'

const tableQuery = z.object({ tableId: idSchema })

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export function reportRoutes(s: ApiServices) {
  const app = new Hono()

  const assemble = async (tableId: string) => {
    const { analysis } = await s.catalog.requireAnalysis(tableId)
    const sections = await s.repo.listReportSections(tableId)
    return { sections, doc: buildReport(reportTitle(analysis), sections) }
  }

  app.get('/', valid('query', tableQuery), async (c) => {
    const { sections, doc } = await assemble(c.req.valid('query').tableId)
    const order = ['problems', 'measures', 'variance']
    const sorted = [...sections].sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section))
    return c.json({
      title: doc.title,
      sections: sorted.map(sectionJson),
      markdown: reportToMarkdown(doc),
    })
  })

  app.delete('/sections/:id', valid('param', z.object({ id: idSchema })), async (c) => {
    const id = c.req.valid('param').id
    if (!(await s.repo.deleteReportSection(id))) {
      throw new NotFoundError(`no report section ${id}`, `没有编号为“${id}”的报告内容`)
    }
    return c.body(null, 204)
  })

  app.get('/export.md', valid('query', tableQuery), async (c) => {
    const { doc } = await assemble(c.req.valid('query').tableId)
    attachment(c, doc.title, '.md', 'report.md')
    return c.body(reportToMarkdown(doc), 200, { 'Content-Type': 'text/markdown; charset=utf-8' })
  })

  app.get('/export.docx', valid('query', tableQuery), async (c) => {
    const { doc } = await assemble(c.req.valid('query').tableId)
    const { reportToDocx } = await import('../../export/report-docx.ts') // the docx writer loads on first use
    const file = await reportToDocx(doc)
    attachment(c, doc.title, '.docx', 'report.docx')
    return c.body(new Uint8Array(file), 200, { 'Content-Type': DOCX_TYPE })
  })

  return app
}

/** the characters of a download's name kept before its extension: the header stays small */
const MAX_NAME_CHARS = 60

/**
 * A Chinese file name for browsers that read RFC 5987, an ASCII one for the rest. The name is cut
 * to MAX_NAME_CHARS whatever the project's name, and made safe (safe-file-name.ts).
 */
function attachment(c: Context, name: string, ext: string, fallback: string) {
  const clean = [...(safeFileName(name) || 'report')]
  const short = clean.length > MAX_NAME_CHARS ? `${clean.slice(0, MAX_NAME_CHARS).join('')}…` : clean.join('')
  c.header(
    'Content-Disposition',
    `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(`${short}${ext}`)}`,
  )
}
