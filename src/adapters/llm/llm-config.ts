// The one place the model settings are read from the environment (DESIGN.md §5). Everything
// else takes an LlmConfig, so tests and the server pass settings explicitly.
import { LlmError } from '../../app/llm-error.ts'

export type LlmConfig = {
  apiKey: string
  /** an OpenAI-compatible endpoint, ending in /v1 for most servers */
  baseURL: string
  model: string
  /** no response headers, or no new chunk of a stream, within this time → LlmError 'timeout' */
  timeoutMs: number
  /** retries after a 429, a 5xx or a lost connection (0 = one request only) */
  maxRetries: number
}

const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1'
const OPENAI_DEFAULT_MODEL = 'gpt-4o-mini'
const LLM_DEFAULT_TIMEOUT_MS = 60_000
const LLM_DEFAULT_MAX_RETRIES = 3

type Env = Readonly<Record<string, string | undefined>>

/**
 * OPENAI_API_KEY (required; any non-empty value for a local Ollama or vLLM), OPENAI_BASE_URL
 * (default OpenAI), OPENAI_MODEL (required with a base URL; default gpt-4o-mini on OpenAI),
 * JIXIAO_LLM_TIMEOUT_MS (default 60000), JIXIAO_LLM_MAX_RETRIES (default 3).
 */
export function llmConfigFromEnv(env: Env): LlmConfig {
  const apiKey = env.OPENAI_API_KEY?.trim()
  if (!apiKey) {
    throw configError(
      '未设置环境变量 OPENAI_API_KEY：使用 --provider openai 需要模型服务的密钥（本地 Ollama、vLLM 可填任意值，如 OPENAI_API_KEY=ollama）。不使用模型时请改用 --provider template。',
      'OPENAI_API_KEY is not set: --provider openai needs the key of an OpenAI-compatible service (any value for a local Ollama or vLLM). Use --provider template to draft offline.',
    )
  }
  const rawBase = env.OPENAI_BASE_URL?.trim()
  let baseURL = OPENAI_DEFAULT_BASE_URL
  if (rawBase) {
    let url: URL | null = null
    try {
      url = new URL(rawBase)
    } catch {
      url = null
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw configError(
        `环境变量 OPENAI_BASE_URL 的值“${rawBase}”不是 http(s) 地址，例如 https://api.deepseek.com/v1 或 http://localhost:11434/v1`,
        `OPENAI_BASE_URL ${JSON.stringify(rawBase)} is not an http(s) URL`,
      )
    }
    baseURL = rawBase.replace(/\/+$/, '')
  }
  const model = env.OPENAI_MODEL?.trim() || (rawBase ? '' : OPENAI_DEFAULT_MODEL)
  if (!model) {
    throw configError(
      `已设置 OPENAI_BASE_URL（${baseURL}），但未设置 OPENAI_MODEL：请填写该服务上的模型名称，例如 deepseek-chat、qwen-plus、glm-4、qwen2.5:7b`,
      `OPENAI_BASE_URL is set (${baseURL}) but OPENAI_MODEL is not: name the model to use on that endpoint`,
    )
  }
  return {
    apiKey,
    baseURL,
    model,
    timeoutMs: integerSetting(env, 'JIXIAO_LLM_TIMEOUT_MS', LLM_DEFAULT_TIMEOUT_MS, 1),
    maxRetries: integerSetting(env, 'JIXIAO_LLM_MAX_RETRIES', LLM_DEFAULT_MAX_RETRIES, 0),
  }
}

function integerSetting(env: Env, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  if (!/^\d+$/.test(raw) || Number(raw) < min) {
    throw configError(
      `环境变量 ${name} 的值“${raw}”不是不小于 ${min} 的整数`,
      `${name} ${JSON.stringify(raw)} is not an integer ≥ ${min}`,
    )
  }
  return Number(raw)
}

function configError(message: string, messageEn: string): LlmError {
  return new LlmError('config', message, messageEn)
}
