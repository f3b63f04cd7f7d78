// The page: plain HTML, CSS and JS from ./ui, no build step. A strict Content-Security-Policy
// (scripts and styles only from this server) backs up the escaping and sanitizing.
import { readdirSync, readFileSync } from 'node:fs'
import { Hono } from 'hono'

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
}

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** Serves index.html at / and every .js and .css file of ./ui by its name, read once. */
export function uiRoutes() {
  const dir = new URL('./ui/', import.meta.url)
  const files = new Map<string, { body: string; type: string }>()
  for (const name of readdirSync(dir)) {
    const type = TYPES[name.split('.').pop() ?? '']
    if (type) files.set(name, { body: readFileSync(new URL(name, dir), 'utf8'), type })
  }
  const app = new Hono()
  const send = (name: string) =>
    app.get(name === 'index.html' ? '/' : `/${name}`, (c) => {
      const file = files.get(name)!
      return c.body(file.body, 200, {
        'Content-Type': file.type,
        'Cache-Control': 'no-cache',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      })
    })
  for (const name of files.keys()) send(name)
  app.get('/favicon.ico', (c) => c.body(null, 204))
  return app
}
