// The verifier on natural text (issue 9): correct drafts by officers and in the style of chat
// models over the samples and real published tables, and one-error mutants of the kinds models
// make. Figures are printed for the tuning set and the held-out set (SPLIT.md) separately.
// The thresholds below guard what has been reached; the targets (≤ 2% false alarms, no
// false mismatch, ≥ 95% of mutants and ≥ 90% per kind) are not all met yet — see the README.
import { describe, expect, it } from 'vitest'
import {
  BATCH_4A_TABLES,
  BATCH_7A_TABLES,
  BATCH_8A_TABLES,
  BATCH_9A_TABLES,
  BATCH_10A_TABLES,
  BATCH_11A_TABLES,
  BATCH_12A_TABLES,
  BATCH_12B_TABLES,
  BATCH_13A_TABLES,
  BATCH_13B_TABLES,
  loadCorpus,
  locate,
  measure,
  MUTANT_KINDS,
  pct,
  report,
  tablePaths,
  type Figures,
  type MutantKind,
} from './corpus.ts'

const corpus = loadCorpus()
const tuning = corpus.filter((d) => !d.heldOut)
const heldOut = corpus.filter((d) => d.heldOut)
/** held out, batch 1: fixed before the verifier was tuned for issue 9 (SPLIT.md) */
const heldOut1 = heldOut.filter((d) => (d.batch ?? 1) === 1)
/** held out, batch 2: written later, by someone who never read the verifier, over tables nobody tuned on */
const fresh = heldOut.filter((d) => d.batch === 2)
/** held out, batch 4a: the same, over two more new tables (SPLIT.md) */
const held4Tables = tablePaths(BATCH_4A_TABLES)
const fresh4 = heldOut.filter((d) => d.batch === 4 && held4Tables.has(d.table))
/** held out, batch 4b: new drafts over the tuning tables, by the id rule */
const heldOut4b = heldOut.filter((d) => d.batch === 4 && !held4Tables.has(d.table))
/** held out, batch 7a: a third pair of fresh tables with their drafts (SPLIT.md) */
const held7Tables = tablePaths(BATCH_7A_TABLES)
const fresh7 = heldOut.filter((d) => d.batch === 7 && held7Tables.has(d.table))
/** held out, batch 8a: a fourth pair of fresh tables with their drafts (SPLIT.md) */
const held8Tables = tablePaths(BATCH_8A_TABLES)
const fresh8 = heldOut.filter((d) => d.batch === 8 && held8Tables.has(d.table))
/** held out, batch 9a: a fifth fresh table with its drafts (SPLIT.md) */
const held9Tables = tablePaths(BATCH_9A_TABLES)
const fresh9 = heldOut.filter((d) => d.batch === 9 && held9Tables.has(d.table))
/** held out, batch 10a: a sixth fresh table with its drafts (SPLIT.md) */
const held10Tables = tablePaths(BATCH_10A_TABLES)
const fresh10 = heldOut.filter((d) => d.batch === 10 && held10Tables.has(d.table))
/** held out, batch 10c: new writers over the tuning tables, by the id rule */
const heldOut10c = heldOut.filter((d) => d.batch === 10 && !held10Tables.has(d.table))
/** held out, batch 11a: a seventh fresh table with its drafts (SPLIT.md) */
const held11Tables = tablePaths(BATCH_11A_TABLES)
const fresh11 = heldOut.filter((d) => d.batch === 11 && held11Tables.has(d.table))
/** held out, batch 11c: new writers over the tuning tables, by the id rule */
const heldOut11c = heldOut.filter((d) => d.batch === 11 && !held11Tables.has(d.table))
/** held out, batch 12a: an eighth fresh table with its drafts (SPLIT.md) */
const held12Tables = tablePaths(BATCH_12A_TABLES)
const fresh12 = heldOut.filter((d) => d.batch === 12 && held12Tables.has(d.table))
/** batch 12b: a fresh table measured whole on arrival, then tuning material but for ids .04 and .08 */
const fresh12bTables = tablePaths(BATCH_12B_TABLES)
const heldOut12b = heldOut.filter((d) => d.batch === 12 && fresh12bTables.has(d.table))
/** batch 12b whole: its table's fresh figure on arrival, tuning material since (but for .04 and .08) */
const all12b = corpus.filter((d) => d.batch === 12 && fresh12bTables.has(d.table))
/** held out, batch 12c: new writers over the tuning tables, by the id rule */
const heldOut12c = heldOut.filter((d) => d.batch === 12 && !held12Tables.has(d.table) && !fresh12bTables.has(d.table))
/** held out, batch 13a: a ninth fresh table with its drafts (SPLIT.md) */
const held13Tables = tablePaths(BATCH_13A_TABLES)
const fresh13 = heldOut.filter((d) => d.batch === 13 && held13Tables.has(d.table))
/** batch 13b: a fresh table measured whole on arrival, then tuning material but for ids .04 and .08 */
const fresh13bTables = tablePaths(BATCH_13B_TABLES)
/** batch 13b whole: its table's fresh figure on arrival, tuning material since (but for .04 and .08) */
const all13b = corpus.filter((d) => d.batch === 13 && fresh13bTables.has(d.table))
/** held out, batch 13c: new writers over the tuning tables, by the id rule */
const heldOut13c = heldOut.filter((d) => d.batch === 13 && !held13Tables.has(d.table) && !fresh13bTables.has(d.table))
/** held out, batches 8b and 8c: new writers and new tuning tables, by the id rule */
const heldOut8bc = heldOut.filter((d) => d.batch === 8 && !held8Tables.has(d.table))
/** held out, batch 9c: new writers over the tuning tables, by the id rule */
const heldOut9c = heldOut.filter((d) => d.batch === 9 && !held9Tables.has(d.table))

