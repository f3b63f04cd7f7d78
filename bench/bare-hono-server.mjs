// The yardstick of the http and start-up benchmarks: a bare Hono app on @hono/node-server, one
// JSON route that reads its body and answers a small JSON object, nothing else. Plain JavaScript,
// run by node as dist/server.js is. Prints the same address line as src/server.ts.
import { serve } from '@hono/node-server'
import { Hono } from 'hono'

const app = new Hono()
app.post('/api/echo', async (c) => {
  const body = await c.req.json()
  return c.json({ ok: true, length: typeof body.text === 'string' ? body.text.length : 0 })
})
app.get('/', (c) => c.text('ok'))
const server = serve({ fetch: app.fetch, port: Number(process.env.PORT) || 0, hostname: '127.0.0.1' })
server.once('listening', () => {
  console.log(`jixiao web app: http://127.0.0.1:${server.address().port}/`)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
