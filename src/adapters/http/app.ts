// The web app: the JSON API under /api and the page at /. Built from its dependencies only —
// the store, the verifier and the drafting engines — so tests run it through app.request() with
// doubles, and src/server.ts is the one place that wires the real ones.
import { randomUUID } from 'node:crypto'
import { Hono } from 'hono'
import type { Drafters } from '../../app/drafting.ts'
import type { ImportFileFn, VerifyFn } from '../../app/ports.ts'
import { Repository, type RepositoryClock } from '../../app/repository.ts'
import type { Store } from '../../app/store.ts'
import { TableCatalog } from '../../app/table-catalog.ts'
import { VerificationCache } from '../../app/verification-cache.ts'
import { apiBodyLimit, exceptUnder } from './body-limit.ts'
import { consoleLogger, onApiError, type Logger } from './errors.ts'
import { DEFAULT_ALLOWED_HOSTS, hostGuard } from './host-guard.ts'
import { jsonBodiesOnly } from './json-only.ts'
import { configRoutes } from './routes/config.ts'
import { conversationRoutes } from './routes/conversations.ts'
import { draftRoutes } from './routes/drafts.ts'
import { importRoutes } from './routes/import.ts'
import { reportRoutes } from './routes/report.ts'
import { reviewRoutes } from './routes/review.ts'
import { tableRoutes } from './routes/tables.ts'
import { verifyRoutes } from './routes/verify.ts'
import type { ApiServices } from './services.ts'
import { uiRoutes } from './ui-routes.ts'

export type AppDeps = {
  store: Store
  verify: VerifyFn
  drafters: Drafters
  /** ids and time stamps (tests pass fixed ones) */
  clock?: RepositoryClock
  logger?: Logger
  /** the file importer (default: importTables) */
  importFile?: ImportFileFn
}

const MAX_BODY_BYTES = 6 * 1024 * 1024

const systemClock: RepositoryClock = { now: () => new Date(), newId: () => randomUUID() }

/** importTables, with the Office readers loaded on the first upload rather than at start-up. */
const importInThisThread: ImportFileFn = async (input) =>
  (await import('../import/import-tables.ts')).importTables(input)

export function createServices(deps: AppDeps): ApiServices {
  const clock = deps.clock ?? systemClock
  const repo = new Repository(deps.store, clock)
  return {
    repo,
    catalog: new TableCatalog(repo, clock.newId),
    verify: deps.verify,
    verifications: new VerificationCache(),
    drafters: deps.drafters,
    importFile: deps.importFile ?? importInThisThread,
    logger: deps.logger ?? consoleLogger,
  }
}

export type AppOptions = {
  /** host names the server answers to (host-guard.ts); default localhost, 127.0.0.1, ::1 */
  allowedHosts?: readonly string[]
}

export function createApp(deps: AppDeps | ApiServices, options: AppOptions = {}) {
  const s = 'repo' in deps ? deps : createServices(deps)
  const api = new Hono()
  // An uploaded Word or Excel file has its own, larger limit (routes/import.ts, routes/review.ts);
  // uploads are multipart/form-data, read by their own routes (the Origin check still applies).
  const uploads = ['/api/import', '/api/review']
  api.use(
    exceptUnder(
      uploads,
      apiBodyLimit(MAX_BODY_BYTES, (c) =>
        c.json({ error: { code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大（上限 6 MB）' } }, 413),
      ),
    ),
  )
  api.use(exceptUnder(uploads, jsonBodiesOnly()))
  api.route('/config', configRoutes(s))
  api.route('/tables', tableRoutes(s))
  api.route('/import', importRoutes(s))
  api.route('/verify', verifyRoutes(s))
  api.route('/review', reviewRoutes(s))
  api.route('/conversations', conversationRoutes(s))
  api.route('/drafts', draftRoutes(s))
  api.route('/report', reportRoutes(s))
  api.notFound((c) =>
    c.json({ error: { code: 'NOT_FOUND', message: `没有这个接口：${c.req.method} ${c.req.path}` } }, 404),
  )

  const app = new Hono()
  app.onError(onApiError(s.logger))
  app.use(hostGuard(options.allowedHosts ?? DEFAULT_ALLOWED_HOSTS))
  app.route('/api', api)
  app.route('/', uiRoutes())
  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? c.json({ error: { code: 'NOT_FOUND', message: `没有这个接口：${c.req.method} ${c.req.path}` } }, 404)
      : c.text('页面不存在', 404),
  )
  return app
}
