// The 审核报告 view in the browser, against the real server (`npm start` on a temporary DATA_DIR):
// a finished report picked or dropped, the summary, the tables found, the narrative with every
// data number marked and its fact card, the two Word exports, and nothing stored until saved.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import JSZip from 'jszip'
import type { Page } from 'playwright-core'
import { beforeAll, beforeEach, expect, it } from 'vitest'
import { seedText } from '../import/fixtures.ts'
import { correctNarrative, PLANTS, plant, reportDocx, zongzhiNarrative } from '../review/report-fixture.ts'
import { usePageEachTest, useServerAndBrowser } from '../support/browser-rig.ts'
import { ARTIFACTS, describeInBrowser } from './chromium.ts'

/** the server reviews on a machine shared with other test files: allow it time */
const WAIT = { timeout: 20_000 }
/** a paragraph about both projects: each sentence is checked against its own table */
const BOTH =
  '综上，综治、平安建设经费实际投入30.64万元，预算执行率85.11%；四型平安小区以奖代拨经费实际投入22.7万元，预算执行率151.33%。'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

describeInBrowser('the 审核报告 view (npm start)', () => {
  const rig = useServerAndBrowser('jixiao-review-')
  const opened = usePageEachTest(rig, { acceptDownloads: true })
  let page: Page
  let planted: Buffer

  const storedCount = async () =>
    ((await (await fetch(new URL('/api/tables', rig.server.url))).json()) as { tables: unknown[] }).tables.length

  beforeAll(async () => {
    const n = plant(correctNarrative(), PLANTS)
    planted = Buffer.from(await reportDocx({ ...n, after: [BOTH, ...n.after] }))
  })
  beforeEach(() => {
    page = opened.page
  })

  const downloadZip = async (button: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)])
    return { name: download.suggestedFilename(), zip: await JSZip.loadAsync(await readFile((await download.path())!)) }
  }

  it('reviews a picked report: summary, tables, marked numbers with fact cards, exports; stores nothing', async () => {
    await page.getByRole('button', { name: '审核报告' }).click()
    expect(await page.locator('#draft-view').isHidden()).toBe(true)
    expect(await page.locator('#import-button').isHidden()).toBe(true)
    expect(page.url()).toContain('#review')
    const before = await storedCount()

    await page.setInputFiles('#review-input', { name: '南岳自评报告.docx', mimeType: DOCX, buffer: planted })
    await expect.poll(() => page.textContent('#review-summary'), WAIT).toContain('3 个与数据不符')
    const summary = (await page.textContent('#review-summary'))!
    expect(summary).toMatch(/^共 56 个数据数字：3 个与数据不符，0 个数据中没有，53 个已核实。未通过：3 处错误/)
    expect(await page.locator('#review-tables > li').allTextContents()).toEqual([
      expect.stringContaining('表1：综治、平安建设经费（2022年项目支出绩效自评表），计算得分 98.51'),
      expect.stringContaining('表2：四型平安小区以奖代拨经费（2022年项目支出绩效自评表），计算得分 100'),
    ])
    const text = page.locator('#review-paragraphs')
    expect(await text.locator('.num-mismatch').allTextContents()).toEqual(['30.46万元✗', '58.11%✗', '7.7万元✗'])
    expect(await text.locator('.num-verified').count()).toBe(53)
    // years and list markers are not data: no mark
    expect(await text.locator('.num', { hasText: '2022' }).count()).toBe(0)
    expect(await text.locator('.review-para.has-problems').count()).toBe(2)

    // the fact card of a mismatch: the right value and its cell
    await text.locator('.num-mismatch').first().click()
    const card = page.locator('#fact-card')
    await card.waitFor()
    expect(await card.textContent()).toContain('应为30.64万元')
    expect(await card.textContent()).toContain('资金情况 · 合计 · 实际投入')
    await page.keyboard.press('Escape')
    // a number of the second table's paragraphs is looked up in that table's facts
    const second = text.locator('.review-para', { hasText: '四型平安小区以奖代拨经费年初预算15万元' })
    await second.locator('.num-verified', { hasText: '22.7万元' }).click()
    expect(await card.textContent()).toContain('四型平安小区以奖代拨经费·合计·实际投入：22.7万元')
    await page.keyboard.press('Escape')
    // in the paragraph about both projects, each number's card comes from its own table
    const both = text.locator('.review-para', { hasText: '综上' })
    expect(await both.locator('.para-head').textContent()).toContain('对照表1、表2')
    await both.locator('.num-verified', { hasText: '151.33%' }).click()
    expect(await card.textContent()).toContain('四型平安小区以奖代拨经费·合计·预算执行率：151.33%')
    await page.keyboard.press('Escape')
    await both.locator('.num-verified', { hasText: '85.11%' }).click()
    expect(await card.textContent()).toContain('综治、平安建设经费·合计·预算执行率：85.11%')
    await page.keyboard.press('Escape')
    await page.screenshot({ path: join(ARTIFACTS, 'review-view.png'), fullPage: true })

    const memo = await downloadZip('#review-memo')
    expect(memo.name).toBe('南岳自评报告-审核意见.docx')
    expect(await memo.zip.file('word/document.xml')!.async('string')).toContain('全年实际投入30.46万元')
    const commented = await downloadZip('#review-commented')
    expect(commented.name).toBe('南岳自评报告-批注.docx')
    expect((await commented.zip.file('word/comments.xml')!.async('string')).match(/<w:comment /g)).toHaveLength(3)

    expect(await storedCount()).toBe(before)
    await page.click('#review-save')
    await expect.poll(() => page.textContent('#notice'), WAIT).toContain('已保存 2 张表格')
    expect(await storedCount()).toBe(before + 2)
  }, 60_000)

  it('reviews a report dropped on the page in review mode, and says why an unreadable one cannot be read', async () => {
    await page.goto(new URL('/#review', rig.server.url).href)
    await page.locator('#review-view').waitFor()
    const drop = (name: string, data: number[]) =>
      page.evaluate(
        ({ name, data }) => {
          const transfer = new DataTransfer()
          transfer.items.add(new File([new Uint8Array(data)], name))
          for (const type of ['dragenter', 'dragover', 'drop']) {
            document
              .getElementById('review-view')!
              .dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }))
          }
        },
        { name, data },
      )
    await drop('good.docx', [...(await reportDocx())])
    await expect.poll(() => page.textContent('#review-summary'), WAIT).toContain('通过：正文数字与表格一致')
    expect(await page.locator('#review-paragraphs .num-mismatch').count()).toBe(0)
    expect(await page.isHidden('#drop-overlay')).toBe(true)

    await drop('broken.docx', [...Buffer.from('not a Word file')])
    await expect.poll(() => page.textContent('#notice'), WAIT).toContain('不是有效的 Word 文档')
    expect(await page.isHidden('#review-result')).toBe(true)

    // a pasted report that names no year: asked for, then reviewed again with it
    const tablesOnly = seedText().split('南岳区政法委2022年度')[0]!
    const text = `${tablesOnly.trimEnd()}\n\n${zongzhiNarrative().slice(1).join('\n')}\n`
    await drop('no-year.txt', [...Buffer.from(text)])
    await expect.poll(() => page.textContent('#notice'), WAIT).toContain('填写后自动重新审核')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('review-year')
    await page.locator('#review-year').fill('2022')
    await page.locator('#review-year').blur()
    await expect.poll(() => page.textContent('#notice'), WAIT).toContain('已审核“no-year.txt”：识别出 2 张表')
    expect(await page.isHidden('#review-result')).toBe(false)
    expect(await page.textContent('#review-summary')).toContain('通过：正文数字与表格一致')
  }, 60_000)
})
