// Start-up, as a user meets it: `jixiao facts` on a sample against `node -e 0`, and the web app's
// first answered request against a bare Hono server's (bench/bare-hono-server.mjs), each a child
// process timed from spawn to exit or to the first answer, runs alternating, medians, ratios.
import { spawn } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runServer } from '../test/support/spawn-server.ts'
import type { BenchResult } from './lib.ts'

const RUNS = 9

function exitMs(args: string[]): Promise<number> {
  const t0 = process.hrtime.bigint()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'ignore' })
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${args.join(' ')} exited with ${code}`))
      else resolve(Number(process.hrtime.bigint() - t0) / 1e6)
    })
  })
}

/** Spawn → the answer to `path` read in full; then the server is stopped. */
async function firstAnswerMs(script: string | undefined, env: Record<string, string>, path: string): Promise<number> {
  const t0 = process.hrtime.bigint()
  const server = await runServer(env, script)
  try {
    const res = await fetch(`${server.url}${path.slice(1)}`)
    if (!res.ok) throw new Error(`${path}: ${res.status}`)
    await res.text()
    return Number(process.hrtime.bigint() - t0) / 1e6
  } finally {
    await server.stop()
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

export async function run(): Promise<BenchResult[]> {
  const facts = ['dist/cli.js', 'facts', 'data/samples/zongzhi-2022.json']
  const bare: number[] = []
  const cli: number[] = []
  await exitMs(['-e', '0'])
  await exitMs(facts)
  for (let i = 0; i < RUNS; i++) {
    bare.push(await exitMs(['-e', '0']))
    cli.push(await exitMs(facts))
  }

  // a store already seeded (the first start seeds the samples; later starts are what users see)
  const dataDir = await mkdtemp(join(tmpdir(), 'jixiao-start-bench-'))
  await firstAnswerMs(undefined, { DATA_DIR: dataDir }, '/api/tables')
  const hono: number[] = []
  const app: number[] = []
  for (let i = 0; i < RUNS; i++) {
    hono.push(await firstAnswerMs('bench/bare-hono-server.mjs', {}, '/'))
    app.push(await firstAnswerMs(undefined, { DATA_DIR: dataDir }, '/api/tables'))
  }

  return [
    {
      name: '`jixiao facts` on a sample ÷ `node -e 0`',
      value: median(cli) / median(bare),
      unit: '×',
      runs: RUNS,
      note: `facts ${median(cli).toFixed(0)} ms, node -e 0 ${median(bare).toFixed(0)} ms (spawn to exit, alternating)`,
    },
    {
      name: "web app (node dist/server.js): first answered request ÷ a bare Hono server's",
      value: median(app) / median(hono),
      unit: '×',
      runs: RUNS,
      note: `GET /api/tables ${median(app).toFixed(0)} ms, bare GET / ${median(hono).toFixed(0)} ms (spawn to the answer read, alternating)`,
    },
  ]
}
