// Fact citations written right after a number: "30.64万元[P1.F0.actual]". They say which fact a
// number claims to be. The verifier reads them in place (verify/citations.ts binds each to the
// number before it); the drafter removes them before verifying a model's text (their digits would
// otherwise read as numbers) and keeps the positions, so findings on the clean text can be shown
// on the cited one. One parser serves both.

/** One cited fact id. A marker citing several ids ("[P1.F0.actual、P1.I4.actual]") gives one each, with the marker's span. */
export type Citation = { id: string; start: number; end: number }

/** A marker removed from a text: its span in the original and where it was cut from the stripped text. */
export type Cut = { start: number; end: number; at: number }

export type StrippedText = {
  text: string
  /** positions in the original text */
  citations: Citation[]
  cuts: Cut[]
}

const FACT_ID = String.raw`[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+`
const SEPARATOR = /\s*[,，、;；]\s*/
/** ASCII or full-width square brackets around one or more fact ids; 【…】 is a placeholder, never a citation. */
const MARKER = new RegExp(String.raw`[\[［]\s*(${FACT_ID}(?:${SEPARATOR.source}${FACT_ID})*)\s*[\]］]`, 'g')

export function findCitations(text: string): Citation[] {
  const out: Citation[] = []
  for (const m of text.matchAll(MARKER)) {
    const end = m.index + m[0].length
    for (const id of m[1]!.split(SEPARATOR)) out.push({ id, start: m.index, end })
  }
  return out
}

/** Removes every citation marker; 【…】 placeholders and other brackets are left alone. */
export function stripCitations(text: string): StrippedText {
  const citations = findCitations(text)
  const cuts: Cut[] = []
  let out = ''
  let last = 0
  for (const c of citations) {
    if (c.start < last) continue // another id of the marker just cut
    out += text.slice(last, c.start)
    cuts.push({ start: c.start, end: c.end, at: out.length })
    last = c.end
  }
  out += text.slice(last)
  return { text: out, citations, cuts }
}

/**
 * Maps an index in the stripped text back to the original. A start index moves past a marker
 * removed at that very position; an end index stays before it (a mention "30.64万元" ends where
 * its citation begins).
 */
export function toOriginalIndex(stripped: StrippedText, index: number, edge: 'start' | 'end'): number {
  let shift = 0
  for (const c of stripped.cuts) {
    if (c.at < index || (edge === 'start' && c.at === index)) shift += c.end - c.start
    else break
  }
  return index + shift
}

/** The cited ids that are not in the fact sheet, each with where its marker was cut from the stripped text. */
export function unknownCitations(stripped: StrippedText, known: (id: string) => boolean): { id: string; at: number }[] {
  return stripped.cuts.flatMap((cut) =>
    stripped.citations.filter((c) => c.start === cut.start && !known(c.id)).map((c) => ({ id: c.id, at: cut.at })),
  )
}

export function citationUnknownMessage(id: string): string {
  return `引用标记 [${id}] 不在事实表中`
}
