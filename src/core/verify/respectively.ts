// "调解率和成功率分别为100%和99%": the i-th number after 分别 is about the i-th name before it.
import { matchesOf } from '../numbers/each-match.ts'
import type { FoundNumber } from '../numbers/find-numbers.ts'
import type { TextStructure } from './text-structure.ts'

const JOINER = /和|与|及|、/g

/** per list of numbers (one draft), per 分别: its numbers and the ends of the names before it */
const groups = new WeakMap<readonly FoundNumber[], Map<string, { group: FoundNumber[]; ends: number[] }>>()

/** Where the name the number at `k` pairs with ends, or null when the clause has no such list. */
export function respectiveAnchor(
  t: string,
  s: TextStructure,
  numbers: readonly FoundNumber[],
  k: number,
): number | null {
  const n = numbers[k]!
  const clause = s.clauseStart(n.start)
  const inClause = t.slice(clause, n.start).indexOf('分别')
  if (inClause < 0) return null
  const at = clause + inClause
  const key = `${at}`
  let hit = groups.get(numbers)?.get(key)
  if (!hit) {
    const end = s.clauseEnd(at)
    const group = numbers.filter((x) => x.ignored === null && x.start > at && x.start < end)
    const ends: number[] = []
    for (const m of matchesOf(JOINER, t.slice(clause, at))) ends.push(clause + m.index)
    ends.push(at)
    hit = { group, ends }
    const byList = groups.get(numbers) ?? new Map()
    groups.set(numbers, byList.set(key, hit))
  }
  const i = hit.group.indexOf(n)
  if (i < 0 || hit.group.length < 2) return null
  return hit.ends.length === hit.group.length ? hit.ends[i]! : null
}

/** a run of numbers joined by 、 (the last may be joined by 和/及) */
const RUN_JOINER = /^\s*(?:、|和|及|与)\s*$/
/** how far back the names of a run are looked for */
const NAMES_REACH = 120
/** names joined by 、 only: 绿化及水电费 is one name */
const NAME_JOINER = /、/g

/** a run of numbers of one unit joined by 、: its first and last index, and the ends of its names once read */
type Run = { first: number; last: number; ends?: number[] | null }

/** per list of numbers (one draft): the run each number is in, or null — found in one pass */
const runs = new WeakMap<readonly FoundNumber[], (Run | null)[]>()

function runsOf(t: string, numbers: readonly FoundNumber[]): (Run | null)[] {
  let table = runs.get(numbers)
  if (table) return table
  table = new Array<Run | null>(numbers.length).fill(null)
  let run: Run | null = null
  for (let k = 0; k < numbers.length; k++) {
    const n = numbers[k]!
    if (n.ignored !== null) {
      run = null
      continue
    }
    const a = numbers[k - 1]
    const joined = run !== null && a !== undefined && a.unit === n.unit && RUN_JOINER.test(t.slice(a.end, n.start))
    if (joined) run!.last = k
    else run = { first: k, last: k }
    table[k] = run
  }
  runs.set(numbers, table)
  return table
}

/**
 * "办公、维修（维护）、绿化水电等三项成本15万元、35万元、14.8万元": with no 分别, a run of as many numbers,
 * joined by 、, as the names joined by 、 before them in the clause pairs in order too. Where the name
 * the number at `k` ends, or null. The runs are found once per draft, each run's names once.
 */
export function implicitAnchor(t: string, s: TextStructure, numbers: readonly FoundNumber[], k: number): number | null {
  const run = runsOf(t, numbers)[k]
  if (!run || run.last === run.first) return null
  if (run.ends === undefined) run.ends = namesBefore(t, s, numbers, run)
  return run.ends ? run.ends[k - run.first]! : null
}

/** The ends of the names joined by 、 before the run in its clause, one per number, or null. */
function namesBefore(t: string, s: TextStructure, numbers: readonly FoundNumber[], run: Run): number[] | null {
  const start = numbers[run.first]!.start
  // (bounded: many runs in one long clause must still be read in linear time)
  const clause = Math.max(s.clauseStart(start), start - NAMES_REACH)
  const names = t.slice(clause, start)
  // (a number before the run in the clause: the names are not all of the run's)
  if (/\d/.test(names)) return null
  const ends: number[] = []
  for (const m of matchesOf(NAME_JOINER, names)) ends.push(clause + m.index)
  ends.push(start)
  return ends.length === run.last - run.first + 1 ? ends : null
}
