// Names as the relevance and unknown-name checks compare them: CJK letters and ASCII letters and
// digits only, so that 综治、平安建设经费 and 综治平安建设经费 are the same name.

export function isNameChar(c: string | undefined): boolean {
  return c !== undefined && isNameCode(c.charCodeAt(0))
}

/** CJK, ASCII letters and digits, by code unit (the hot loops read codes, not strings). */
export function isNameCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

export function normalizeName(name: string): string {
  let out = ''
  for (const c of name.replace(/^其中[:：]?/, '')) if (isNameChar(c)) out += c
  return out
}

/** The distinct characters and bigrams of a normalized name. */
export function nameGrams(name: string): { chars: string[]; bigrams: string[] } {
  const chars = new Set<string>()
  const bigrams = new Set<string>()
  for (let i = 0; i < name.length; i++) {
    chars.add(name[i]!)
    if (i + 1 < name.length) bigrams.add(name.slice(i, i + 2))
  }
  return { chars: [...chars], bigrams: [...bigrams] }
}
