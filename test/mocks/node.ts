// The msw server for Node tests. Suites that call a model start it with useMockServer(); it
// answers from handlers.ts and fails any request nothing handles (no test touches the network).
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { handlers } from './handlers.ts'

export const server = setupServer(...handlers)

/** Call once at the top of a test file. */
export function useMockServer() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
}
