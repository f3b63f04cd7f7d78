// The verifier on natural text (issue 9): false alarms per correct number and the share of planted
// errors caught, per kind, on the tuning drafts and the held-out drafts (test/corpus/SPLIT.md).
import {
  BATCH_4A_TABLES,
  BATCH_7A_TABLES,
  BATCH_8A_TABLES,
  BATCH_9A_TABLES,
  BATCH_10A_TABLES,
  BATCH_11A_TABLES,
  BATCH_12A_TABLES,
  loadCorpus,
  measure,
  MUTANT_KINDS,
  tablePaths,
  type Figures,
  type MutantKind,
} from '../test/corpus/corpus.ts'
import type { BenchResult } from './lib.ts'

function figures(name: string, f: Figures): BenchResult[] {
  const alarms = f.mismatch.length + f.unsupported.length
  let caught = 0
  let total = 0
  for (const t of f.mutants.values()) {
    caught += t.caught
    total += t.total
  }
  return [
    {
      name: `${name}: false alarms per correct number (${f.drafts} drafts, ${f.numbers} numbers)`,
      value: (alarms / f.numbers) * 100,
      unit: '%',
      note: `${f.mismatch.length} called a mismatch, ${f.unsupported.length} unsupported`,
    },
    { name: `${name}: mutants caught`, value: (caught / total) * 100, unit: '%', note: `${caught} of ${total}` },
    ...(Object.keys(MUTANT_KINDS) as MutantKind[]).map((k) => {
      const t = f.mutants.get(k)!
      return {
        name: `${name}: caught — ${MUTANT_KINDS[k]}`,
        value: t.total ? (t.caught / t.total) * 100 : 0,
        unit: '%',
        note: `${t.caught} of ${t.total}`,
      }
    }),
  ]
}

export async function run(): Promise<BenchResult[]> {
  const corpus = loadCorpus()
  const fresh4 = tablePaths(BATCH_4A_TABLES)
  const fresh7 = tablePaths(BATCH_7A_TABLES)
  const fresh8 = tablePaths(BATCH_8A_TABLES)
  const fresh9 = tablePaths(BATCH_9A_TABLES)
  const later = (tables: readonly string[]) => {
    const set = tablePaths(tables)
    return corpus.filter((d) => d.heldOut && set.has(d.table))
  }
  return [
    ...figures('tuning', await measure(corpus.filter((d) => !d.heldOut))),
    ...figures('held out, batch 1', await measure(corpus.filter((d) => d.heldOut && (d.batch ?? 1) === 1))),
    ...figures('held out, batch 2 (fresh)', await measure(corpus.filter((d) => d.heldOut && d.batch === 2))),
    ...figures(
      'held out, batch 4a (fresh)',
      await measure(corpus.filter((d) => d.heldOut && d.batch === 4 && fresh4.has(d.table))),
    ),
    ...figures('held out, batch 7a (fresh)', await measure(corpus.filter((d) => d.heldOut && fresh7.has(d.table)))),
    ...figures('held out, batch 8a (fresh)', await measure(corpus.filter((d) => d.heldOut && fresh8.has(d.table)))),
    ...figures('held out, batch 9a (fresh)', await measure(corpus.filter((d) => d.heldOut && fresh9.has(d.table)))),
    ...figures('held out, batch 10a (fresh)', await measure(later(BATCH_10A_TABLES))),
    ...figures('held out, batch 11a (fresh)', await measure(later(BATCH_11A_TABLES))),
    ...figures('held out, batch 12a (fresh)', await measure(later(BATCH_12A_TABLES))),
    ...figures('held out, all', await measure(corpus.filter((d) => d.heldOut))),
  ]
}
