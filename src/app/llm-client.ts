// The port to a chat model. OpenAiLlmClient (src/adapters/llm/) implements it for any
// OpenAI-compatible endpoint; tests reach it only through msw.

export type ChatMessage = {
  role: 'system' | 'user' | 'assistant'
  content: string
}

export type LlmCallOptions = {
  signal?: AbortSignal
}

/** A function the model may call: its name, what it is for, and its arguments' JSON Schema. */
export type ToolSpec = {
  name: string
  description: string
  parameters: Record<string, unknown>
}

/** What the model did with the tools offered: wrote text, or called one of them. */
export type ModelReply = { kind: 'text'; text: string } | { kind: 'tool'; name: string; arguments: string }

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
  /**
   * One answer with tools offered (OpenAI tool calls): the first tool call, or the text when the
   * model called none. Throws LlmError. Optional: a client without it cannot hold a conversation.
   */
  respond?(messages: readonly ChatMessage[], tools: readonly ToolSpec[], options?: LlmCallOptions): Promise<ModelReply>
}
