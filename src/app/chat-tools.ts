// The tools the model may call in a conversation (OpenAI tool calls): answer the question, draft
// a section, or revise the draft on the page. Their arguments are zod schemas; the JSON Schema the
// model sees is generated from them, and what the model sends back is parsed by them.
import { z } from 'zod'
import type { ToolSpec } from './llm-client.ts'

export const answerArgs = z.object({
  text: z.string().min(1).describe('给用户的回答（中文）；数字后用方括号注明事实编号'),
})

export const draftArgs = z.object({
  section: z
    .enum(['variance', 'problems', 'measures'])
    .describe('variance 差异原因；problems 存在的问题及原因分析；measures 下一步改进措施'),
  row: z.string().optional().describe('只说明一行的差异原因时，该行的事实编号前缀，如 P1.F0、P1.I4'),
})

export const reviseArgs = z.object({
  instruction: z.string().min(1).describe('用户对当前稿件的修改要求，如“更简洁”“语气更正式”“第二条展开写”'),
})

export const CHAT_TOOLS = {
  answer: { schema: answerArgs, description: '回答用户关于表格数据、得分、计算方法或原因的问题' },
  draft_section: { schema: draftArgs, description: '起草绩效自评报告的一个部分' },
  revise_draft: { schema: reviseArgs, description: '按用户的要求修改当前稿件（生成新的版本）' },
} as const

export type ChatToolName = keyof typeof CHAT_TOOLS

export const CHAT_TOOL_SPECS: readonly ToolSpec[] = Object.entries(CHAT_TOOLS).map(([name, t]) => ({
  name,
  description: t.description,
  parameters: z.toJSONSchema(t.schema) as Record<string, unknown>,
}))
