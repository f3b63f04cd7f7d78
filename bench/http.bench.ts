// The web app under load, as `npm start` runs it (a child process on loopback, a fresh DATA_DIR):
// requests per second and p99 latency of POST /api/verify side by side with a bare Hono route
// (bench/bare-hono-server.mjs, same body, same 10 connections, rounds alternating, medians), of
// a template-engine draft (POST /api/drafts, which also stores the draft) with 50 concurrent
// connections, and 200 concurrent writes to the store, counted back from the file on disk.
import { readFileSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import http from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runServer } from '../test/support/spawn-server.ts'
import type { BenchResult } from './lib.ts'

const CONNECTIONS = 50
/** the verify-vs-bare comparison: as issue 14 measured it */
const SIDE_BY_SIDE_CONNECTIONS = 10
const ROUNDS = 3
const BARE_SERVER = 'bench/bare-hono-server.mjs'
/** new texts sent before the side-by-side rounds */
const FRESH_WARM_UP = 3000

const VERIFY_TEXT =
  '2022年综治、平安建设经费年初预算36万元，实际支出30.64万元，预算执行率85.11%，较预算减少5.36万元。' +
  '其中财政拨款36万元，实际支出9.8万元，执行率27.22%；其他资金实际支出10万元。' +
  '四型平安小区以奖代拨经费年初预算15万元，实际支出22.7万元，执行率151.33%，超出预算7.7万元。' +
  '基本支出317.04万元，其中人员经费287.8万元，占90.78%；日常公用经费29.24万元，占9.22%。'

type Sent = { status: number; body: string }

function post(agent: http.Agent, url: URL, path: string, body: unknown): Promise<Sent> {
  const data = Buffer.from(JSON.stringify(body))
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': data.length },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }))
      },
    )
    req.on('error', reject)
    req.end(data)
  })
}

/** `total` requests from `CONNECTIONS` workers in a bounded loop; every answer must be 2xx. */
async function load(total: number, send: () => Promise<Sent>, connections = CONNECTIONS) {
  const latencies: number[] = []
  let issued = 0
  const started = process.hrtime.bigint()
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (issued < total) {
        issued++
        const t0 = process.hrtime.bigint()
        const res = await send()
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6)
        if (res.status >= 300) throw new Error(`status ${res.status}: ${res.body.slice(0, 200)}`)
      }
    }),
  )
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  latencies.sort((a, b) => a - b)
  return {
    rps: total / seconds,
    p99: latencies[Math.ceil(latencies.length * 0.99) - 1]!,
    p50: latencies[Math.floor(latencies.length / 2)]!,
  }
}

/**
 * CPU time (ms) a child process has used, user and system, from /proc (Linux; null elsewhere):
 * unlike requests per second, it hardly moves with the load of other processes on the machine.
 */
function cpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 per second on Linux)
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch {
    return null
  }
}

/** `load`, and the server's CPU time per request over it (ms; null where /proc is missing). */
async function measured(pid: number | undefined, total: number, run: () => ReturnType<typeof load>) {
  const before = cpuMs(pid)
  const result = await run()
  const after = cpuMs(pid)
  return { ...result, cpu: before === null || after === null ? null : (after - before) / total }
}

