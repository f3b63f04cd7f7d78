// `npm run bench`: runs every benchmark module and prints medians with the machine they ran on.
// Pass names to run only some: `npm run bench -- core verify`.
import buildDist from '../test/build-dist.ts'
import { machine, type BenchModule, type BenchResult } from './lib.ts'

// The CLI and server benchmarks run the compiled dist/, as users do: rebuilt if a source is newer.
buildDist()

const modules: Record<string, () => Promise<BenchModule>> = {
  start: () => import('./start.bench.ts'),
  core: () => import('./core.bench.ts'),
  prompts: () => import('./prompts.bench.ts'),
  import: () => import('./import.bench.ts'),
  http: () => import('./http.bench.ts'),
  verify: () => import('./verify.bench.ts'),
  corpus: () => import('./corpus.bench.ts'),
  hardening: () => import('./hardening.bench.ts'),
  review: () => import('./review.bench.ts'),
  chat: () => import('./chat.bench.ts'),
}

const only = process.argv.slice(2)
console.log(`jixiao benchmarks — ${new Date().toISOString()}\nmachine: ${machine()}\n`)
for (const [name, load] of Object.entries(modules)) {
  if (only.length && !only.includes(name)) continue
  const results: BenchResult[] = await (await load()).run()
  console.log(`## ${name}`)
  for (const r of results) {
    const value = r.value >= 100 ? r.value.toFixed(0) : r.value >= 1 ? r.value.toFixed(2) : r.value.toFixed(3)
    console.log(
      `  ${r.name}: ${value} ${r.unit}${r.runs ? ` (median of ${r.runs})` : ''}${r.note ? ` — ${r.note}` : ''}`,
    )
  }
  console.log('')
}
