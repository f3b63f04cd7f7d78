// Full-width digits, point, percent, signs and parentheses folded to ASCII one character for one, so that
// every index into the folded text is an index into the draft (Mention.start/end rely on it).

const FOLD: Record<string, string> = {
  '．': '.',
  '％': '%',
  '－': '-',
  '−': '-',
  '＋': '+',
  '～': '~',
  '〜': '~',
  '＞': '>',
  '＜': '<',
  '≧': '≥',
  '≦': '≤',
  '⩾': '≥',
  '⩽': '≤',
  '　': ' ',
  '（': '(',
  '）': ')',
}

export function foldText(text: string): string {
  return text.replace(/[０-９．％－−＋～〜＞＜≧≦⩾⩽　（）]/g, (c) => {
    const code = c.charCodeAt(0)
    if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0)
    return FOLD[c] ?? c
  })
}

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9'
}

export function isAsciiLetter(c: string | undefined): boolean {
  return c !== undefined && /^[A-Za-z]$/.test(c)
}

export function isCjk(c: string | undefined): boolean {
  return c !== undefined && c >= '\u4e00' && c <= '\u9fff'
}
