// Who may talk to the server. DNS rebinding: a page at http://evil.example whose name resolves
// to 127.0.0.1 is same-origin with itself, so the browser lets it read our answers — unless we
// refuse a Host header we do not answer to. Cross-site writes: a page on any site may POST to
// us (a form or a no-cors fetch needs no preflight) — unless we refuse a state-changing request
// whose Origin is another site's. Both are a 403 with a Chinese message.
//
// Allowed host names: localhost, 127.0.0.1, ::1, the HOST the server listens on (unless it is a
// wildcard), and ALLOWED_HOSTS (comma-separated; for a reverse proxy's public name). A Host
// that is an IP address is always allowed: an address cannot be rebound. An Origin must be the
// request's own host or one of the allowed names — never just any address.
import type { MiddlewareHandler } from 'hono'

export const DEFAULT_ALLOWED_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '::1']

const WILDCARDS = new Set(['0.0.0.0', '::', '[::]', ''])

/** The allowed host names from HOST and ALLOWED_HOSTS. */
export function allowedHostsFromEnv(host: string | undefined, allowedHosts: string | undefined): string[] {
  const names = new Set(DEFAULT_ALLOWED_HOSTS)
  const add = (name: string) => {
    const n = normalizeHostName(name)
    if (!WILDCARDS.has(n)) names.add(n)
  }
  if (host) add(host)
  for (const name of (allowedHosts ?? '').split(/[,\s]+/)) if (name) add(name)
  return [...names]
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export function hostGuard(allowedHosts: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedHosts.map(normalizeHostName))
  return async (c, next) => {
    const host = c.req.header('host') ?? new URL(c.req.url).host
    const hostName = hostNameOf(host)
    if (hostName === null || !(allowed.has(hostName) || isIpAddress(hostName))) {
      return refuse(
        c,
        'HOST_NOT_ALLOWED',
        `本服务不接受通过“${shortQuote(host)}”访问。如需使用这个名称（例如反向代理的域名），请在启动时将其加入 ALLOWED_HOSTS。`,
      )
    }
    const origin = c.req.header('origin')
    if (origin !== undefined && !SAFE_METHODS.has(c.req.method)) {
      const originHost = originHostOf(origin)
      const sameHost = originHost !== null && originHost.toLowerCase() === host.toLowerCase()
      const originName = originHost === null ? null : hostNameOf(originHost)
      if (!sameHost && (originName === null || !allowed.has(originName))) {
        return refuse(
          c,
          'ORIGIN_NOT_ALLOWED',
          `拒绝来自其他网站（${shortQuote(origin)}）的修改请求。请直接在本服务的页面上操作。`,
        )
      }
    }
    await next()
  }
}

function refuse(c: Parameters<MiddlewareHandler>[0], code: string, message: string) {
  return c.json({ error: { code, message } }, 403)
}

function shortQuote(text: string): string {
  return text.length > 100 ? `${text.slice(0, 100)}…` : text
}

/** "Example.COM." → "example.com"; "[::1]" → "::1". */
function normalizeHostName(name: string): string {
  const n = name.trim().toLowerCase().replace(/\.$/, '')
  return n.startsWith('[') && n.endsWith(']') ? n.slice(1, -1) : n
}

/** The name of a Host header value ("localhost:8787", "[::1]:8787"), or null when it is not one. */
function hostNameOf(host: string): string | null {
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]\s/@]+)(?::\d{1,5})?$/i.exec(host.trim())
  return m ? normalizeHostName(m[1]!) : null
}

/** "http://localhost:8787" → "localhost:8787"; "null" and other non-URLs → null. */
function originHostOf(origin: string): string | null {
  try {
    const url = new URL(origin)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.host : null
  } catch {
    return null
  }
}

function isIpAddress(name: string): boolean {
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(name)) return name.split('.').every((p) => Number(p) <= 255)
  return name.includes(':') && /^[0-9a-f:.]+$/i.test(name)
}
