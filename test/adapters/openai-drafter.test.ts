import { describe, expect, it } from 'vitest'
import { createOpenAiDrafter } from '../../src/adapters/llm/openai-drafter.ts'
import { llmConfigFromEnv } from '../../src/adapters/llm/llm-config.ts'
import { seedDepartment } from '../fixtures/seed-analysis.ts'
import { DEFAULT_ANSWER } from '../mocks/handlers.ts'
import { useMockServer } from '../mocks/node.ts'
import { LLM_BASE_URL } from '../mocks/openai.ts'

useMockServer()

describe('createOpenAiDrafter', () => {
  it('wires settings, the prompt files and the given verifier into a drafter', async () => {
    const config = llmConfigFromEnv({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: LLM_BASE_URL, OPENAI_MODEL: 'qwen-plus' })
    const verified: string[] = []
    const drafter = await createOpenAiDrafter({
      config,
      // test double: accepts every text
      verify: (text) => {
        verified.push(text)
        return { ok: true, mentions: [], findings: [] }
      },
    })
    const result = await drafter.draft({ analysis: await seedDepartment(), section: 'variance', row: 'P1.F0' })
    expect(drafter.provider).toBe('openai')
    expect(result).toMatchObject({
      verification: { ok: true },
      model: 'qwen-plus',
      provider: 'openai',
      text: '年初预算36万元。',
    })
    expect(verified).toEqual(['年初预算36万元。'])
    expect(DEFAULT_ANSWER.join('')).toBe('年初预算36万元[P1.F0.budget]。')
  })
})
