// One convention for the app's errors: a code, an English message for logs, a Chinese one for people.
import { describe, expect, it } from 'vitest'
import { StoreCorruptError } from '../../src/adapters/store/db-shape.ts'
import { ConflictError, tableNotFound } from '../../src/app/errors.ts'
import { LlmError } from '../../src/app/llm-error.ts'
import { StoreWriteError } from '../../src/app/store-write-error.ts'
import { UsageError } from '../../src/cli/usage.ts'
import { type AppError, formatAppError } from '../../src/core/app-error.ts'
import { InputError } from '../../src/core/input-error.ts'

describe('app errors', () => {
  it('each carry a code, an English message and a Chinese messageZh', () => {
    const errors: AppError[] = [
      new InputError([
        { path: 'year', message: '年度 1800 不在 1990–2100 之间', messageEn: 'year 1800 is outside 1990–2100' },
      ]),
      tableNotFound('t1'),
      new ConflictError('a table named a.json exists', '已有来自同名文件“a.json”的表格', 'DUPLICATE_FILE_NAME'),
      new LlmError('timeout', '模型服务没有响应', 'the model did not answer in 30 s'),
      new StoreWriteError('disk-full', 'ENOSPC writing the db'),
      new StoreCorruptError('db.json', 'not JSON'),
      new UsageError('verify: unknown option --x', '命令 verify 的参数有误'),
    ]
    expect(errors.map((e) => [e.code, /[\u4e00-\u9fff]/.test(e.message), /[\u4e00-\u9fff]/.test(e.messageZh)])).toEqual(
      [
        ['INVALID_INPUT', false, true],
        ['NOT_FOUND', false, true],
        ['DUPLICATE_FILE_NAME', false, true],
        ['LLM_TIMEOUT', false, true],
        ['STORAGE_FULL', false, true],
        ['STORE_CORRUPT', false, true],
        ['USAGE', false, true],
      ],
    )
  })

  it('print as Chinese with the English for logs below', () => {
    expect(formatAppError(new LlmError('auth', '模型服务拒绝了密钥', 'HTTP 401\nkey refused'))).toBe(
      '模型服务拒绝了密钥\n(HTTP 401; key refused)',
    )
  })
})
