// The review flow of issue 5, step by step, against a running server: pick the seed department,
// ask for the problems section, check its numbers are verified and 85.11% shows 30.64 ÷ 36 and
// its source, edit a number to a wrong value and see the mismatch, accept, export the .docx.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import JSZip from 'jszip'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { ARTIFACTS } from './chromium.ts'

export async function pickDepartment(page: Page, url: string) {
  await page.goto(url)
  await page.waitForSelector('#table-select option', { state: 'attached' })
  const options = await page.$$eval('#table-select option', (os) =>
    os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })),
  )
  const department = options.find((o) => o.label.includes('部门整体'))
  expect(department, 'the seed department is offered').toBeDefined()
  await page.selectOption('#table-select', department!.value)
  await page.getByRole('table').first().waitFor()
  await expect.poll(() => page.textContent('#pane-table')).toContain('中共南岳区委政法委员会')
}

export async function reviewFlow(page: Page, url: string, screenshot: string) {
  await pickDepartment(page, url)

  await page.getByRole('button', { name: '存在的问题及原因分析', exact: true }).click()
  const answer = page.locator('#messages .msg.assistant:not(.streaming)').last()
  await answer.locator('.summary').waitFor()
  const marks = answer.locator('.num')
  const total = await marks.count()
  expect(total, 'the answer cites numbers').toBeGreaterThan(0)
  expect(
    await answer.locator('.num:not(.num-verified):not(.num-ignored)').count(),
    'every data number is verified',
  ).toBe(0)
  expect(await answer.locator('.summary').textContent()).toMatch(/^共 \d+ 个数字：\d+ 个已核实/)

  const rate = answer.locator('.num', { hasText: '85.11%' }).first()
  await rate.click()
  const card = page.locator('#fact-card')
  await card.waitFor()
  await expect.poll(() => card.textContent()).toContain('30.64 ÷ 36')
  expect(await card.textContent()).toContain('资金情况 · 合计 · 实际投入')
  expect(await card.textContent()).toContain('资金情况 · 合计 · 年初预算')
  await page.keyboard.press('Escape')
  await card.waitFor({ state: 'hidden' })

  await answer.getByRole('button', { name: '修改并采纳' }).click()
  const editor = page.locator('#draft-text')
  await editor.waitFor()
  const original = await editor.inputValue()
  expect(original).toContain('85.11%')
  const wrong = original.replace('85.11%', '85.12%')
  await editor.fill(wrong)
  const mismatch = page.locator('#draft-preview .num-mismatch', { hasText: '85.12%' })
  await mismatch.waitFor()
  await mismatch.click()
  await expect.poll(() => card.textContent()).toContain('应为85.11%')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: '采纳到报告' }).click()
  await page.getByRole('button', { name: /仍然采纳/ }).click()
  await expect.poll(() => page.textContent('#draft-state')).toBe('已采纳到报告')

  await page.getByRole('tab', { name: '报告' }).click()
  await page.locator('.report-section').first().waitFor()
  await page.screenshot({ path: join(ARTIFACTS, screenshot), fullPage: true })

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /导出 Word/ }).click(),
  ])
  const zip = await JSZip.loadAsync(await readFile((await download.path())!))
  const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '')
  expect(text).toContain('四、存在的问题及原因分析')
  expect(text).toContain('85.12%')
  expect(text).toContain('【待核实】')
  const firstLine = wrong
    .split('\n')
    .find((l) => l.includes('85.12%'))!
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/[*#>`_]/g, '')
    .trim()
  expect(text).toContain(firstLine.slice(0, Math.min(firstLine.length, 30)))
  return { wrong }
}
