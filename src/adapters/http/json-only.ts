// A request body the API reads must be JSON, declared as such. Without this, a route whose fields
// are all optional (POST /api/drafts/:id/accept) read any body, so a page on another site could
// drive it with a plain HTML form (text/plain needs no preflight). A file upload (/api/import) is
// multipart/form-data and is checked by its own route.
import type { MiddlewareHandler } from 'hono'

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i
const NO_BODY = new Set(['GET', 'HEAD', 'OPTIONS'])

export function jsonBodiesOnly(): MiddlewareHandler {
  return async (c, next) => {
    if (NO_BODY.has(c.req.method)) return next()
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim()
    // Hono keeps the body read here for the route (within the body limit set before this).
    if (!JSON_TYPE.test(type) && (await c.req.arrayBuffer()).byteLength > 0) {
      return c.json(
        {
          error: {
            code: 'UNSUPPORTED_MEDIA_TYPE',
            message: '请求体应为 JSON（Content-Type: application/json）',
          },
        },
        415,
      )
    }
    await next()
  }
}
