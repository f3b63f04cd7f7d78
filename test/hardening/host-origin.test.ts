// Finding 5 of issue 10: neither Host nor Origin was checked, so a page at http://evil.example
// resolving to 127.0.0.1 (DNS rebinding) read every table, and any site could post notes; the
// accept route read a text/plain body as JSON. Now: a Host the server does not answer to is a
// 403, a state-changing request from a foreign Origin is a 403, and bodies must be JSON (415).
import { request as httpRequest } from 'node:http'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../src/adapters/http/app.ts'
import { allowedHostsFromEnv } from '../../src/adapters/http/host-guard.ts'
import { makeApp } from '../support/app.ts'
import { runServer } from '../support/spawn-server.ts'

type Ctx = Awaited<ReturnType<typeof makeApp>>

async function send(ctx: Ctx, path: string, headers: Record<string, string>, init: RequestInit = {}) {
  const res = await ctx.app.request(path, { ...init, headers: { ...headers, ...(init.headers as object) } })
  const text = await res.text()
  return { status: res.status, json: text.startsWith('{') ? JSON.parse(text) : null, headers: res.headers }
}

const note = (text: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ text }),
})

async function noteTexts(ctx: Ctx) {
  const table = await ctx.services.repo.getTable(ctx.ids.zongzhi)
  return table!.notes.map((n) => n.text)
}

describe('the Host header (issue 10, finding 5: DNS rebinding)', () => {
  it('is refused with a 403 unless it names an allowed host or an address', async () => {
    const ctx = await makeApp()
    const evil = await send(ctx, '/api/tables', { host: 'evil.example:8787' })
    expect(evil.status).toBe(403)
    expect(evil.json.error.code).toBe('HOST_NOT_ALLOWED')
    expect(evil.json.error.message).toContain('ALLOWED_HOSTS')
    expect((await send(ctx, '/', { host: 'evil.example' })).status).toBe(403)
    for (const host of ['localhost:8787', '127.0.0.1:8787', '[::1]:8787', '192.168.1.20:8787', 'LOCALHOST']) {
      expect([host, (await send(ctx, '/api/tables', { host })).status]).toEqual([host, 200])
    }
    expect((await send(ctx, '/api/tables', { host: 'localhost.evil.example' })).status).toBe(403)
    expect((await send(ctx, '/api/tables', { host: 'a b' })).status).toBe(403)
  })

  it('accepts the names the server is configured with', async () => {
    const ctx = await makeApp()
    const allowedHosts = allowedHostsFromEnv('0.0.0.0', 'jixiao.office.lan, Proxy.Example.')
    expect(allowedHosts).toEqual(['localhost', '127.0.0.1', '::1', 'jixiao.office.lan', 'proxy.example'])
    expect(allowedHostsFromEnv('jixiao.local', undefined)).toContain('jixiao.local')
    const app = createApp(ctx.services, { allowedHosts })
    const status = async (host: string) => (await app.request('/api/tables', { headers: { host } })).status
    expect(await status('jixiao.office.lan:8787')).toBe(200)
    expect(await status('proxy.example')).toBe(200)
    expect(await status('evil.example')).toBe(403)
  })
})

describe('the Origin of a state-changing request (issue 10, finding 5: cross-site writes)', () => {
  it('is refused when it is another site, and nothing is written', async () => {
    const ctx = await makeApp()
    const path = `/api/tables/${ctx.ids.zongzhi}/notes`
    for (const origin of ['http://evil.example', 'null', 'http://6.6.6.6', 'http://localhost.evil.example:8787']) {
      const res = await send(ctx, path, { host: '127.0.0.1:8787', origin }, note('外站写入'))
      expect([origin, res.status, res.json.error.code]).toEqual([origin, 403, 'ORIGIN_NOT_ALLOWED'])
    }
    expect(await noteTexts(ctx)).toEqual([])
    const same = await send(ctx, path, { host: '127.0.0.1:8787', origin: 'http://127.0.0.1:8787' }, note('本站写入'))
    expect(same.status).toBe(201)
    const named = await send(ctx, path, { host: '127.0.0.1:8787', origin: 'http://localhost:8787' }, note('本机名称'))
    expect(named.status).toBe(201)
    const noOrigin = await send(ctx, path, { host: '127.0.0.1:8787' }, note('命令行'))
    expect(noOrigin.status).toBe(201)
    expect(await noteTexts(ctx)).toEqual(['本站写入', '本机名称', '命令行'])
  })

  it('does not matter for reads, which get no CORS header', async () => {
    const ctx = await makeApp()
    const res = await send(ctx, '/api/tables', { host: 'localhost', origin: 'http://evil.example' })
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('request bodies (issue 10, finding 5: the accept route)', () => {
  it('must be declared JSON: a text/plain form post cannot accept a draft', async () => {
    const ctx = await makeApp()
    const created = await ctx.request('POST', '/api/drafts', { tableId: ctx.ids.department, section: 'problems' })
    const id = created.json.draft.id
    const form = await ctx.app.request(`/api/drafts/${id}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"confirm":true}',
    })
    expect(form.status).toBe(415)
    expect((await form.json()).error.message).toBe('请求体应为 JSON（Content-Type: application/json）')
    expect((await ctx.request('GET', `/api/drafts/${id}`)).json.draft.status).toBe('draft')
    const notes = await ctx.app.request(`/api/tables/${ctx.ids.zongzhi}/notes`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'text=x',
    })
    expect(notes.status).toBe(415)
    const json = await ctx.request('POST', `/api/drafts/${id}/accept`, { confirm: true })
    expect(json.status).toBe(200)
    expect(json.json.draft.status).toBe('accepted')
  })
})

describe('the real server', () => {
  it('answers only to its host names and the ones ALLOWED_HOSTS adds', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'jixiao-hosts-'))
    const server = await runServer({ DATA_DIR: dataDir, ALLOWED_HOSTS: 'jixiao.test' })
    try {
      const port = new URL(server.url).port
      const get = (host: string) =>
        new Promise<number>((resolve, reject) => {
          const req = httpRequest({ host: '127.0.0.1', port, path: '/api/tables', headers: { host } }, (res) => {
            res.resume()
            resolve(res.statusCode!)
          })
          req.on('error', reject)
          req.end()
        })
      expect(await get('evil.example')).toBe(403)
      expect(await get(`jixiao.test:${port}`)).toBe(200)
      expect(await get(`localhost:${port}`)).toBe(200)
    } finally {
      await server.stop()
    }
  }, 30_000)
})