export async function run(): Promise<BenchResult[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'jixiao-bench-'))
  const server = await runServer({ DATA_DIR: dataDir })
  const url = new URL(server.url)
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS })
  try {
    const tables = JSON.parse(await (await fetch(`${server.url}api/tables`)).text()) as {
      tables: Array<{ id: string; kind: string }>
    }
    const dept = tables.tables.find((t) => t.kind === 'department-overall')!.id
    const project = tables.tables.find((t) => t.kind === 'project-self-evaluation')!.id

    const verify = () => post(agent, url, '/api/verify', { tableId: dept, text: VERIFY_TEXT })
    await load(200, verify) // warm-up
    const v = await load(5000, verify)

    // side by side: the bare route and verify, alternating, each round 3000 requests
    const bare = await runServer({}, BARE_SERVER)
    const bareUrl = new URL(bare.url)
    const bareAgent = new http.Agent({ keepAlive: true, maxSockets: SIDE_BY_SIDE_CONNECTIONS })
    const echo = () => post(bareAgent, bareUrl, '/api/echo', { tableId: dept, text: VERIFY_TEXT })
    // the same 212 characters with a tail of spaces and line breaks that differs every time (the
    // request's number in binary): the verifier does the same work, and no answer is cached
    let fresh = 0
    const tail = (n: number) => n.toString(2).replace(/0/g, ' ').replace(/1/g, '\n')
    const verifyFresh = () =>
      post(agent, url, '/api/verify', { tableId: dept, text: `${VERIFY_TEXT}\n${tail(++fresh)}` })
    const bareRps: number[] = []
    const verifyRps: number[] = []
    const freshRps: number[] = []
    const cpu = { bare: [] as number[], verify: [] as number[], fresh: [] as number[] }
    const round = async (
      pid: number | undefined,
      n: number,
      send: () => Promise<Sent>,
      rps: number[],
      ms: number[],
    ) => {
      const r = await measured(pid, n, () => load(n, send, SIDE_BY_SIDE_CONNECTIONS))
      rps.push(r.rps)
      if (r.cpu !== null) ms.push(r.cpu)
    }
    try {
      await load(500, echo, SIDE_BY_SIDE_CONNECTIONS)
      // a server that has been running: the verifier's code compiled by V8 on texts it had not seen
      // (the first thousand new texts cost two to three times the steady state: JIT and GC threads
      // compete with the load on the machine's cores), as the bare route's is by its own warm-up
      await load(FRESH_WARM_UP, verifyFresh, SIDE_BY_SIDE_CONNECTIONS)
      for (let i = 0; i < ROUNDS; i++) {
        await round(bare.child.pid, 3000, echo, bareRps, cpu.bare)
        await round(server.child.pid, 3000, verify, verifyRps, cpu.verify)
        await round(server.child.pid, 1000, verifyFresh, freshRps, cpu.fresh)
      }
    } finally {
      bareAgent.destroy()
      await bare.stop()
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
    const ratio = median(verifyRps) / median(bareRps)
    const freshRatio = median(freshRps) / median(bareRps)
    const cpuNote = (xs: number[]) => (xs.length ? `${median(xs).toFixed(3)} ms` : 'n/a')

    const draft = () => post(agent, url, '/api/drafts', { tableId: dept, section: 'problems' })
    await load(50, draft)
    const d = await load(1000, draft)

    const writes = 200
    const w0 = process.hrtime.bigint()
    const notes = await Promise.all(
      Array.from({ length: writes }, (_, i) =>
        post(agent, url, `/api/tables/${project}/notes`, { text: `并发写入${i}` }),
      ),
    )
    const writeMs = Number(process.hrtime.bigint() - w0) / 1e6
    const created = notes.filter((n) => n.status === 201).length
    await server.stop()
    const onDisk = JSON.parse(await readFile(join(dataDir, 'db.json'), 'utf8')) as {
      tables: Array<{ id: string; notes: unknown[] }>
    }
    const kept = onDisk.tables.find((t) => t.id === project)!.notes.length

    const note = (n: number) => `${n} requests, ${CONNECTIONS} connections, loopback, server in its own process`
    return [
      {
        name: 'POST /api/verify ÷ a bare Hono JSON route, side by side (10 connections)',
        value: ratio * 100,
        unit: '%',
        note: `verify ${median(verifyRps).toFixed(0)} req/s, bare ${median(bareRps).toFixed(0)} req/s (medians of ${ROUNDS} alternating rounds of 3000; one text again and again, answered from the cache)`,
      },
      {
        name: 'POST /api/verify with a different text each time ÷ the bare route, side by side',
        value: freshRatio * 100,
        unit: '%',
        note: `${median(freshRps).toFixed(0)} req/s (medians of ${ROUNDS} rounds of 1000, after ${FRESH_WARM_UP} new texts to warm up): the verifier's own work, no cached answer`,
      },
      {
        name: 'server CPU per request, bare route ÷ POST /api/verify with a new text (the same rounds)',
        value: cpu.bare.length && cpu.fresh.length ? (median(cpu.bare) / median(cpu.fresh)) * 100 : Number.NaN,
        unit: '%',
        note: `CPU time of the server process per request (/proc, medians of ${ROUNDS}): bare ${cpuNote(cpu.bare)}, verify answered from the cache ${cpuNote(cpu.verify)}, verify with a new text ${cpuNote(cpu.fresh)}; it moves less with the machine's load than req/s do`,
      },
      {
        name: 'POST /api/verify (department table, 18 numbers, 212 characters): throughput',
        value: v.rps,
        unit: 'req/s',
        note: note(5000),
      },
      {
        name: 'POST /api/verify: p99 latency',
        value: v.p99,
        unit: 'ms',
        note: `p50 ${v.p50.toFixed(2)} ms`,
      },
      {
        name: 'POST /api/drafts (template engine, problems section, stored): throughput',
        value: d.rps,
        unit: 'req/s',
        note: note(1000),
      },
      {
        name: 'POST /api/drafts: p99 latency',
        value: d.p99,
        unit: 'ms',
        note: `p50 ${d.p50.toFixed(2)} ms`,
      },
      {
        name: `${writes} concurrent POST /api/tables/:id/notes: notes kept in db.json`,
        value: kept,
        unit: `of ${writes}`,
        note: `${created} answered 201 in ${writeMs.toFixed(0)} ms`,
      },
    ]
  } finally {
    agent.destroy()
    await server.stop()
  }
}
