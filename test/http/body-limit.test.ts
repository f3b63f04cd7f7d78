// The 6 MB limit on JSON bodies: read from Content-Length when there is one, counted when the body
// comes in chunks without it; uploads have their own limit and are not held to this one.
import { describe, expect, it } from 'vitest'
import { makeApp } from '../support/app.ts'

const SEVEN_MB = 7 * 1024 * 1024
const TOO_LARGE = { error: { code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大（上限 6 MB）' } }

describe('the API body limit', () => {
  it('answers 413 from the Content-Length alone, before reading the body', async () => {
    const { app } = await makeApp()
    let pulled = 0
    const body = new ReadableStream(
      {
        pull(c) {
          pulled++
          c.close()
        },
      },
      { highWaterMark: 0 },
    )
    const res = await app.request('/api/verify', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(SEVEN_MB) },
      body,
      duplex: 'half',
    } as RequestInit)
    expect(res.status).toBe(413)
    expect(await res.json()).toEqual(TOO_LARGE)
    expect(pulled).toBe(0)
  })

  it('counts a body sent without a length and answers 413 once it passes 6 MB', async () => {
    const { app } = await makeApp()
    const chunk = new Uint8Array(1024 * 1024).fill(0x20)
    let sent = 0
    const body = new ReadableStream({
      pull(c) {
        if (sent++ < 7) c.enqueue(chunk)
        else c.close()
      },
    })
    const res = await app.request('/api/verify', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit)
    expect(res.status).toBe(413)
    expect(await res.json()).toEqual(TOO_LARGE)
  })

  it('lets a body within the limit through, with or without a length', async () => {
    const { app, ids } = await makeApp()
    const text = JSON.stringify({ tableId: ids.department, text: '基本支出317.04万元。' })
    const withLength = await app.request('/api/verify', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) },
      body: text,
    })
    expect(withLength.status).toBe(200)
    const chunked = await app.request('/api/verify', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([text]).stream(),
      duplex: 'half',
    } as RequestInit)
    expect(chunked.status).toBe(200)
  })
})
