// Every number in a draft, read and classified: the verifier's input. Indices are into the draft.
import { findCitations, type Citation } from '../citations.ts'
import { foldText } from './fold.ts'
import { classifyToken, isListMarker } from './not-data.ts'
import {
  findDocumentNumbers,
  findFixedTerms,
  findIsoDates,
  findPlaceholders,
  findQuotes,
  type Region,
} from './regions.ts'
import { scanNumbers, type NumberToken } from './scan.ts'

export type FoundNumber = NumberToken & {
  /** the mention as written in the draft */
  text: string
  /** why it is not a data value (Chinese), or null when it is one */
  ignored: string | null
}

export type DraftNumbers = {
  /** the draft with full-width digits and signs folded, same length and indices */
  folded: string
  numbers: FoundNumber[]
  citations: Citation[]
  placeholders: Region[]
}

export function findNumbers(text: string): DraftNumbers {
  const folded = foldText(text)
  const citations = findCitations(folded)
  const placeholders = findPlaceholders(folded)
  const skip = [...citations.map((c) => [c.start, c.end] as const), ...placeholders].sort((a, b) => a[0] - b[0])
  const tokens = scanNumbers(folded, skip)
  const regions = {
    quotes: findQuotes(folded),
    documentNumbers: findDocumentNumbers(folded),
    isoDates: findIsoDates(folded),
    fixedTerms: findFixedTerms(folded),
  }
  const listMarkers = new Set<number>()
  tokens.forEach((tok, k) => {
    if (isListMarker(folded, tok)) listMarkers.add(k)
  })
  const numbers: FoundNumber[] = []
  tokens.forEach((tok, k) => {
    const kind = classifyToken(folded, tokens, k, regions, listMarkers)
    if (kind === 'drop') return
    const found = tok as FoundNumber
    found.text = text.slice(tok.start, tok.end)
    found.ignored = kind
    numbers.push(found)
  })
  return { folded, numbers, citations, placeholders }
}
