// Which table a paragraph names. A report with several self-evaluation tables discusses each
// project in turn; a paragraph names its project in full ("综治、平安建设经费年初预算36万元") or by
// a long enough part of it ("平安建设经费"). Short shared words (平安, 经费) decide nothing.

/** Name text for comparing: no whitespace or punctuation, full-width folded. */
export function nameKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '')
}

/** The shortest part of a name that counts as naming it (and never less than half the name). */
const MIN_RUN = 4

/** How strongly `paragraph` names each of `names` (0: not at all); keys from nameKey. */
export function nameScores(paragraph: string, names: readonly string[]): number[] {
  const text = nameKey(paragraph)
  return names.map((name) => {
    if (!name) return 0
    if (text.includes(name)) return name.length
    const run = longestCommonRun(text, name)
    return run >= Math.max(MIN_RUN, Math.ceil(name.length / 2)) ? run : 0
  })
}

/** The one table the paragraph names most strongly, or null when none or a tie. */
export function namedTable(paragraph: string, names: readonly string[]): number | null {
  const scores = nameScores(paragraph, names)
  const best = Math.max(0, ...scores)
  if (best === 0) return null
  const at = scores.indexOf(best)
  return scores.indexOf(best, at + 1) === -1 ? at : null
}

/** Length of the longest common substring (dynamic programming over two short strings). */
function longestCommonRun(a: string, b: string): number {
  let best = 0
  let prev = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0)
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        row[j] = prev[j - 1]! + 1
        if (row[j]! > best) best = row[j]!
      }
    }
    prev = row
  }
  return best
}
