// The year of one form: the caller's, else the form's own, else the one year the rest of the
// document names (with a warning); otherwise a problem that says how to give it.
import { findYear } from './find-year.ts'
import { addProblem, addWarning, type ReadContext } from './read-context.ts'

export function resolveYear(
  ctx: ReadContext,
  where: string,
  tableTexts: string[],
  options: { paragraphs: readonly string[]; year?: number },
): number | null {
  const found = findYear(tableTexts.filter(Boolean), options.paragraphs)
  if (options.year !== undefined) {
    if (found.kind === 'found' && found.from === 'table' && found.year !== options.year) {
      addWarning(
        ctx,
        'YEAR_OVERRIDDEN',
        where,
        `指定 ${options.year} 年，表格中为“${found.text}”`,
        `year ${options.year} given; the table says ${found.year}`,
      )
    }
    return options.year
  }
  if (found.kind === 'found') {
    if (found.from === 'document') {
      addWarning(
        ctx,
        'YEAR_FROM_DOCUMENT',
        where,
        `${found.year} 年，见“${found.text}”`,
        `year ${found.year} taken from ${JSON.stringify(found.text)}`,
      )
    }
    return found.year
  }
  const detail =
    found.kind === 'ambiguous'
      ? `表格没有注明年度，文档中出现了 ${found.years.join('、')} 等多个年度`
      : '表格标题和文档中都没有注明年度（如“2022年度”）'
  addProblem(
    ctx,
    where,
    `无法确定年度：${detail}；请在表格标题中写明年度，或导入时指定年度（网页上填写年度，命令行用 --year 2022）`,
    found.kind === 'ambiguous'
      ? `cannot tell the year: the document names ${found.years.join(', ')}`
      : 'no year found; pass one',
  )
  return null
}
