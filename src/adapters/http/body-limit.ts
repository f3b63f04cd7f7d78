// The API's limit on a request body, checked from Content-Length when the request has one (as
// every browser's and script's JSON POST does). Hono's bodyLimit reads `c.req.raw.body` first,
// which on @hono/node-server builds a full web Request around the socket for every request, GET
// included, and moves the route's body reading off the adapter's fast path: a third of the cost
// of a POST /api/verify. A chunked body (no length) still goes through Hono's bodyLimit, which
// counts the bytes as they come.
import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'

const NO_BODY = new Set(['GET', 'HEAD', 'OPTIONS'])

export function apiBodyLimit(
  maxSize: number,
  onError: (c: Context) => Response | Promise<Response>,
): MiddlewareHandler {
  const counted = bodyLimit({ maxSize, onError })
  return async (c, next) => {
    if (NO_BODY.has(c.req.method)) return next()
    const length = c.req.header('content-length')
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number.parseInt(length, 10) > maxSize ? onError(c) : next()
    }
    return counted(c, next)
  }
}

/** `middleware` for every request except those under one of `prefixes` ("/api/import" and below). */
export function exceptUnder(prefixes: readonly string[], middleware: MiddlewareHandler): MiddlewareHandler {
  return async (c, next) => {
    const path = c.req.path
    if (prefixes.some((p) => path === p || path.startsWith(`${p}/`))) return next()
    return middleware(c, next)
  }
}
