// The page against the real HTTP server built with createApp and the test doubles for the
// verifier and the drafting engine (which live on other branches): the review flow,
// the table view, HTML in model output shown as text, and the keyboard.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest'
import { startFakeServer } from '../support/fake-server.ts'
import { describeInBrowser, launchChromium } from './chromium.ts'
import { pickDepartment, reviewFlow } from './review-flow.ts'

describeInBrowser('the page, with test doubles for the engines', () => {
  let browser: Browser
  let server: Awaited<ReturnType<typeof startFakeServer>>
  let page: Page
  const pageErrors: string[] = []

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    server = await startFakeServer()
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
    page.on('pageerror', (e) => pageErrors.push(e.message))
    return async () => {
      await page.close()
      await server.close()
    }
  })

  it('takes a problems draft from the quick action to the exported .docx, every number reviewed', async () => {
    await reviewFlow(page, server.url, 'review-flow-doubles.png')
    expect(pageErrors).toEqual([])
  }, 60_000)

  it('shows the computed figures beside the unit’s own and each warning beside its rows', async () => {
    await pickDepartment(page, server.url)
    const fundingRow = page.locator('#pane-table tr', { hasText: '财政拨款' }).first()
    expect(await fundingRow.textContent()).toContain('-26.2')
    expect(await fundingRow.textContent()).toContain('27.22%')
    expect(await fundingRow.getAttribute('class')).toContain('has-warning')
    const warning = page.locator('#pane-table .warning-row', { hasText: 'FUNDING_SUM_MISMATCH' })
    // under the last row it names (其他资金), inside the funding table of 综治、平安建设经费
    const previous = warning.locator('xpath=preceding-sibling::tr[1]')
    expect(await previous.textContent()).toContain('其他资金')
    expect(await page.textContent('#pane-table')).toContain(
      '得分（计算，全国默认（财预〔2020〕10号））：98.51 / 100（优）',
    )
  }, 60_000)

  it('shows HTML and script in a model’s answer as text and runs none of it', async () => {
    await pickDepartment(page, server.url)
    await page.getByRole('button', { name: '下一步改进措施', exact: true }).click()
    const answer = page.locator('#messages .msg.assistant:not(.streaming)').last()
    await answer.locator('.summary').waitFor()
    // the numbers 1 and 2 inside are marked (glyph "?"), so compare without the glyphs
    const shown = await answer.locator('.rendered').evaluate((e) => {
      const copy = e.cloneNode(true) as HTMLElement
      for (const g of copy.querySelectorAll('.glyph')) g.remove()
      return copy.textContent
    })
    expect(shown).toContain('<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>')
    expect(await answer.locator('.rendered img, .rendered script').count()).toBe(0)
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
  }, 60_000)

  it('opens a fact card from the keyboard and closes it with Escape', async () => {
    await pickDepartment(page, server.url)
    await page.getByRole('button', { name: '存在的问题及原因分析', exact: true }).click()
    const mark = page.getByRole('button', { name: /^85\.11%：已核实/ }).first()
    await mark.focus()
    await page.keyboard.press('Enter')
    const card = page.getByRole('dialog', { name: '数字来源' })
    await expect.poll(() => card.textContent()).toContain('预算执行率')
    await page.keyboard.press('Escape')
    await card.waitFor({ state: 'hidden' })
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^85\.11%/)
  }, 60_000)
})
