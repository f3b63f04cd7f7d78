// The page on every screen (issue 14, item 4), against the real server with the offline template
// drafter and the real verifier: no sideways scroll on a phone (390×844), the table and the chat as
// two views there, the table scrolling in its own box with a readable 原因 column, the chat input
// in view after long answers (also at 1440×900), numbers that are not data left plain (no glyph,
// no button), and copying an answer copying its text without the glyphs.
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createServices } from '../../src/adapters/http/app.ts'
import { LowdbStore } from '../../src/adapters/store/lowdb-store.ts'
import { createTemplateDrafter } from '../../src/app/template-drafter.ts'
import { verifyDraft } from '../../src/core/verify.ts'
import { testLogger } from '../support/app.ts'
import { listenSeeded } from '../support/listen.ts'
import { ARTIFACTS, describeInBrowser, launchChromium } from './chromium.ts'

async function startServer() {
  const store = await LowdbStore.open(join(await mkdtemp(join(tmpdir(), 'jixiao-layout-')), 'db.json'))
  const services = createServices({
    store,
    verify: verifyDraft,
    drafters: { template: createTemplateDrafter(verifyDraft) },
    logger: testLogger(),
  })
  return listenSeeded(services)
}

async function pickTable(page: Page, url: string, name: string) {
  await page.goto(url)
  await page.waitForSelector('#table-select option', { state: 'attached' })
  const value = await page.$$eval(
    '#table-select option',
    (os, wanted) => (os as HTMLOptionElement[]).find((o) => (o.textContent ?? '').includes(wanted))!.value,
    name,
  )
  await page.selectOption('#table-select', value)
  await page.getByRole('table').first().waitFor()
  // on a phone the chat is the other view: its button exists, hidden
  await page.locator('#send:not([disabled])').waitFor({ state: 'attached' })
}

/** Clicks a quick action and waits for its answer to be complete. */
async function ask(page: Page, quick: string): Promise<Locator> {
  const answers = page.locator('#messages .msg.assistant:not(.streaming)')
  const before = await answers.count()
  await page.getByRole('button', { name: quick, exact: true }).click()
  await expect.poll(() => answers.count()).toBeGreaterThan(before)
  await page.locator('#messages .msg.streaming').waitFor({ state: 'detached' })
  const answer = answers.nth((await answers.count()) - 1)
  await answer.locator('.summary').waitFor()
  return answer
}

const scrollWidth = (page: Page) =>
  page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth))

/** The chat input's box lies inside the window. */
async function inputInView(page: Page) {
  const box = await page.locator('#chat-input').boundingBox()
  const viewport = page.viewportSize()!
  expect(box, 'the chat input is shown').not.toBeNull()
  expect(box!.y).toBeGreaterThanOrEqual(0)
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height)
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width)
}

