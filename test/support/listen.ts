// Serves the app's services on a free loopback port for a browser test, with the sample tables
// seeded; `close` ends every connection and the server.
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { createApp, type createServices } from '../../src/adapters/http/app.ts'
import { seedSamplesIfEmpty } from '../../src/adapters/store/seed-samples.ts'
import { SAMPLES } from './app.ts'

export async function listenSeeded(
  services: ReturnType<typeof createServices>,
): Promise<{ url: string; close: () => Promise<void> }> {
  await seedSamplesIfEmpty(services.repo, services.catalog, SAMPLES)
  const server = serve({ fetch: createApp(services).fetch, port: 0, hostname: '127.0.0.1' }) as Server
  await new Promise<void>((resolve) => server.once('listening', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
