// The longest text each kind of field of a canonical table may hold. Real forms stay far below
// these; a cell of millions of characters is an attack or a mistake, and analysing it would block
// the server. A field over its limit is a 400 naming the field and the limit, never echoing the
// value back.

export const FIELD_LIMITS = {
  /** names and labels: project, unit, funding source, indicator name, level, person, phone */
  name: 200,
  /** an indicator's target or actual cell, a printed rate */
  cell: 500,
  /** a number written as text ("30.640", "1,234.5") */
  amount: 40,
  /** a reason cell, the goal, a note of the unit's own */
  text: 5_000,
} as const

/** rows of each list: far more than a form has (the largest seen has about 60 indicators) */
export const ROW_LIMITS = {
  funding: 100,
  indicators: 2_000,
  lines: 500,
  outcomes: 500,
  notes: 500,
} as const

/** A value as a short quote for a message (“…” in Chinese, JSON in English): never the whole of a huge value. */
export function quoteValue(value: unknown, lang: 'zh' | 'en' = 'zh', max = 40): string {
  if (typeof value !== 'string') {
    if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value)
    if (Array.isArray(value)) return lang === 'zh' ? '数组' : 'an array'
    if (typeof value === 'object') return lang === 'zh' ? '对象' : 'an object'
    return typeof value
  }
  const quote = (s: string) => (lang === 'zh' ? `“${s}”` : JSON.stringify(s))
  if (value.length <= max) return quote(value)
  const head = [...value.slice(0, max * 2)].slice(0, max).join('')
  const total = lang === 'zh' ? `（共 ${value.length} 个字符）` : ` (${value.length} characters)`
  return `${quote(`${head}…`)}${total}`
}
