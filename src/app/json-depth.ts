// How deeply a parsed JSON value nests. A canonical table is five levels deep; a value nested
// thousands of levels deep is accepted by JSON.parse but overflows the stack of anything that
// walks it recursively later (structuredClone in the store, JSON.stringify), so it is refused at
// the edge. Iterative: measuring never overflows, whatever the input.

/** Far more than any table needs (five levels), far less than what overflows a walk. */
export const MAX_JSON_DEPTH = 32

/** True when `value` nests deeper than `max` levels of objects and arrays. */
export function isTooDeep(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }]
  while (stack.length) {
    const { value: v, depth } = stack.pop()!
    if (v === null || typeof v !== 'object') continue
    if (depth + 1 > max) return true
    const children = Array.isArray(v) ? v : Object.values(v)
    for (const child of children) {
      if (child !== null && typeof child === 'object') stack.push({ value: child, depth: depth + 1 })
    }
  }
  return false
}
