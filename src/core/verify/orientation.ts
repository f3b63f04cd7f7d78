// Which way a difference points. A fact "A − B" (合计实际投入 − 各资金来源之和) is written from A's
// side ("合计比各来源之和多10.84万元") or from B's ("各来源之和比合计数少10.84万元"): the comparison
// object tells which, and from B's side the sign turns over.
import type { Fact } from '../facts.ts'

/** The CJK characters of a comparison object, read once per number; `plan` when it names a plan. */
export class ObjectChars extends Set<string> {
  /** "较成本上限", "比目标": the object is the plan side (指标值, 预算) whatever its characters */
  plan = false
}

/** a comparison object that is the plan, the target or a limit */
const PLAN_OBJECT = /上限|下限|目标|指标值|计划|预期|标准|要求|预算/
/** a side of a formula that is the plan */
const PLAN_SIDE = /指标值|预算/

export function objectChars(object: string | undefined): ObjectChars | null {
  if (!object) return null
  const out = new ObjectChars()
  for (const c of object) if (c >= '\u4e00' && c <= '\u9fff') out.add(c)
  out.plan = PLAN_OBJECT.test(object)
  return out.size ? out : null
}

export function pointsBackward(f: Fact, object: Set<string> | null): boolean {
  if (!object) return false
  const sides = operands(f)
  if (!sides) return false
  // "较成本上限节约4.5%": the plan is the object, and 成 of 完成 in the other side says nothing
  if (object instanceof ObjectChars && object.plan && f.source.kind === 'formula') {
    const [a, b] = splitSides(f.source.expression)
    if (PLAN_SIDE.test(b) && !PLAN_SIDE.test(a)) return false
    if (PLAN_SIDE.test(a) && !PLAN_SIDE.test(b)) return true
  }
  let a = 0
  let b = 0
  for (const c of object) {
    if (sides[0].has(c)) a++
    if (sides[1].has(c)) b++
  }
  return a > b
}

const cache = new WeakMap<Fact, readonly [Set<string>, Set<string>] | null>()

/** The characters of A and of B in a fact computed as "A − B", or null. */
function operands(f: Fact): readonly [Set<string>, Set<string>] | null {
  let sides = cache.get(f)
  if (sides !== undefined) return sides
  sides = null
  if (f.source.kind === 'formula' && f.source.expression.includes(' − ')) {
    const [a, b] = splitSides(f.source.expression)
    sides = [new Set(a), new Set(b)]
  }
  cache.set(f, sides)
  return sides
}

/** "A − B" → [A, B] (the formula's first subtraction). */
function splitSides(expression: string): [string, string] {
  const at = expression.indexOf(' − ')
  return at < 0 ? [expression, ''] : [expression.slice(0, at), expression.slice(at + 3)]
}
