// Issue 15: `ok` is derived state — read from the findings, never stored beside them.
import { describe, expect, it } from 'vitest'
import { finding, verificationOf } from '../../src/core/verification.ts'

describe('a verification’s ok', () => {
  it('follows its findings when they change, in code and in JSON', () => {
    const v = verificationOf([], [])
    expect(v.ok).toBe(true)
    v.findings.push(finding('UNKNOWN_NAME', 0, 2, '数据中没有“某某”'))
    expect(v.ok).toBe(true) // a warning does not fail it
    v.findings.push(finding('NUMBER_UNSUPPORTED', 3, 5, '文中“5”在数据中找不到依据'))
    expect(v.ok).toBe(false)
    expect(JSON.parse(JSON.stringify(v))).toMatchObject({ ok: false, mentions: [] })
    expect(Object.keys(v)).toEqual(['ok', 'mentions', 'findings'])
  })
})
