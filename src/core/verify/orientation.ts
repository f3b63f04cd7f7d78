// Which way a difference points. A fact "A − B" (合计实际投入 − 各资金来源之和) is written from A's
// side ("合计比各来源之和多10.84万元") or from B's ("各来源之和比合计数少10.84万元"): the comparison
// object tells which, and from B's side the sign turns over.
import type { Fact } from '../facts.ts'

/** The CJK characters of a comparison object, read once per number. */
export function objectChars(object: string | undefined): Set<string> | null {
  if (!object) return null
  const out = new Set<string>()
  for (const c of object) if (c >= '\u4e00' && c <= '\u9fff') out.add(c)
  return out.size ? out : null
}

export function pointsBackward(f: Fact, object: Set<string> | null): boolean {
  if (!object) return false
  const sides = operands(f)
  if (!sides) return false
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
  if (f.source.kind === 'formula') {
    const at = f.source.expression.indexOf(' − ')
    if (at >= 0)
      sides = [
        new Set(f.source.expression.slice(0, at)),
        new Set(f.source.expression.slice(at + 3)),
      ]
  }
  cache.set(f, sides)
  return sides
}
