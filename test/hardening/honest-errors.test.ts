// Finding 8 of issue 10: a full disk, a read-only data folder, a refused API key and a model's
// 4xx/5xx all answered the same "服务器内部错误" (500). Each now has its own status and Chinese
// message, and none shows a path, a system error code or the key.
import { mkdtemp, readFile, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LowdbStore } from '../../src/adapters/store/lowdb-store.ts'
import type { Drafter } from '../../src/app/ports.ts'
import { LlmError, type LlmErrorKind } from '../../src/app/llm-error.ts'
import { makeApp } from '../support/app.ts'

async function fileStore() {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-errors-'))
  const file = join(dir, 'db.json')
  return { dir, file, store: await LowdbStore.open(file) }
}

function failWritesWith(store: LowdbStore, code: string) {
  const low = (store as any).low
  low.write = async () => {
    throw Object.assign(new Error(`${code}: operation failed, open '/secret/path/.db.json.tmp'`), { code })
  }
}

describe('a write the store cannot make (issue 10, finding 8)', () => {
  it('is a 507 when the disk is full, and the file keeps what it had', async () => {
    const { dir, file, store } = await fileStore()
    const ctx = await makeApp({ store })
    await store.flush()
    const before = await readFile(file, 'utf8')
    // lowdb writes a temp file beside the db, then renames it: /dev/full makes that write ENOSPC.
    await symlink('/dev/full', join(dir, '.db.json.tmp'))
    const res = await ctx.request('POST', `/api/tables/${ctx.ids.zongzhi}/notes`, { text: '写不下' })
    expect(res.status).toBe(507)
    expect(res.json.error).toEqual({
      code: 'STORAGE_FULL',
      message: '磁盘空间已满，本次修改未能保存（之前保存的内容不受影响）。请清理磁盘空间后重试。',
    })
    expect(res.text).not.toMatch(/ENOSPC|db\.json|jixiao-errors/)
    expect(await readFile(file, 'utf8')).toBe(before)
  })

  it.each([
    ['EROFS', 503, 'STORAGE_READ_ONLY', '数据目录不可写'],
    ['EACCES', 503, 'STORAGE_READ_ONLY', '数据目录不可写'],
    ['EIO', 503, 'STORAGE_UNAVAILABLE', '数据文件暂时无法写入'],
  ])('is a %s → %i %s with its own message', async (code, status, errorCode, message) => {
    const { store } = await fileStore()
    const ctx = await makeApp({ store })
    await store.flush()
    failWritesWith(store, code)
    const res = await ctx.request('POST', `/api/tables/${ctx.ids.zongzhi}/notes`, { text: '只读' })
    expect(res.status).toBe(status)
    expect(res.json.error.code).toBe(errorCode)
    expect(res.json.error.message).toContain(message)
    expect(res.text).not.toMatch(new RegExp(`${code}|secret`))
    expect(ctx.logger.errors.map((e) => e.message)).toEqual([
      `store write failed in POST /api/tables/${ctx.ids.zongzhi}/notes`,
    ])
  })
})

function failingDrafter(kind: LlmErrorKind, message: string, status: number | null): Drafter {
  return {
    provider: 'openai',
    draft: async () => {
      throw new LlmError(kind, message, `english detail for the log (${kind})`, { status })
    },
  }
}

describe('a model that fails (issue 10, finding 8)', () => {
  it.each([
    ['auth', 401, 502, 'LLM_KEY_REFUSED', '模型服务拒绝了密钥（HTTP 401）：请检查 OPENAI_API_KEY 是否正确'],
    ['server', 500, 502, 'LLM_SERVER_ERROR', '模型服务出错（HTTP 500），已重试 2 次仍未成功，请稍后再试'],
    ['request', 400, 502, 'LLM_REQUEST_REFUSED', '模型服务拒绝了请求（HTTP 400）：context too long'],
    ['rate-limit', 429, 503, 'LLM_RATE_LIMITED', '模型服务请求过于频繁或额度不足（HTTP 429），请稍后再试'],
    ['timeout', null, 504, 'LLM_TIMEOUT', '模型服务（api.example）在 60 秒内没有响应'],
    ['network', null, 502, 'LLM_UNREACHABLE', '无法连接模型服务 api.example'],
  ] as const)(
    '%s (%s) is a %i %s with the model error’s Chinese message',
    async (kind, upstream, status, code, message) => {
      const ctx = await makeApp({ drafters: { openai: failingDrafter(kind, message, upstream) } })
      const res = await ctx.request('POST', '/api/drafts', {
        tableId: ctx.ids.zongzhi,
        section: 'problems',
        provider: 'openai',
      })
      expect(res.status).toBe(status)
      expect(res.json.error).toEqual({ code, message })
      expect(ctx.logger.errors[0]!.message).toContain(`english detail for the log (${kind})`)
    },
  )
})
