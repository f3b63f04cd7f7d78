// The real HTTP server on a free loopback port, built with createApp and the test doubles, on a
// lowdb file in a temporary directory — for browser tests of the page itself.
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { createApp, createServices } from '../../src/adapters/http/app.ts'
import { LowdbStore } from '../../src/adapters/store/lowdb-store.ts'
import { seedSamplesIfEmpty } from '../../src/adapters/store/seed-samples.ts'
import { FakeDrafter, fakeVerify } from './fakes.ts'
import { SAMPLES, testLogger } from './app.ts'

export async function startFakeServer() {
  const dataDir = await mkdtemp(join(tmpdir(), 'jixiao-ui-'))
  const store = await LowdbStore.open(join(dataDir, 'db.json'))
  const services = createServices({
    store,
    verify: fakeVerify,
    drafters: { template: new FakeDrafter(fakeVerify) },
    logger: testLogger(),
  })
  await seedSamplesIfEmpty(services.repo, services.catalog, SAMPLES)
  const server = serve({
    fetch: createApp(services).fetch,
    port: 0,
    hostname: '127.0.0.1',
  }) as Server
  await new Promise<void>((resolve) => server.once('listening', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/`,
    dataDir,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
