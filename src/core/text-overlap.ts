// A crude lexical overlap for Chinese text: the share of a phrase's character bigrams found in a
// reference text. Used to tell whether a cause in a draft was taken from the unit's own notes,
// and whether two questions ask the same thing. It knows no synonyms: see cause-check.ts.

/** Characters that carry no content; they split runs instead of forming bigrams. */
const FUNCTION_CHARS = new Set([...'的了和与及等对为是在有也都而并所之其将把被从由向以于就又或这那此该各'])

/** Bigrams of consecutive Han characters, not bridging punctuation, digits, latin or function characters. */
export function contentBigrams(text: string): Set<string> {
  const out = new Set<string>()
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run]
    for (let i = 0; i + 1 < chars.length; i++) {
      if (FUNCTION_CHARS.has(chars[i]!) || FUNCTION_CHARS.has(chars[i + 1]!)) continue
      out.add(chars[i]! + chars[i + 1]!)
    }
  }
  return out
}

/** The share (0–1) of `phrase`'s bigrams found in `reference`; null when the phrase has none. */
export function bigramCoverage(phrase: string, reference: ReadonlySet<string>): number | null {
  const grams = contentBigrams(phrase)
  if (grams.size === 0) return null
  let found = 0
  for (const g of grams) if (reference.has(g)) found++
  return found / grams.size
}
