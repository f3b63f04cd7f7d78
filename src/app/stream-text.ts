// The whole text of one streamed model answer, passing each piece on as it arrives; an answer with
// no text is an LlmError (the drafter's and the chat's rounds share this).
import type { ChatMessage, LlmClient } from './llm-client.ts'
import { LlmError } from './llm-error.ts'

export async function streamText(
  client: LlmClient,
  messages: readonly ChatMessage[],
  round: number,
  onDelta: ((delta: string, round: number) => void) | undefined,
  signal: AbortSignal | undefined,
): Promise<string> {
  let text = ''
  for await (const delta of client.stream(messages, { signal })) {
    text += delta
    onDelta?.(delta, round)
  }
  if (!text.trim()) {
    throw new LlmError(
      'empty-response',
      `模型“${client.model}”没有返回任何文字`,
      `model ${client.model} returned no text`,
    )
  }
  return text
}
