// The matches `text.matchAll(re)` gives, without its iterator and the copy of the regex it makes on
// every call: the verifier scans each draft with a handful of global patterns, and each number's
// clause with more.

/**
 * Every match of the global `re` in `text`, in order, as matchAll gives them (an empty match moves
 * on by one character, by one code point with the u or v flag).
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'))
    out.push(m)
  }
  re.lastIndex = 0
  return out
}

function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1
  const c = text.charCodeAt(i)
  return c >= 0xd800 && c <= 0xdbff ? i + 2 : i + 1
}
