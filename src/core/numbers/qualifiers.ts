// Words around a number that make it approximate or a bound: 约 近 余 多 左右 以上 以下 不足 超过 ≥ …
// How each kind is matched against the data is in verify/value-match.ts.

/**
 * approx: 约, 左右 — the data rounded at the number's last significant digit.
 * near: 近, 将近 — at most the number, within one step of its last digit.
 * over: 余, 多, 超过, 以上 — at least the number, within one step of its last digit.
 * under: 不足, 以下 — at most the number, within one step.
 * atLeast / atMost: ≥, 不低于 / ≤, 不超过 — a stated bound: the data's number itself.
 */
export type Qualifier = 'approx' | 'near' | 'over' | 'under' | 'atLeast' | 'atMost'

/** Before the number, longest first. */
export const PRE_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = (
  [
    ['大于或等于', 'atLeast'],
    ['小于或等于', 'atMost'],
    ['大于等于', 'atLeast'],
    ['小于等于', 'atMost'],
    ['不少于', 'atLeast'],
    ['不低于', 'atLeast'],
    ['不小于', 'atLeast'],
    ['不超过', 'atMost'],
    ['不高于', 'atMost'],
    ['不大于', 'atMost'],
    ['不多于', 'atMost'],
    ['至少', 'atLeast'],
    ['最多', 'atMost'],
    ['约为', 'approx'],
    ['大约', 'approx'],
    ['约', 'approx'],
    ['将近', 'near'],
    ['接近', 'near'],
    ['近', 'near'],
    ['超过', 'over'],
    ['多于', 'over'],
    ['大于', 'over'],
    ['高于', 'over'],
    ['逾', 'over'],
    ['尚未达到', 'under'],
    ['没有达到', 'under'],
    ['未达到', 'under'],
    ['未达', 'under'],
    ['不足', 'under'],
    ['不到', 'under'],
    ['少于', 'under'],
    ['小于', 'under'],
    ['低于', 'under'],
    ['≥', 'atLeast'],
    ['≤', 'atMost'],
    ['>', 'over'],
    ['<', 'under'],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length)

/** Directly after the numeral (before 万 or the unit): 400余起, 30多万元. */
export const INNER_QUALIFIERS: Readonly<Record<string, Qualifier>> = { 余: 'over', 多: 'over' }

/** After the unit, longest first. */
export const POST_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['及以上', 'over'],
  ['及以下', 'under'],
  ['以上', 'over'],
  ['以下', 'under'],
  ['以内', 'under'],
  ['之内', 'under'],
  ['左右', 'approx'],
  ['上下', 'approx'],
]

/** Words that compare with something named before the number are direction words, not qualifiers. */
export const COMPARATIVE_QUALIFIERS = new Set(['高于', '低于', '超过', '多于', '少于', '大于', '小于'])