describeInBrowser('the page on a phone and on a wide screen', () => {
  let browser: Browser
  let server: Awaited<ReturnType<typeof startServer>>
  const errors: string[] = []

  beforeAll(async () => {
    browser = await launchChromium()
    server = await startServer()
  })
  afterAll(async () => {
    await server?.close()
    await browser?.close()
  })

  it('fits a 390×844 phone: no sideways scroll, table and chat as two views, the input in view', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
    page.on('pageerror', (e) => errors.push(e.message))
    try {
      await pickTable(page, server.url, '部门整体')
      expect(await scrollWidth(page)).toBeLessThanOrEqual(390)
      // the table side is shown, the chat is the other view
      expect(await page.locator('#panel-chat').isVisible()).toBe(false)
      // a wide table scrolls inside its own box, and 原因 keeps a readable width
      const box = page
        .locator('#pane-table .grid-scroll')
        .filter({ has: page.locator('th.reason') })
        .first()
      const { scroll, client } = await box.evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }))
      expect(scroll).toBeGreaterThan(client)
      const reason = await box.locator('th.reason').boundingBox()
      expect(reason!.width).toBeGreaterThanOrEqual(150)
      await page.screenshot({ path: join(ARTIFACTS, 'layout-390-table.png') })

      await page.getByRole('button', { name: '对话', exact: true }).click()
      expect(await page.locator('#panel-work').isVisible()).toBe(false)
      await ask(page, '下一步改进措施')
      await ask(page, '存在的问题及原因分析')
      expect(await scrollWidth(page)).toBeLessThanOrEqual(390)
      await inputInView(page)
      await page.screenshot({ path: join(ARTIFACTS, 'layout-390-chat.png') })

      // 修改并采纳 opens the draft on the table side, in place of the chat
      await page.locator('#messages .msg.assistant').last().getByRole('button', { name: '修改并采纳' }).click()
      await page.locator('#draft-text').waitFor()
      expect(await page.locator('#panel-chat').isVisible()).toBe(false)
      expect(await scrollWidth(page)).toBeLessThanOrEqual(390)
      await page.screenshot({ path: join(ARTIFACTS, 'layout-390-draft.png') })
      // and the review mode fits too
      await page.getByRole('button', { name: '审核报告', exact: true }).click()
      await page.locator('#review-view').waitFor()
      expect(await scrollWidth(page)).toBeLessThanOrEqual(390)
      expect(errors).toEqual([])
    } finally {
      await page.close()
    }
  }, 90_000)

  it('at 1440×900 keeps the chat input in view after long answers, leaves non-data numbers plain and copies text without glyphs', async () => {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    })
    const page = await context.newPage()
    page.on('pageerror', (e) => errors.push(e.message))
    try {
      await pickTable(page, server.url, '部门整体')
      const measures = await ask(page, '下一步改进措施')
      const problems = await ask(page, '存在的问题及原因分析')
      for (const quick of ['差异原因', '下一步改进措施', '存在的问题及原因分析']) await ask(page, quick)
      await inputInView(page)
      expect(await scrollWidth(page)).toBeLessThanOrEqual(1440)
      await page.screenshot({ path: join(ARTIFACTS, 'layout-1440.png') })

      // Chinese numerals in names and headings are not data: plain text, no glyph, no button.
      expect(await measures.locator('.rendered').textContent()).toContain('（一）科学编制项目预算')
      const problemsText = await problems.locator('.rendered').textContent()
      expect(problemsText).toContain('一是部分项目预算执行不到位')
      expect(problemsText).toContain('四型平安小区以奖代拨经费年初预算15万元✓')
      const plain = problems.locator('.num-plain', { hasText: '四' })
      expect(await plain.count()).toBeGreaterThan(0)
      expect(await plain.first().evaluate((e) => [e.tabIndex, e.getAttribute('role'), e.textContent])).toEqual([
        -1,
        null,
        '四',
      ])
      const numeralButtons = await page
        .locator('#messages [tabindex], #messages [role=button]')
        .evaluateAll((es) => es.filter((e) => /^[〇一二三四五六七八九十]+$/.test(e.textContent ?? '')).length)
      expect(numeralButtons).toBe(0)
      expect(await page.locator('#messages .num-plain .glyph, #messages .num-ignored').count()).toBe(0)

      // Copying the answer copies its text: what is shown, without the ✓ beside the numbers.
      const rendered = problems.locator('.rendered')
      await rendered.evaluate((e) => {
        const range = document.createRange()
        range.selectNodeContents(e)
        document.getSelection()!.removeAllRanges()
        document.getSelection()!.addRange(range)
      })
      await page.keyboard.press('Control+C')
      const copied = await page.evaluate(() => navigator.clipboard.readText())
      const shown = await rendered.evaluate((e) => {
        const copy = e.cloneNode(true) as HTMLElement
        for (const g of copy.querySelectorAll('.glyph')) g.remove()
        document.body.append(copy)
        // biome-ignore lint/performance/useDomNodeTextContent: innerText is what a user's copy takes (rendered text)
        const text = copy.innerText
        copy.remove()
        return text
      })
      expect(copied).not.toMatch(/[✓✗?·]/)
      expect(copied).toContain('四型平安小区以奖代拨经费年初预算15万元，实际投入22.7万元')
      expect(copied.trim()).toBe(shown.trim())

      // 显示全部数字 shows the numbers that are not data, with a dot that is no text of the page
      await page.getByLabel('显示全部数字').check()
      const after = await plain.first().evaluate((e) => getComputedStyle(e, '::after').content)
      expect(after).toBe('"·"')
      expect(await plain.first().textContent()).toBe('四')
      expect(errors).toEqual([])
    } finally {
      await context.close()
    }
  }, 120_000)
})
