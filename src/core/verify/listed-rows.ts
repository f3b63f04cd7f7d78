// "维修和办公两项合计50万元": a list the writer counts names its rows by their first characters. Each
// item must begin exactly one row's name (p.rowHeads: the name's first two to four characters), and
// the count must be the number of items: then the list names those rows as their full names would,
// and a sum or a share of them is derived from their figures like any named rows'.
import type { Fact } from '../facts.ts'
import type { Prepared } from './prepared.ts'

/** items joined by 、/和/与/及, then their count: 两项, 三个, 2类 */
const COUNTED_LIST =
  /((?:[\u4e00-\u9fff]{2,12}(?:、|和|与|及))+[\u4e00-\u9fff]{2,12})(两|二|三|四|五|[2-5])(?:项|个|类)/g
const SPLIT = /、|和|与|及/
const COUNT: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 }

/** The facts of the rows a counted list before the number names, in the projects `inScope` allows. */
export function listedRows(p: Prepared, before: string, inScope: (f: Fact) => boolean): Fact[] {
  if (!before.includes('项') && !before.includes('个') && !before.includes('类')) return []
  const out: Fact[] = []
  for (const m of before.matchAll(COUNTED_LIST)) {
    const items = m[1]!.split(SPLIT)
    if (items.length !== (COUNT[m[2]!] ?? Number(m[2]))) continue
    const subjects: string[] = []
    for (const [i, item] of items.entries()) {
      // the first item may follow other words of the clause (其中维修和办公两项): its row's name begins
      // at some character of it; the later ones begin right after their separator
      const subject = i === 0 ? headAnywhere(p, item) : headOf(p, item)
      if (!subject || subjects.includes(subject)) break
      subjects.push(subject)
    }
    if (subjects.length !== items.length) continue
    for (const f of p.analysis.sheet.facts) if (subjects.includes(f.subject) && inScope(f)) out.push(f)
  }
  return out
}

/** the one row whose name begins as the item does (its longest known beginning, 2 to 4 characters) */
function headOf(p: Prepared, item: string): string | null {
  for (let len = Math.min(4, item.length); len >= 2; len--) {
    const rows = p.rowHeads.get(item.slice(0, len))
    if (rows) return rows.size === 1 ? [...rows][0]! : null
  }
  return null
}

function headAnywhere(p: Prepared, item: string): string | null {
  for (let i = 0; i + 2 <= item.length; i++) {
    const subject = headOf(p, item.slice(i))
    if (subject) return subject
  }
  return null
}
