import { expect, it } from 'vitest'
import { useServerAndBrowser } from '../support/browser-rig.ts'
import { describeInBrowser } from './chromium.ts'
import { reviewFlow } from './review-flow.ts'

describeInBrowser('the product in a browser (npm start, template engine, no key)', () => {
  const rig = useServerAndBrowser('jixiao-browser-')

  it('takes a problems draft from 存在的问题及原因分析 to the exported .docx, every number reviewed', async () => {
    const page = await rig.browser.newPage({ viewport: { width: 1400, height: 1000 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await reviewFlow(page, rig.server.url, 'review-flow.png')
    expect(errors).toEqual([])
  }, 90_000)
})
