import { describe, expect, it } from 'vitest'
import { LlmError } from '../../src/app/llm-error.ts'
import { llmConfigFromEnv } from '../../src/adapters/llm/llm-config.ts'

function configError(env: Record<string, string>): LlmError {
  try {
    llmConfigFromEnv(env)
  } catch (e) {
    expect(e).toBeInstanceOf(LlmError)
    expect((e as LlmError).kind).toBe('config')
    return e as LlmError
  }
  throw new Error('expected a config error')
}

describe('model settings from the environment', () => {
  it('defaults to OpenAI with gpt-4o-mini, a 60 s timeout and 3 retries', () => {
    expect(llmConfigFromEnv({ OPENAI_API_KEY: 'sk-x' })).toEqual({
      apiKey: 'sk-x',
      baseURL: 'https://api.openai.com/v1',
      model: 'gpt-4o-mini',
      timeoutMs: 60_000,
      maxRetries: 3,
    })
  })

  it('reads an OpenAI-compatible endpoint such as DeepSeek or a local Ollama', () => {
    const c = llmConfigFromEnv({
      OPENAI_API_KEY: 'ollama',
      OPENAI_BASE_URL: 'http://localhost:11434/v1/',
      OPENAI_MODEL: 'qwen2.5:7b',
      JIXIAO_LLM_TIMEOUT_MS: '120000',
      JIXIAO_LLM_MAX_RETRIES: '0',
    })
    expect(c).toEqual({
      apiKey: 'ollama',
      baseURL: 'http://localhost:11434/v1',
      model: 'qwen2.5:7b',
      timeoutMs: 120_000,
      maxRetries: 0,
    })
  })

  it('explains a missing key in Chinese and English', () => {
    const e = configError({ OPENAI_BASE_URL: 'https://api.deepseek.com/v1', OPENAI_API_KEY: '  ' })
    expect(e.messageZh).toMatch(/^未设置环境变量 OPENAI_API_KEY/)
    expect(e.messageZh).toContain('--provider template')
    expect(e.message).toMatch(/^OPENAI_API_KEY is not set/)
  })

  it('asks for the model name when a base URL is set', () => {
    const e = configError({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'https://api.deepseek.com/v1' })
    expect(e.messageZh).toContain('未设置 OPENAI_MODEL')
  })

  it('refuses a base URL that is not http(s) and settings that are not integers', () => {
    expect(
      configError({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'api.deepseek.com', OPENAI_MODEL: 'm' }).messageZh,
    ).toContain('不是 http(s) 地址')
    expect(configError({ OPENAI_API_KEY: 'k', JIXIAO_LLM_TIMEOUT_MS: '1.5s' }).messageZh).toBe(
      '环境变量 JIXIAO_LLM_TIMEOUT_MS 的值“1.5s”不是不小于 1 的整数',
    )
  })
})
