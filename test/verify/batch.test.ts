import { describe, expect, it } from 'vitest'
import { parseBatchLines, verifyBatch } from '../../src/app/verify-batch.ts'
import { InputError } from '../../src/core/input-error.ts'
import { verifyDraft } from '../../src/core/verify.ts'
import { sample } from './helpers.ts'

describe('batch verification', () => {
  it('reads JSON Lines, skipping blank lines', () => {
    expect(parseBatchLines('{"id":1,"text":"甲"}\n\n{"id":"b","text":"乙"}\r\n')).toEqual([
      { id: 1, text: '甲' },
      { id: 'b', text: '乙' },
    ])
  })

  it('names the line of bad JSON and of a missing text', () => {
    const bad = () => parseBatchLines('{"id":1,"text":"甲"}\n{"id":2,\n{"id":3}\n[1]')
    expect(bad).toThrow(InputError)
    try {
      bad()
    } catch (e) {
      expect((e as InputError).problems.map((p) => [p.path, p.message])).toEqual([
        ['line 2', '第 2 行不是有效的 JSON'],
        ['line 3.text', '第 3 行缺少文本字段 "text"（应为字符串）'],
        ['line 4', '第 4 行应是一个对象 {"id", "text"}'],
      ])
    }
  })

  it('writes one line per input, in order, with the verification fields', async () => {
    const analysis = await sample('zongzhi')
    const items = parseBatchLines('{"id":"a","text":"实际投入36万元"}\n{"id":"b","text":"执行率85.11%"}')
    const { lines, ok } = verifyBatch(items, analysis, verifyDraft)
    const out = lines.map((l) => JSON.parse(l))
    expect(out.map((o) => [o.id, o.ok, Object.keys(o)])).toEqual([
      ['a', false, ['id', 'ok', 'mentions', 'findings']],
      ['b', true, ['id', 'ok', 'mentions', 'findings']],
    ])
    expect(out[0].findings[0].code).toBe('NUMBER_MISMATCH')
    expect(ok).toBe(false)
  })
})
