// Models wrap a section in chat manners despite the prompt. The drafter strips the opening, the
// closing, Markdown emphasis and headings before the text is verified and stored, and tells the
// user what it removed. Replies scripted in the habits of DeepSeek, Qwen, GLM and GPT-4o, through
// the real OpenAI client (msw) and the real verifier.
import { describe, expect, it } from 'vitest'
import { verifyDraft } from '../../src/core/verify.ts'
import { server } from '../mocks/node.ts'
import { answer, scriptedChat } from '../mocks/openai.ts'
import { useLlmDrafterSetup } from '../support/llm-drafter.ts'

const llm = useLlmDrafterSetup()
const drafter = (model: string) => llm.drafter(verifyDraft, { model })

const LEAD = '通过对预算执行和绩效指标完成情况的分析，目前主要存在以下问题：'
const ONE =
  '一是预算执行不到位。综治、平安建设经费年初预算36万元[P1.F0.budget]，实际投入30.64万元[P1.F0.actual]，预算执行率85.11%[P1.F0.rate]。'
const TWO =
  '二是实际支出超出预算。四型平安小区以奖代拨经费实际投入22.7万元[P2.F0.actual]，预算执行率151.33%[P2.F0.rate]。'
const CLEAN =
  '通过对预算执行和绩效指标完成情况的分析，目前主要存在以下问题：\n\n' +
  '一是预算执行不到位。综治、平安建设经费年初预算36万元，实际投入30.64万元，预算执行率85.11%。\n\n' +
  '二是实际支出超出预算。四型平安小区以奖代拨经费实际投入22.7万元，预算执行率151.33%。'

const REPLIES: { model: string; parts: string[]; removed: RegExp[] }[] = [
  {
    // DeepSeek: a polite opening naming the section, bold item leads, a closing wish
    model: 'deepseek-chat',
    parts: [
      '好的，以下是“存在的问题及原因分析”一节的正文：\n\n',
      `${LEAD}\n\n**一是预算执行不到位。**`,
      `${ONE.slice(ONE.indexOf('。') + 1)}\n\n**二是实际支出超出预算。**${TWO.slice(TWO.indexOf('。') + 1)}\n\n`,
      '希望以上内容对您有帮助！',
    ],
    removed: [
      /^开头的客套话：“好的，以下是“存在的问题及原因分析”一节的正文：”$/,
      /^结尾的客套话：“希望以上内容对您有帮助！”$/,
      /^Markdown 加粗标记 2 处$/,
    ],
  },
  {
    // Qwen: a Markdown heading with the section's title, a rule, an offer to revise
    model: 'qwen-plus',
    parts: [
      '### 存在的问题及原因分析\n\n',
      `${LEAD}\n\n${ONE}\n\n${TWO}\n\n---\n\n`,
      '如需进一步修改或补充，请随时告诉我。',
    ],
    removed: [/^标题“存在的问题及原因分析”$/, /^结尾的客套话：“如需进一步修改或补充，请随时告诉我。”$/, /分隔线/],
  },
  {
    // GLM: "根据您提供的…，撰写如下：" and "以上内容仅供参考…"
    model: 'glm-4',
    parts: [
      '根据您提供的事实清单和原因说明，撰写如下：\n',
      `${LEAD}\n\n${ONE}\n\n${TWO}\n`,
      '\n以上内容仅供参考，请根据实际情况调整。',
    ],
    removed: [
      /^开头的客套话：“根据您提供的事实清单和原因说明，撰写如下：”$/,
      /^结尾的客套话：“以上内容仅供参考，请根据实际情况调整。”$/,
    ],
  },
  {
    // GPT-4o: an English opening, bold, and a note about the sources
    model: 'gpt-4o',
    parts: [
      "Sure! Here's the section:\n\n",
      `${LEAD}\n\n**${ONE}**\n\n${TWO}\n\n`,
      '注：文中数字均引自事实清单，并已标注编号。',
    ],
    removed: [
      /^开头的客套话：“Sure! Here's the section:”$/,
      /^结尾的客套话：“注：文中数字均引自事实清单，并已标注编号。”$/,
      /^Markdown 加粗标记 1 处$/,
    ],
  },
]

describe('a model answer wrapped in chat manners', () => {
  it.each(REPLIES)(
    'comes back from $model as the section alone, verified, with what was removed',
    async ({ model, parts, removed }) => {
      const chat = scriptedChat([answer(parts)])
      server.use(chat.handler)
      const streamed: string[] = []
      const result = await drafter(model).draft({ analysis: llm.seed, section: 'problems' }, (d) => streamed.push(d))
      // the stream showed the reply as it came; the stored text is the section alone
      expect(streamed.join('')).toBe(parts.join(''))
      expect(result.text).toBe(CLEAN)
      expect(result.verification.ok).toBe(true)
      expect(result.repairRounds).toBe(0)
      expect(chat.requests).toHaveLength(1)
      expect(result.cleanup).toHaveLength(removed.length)
      for (const r of removed) expect(result.cleanup.some((c) => r.test(c))).toBe(true)
      expect(result.text).not.toMatch(/好的|以下是|希望|如需|仅供参考|\*\*|#|Sure|注：/)
    },
  )

  it('leaves a clean answer as it is and says nothing was removed', async () => {
    server.use(scriptedChat([answer([`${LEAD}\n\n${ONE}\n\n${TWO}`])]).handler)
    const result = await drafter('qwen-plus').draft({ analysis: llm.seed, section: 'problems' })
    expect(result.text).toBe(CLEAN)
    expect(result.cleanup).toEqual([])
  })

  it('hands the review notes of the data to the user beside the text, not in it', async () => {
    server.use(scriptedChat([answer([`${LEAD}\n\n${ONE}`])]).handler)
    const result = await drafter('deepseek-chat').draft({ analysis: llm.seed, section: 'problems' })
    expect(result.reviewNotes.map((n) => n.code)).toContain('FUNDING_SUM_MISMATCH')
    expect(result.text).not.toContain('相差')
  })
})
