// From what a reader found in a file to canonical project tables: every form in every table is
// recognised; tables that are not self-evaluation forms are skipped with a warning; any problem
// anywhere fails the whole import, so nothing half-read is ever saved.
import { parseCanonicalTable } from '../../app/schema.ts'
import { InputError, type InputProblem, problemPlace } from '../../core/input-error.ts'
import { classifyRow, findSegments } from './form-segments.ts'
import { EXPECTED_HEADERS } from './header-vocabulary.ts'
import type { ImportResult, ImportWarning, ProjectTableJson } from './import-types.ts'
import type { ReadContext } from './read-context.ts'
import { describeRow, recogniseForm } from './recognise-form.ts'
import type { SourceDocument } from './source-table.ts'

export type RecogniseOptions = { fileName: string; year?: number }

export function recogniseDocument(doc: SourceDocument, options: RecogniseOptions): ImportResult {
  const tables: ProjectTableJson[] = []
  const warnings: ImportWarning[] = []
  const problems: InputProblem[] = []
  const skipped: { name: string; where: string; first: string }[] = []
  for (const source of doc.tables) {
    const kinds = source.rows.map((cells) => classifyRow(cells, source.aligned))
    const segments = findSegments(source, kinds)
    if (!segments.length) {
      const headerAt = kinds.findIndex((k) => k === 'fundingHeader' || k === 'indicatorHeader')
      if (headerAt >= 0) {
        problems.push({
          path: source.where(headerAt),
          message: `有资金或指标表头，但没有“项目名称”行；应包含：${EXPECTED_HEADERS.fields}`,
          messageEn: 'the table has funding or indicator headers but no 项目名称 row',
        })
      } else {
        const firstRow = source.rows.find((r) => r.some((t) => t !== ''))
        if (firstRow) skipped.push({ name: source.name, where: source.where(0), first: describeRow(firstRow) })
      }
      continue
    }
    for (const seg of segments) {
      const ctx: ReadContext = { source, problems: [], warnings: [] }
      const table = recogniseForm(ctx, seg, kinds, {
        paragraphs: doc.paragraphs,
        year: options.year,
      })
      problems.push(...ctx.problems)
      if (table) {
        const validation = validate(table, source.where(seg.start))
        problems.push(...validation)
        warnings.push(...ctx.warnings.map((w) => ({ ...w, table: tables.length })))
        tables.push(table)
      } else warnings.push(...ctx.warnings)
    }
  }
  if (problems.length) throw new InputError(problems.map((p) => ({ ...p, file: options.fileName })))
  if (!tables.length) {
    const seen = skipped.map((s) => `${s.name}的第一行为 ${s.first}`).join('；')
    throw new InputError([
      {
        file: options.fileName,
        path: '$',
        message: `没有找到绩效自评表${seen ? `（${seen}）` : '（文件中没有表格）'}。自评表应包含：${EXPECTED_HEADERS.fields}；资金情况表头：${EXPECTED_HEADERS.funding}；绩效指标表头：${EXPECTED_HEADERS.indicators}`,
        messageEn: `no self-evaluation table found${skipped.length ? ` (${skipped.map((s) => s.name).join(', ')} not recognised)` : ' (no table in the file)'}`,
      },
    ])
  }
  for (const s of skipped) {
    warnings.push({
      code: 'TABLE_SKIPPED',
      path: s.where,
      message: `${s.name}不是绩效自评表，已跳过（第一行为 ${s.first}）`,
      messageEn: `${s.name} is not a self-evaluation table; skipped`,
    })
  }
  return { tables, warnings }
}

/** The schema is the contract: a table it rejects is a problem of the import, named by place. */
function validate(table: ProjectTableJson, where: string): InputProblem[] {
  try {
    parseCanonicalTable(table)
    return []
  } catch (e) {
    if (!(e instanceof InputError)) throw e
    return e.problems.map((p) => ({
      ...p,
      path: `${where} · ${p.path}`,
      place: [where, problemPlace(p)].filter(Boolean).join(' · '),
    }))
  }
}
