// Fact citations a model writes right after a number: "30.64万元[P1.F0.actual]". They let a
// reviewer (and the drafter) see which fact a number claims to be; they are removed before the
// verifier reads the text (their digits would otherwise read as numbers), and the positions are
// kept so findings on the clean text can be shown on the cited one.

export type Citation = {
  /** the fact ids inside the brackets ("[P1.F0.actual, P1.I4.actual]" cites two) */
  ids: string[]
  /** where the marker was in the original text */
  start: number
  end: number
  /** where it was removed in the stripped text (a zero-width position, after the number) */
  at: number
}

export type StrippedText = {
  text: string
  citations: Citation[]
}

const FACT_ID = String.raw`[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+`
/** ASCII or full-width square brackets around one or more fact ids. */
const MARKER = new RegExp(String.raw`[\[［]\s*(${FACT_ID}(?:\s*[,，、;；]\s*${FACT_ID})*)\s*[\]］]`, 'g')

/** Removes every `[fact.id]` marker; 【…】 placeholders and other brackets are left alone. */
export function stripCitations(text: string): StrippedText {
  const citations: Citation[] = []
  let out = ''
  let last = 0
  for (const m of text.matchAll(MARKER)) {
    const start = m.index
    out += text.slice(last, start)
    citations.push({
      ids: m[1]!.split(/\s*[,，、;；]\s*/),
      start,
      end: start + m[0].length,
      at: out.length,
    })
    last = start + m[0].length
  }
  out += text.slice(last)
  return { text: out, citations }
}

/**
 * Maps an index in the stripped text back to the original. A start index moves past a marker
 * removed at that very position; an end index stays before it (a mention "30.64万元" ends where
 * its citation begins).
 */
export function toOriginalIndex(stripped: StrippedText, index: number, edge: 'start' | 'end'): number {
  let shift = 0
  for (const c of stripped.citations) {
    if (c.at < index || (edge === 'start' && c.at === index)) shift += c.end - c.start
    else break
  }
  return index + shift
}

/** The cited ids that are not in the fact sheet. */
export function unknownCitations(stripped: StrippedText, known: (id: string) => boolean): Citation[] {
  return stripped.citations.filter((c) => c.ids.some((id) => !known(id)))
}
