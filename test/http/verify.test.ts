import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { LowdbStore } from '../../src/adapters/store/lowdb-store.ts'
import type { Store } from '../../src/app/store.ts'
import { makeApp } from '../support/app.ts'
import { verifyDraft } from '../../src/core/verify.ts'

const TEXT = '综治、平安建设经费预算执行率85.11%，实际支出30.46万元。'

describe('POST /api/verify', () => {
  it('answers the verifier’s JSON for a stored table: each number with its state, the findings and ok', async () => {
    const { request, ids } = await makeApp({ verify: verifyDraft })
    const res = await request('POST', '/api/verify', { tableId: ids.department, text: TEXT })
    expect(res.status).toBe(200)
    expect(Object.keys(res.json).sort()).toEqual(['findings', 'mentions', 'ok'])
    expect(res.json.mentions).toMatchObject([
      { text: '85.11%', start: 14, end: 20, value: '85.11', unit: '%', status: 'verified', factIds: ['P1.F0.rate'] },
      {
        text: '30.46万元',
        start: 25,
        end: 32,
        value: '30.46',
        unit: '万元',
        status: 'mismatch',
        expected: '30.64万元',
      },
    ])
    expect(res.json.findings).toMatchObject([
      {
        severity: 'error',
        code: 'NUMBER_MISMATCH',
        start: 25,
        end: 32,
        message: expect.stringMatching(/应为30\.64万元.*文中为30\.46万元$/),
      },
    ])
    expect(res.json.ok).toBe(false)
  })

  it('answers a repeat for a stored table from its cache, and verifies again once a note is added', async () => {
    let calls = 0
    const counting: typeof verifyDraft = (text, analysis, options) => {
      calls++
      return verifyDraft(text, analysis, options)
    }
    const { request, ids } = await makeApp({ verify: counting })
    const first = await request('POST', '/api/verify', { tableId: ids.zongzhi, text: TEXT })
    const again = await request('POST', '/api/verify', { tableId: ids.zongzhi, text: TEXT })
    expect(again.status).toBe(200)
    expect(again.headers.get('content-type')).toContain('application/json')
    expect(again.json).toEqual(first.json)
    expect(calls).toBe(1)
    expect((await request('POST', `/api/tables/${ids.zongzhi}/notes`, { text: '其他资金10万元' })).status).toBe(201)
    await request('POST', '/api/verify', { tableId: ids.zongzhi, text: TEXT })
    expect(calls).toBe(2)
  })

  it('verifies against a canonical table sent in the request, resolving its references by file name', async () => {
    const { request, ids } = await makeApp({ verify: verifyDraft })
    const table = JSON.parse(await readFile('data/samples/nanyue-zhengfawei-2022-department.json', 'utf8'))
    const inline = await request('POST', '/api/verify', { table, text: TEXT })
    const stored = await request('POST', '/api/verify', { tableId: ids.department, text: TEXT })
    expect(inline.status).toBe(200)
    expect(inline.json).toEqual(stored.json)
  })

  it('answers 400 naming the path when the inline table is invalid', async () => {
    const { request } = await makeApp()
    const res = await request('POST', '/api/verify', {
      table: { kind: 'project-self-evaluation', year: 1800 },
      text: 'x',
    })
    expect(res.status).toBe(400)
    expect(res.json.error.problems.map((p: any) => p.path)).toContain('year')
  })

  it('answers 400 with the field path when text is missing, named in Chinese in the message', async () => {
    const { request, ids } = await makeApp()
    const res = await request('POST', '/api/verify', { tableId: ids.department })
    expect(res.status).toBe(400)
    expect(res.json.error.message).toBe('输入有误：文本：缺少必填字段（应为文本）')
    expect(res.json.error.problems).toEqual([
      {
        path: 'text',
        place: '文本',
        message: '缺少必填字段（应为文本）',
        messageEn: 'missing required field (expected string)',
      },
    ])
  })

  it('answers 400 when both tableId and table are given', async () => {
    const { request, ids } = await makeApp()
    const res = await request('POST', '/api/verify', {
      tableId: ids.department,
      table: {},
      text: 'x',
    })
    expect(res.status).toBe(400)
    expect(res.json.error.problems[0].path).toBe('tableId')
  })

  it('answers 404 for an unknown table id', async () => {
    const { request } = await makeApp()
    const res = await request('POST', '/api/verify', { tableId: 'nope', text: 'x' })
    expect(res.status).toBe(404)
  })

  it('answers 400 in Chinese for a body that is not JSON', async () => {
    const { app } = await makeApp()
    const res = await app.request('/api/verify', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text":',
    })
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({
      error: { code: 'INVALID_REQUEST', message: '请求体不是有效的 JSON' },
    })
  })
})

describe('errors the API does not expect', () => {
  it('are logged and answered with a masked Chinese message, never a stack trace', async () => {
    const memory = LowdbStore.memory()
    let failing = false
    const broken: Store = {
      snapshot: () => memory.snapshot(),
      flush: () => memory.flush(),
      update: (change) => (failing ? Promise.reject(new Error('disk on fire at /srv/db.json')) : memory.update(change)),
    }
    const { request, ids, logger } = await makeApp({ store: broken })
    failing = true
    const res = await request('POST', '/api/conversations', { tableId: ids.department })
    expect(res.status).toBe(500)
    expect(res.json).toEqual({
      error: { code: 'INTERNAL', message: '服务器内部错误，请稍后重试。' },
    })
    expect(res.text).not.toMatch(/disk on fire|at .*\.ts|\/srv/)
    expect(logger.errors[0]!.message).toBe('internal error in POST /api/conversations')
  })

  it('an unknown API path is a 404 in JSON', async () => {
    const { request } = await makeApp()
    const res = await request('GET', '/api/nothing-here')
    expect(res.status).toBe(404)
    expect(res.json.error.code).toBe('NOT_FOUND')
  })
})
