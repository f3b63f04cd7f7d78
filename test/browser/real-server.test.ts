// The browser test against the product as `npm start` runs it: the real server, the
// template engine and the verifier, on a temporary DATA_DIR and a free port.
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { runServer, type RunningServer } from '../support/spawn-server.ts'
import { describeInBrowser, launchChromium } from './chromium.ts'
import { reviewFlow } from './review-flow.ts'

describeInBrowser('the product in a browser (npm start, template engine, no key)', () => {
  let browser: Browser
  let server: RunningServer

  beforeAll(async () => {
    server = await runServer({ DATA_DIR: await mkdtemp(join(tmpdir(), 'jixiao-browser-')) })
    browser = await launchChromium()
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('takes a problems draft from 存在的问题及原因分析 to the exported .docx, every number reviewed', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await reviewFlow(page, server.url, 'review-flow.png')
    expect(errors).toEqual([])
  }, 90_000)
})
