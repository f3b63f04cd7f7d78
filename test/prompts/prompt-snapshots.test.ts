// Every prompt as the model receives it for the seed department. A change to a prompt file, to
// the fact selection or to the formatting shows up here as a readable diff.
import { beforeAll, describe, expect, it } from 'vitest'
import {
  buildChatMessages,
  buildDraftMessages,
  buildRepairMessage,
  buildReviseMessages,
} from '../../src/app/draft-prompts.ts'
import { personalStrings } from '../../src/app/redact.ts'
import { buildDraftContext } from '../../src/app/draft-context.ts'
import type { ChatMessage } from '../../src/app/llm-client.ts'
import { PROMPT_NAMES, type PromptLibrary } from '../../src/app/prompt-library.ts'
import type { DraftRequest } from '../../src/app/ports.ts'
import { loadPromptLibrary } from '../../src/adapters/prompt-files.ts'
import type { TableAnalysis } from '../../src/core/analyze.ts'
import type { Finding } from '../../src/core/verification.ts'
import { seedDepartment, zongzhiWithoutReasons } from '../fixtures/seed-analysis.ts'

let prompts: PromptLibrary
let seed: TableAnalysis

beforeAll(async () => {
  prompts = await loadPromptLibrary()
  seed = await seedDepartment()
})

const asText = (messages: readonly ChatMessage[]) => messages.map((m) => `<<${m.role}>>\n${m.content}\n`).join('\n')
const draft = (request: Omit<DraftRequest, 'analysis'>, analysis = seed) =>
  asText(buildDraftMessages(prompts, buildDraftContext({ analysis, ...request })))

const repairDraft = '综治、平安建设经费合计实际投入30.46万元，预算执行率85.11%。'
const mismatch: Finding = {
  severity: 'error',
  code: 'NUMBER_MISMATCH',
  start: repairDraft.indexOf('30.46万元'),
  end: repairDraft.indexOf('30.46万元') + '30.46万元'.length,
  message: '实际投入应为30.64万元（来源：资金情况·合计·实际投入），文中为30.46万元',
  factIds: ['P1.F0.actual'],
}

/** Every prompt the product renders for the seed, by snapshot file name. */
function allRenderedPrompts(notes?: string[]): Record<string, string> {
  return {
    'variance-P1.F0': draft({ section: 'variance', row: 'P1.F0', notes }),
    'variance-P2.I3': draft({ section: 'variance', row: 'P2.I3', notes }),
    'variance-all-rows': draft({ section: 'variance', notes }),
    problems: draft({ section: 'problems', notes }),
    measures: draft({ section: 'measures', notes }),
    repair: buildRepairMessage(prompts, repairDraft, [mismatch]).content,
    chat: asText(buildChatMessages(prompts, seed, { question: '为什么综治经费实际支出低于预算？', notes })),
    'chat-with-draft': asText(
      buildChatMessages(prompts, seed, {
        question: '把上面这段改得更简洁一些',
        notes,
        userNotes: [{ text: '满意度调查实际结果为96.3%', kind: 'figures', row: 'P1.I7' }],
        history: [
          { role: 'user', content: '差异原因' },
          { role: 'assistant', content: repairDraft },
        ],
        draft: { label: '差异原因：综治、平安建设经费·合计', text: repairDraft },
      }),
    ),
    revise: asText(
      buildReviseMessages(
        prompts,
        buildDraftContext({ analysis: seed, section: 'variance', row: 'P1.F0', notes }),
        repairDraft,
        '语气更正式一些',
        personalStrings(seed),
      ),
    ),
  }
}

describe('rendered prompts for the seed department', () => {
  it('match their snapshots', async () => {
    for (const [name, text] of Object.entries(allRenderedPrompts())) {
      await expect(text).toMatchFileSnapshot(`./__snapshots__/${name}.md`)
    }
  })

  it('render a variance prompt with a placeholder instruction when the table states no cause', async () => {
    const text = draft({ section: 'variance', row: 'P1.F1' }, await zongzhiWithoutReasons())
    await expect(text).toMatchFileSnapshot('./__snapshots__/variance-P1.F1-no-reasons.md')
    expect(text).toContain('（无：数据中没有任何原因说明，凡涉及原因之处一律写“【待补充：…原因】”）')
  })

  it('never carry the manager’s name or phone number, even when the user types them', () => {
    const rendered = { ...allRenderedPrompts(), ...allRenderedPrompts(['请联系刘雄，电话13875709408']) }
    const chat = asText(buildChatMessages(prompts, seed, { question: '刘雄（13875709408）负责的项目为什么超支？' }))
    for (const text of [...Object.values(rendered), chat]) {
      expect(text).not.toContain('刘雄')
      expect(text).not.toContain('13875709408')
    }
  })

  it('never carry the raw table: no reason cell that is a value, no JSON', () => {
    for (const text of Object.values(allRenderedPrompts())) {
      expect(text).not.toMatch(/"funding"|"indicators"|"manager"|"phone"/)
      expect(text).not.toContain('栏：=95%')
    }
  })

  it('declare exactly the variables the code provides', () => {
    const declared = Object.fromEntries(PROMPT_NAMES.map((n) => [n, [...prompts.variables(n)].sort()]))
    expect(declared).toEqual({
      system: [],
      variance: ['causes', 'facts', 'measures', 'subject', 'warnings'],
      problems: ['causes', 'facts', 'measures', 'plan', 'subject', 'warnings'],
      measures: ['causes', 'facts', 'measures', 'plan', 'subject', 'warnings'],
      repair: ['findings'],
      chat: ['causes', 'draft', 'facts', 'measures', 'question', 'subject', 'warnings'],
      revise: ['causes', 'draft', 'facts', 'instruction', 'measures', 'subject', 'warnings'],
    })
  })
})
