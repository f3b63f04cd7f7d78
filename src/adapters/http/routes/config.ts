// GET /api/config: which drafting engines this server has, for the page.
import { Hono } from 'hono'
import { QUICK_ACTIONS } from '../../../app/chat-intent.ts'
import { defaultProvider } from '../../../app/drafting.ts'
import type { ApiServices } from '../services.ts'

export function configRoutes(s: ApiServices) {
  const app = new Hono()
  app.get('/', (c) =>
    c.json({
      providers: s.drafters.openai ? ['template', 'openai'] : ['template'],
      defaultProvider: defaultProvider(s.drafters),
      quickActions: QUICK_ACTIONS,
    }),
  )
  return app
}
