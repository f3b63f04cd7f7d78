// The year of a form. Forms print it in their title ("2022年度项目支出绩效自评表"), a year line
// ("（2022年度）") or a 年度 field; the seed's tables print none, and the year comes from the
// department report heading in the same document ("南岳区政法委2022年度部门整体支出绩效评价报告").
// A document that names several years, or none, cannot decide: the caller must give the year.

export type YearFound =
  | { kind: 'found'; year: number; from: 'table' | 'document'; text: string }
  | { kind: 'ambiguous'; years: number[] }
  | { kind: 'missing' }

const YEAR_OF_REPORT = /(?:^|[^\d])((?:19|20)\d{2})\s*年度/g
/** "2022年" but not a date ("填报日期：2023年3月1日" names when the form was filled, not its year) */
const YEAR = /(?:^|[^\d])((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/
const BARE_YEAR = /^\s*\(?\s*((?:19|20)\d{2})\s*\)?\s*$/

/** The year a text names: "2022年度" first, then "2022年" that is not a date, then "2022" alone. */
function yearIn(text: string): number | null {
  const t = text.normalize('NFKC')
  const m = new RegExp(YEAR_OF_REPORT.source).exec(t) ?? YEAR.exec(t) ?? BARE_YEAR.exec(t)
  return m ? Number(m[1]) : null
}

/**
 * `table`: the texts that belong to the form (its 年度 field, title rows, the paragraphs just
 * above it), nearest first. `document`: every other paragraph of the file.
 */
export function findYear(table: readonly string[], document: readonly string[]): YearFound {
  for (const text of table) {
    const year = yearIn(text)
    if (year) return { kind: 'found', year, from: 'table', text }
  }
  const seen = new Map<number, string>()
  for (const text of document) {
    for (const m of text.normalize('NFKC').matchAll(YEAR_OF_REPORT)) {
      const year = Number(m[1])
      if (!seen.has(year)) seen.set(year, text)
    }
  }
  if (seen.size === 1) {
    const [[year, text]] = [...seen.entries()] as [[number, string]]
    return { kind: 'found', year, from: 'document', text }
  }
  if (seen.size > 1) return { kind: 'ambiguous', years: [...seen.keys()].sort() }
  return { kind: 'missing' }
}
