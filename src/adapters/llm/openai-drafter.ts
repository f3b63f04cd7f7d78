// Wiring for `--provider openai`: settings → OpenAiLlmClient, prompts/ → PromptLibrary, and the
// verifier the caller passes (verifyDraft in the product) → a Drafter.
import { createLlmDrafter, type LlmDrafterOptions } from '../../app/llm-drafter.ts'
import type { Drafter, VerifyFn } from '../../app/ports.ts'
import { loadPromptLibrary } from '../prompt-files.ts'
import type { LlmConfig } from './llm-config.ts'
import { OpenAiLlmClient, type OpenAiClientDeps } from './openai-llm-client.ts'

export type OpenAiDrafterOptions = {
  config: LlmConfig
  verify: VerifyFn
  /** default: the repository's prompts/ */
  promptsDir?: string
  deps?: OpenAiClientDeps
} & Pick<LlmDrafterOptions, 'maxRepairRounds' | 'keepCitations'>

export async function createOpenAiDrafter(options: OpenAiDrafterOptions): Promise<Drafter> {
  return createLlmDrafter({
    client: new OpenAiLlmClient(options.config, options.deps),
    prompts: await loadPromptLibrary(options.promptsDir),
    verify: options.verify,
    maxRepairRounds: options.maxRepairRounds,
    keepCitations: options.keepCitations,
  })
}
