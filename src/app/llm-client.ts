// The port to a chat model. OpenAiLlmClient (src/adapters/llm/) implements it for any
// OpenAI-compatible endpoint; tests reach it only through msw.

export type ChatMessage = {
  role: 'system' | 'user' | 'assistant'
  content: string
}

export type LlmCallOptions = {
  signal?: AbortSignal
}

export interface LlmClient {
  /** the model name sent with each request (recorded in every draft) */
  readonly model: string
  /** The whole answer. Throws LlmError. */
  complete(messages: readonly ChatMessage[], options?: LlmCallOptions): Promise<string>
  /**
   * The answer as it arrives. Ends normally only when the model said it was done; a stream cut
   * short, a malformed chunk or a timeout throws LlmError instead of ending early.
   */
  stream(messages: readonly ChatMessage[], options?: LlmCallOptions): AsyncIterable<string>
}
