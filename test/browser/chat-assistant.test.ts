// The assistant in the browser: ask about an indicator → the answer → the user's figures → the
// redraft (template engine, real verifier); and with a model (a fake OpenAI server on loopback):
// a revision that becomes version 2, its word diff, going back to version 1, and 停止生成.
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createServices } from '../../src/adapters/http/app.ts'
import { OpenAiLlmClient } from '../../src/adapters/llm/openai-llm-client.ts'
import { loadPromptLibrary } from '../../src/adapters/prompt-files.ts'
import { LowdbStore } from '../../src/adapters/store/lowdb-store.ts'
import { createChatModel } from '../../src/app/chat-model.ts'
import type { Drafters } from '../../src/app/drafting.ts'
import { createLlmDrafter } from '../../src/app/llm-drafter.ts'
import { createTemplateDrafter } from '../../src/app/template-drafter.ts'
import { verifyDraft } from '../../src/core/verify.ts'
import { testLogger } from '../support/app.ts'
import { listenSeeded } from '../support/listen.ts'
import { startFakeOpenAi } from '../support/fake-openai.ts'
import { describeInBrowser, launchChromium } from './chromium.ts'

async function startServer(modelBaseURL: string | null) {
  const store = await LowdbStore.open(join(await mkdtemp(join(tmpdir(), 'jixiao-chat-')), 'db.json'))
  const drafters: Drafters = { template: createTemplateDrafter(verifyDraft) }
  if (modelBaseURL) {
    const client = new OpenAiLlmClient({
      apiKey: 'sk-fake',
      baseURL: modelBaseURL,
      model: 'fake',
      timeoutMs: 10_000,
      maxRetries: 0,
    })
    const prompts = await loadPromptLibrary()
    drafters.openai = createLlmDrafter({ client, prompts, verify: verifyDraft })
    drafters.chat = createChatModel({ client, prompts, verify: verifyDraft })
  }
  const services = createServices({ store, verify: verifyDraft, drafters, logger: testLogger() })
  return listenSeeded(services)
}

async function pickZongzhi(page: Page, url: string) {
  await page.goto(url)
  await page.waitForSelector('#table-select option', { state: 'attached' })
  const value = await page.$$eval(
    '#table-select option',
    (os) => (os as HTMLOptionElement[]).find((o) => (o.textContent ?? '').includes('综治'))!.value,
  )
  await page.selectOption('#table-select', value)
  await page.getByRole('table').first().waitFor()
  await page.locator('#send:not([disabled])').waitFor()
}

async function say(page: Page, text: string) {
  const before = await page.locator('#messages .msg.assistant:not(.streaming)').count()
  await page.fill('#chat-input', text)
  await page.click('#send')
  await expect.poll(() => page.locator('#messages .msg.assistant:not(.streaming)').count()).toBeGreaterThan(before)
  await page.locator('#messages .msg.streaming').waitFor({ state: 'detached' })
  return page.locator('#messages .msg.assistant').last()
}

describeInBrowser('the chat assistant in a browser', () => {
  let browser: Browser
  const errors: string[] = []

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('asks about an indicator, takes the user’s figures and redrafts with them, asking nothing twice', async () => {
    const server = await startServer(null)
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
    page.on('pageerror', (e) => errors.push(e.message))
    try {
      await pickZongzhi(page, server.url)
      const answer = await say(page, '人民群众满意度这个指标得了多少分？')
      expect(await answer.textContent()).toContain('以下解释“人民群众满意度”指标')
      expect(await answer.locator('.num-verified', { hasText: '10分' }).count()).toBeGreaterThan(0)
      expect(await answer.locator('.num-mismatch, .num-unsupported').count()).toBe(0)
      expect(await answer.locator('.questions').textContent()).toContain('满意度调查的实际结果')

      const redraft = await say(page, '满意度调查实际结果为96.3%，共发放问卷300份')
      expect(await redraft.textContent()).toContain('用户说明：满意度调查实际结果为96.3%')
      expect(await redraft.locator('.num-verified', { hasText: '96.3%' }).count()).toBe(1)
      expect(await redraft.locator('.questions').count()).toBe(0)
      expect(await redraft.getByRole('button', { name: '复制' }).count()).toBe(1)
      expect(errors).toEqual([])
    } finally {
      await page.close()
      await server.close()
    }
  }, 60_000)

  it('revises a draft with the model into version 2, shows the word diff, goes back, and stops a generation', async () => {
    const model = await startFakeOpenAi()
    const server = await startServer(model.baseURL)
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
    page.on('pageerror', (e) => errors.push(e.message))
    try {
      await pickZongzhi(page, server.url)
      await page.getByRole('button', { name: '差异原因', exact: true }).click()
      const draft = page.locator('#messages .msg.assistant:not(.streaming)').last()
      await draft.getByRole('button', { name: '修改并采纳' }).waitFor()
      await draft.getByRole('button', { name: '修改并采纳' }).click()
      await expect.poll(() => page.inputValue('#draft-text')).toContain('年初预算36万元，实际投入30.64万元')
      const original = await page.inputValue('#draft-text')

      const revised = await say(page, '把上面这段改得更简洁一些')
      expect(await revised.locator('.rendered').textContent()).toContain('合计实际投入30.64万元✓，执行率85.11%✓')
      expect(await revised.locator('.num-verified').count()).toBe(2)
      await expect.poll(() => page.locator('#draft-version-list li').count()).toBe(2)
      await expect
        .poll(() => page.inputValue('#draft-text'))
        .toBe('合计实际投入30.64万元，执行率85.11%，主要原因是单位用其它资金弥补该项经费支出。')
      expect(await page.textContent('#draft-version-list')).toContain('第2版 · 修改：更简洁')
      expect(await page.locator('#draft-diff-text del').first().textContent()).toBeTruthy()
      expect(await page.locator('#draft-diff-text ins').first().textContent()).toBeTruthy()

      await page.getByRole('button', { name: /^第1版/ }).click()
      await page.getByRole('button', { name: '恢复为第1版' }).click()
      await expect.poll(() => page.inputValue('#draft-text')).toBe(original)
      await expect.poll(() => page.locator('#draft-version-list li').count()).toBe(3)

      await page.fill('#chat-input', '请慢慢想：执行率多少')
      await page.click('#send')
      await page.locator('#stop:not([hidden])').click()
      await page.locator('#messages .msg.error', { hasText: '已停止生成。' }).waitFor()
      await expect.poll(() => model.aborted).toEqual(['converse'])
      expect(await page.locator('#stop').isHidden()).toBe(true)
      expect(errors).toEqual([])
    } finally {
      await page.close()
      await server.close()
      await model.close()
    }
  }, 60_000)
})
