// Default network handlers for tests: a well-behaved OpenAI-compatible endpoint at LLM_BASE_URL.
// Tests replace them per case with server.use(); anything else that reaches the network fails.
import { http } from 'msw'
import { answer, CHAT_URL, type ChatRequestBody } from './openai.ts'

export const DEFAULT_ANSWER = ['年初预算36万元', '[P1.F0.budget]。']

export const handlers = [
  http.post(CHAT_URL, async ({ request }) => answer(DEFAULT_ANSWER)((await request.json()) as ChatRequestBody)),
]
