import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { beforeEach, expect, it } from 'vitest'
import { writeDocx } from '../../src/adapters/export-table/docx-table-writer.ts'
import { seedTables } from '../import/fixtures.ts'
import { usePageEachTest, useServerAndBrowser } from '../support/browser-rig.ts'
import { ARTIFACTS, describeInBrowser } from './chromium.ts'

/** The seed's two forms under project names the sample tables do not have. */
const renamed = () => seedTables().map((t, i) => ({ ...t, project: `导入测试项目${'甲乙'[i]}` }))

const pickerLabels = (page: Page) => page.$$eval('#table-select option', (os) => os.map((o) => o.textContent ?? ''))

const checked = (dialog: Locator) =>
  dialog.getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked))

const selectedLabel = (page: Page) =>
  page.$eval('#table-select', (s) => {
    const select = s as HTMLSelectElement
    return select.selectedOptions[0]?.textContent ?? ''
  })

describeInBrowser('importing a Word file in the browser (npm start)', () => {
  const rig = useServerAndBrowser('jixiao-import-')
  const opened = usePageEachTest(rig)
  let page: Page
  beforeEach(() => {
    page = opened.page
  })

  it('previews the tables of a .docx picked with the button, saves them and selects the first', async () => {
    const buffer = Buffer.from(await writeDocx(renamed(), { layout: 'local' }))
    await page.setInputFiles('#import-input', {
      name: '导入测试.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer,
    })
    const dialog = page.getByRole('dialog', { name: '导入预览：导入测试.docx' })
    await dialog.waitFor()
    const text = await dialog.textContent()
    expect(text).toContain('导入测试项目甲（2022年项目支出绩效自评表）')
    expect(text).toContain('导入测试项目乙（2022年项目支出绩效自评表）')
    expect(text).toContain('85.11%')
    expect(text).toContain('保存为 导入测试-1.json')
    expect(text).toContain('FUNDING_SUM_MISMATCH')
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true)
    expect(await checked(dialog)).toEqual([true, true])
    await page.screenshot({ path: join(ARTIFACTS, 'import-preview.png') })
    // nothing is saved before the user confirms
    expect((await pickerLabels(page)).some((l) => l.includes('导入测试项目'))).toBe(false)

    await dialog.getByRole('button', { name: '保存所选表格' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(() => pickerLabels(page)).toContain('导入测试项目乙（2022年项目支出绩效自评表）')
    await expect.poll(() => selectedLabel(page)).toBe('导入测试项目甲（2022年项目支出绩效自评表）')
    await expect.poll(() => page.textContent('#pane-table')).toContain('导入测试项目甲')
    expect(await page.textContent('#notice')).toContain('已保存 2 张表格')
  }, 60_000)

  it('reads a file dropped on the table panel; tables already stored start unchecked, and 取消 saves nothing', async () => {
    const before = await pickerLabels(page)
    const bytes = [...(await writeDocx(seedTables(), { layout: 'local' }))]
    const drag = (types: string[], data: number[]) =>
      page.evaluate(
        ({ types, data }) => {
          const w = window as unknown as { transfer?: DataTransfer }
          if (!w.transfer) {
            w.transfer = new DataTransfer()
            w.transfer.items.add(new File([new Uint8Array(data)], '南岳自评表.docx'))
          }
          const target = document.getElementById('pane-table')!
          for (const type of types) {
            const init = { bubbles: true, cancelable: true, dataTransfer: w.transfer }
            target.dispatchEvent(new DragEvent(type, init))
          }
        },
        { types, data },
      )
    await drag(['dragenter', 'dragover'], bytes)
    await page.locator('#drop-overlay').waitFor()
    expect(await page.textContent('#drop-overlay')).toContain('松开鼠标即可导入表格')
    await drag(['drop'], bytes)
    const dialog = page.getByRole('dialog', { name: '导入预览：南岳自评表.docx' })
    await dialog.waitFor()
    expect(await page.locator('#drop-overlay').isHidden()).toBe(true)
    expect(await dialog.locator('.duplicate').count()).toBe(2)
    expect(await dialog.textContent()).toContain('默认不保存')
    expect(await checked(dialog)).toEqual([false, false])
    expect(await dialog.getByRole('button', { name: '保存所选表格' }).isDisabled()).toBe(true)
    await dialog.getByRole('button', { name: '取消' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(() => page.textContent('#notice')).toContain('已取消导入，未保存任何表格')
    await page.reload()
    await page.waitForSelector('#table-select option', { state: 'attached' })
    expect(await pickerLabels(page)).toEqual(before)
  }, 60_000)

  it('keeps the preview open and saves nothing when saving fails', async () => {
    const tables = seedTables().map((t, i) => ({ ...t, project: `冲突测试项目${'甲乙'[i]}` }))
    const buffer = Buffer.from(await writeDocx(tables, { layout: 'local' }))
    await page.setInputFiles('#import-input', { name: '冲突.docx', mimeType: '', buffer })
    const dialog = page.getByRole('dialog', { name: '导入预览：冲突.docx' })
    await dialog.waitFor()
    // meanwhile, another tab stores a table under the first proposed file name
    const status = await page.evaluate(async (table) => {
      const body = JSON.stringify({ fileName: '冲突-1.json', table })
      const headers = { 'content-type': 'application/json' }
      return (await fetch('/api/tables', { method: 'POST', headers, body })).status
    }, seedTables()[0])
    expect(status).toBe(201)
    await dialog.getByRole('button', { name: '保存所选表格' }).click()
    const error = dialog.getByRole('alert')
    await expect.poll(() => error.textContent()).toContain('未保存任何表格')
    expect(await error.textContent()).toContain('已有来自同名文件“冲突-1.json”的表格')
    expect(await dialog.isVisible()).toBe(true)
    await dialog.getByRole('button', { name: '取消' }).click()
    await page.reload()
    await page.waitForSelector('#table-select option', { state: 'attached' })
    expect((await pickerLabels(page)).filter((l) => l.includes('冲突测试项目'))).toEqual([])
  }, 60_000)

  it('asks for the year of a file that does not say it, and reads it again with the year given', async () => {
    const tables = seedTables().map((t) => ({ ...t, project: `${t.project}（无年度）` }))
    const buffer = Buffer.from(await writeDocx(tables, { layout: 'local', yearInTitle: false }))
    await page.setInputFiles('#import-input', {
      name: '无年度.docx',
      mimeType: 'application/octet-stream',
      buffer,
    })
    const year = page.getByLabel('指定年度：')
    await year.waitFor()
    expect(await page.textContent('#notice')).toContain('无法确定年度')
    await year.fill('2021')
    await page.getByRole('button', { name: '按此年度重新读取' }).click()
    const dialog = page.getByRole('dialog', { name: '导入预览：无年度.docx' })
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain('2021年度')
    await dialog.getByRole('button', { name: '取消' }).click()
  }, 60_000)

  it('shows the Chinese message of a file it cannot read and opens no preview', async () => {
    const before = await pickerLabels(page)
    const encrypted = Buffer.alloc(1024)
    encrypted.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    encrypted.write('EncryptedPackage'.split('').join('\0'), 512, 'latin1')
    await page.setInputFiles('#import-input', {
      name: '加密.xlsx',
      mimeType: 'application/octet-stream',
      buffer: encrypted,
    })
    await expect.poll(() => page.textContent('#notice')).toContain('加密.xlsx：文件设置了打开密码（已加密），无法读取')
    expect(await page.locator('#notice').getAttribute('class')).toBe('error')
    expect(await page.locator('#import-dialog').isVisible()).toBe(false)
    const button = page.getByRole('button', { name: '导入表格（Word/Excel）' })
    expect(await button.isEnabled()).toBe(true)
    expect(await pickerLabels(page)).toEqual(before)
  }, 60_000)
})
