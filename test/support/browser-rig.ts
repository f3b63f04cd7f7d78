// The browser tests' rig against the product as `npm start` runs it: the real server on a
// temporary DATA_DIR and Chromium for a describe block, and a fresh page on it for each test
// whose page errors fail that test.
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, expect } from 'vitest'
import { launchChromium } from '../browser/chromium.ts'
import { runServer, type RunningServer } from './spawn-server.ts'

export type BrowserRig = { server: RunningServer; browser: Browser }

/** Inside a describe: the server and Chromium, started before its tests and stopped after them. */
export function useServerAndBrowser(dataDirPrefix: string): BrowserRig {
  const rig = {} as BrowserRig
  beforeAll(async () => {
    rig.server = await runServer({ DATA_DIR: await mkdtemp(join(tmpdir(), dataDirPrefix)) })
    rig.browser = await launchChromium()
  }, 60_000)
  afterAll(async () => {
    await rig.browser?.close()
    await rig.server?.stop()
  })
  return rig
}

/**
 * Before each test, a page (1400×1000) on the server with its tables listed; after it, the page
 * is closed and no page error may have been seen.
 */
export function usePageEachTest(rig: BrowserRig, options: BrowserContextOptions = {}): { page: Page } {
  const current = {} as { page: Page }
  const errors: string[] = []
  beforeEach(async () => {
    const page = await rig.browser.newPage({ viewport: { width: 1400, height: 1000 }, ...options })
    current.page = page
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(rig.server.url)
    await page.waitForSelector('#table-select option', { state: 'attached' })
    return async () => {
      await page.close()
      expect(errors).toEqual([])
    }
  })
  return current
}