const rate = (f: Figures) => (f.mismatch.length + f.unsupported.length) / f.numbers
const caughtRate = (f: Figures, k?: MutantKind) => {
  const rows = k ? [f.mutants.get(k)!] : [...f.mutants.values()]
  const total = rows.reduce((s, t) => s + t.total, 0)
  return total ? rows.reduce((s, t) => s + t.caught, 0) / total : 1
}

describe('the verifier corpus', () => {
  it('is what the issue asks for: 60+ annotated drafts over 8+ tables, half officer and half chat style', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60)
    expect(new Set(corpus.map((d) => d.table)).size).toBeGreaterThanOrEqual(8)
    const officer = corpus.filter((d) => d.style === 'officer').length
    expect(officer / corpus.length).toBeGreaterThan(0.4)
    expect(officer / corpus.length).toBeLessThan(0.6)
    // every annotated number is where the annotation says, in order
    for (const d of corpus) expect(locate(d).length).toBe(d.numbers.length)
    expect(heldOut1.length).toBeGreaterThanOrEqual(15)
    expect(fresh.length).toBeGreaterThanOrEqual(8)
    expect(fresh4.length).toBeGreaterThanOrEqual(8)
    expect(fresh7.length).toBeGreaterThanOrEqual(8)
    expect(fresh8.length).toBeGreaterThanOrEqual(8)
    expect(heldOut8bc.length).toBeGreaterThanOrEqual(8)
    expect(fresh9.length).toBeGreaterThanOrEqual(8)
    expect(heldOut9c.length).toBeGreaterThanOrEqual(8)
    expect(fresh10.length).toBeGreaterThanOrEqual(8)
    expect(heldOut10c.length).toBeGreaterThanOrEqual(4)
    expect(fresh11.length).toBeGreaterThanOrEqual(8)
    expect(heldOut11c.length).toBeGreaterThanOrEqual(4)
    expect(fresh12.length).toBeGreaterThanOrEqual(8)
    expect(heldOut12b.length).toBeGreaterThanOrEqual(2)
    expect(heldOut12c.length).toBeGreaterThanOrEqual(4)
    expect(fresh13.length).toBeGreaterThanOrEqual(8)
    expect(all13b.length).toBeGreaterThanOrEqual(8)
    expect(heldOut13c.length).toBeGreaterThanOrEqual(4)
  })

  it('reports false alarms and catch rates on the tuning and the held-out drafts', async () => {
    const t = await measure(tuning)
    const h = await measure(heldOut)
    const h1 = await measure(heldOut1)
    const h2 = await measure(fresh)
    const h4 = await measure(fresh4)
    const h4b = await measure(heldOut4b)
    const h7 = await measure(fresh7)
    const h8 = await measure(fresh8)
    const h8bc = await measure(heldOut8bc)
    const h9 = await measure(fresh9)
    const h9c = await measure(heldOut9c)
    const h10 = await measure(fresh10)
    const h10c = await measure(heldOut10c)
    const h11 = await measure(fresh11)
    const h11c = await measure(heldOut11c)
    const h12 = await measure(fresh12)
    const h12b = await measure(heldOut12b)
    const h12c = await measure(heldOut12c)
    const a12b = await measure(all12b)
    const h13 = await measure(fresh13)
    const a13b = await measure(all13b)
    const h13c = await measure(heldOut13c)
    console.log(
      [
        report('tuning set', t),
        report('held-out set (all)', h),
        report('held-out, batch 1', h1),
        report('held-out, batch 2 (fresh)', h2),
        report('held-out, batch 4a (fresh)', h4),
        report('held-out, batch 4b (tuning tables, id rule)', h4b),
        report('held-out, batch 7a (fresh)', h7),
        report('held-out, batch 8a (fresh)', h8),
        report('held-out, batches 8b and 8c (id rule)', h8bc),
        report('held-out, batch 9a (fresh)', h9),
        report('held-out, batch 9c (id rule)', h9c),
        report('held-out, batch 10a (fresh)', h10),
        report('held-out, batch 10c (id rule)', h10c),
        report('held-out, batch 11a (fresh)', h11),
        report('held-out, batch 11c (id rule)', h11c),
        report('held-out, batch 12a (fresh)', h12),
        report('held-out, batch 12b (fresh table, id rule)', h12b),
        report('held-out, batch 12c (id rule)', h12c),
        report('batch 12b, all eight drafts (fresh on arrival, then tuned on)', a12b),
        report('held-out, batch 13a (fresh)', h13),
        report('batch 13b, all eight drafts (fresh on arrival, then tuned on)', a13b),
        report('held-out, batch 13c (id rule)', h13c),
      ].join('\n'),
    )
    // regression guards at the level reached (see README "The verifier on natural text")
    // (the tuning set took in batch 7's new writers at 18% false alarms and 91% caught, which is why
    // its catch guard is below the last session's 95%)
    // (batch 8's new writers came into the tuning set at 27% false alarms; these are the levels
    // reached with them taken in)
    // (batch 9c's new writers came into the tuning set at 14.4% and 22.1% false alarms, with 5 and 6
    // mismatches; the tuning set at 9.2% with 13, brought to 8.6% with 2 by rules drawn from them)
    // (batch 10c's tuning part came in at 10.6% with 2 mismatches; the tuning set with it is at 7.2%, none)
    // (batch 11c's tuning part came in at 11.7% with 1 mismatch; the tuning set with it is at 6.7%, none)
    // (batch 12's tuning part — 12b's fresh table and 12c's new writers — came in at 12.7% and 8.3%, with
    // 4 mismatches, all in 12c: a target after a comparing word, 年初的, a share of a sum beyond the pool's cut)
    // (6.4% with no mismatch at the end of the twelfth session)
    // (batch 13's tuning part — 13b's fresh table and 13c's new writers — came in at 14.5% and 9.5%, with
    // 3 mismatches, all in 13c; the tuning set at 6.6% with them, 6.5% with none after the session's rules
    // drawn from them: a role word inside the project's name in short, a rate of the user's two figures,
    // quoted names side by side as a list)
    expect(rate(t)).toBeLessThanOrEqual(0.065)
    expect(t.mismatch.length).toBe(0)
    // (batch 11 brought 5 held-out mismatches with it: 2 in 11a, 3 in 11c, none of them since read;
    // batch 12 one, in 12a; 34 after the twelfth session's first rules)
    // (31 after the thirteenth session's first rules; batch 13 brought 6: 4 in 13a, 2 in 13b's .04/.08; 36 at
    // the session's end)
    expect(h.mismatch.length).toBeLessThanOrEqual(36)
    expect(rate(h1)).toBeLessThanOrEqual(0.12)
    expect(rate(h2)).toBeLessThanOrEqual(0.155)
    expect(rate(h4)).toBeLessThanOrEqual(0.24)
    expect(rate(h7)).toBeLessThanOrEqual(0.19)
    expect(rate(h8)).toBeLessThanOrEqual(0.235)
    expect(rate(h8bc)).toBeLessThanOrEqual(0.115)
    expect(rate(h9)).toBeLessThanOrEqual(0.13)
    expect(rate(h9c)).toBeLessThanOrEqual(0.095)
    // (batch 10a's fresh table came in at 38.5% false alarms and 5 mismatches, 94.4% caught; 35.8%
    // once its 元/人*月 cells were read, 29.1% once drafts' compound units were)
    expect(rate(h10)).toBeLessThanOrEqual(0.265)
    // (batch 10c's held-out part came in at 11.2%, 3 mismatches)
    expect(rate(h10c)).toBeLessThanOrEqual(0.105)
    // (batch 11a's fresh table came in at 16.4% false alarms, 2 mismatches, 92.4% caught; 11c's held-out
    // part at 21.1%, 3 mismatches; 11a at 15.7% after the session's last rule, 11c's unchanged)
    expect(rate(h11)).toBeLessThanOrEqual(0.165)
    expect(rate(h11c)).toBeLessThanOrEqual(0.215)
    // (batch 12a's fresh table came in at 9.9% false alarms, 1 mismatch, 92.6% caught; 12b's whole table at
    // 15.1%, none, 95.6%; 12c's held-out part at 5.1%, none)
    expect(rate(h12)).toBeLessThanOrEqual(0.1)
    expect(rate(h12c)).toBeLessThanOrEqual(0.05)
    // (12b at 12.8% once its six tuning drafts were tuned on)
    expect(rate(a12b)).toBeLessThanOrEqual(0.13)
    // (batch 13a's fresh table came in at 26.0% false alarms, 4 mismatches, 96.7% caught; 13b's whole table
    // at 18.2%, 2 mismatches, 88.5% (10.4% once its tuning part was tuned on); 13c's held-out part at 7.8%,
    // none, 97.5%)
    expect(rate(h13)).toBeLessThanOrEqual(0.26)
    expect(rate(a13b)).toBeLessThanOrEqual(0.105)
    expect(rate(h13c)).toBeLessThanOrEqual(0.078)
    // (95.15% with batch 13's tuning part on arrival)
    expect(caughtRate(t)).toBeGreaterThanOrEqual(0.951)
    // (batch 9a's fresh table came in at 91.8% caught, which took the held-out set from 94.6% to 94.3%)
    expect(caughtRate(h)).toBeGreaterThanOrEqual(0.945)
    for (const k of Object.keys(MUTANT_KINDS) as MutantKind[]) {
      // (batch 9c took the share base from 19 of 29 to 20 of 31) the share base has 29 mutants on the tuning set, 10 of them missed where the wrong base gives
      // another figure of the same sentence (the overspend rate); a flipped direction is at 88.7% and
      // the right number on the wrong indicator at 89.6% (batch 9c's formulas under a heading), every other
      // kind above 90%
      // (batch 10c's new writers came in with the wrong indicator at 25 of 34 and the share base at 1 of 2,
      // which took the tuning set's to 87.9% and 63.6%)
      // (the eleventh session's direction, count-level and share-whole rules took the flipped direction to
      // 94%, the wrong indicator to 92.8% and the share base to 30 of 36)
      const floor = k === 'share-base' ? 0.88 : 0.9
      expect(
        caughtRate(t, k),
        `${MUTANT_KINDS[k]} (tuning) ${pct(t.mutants.get(k)!.caught, t.mutants.get(k)!.total)}`,
      ).toBeGreaterThanOrEqual(floor)
    }
  }, 180_000)
})
