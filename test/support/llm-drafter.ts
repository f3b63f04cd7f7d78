// The openai drafting engine as its tests build it: the real OpenAI client against the msw
// endpoint (one attempt, no waiting between attempts), the prompt files, and the seed department
// to draft from.
import { beforeAll } from 'vitest'
import { OpenAiLlmClient } from '../../src/adapters/llm/openai-llm-client.ts'
import { loadPromptLibrary } from '../../src/adapters/prompt-files.ts'
import { createLlmDrafter } from '../../src/app/llm-drafter.ts'
import type { VerifyFn } from '../../src/app/ports.ts'
import type { PromptLibrary } from '../../src/app/prompt-library.ts'
import type { TableAnalysis } from '../../src/core/analyze.ts'
import { seedDepartment } from '../fixtures/seed-analysis.ts'
import { useMockServer } from '../mocks/node.ts'
import { LLM_BASE_URL } from '../mocks/openai.ts'

/** The real client, pointed at the msw endpoint. */
export function mockedLlmClient(model = 'test-model'): OpenAiLlmClient {
  return new OpenAiLlmClient(
    { apiKey: 'sk-test', baseURL: LLM_BASE_URL, model, timeoutMs: 5_000, maxRetries: 0 },
    { sleep: async () => {} },
  )
}

export type LlmDrafterSetup = {
  /** loaded before the file's tests run */
  prompts: PromptLibrary
  /** the seed department, analysed, loaded before the file's tests run */
  seed: TableAnalysis
  drafter(verify: VerifyFn, options?: { model?: string; keepCitations?: boolean }): ReturnType<typeof createLlmDrafter>
}

/** Call once at the top of a test file: starts msw and loads the prompts and the seed for it. */
export function useLlmDrafterSetup(): LlmDrafterSetup {
  useMockServer()
  const setup = {
    drafter: (verify, options = {}) =>
      createLlmDrafter({
        client: mockedLlmClient(options.model),
        prompts: setup.prompts,
        verify,
        ...(options.keepCitations ? { keepCitations: true } : {}),
      }),
  } as LlmDrafterSetup
  beforeAll(async () => {
    setup.prompts = await loadPromptLibrary()
    setup.seed = await seedDepartment()
  })
  return setup
}
