// The page: plain HTML, CSS and JS from ./ui, no build step. A strict Content-Security-Policy
// (scripts and styles only from this server) backs up the escaping and sanitizing.
import { readFileSync } from 'node:fs'
import { Hono } from 'hono'

const FILES: Record<string, { name: string; type: string }> = {
  '/': { name: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { name: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/fact-card.js': { name: 'fact-card.js', type: 'text/javascript; charset=utf-8' },
  '/table-view.js': { name: 'table-view.js', type: 'text/javascript; charset=utf-8' },
  '/api-client.js': { name: 'api-client.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { name: 'style.css', type: 'text/css; charset=utf-8' },
}

export const CONTENT_SECURITY_POLICY = [
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

export function uiRoutes() {
  const dir = new URL('./ui/', import.meta.url)
  const cache = new Map<string, string>()
  const app = new Hono()
  for (const [path, file] of Object.entries(FILES)) {
    app.get(path, (c) => {
      let body = cache.get(file.name)
      if (body === undefined) {
        body = readFileSync(new URL(file.name, dir), 'utf8')
        cache.set(file.name, body)
      }
      return c.body(body, 200, {
        'Content-Type': file.type,
        'Cache-Control': 'no-cache',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      })
    })
  }
  app.get('/favicon.ico', (c) => c.body(null, 204))
  return app
}
