// An app on a memory store seeded with the sample tables, with fixed ids and clock, and helpers
// for JSON requests through app.request() (no port).
import { createApp, createServices } from '../../src/adapters/http/app.ts'
import type { Logger } from '../../src/adapters/http/errors.ts'
import { LowdbStore } from '../../src/adapters/store/lowdb-store.ts'
import { seedSamplesIfEmpty } from '../../src/adapters/store/seed-samples.ts'
import type { Drafters } from '../../src/app/drafting.ts'
import type { VerifyFn } from '../../src/app/ports.ts'
import type { Store } from '../../src/app/store.ts'
import { FakeDrafter, fakeVerify } from './fakes.ts'

export const SAMPLES = 'data/samples'

export function fixedClock() {
  let n = 0
  let t = Date.parse('2026-01-05T08:00:00Z')
  return { newId: () => `id-${++n}`, now: () => new Date((t += 1000)) }
}

export type TestLogger = Logger & { errors: Array<{ message: string; error: unknown }> }

export function testLogger(): TestLogger {
  const errors: TestLogger['errors'] = []
  return { errors, info: () => {}, error: (message, error) => errors.push({ message, error }) }
}

export async function makeApp(options: { drafters?: Partial<Drafters>; verify?: VerifyFn; store?: Store } = {}) {
  const verify = options.verify ?? fakeVerify
  const template = new FakeDrafter(verify)
  const drafters: Drafters = { template, ...options.drafters }
  const store = options.store ?? LowdbStore.memory()
  const logger = testLogger()
  const services = createServices({ store, verify, drafters, clock: fixedClock(), logger })
  await seedSamplesIfEmpty(services.repo, services.catalog, SAMPLES)
  const app = createApp(services)
  const tables = await services.repo.listTables()
  const id = (file: string) => tables.find((t) => t.sourceFile === file)!.id
  return {
    app,
    services,
    store,
    logger,
    template,
    ids: {
      department: id('nanyue-zhengfawei-2022-department.json'),
      zongzhi: id('zongzhi-2022.json'),
      sixing: id('sixing-xiaoqu-2022.json'),
    },
    request: async (method: string, path: string, body?: unknown) => {
      const res = await app.request(path, {
        method,
        ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      })
      const text = await res.text()
      let json: any = null
      try {
        json = text ? JSON.parse(text) : null
      } catch {
        json = null
      }
      return { status: res.status, json, text, headers: res.headers }
    },
  }
}

export type SseEvent = { event: string; data: any }

/** Splits a server-sent-events body into its events, data parsed as JSON. */
export function parseSse(body: string): SseEvent[] {
  return body
    .split('\n\n')
    .filter((b) => b.trim())
    .map((block) => {
      let event = 'message'
      const data: string[] = []
      for (const line of block.split('\n')) {
        if (line.startsWith('event: ')) event = line.slice(7)
        else if (line.startsWith('data: ')) data.push(line.slice(6))
      }
      return { event, data: JSON.parse(data.join('\n')) }
    })
}
