import { describe, expect, it } from 'vitest'
import { VerificationCache } from '../../src/app/verification-cache.ts'

describe('VerificationCache', () => {
  it('answers a repeat from memory, and a different table, note or text anew', () => {
    const cache = new VerificationCache()
    let calls = 0
    const compute = () => ({ ok: true, n: ++calls })
    const key = { tableId: 't1', notes: ['原因一'], text: '执行率85.11%' }
    expect(cache.json(key, compute)).toBe('{"ok":true,"n":1}')
    expect(cache.json({ ...key }, compute)).toBe('{"ok":true,"n":1}')
    expect(cache.json({ ...key, tableId: 't2' }, compute)).toBe('{"ok":true,"n":2}')
    expect(cache.json({ ...key, notes: ['原因一', '原因二'] }, compute)).toBe('{"ok":true,"n":3}')
    expect(cache.json({ ...key, notes: [] }, compute)).toBe('{"ok":true,"n":4}')
    expect(cache.json({ ...key, text: '执行率85.12%' }, compute)).toBe('{"ok":true,"n":5}')
    expect(calls).toBe(5)
  })

  it('keeps at most maxEntries, dropping the least recently used', () => {
    const cache = new VerificationCache(2)
    const at = (text: string, value: number) => cache.json({ tableId: 't', notes: [], text }, () => value)
    at('a', 1)
    at('b', 2)
    at('a', 99) // a used again: b is now the oldest
    at('c', 3)
    expect(cache.size).toBe(2)
    expect(at('a', 100)).toBe('1')
    expect(at('b', 200)).toBe('200')
  })

  it('keeps at most maxChars of keys and answers, and never an answer larger than that', () => {
    const cache = new VerificationCache(100, 40)
    cache.json({ tableId: 't', notes: [], text: 'x'.repeat(50) }, () => 1)
    expect(cache.size).toBe(0)
    cache.json({ tableId: 't', notes: [], text: 'a'.repeat(18) }, () => 1)
    cache.json({ tableId: 't', notes: [], text: 'b'.repeat(18) }, () => 2)
    expect(cache.size).toBe(1)
  })

  it('forgets the answers of a deleted table only', () => {
    const cache = new VerificationCache()
    cache.json({ tableId: 't1', notes: [], text: 'x' }, () => 1)
    cache.json({ tableId: 't10', notes: [], text: 'x' }, () => 2)
    cache.forget('t1')
    expect(cache.size).toBe(1)
    expect(cache.json({ tableId: 't10', notes: [], text: 'x' }, () => 3)).toBe('2')
  })
})
