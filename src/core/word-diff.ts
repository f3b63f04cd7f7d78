// A word-level diff between two versions of a draft: the text cut into words (Chinese words by
// the runtime's word segmenter, numbers with their unit kept whole), the longest common
// subsequence of words kept, the rest marked as removed or added. Pure.

export type DiffPart = { op: 'same' | 'add' | 'del'; text: string }

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' })
/** a number with its decimals, percent sign or 万元-style unit stays one word: "30.64万元", "85.11%" */
const NUMBER = /^[-+]?\d[\d,]*(?:\.\d+)?(?:%|万元|亿元|元|个|项|次|人|分)?/

export function words(text: string): string[] {
  const out: string[] = []
  let i = 0
  for (const s of segmenter.segment(text)) {
    if (s.index < i) continue
    const number = NUMBER.exec(text.slice(s.index))
    if (number && /\d/.test(s.segment[0] ?? '')) {
      out.push(number[0])
      i = s.index + number[0].length
      continue
    }
    out.push(s.segment)
    i = s.index + s.segment.length
  }
  return out
}

/** The changes from `before` to `after`, adjacent parts of one kind merged. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = words(before)
  const b = words(after)
  // lengths of the longest common subsequence of a[i..] and b[j..]
  const width = b.length + 1
  const lcs = new Uint32Array((a.length + 1) * width)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!)
    }
  }
  const parts: DiffPart[] = []
  const push = (op: DiffPart['op'], text: string) => {
    const last = parts.at(-1)
    if (last?.op === op) last.text += text
    else parts.push({ op, text })
  }
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push('same', a[i]!)
      i++
      j++
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) push('del', a[i++]!)
    else push('add', b[j++]!)
  }
  while (i < a.length) push('del', a[i++]!)
  while (j < b.length) push('add', b[j++]!)
  return parts
}
