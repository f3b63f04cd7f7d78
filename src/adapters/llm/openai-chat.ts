// Wiring for the model in the conversation: settings → OpenAiLlmClient, prompts/ → PromptLibrary,
// and the verifier → a ChatModel (answers, tool calls, revisions).
import { createChatModel, type ChatModel } from '../../app/chat-model.ts'
import type { VerifyFn } from '../../app/ports.ts'
import { loadPromptLibrary } from '../prompt-files.ts'
import type { LlmConfig } from './llm-config.ts'
import { OpenAiLlmClient, type OpenAiClientDeps } from './openai-llm-client.ts'

export async function createOpenAiChat(options: {
  config: LlmConfig
  verify: VerifyFn
  promptsDir?: string
  deps?: OpenAiClientDeps
  maxRepairRounds?: number
}): Promise<ChatModel> {
  return createChatModel({
    client: new OpenAiLlmClient(options.config, options.deps),
    prompts: await loadPromptLibrary(options.promptsDir),
    verify: options.verify,
    ...(options.maxRepairRounds === undefined ? {} : { maxRepairRounds: options.maxRepairRounds }),
  })
}
