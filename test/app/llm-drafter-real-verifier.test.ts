// The openai drafting engine with the real verifier (src/core/verify.ts) behind a mocked endpoint:
// the repair round is driven by what the verifier actually finds.
import { describe, expect, it } from 'vitest'
import { verifyDraft } from '../../src/core/verify.ts'
import { server } from '../mocks/node.ts'
import { answer, scriptedChat } from '../mocks/openai.ts'
import { useLlmDrafterSetup } from '../support/llm-drafter.ts'

const llm = useLlmDrafterSetup()
const drafter = () => llm.drafter(verifyDraft)

const WRONG =
  '综治、平安建设经费年初预算36万元[P1.F0.budget]，实际投入30.46万元[P1.F0.actual]，预算执行率85.11%[P1.F0.rate]。'
const RIGHT =
  '综治、平安建设经费年初预算36万元[P1.F0.budget]，实际投入30.64万元[P1.F0.actual]，预算执行率85.11%[P1.F0.rate]。'
const FLIPPED = '综治、平安建设经费实际投入较年初预算增加5.36万元[P1.F0.diff]。'

describe('the openai drafter with the real verifier', () => {
  it('sends 30.46万元 back with the right value and returns the corrected draft as verified', async () => {
    const chat = scriptedChat([answer([WRONG]), answer([RIGHT])])
    server.use(chat.handler)
    const result = await drafter().draft({ analysis: llm.seed, section: 'variance', row: 'P1.F0' })
    expect(result).toMatchObject({ verification: { ok: true }, repairRounds: 1 })
    expect(result.text).toBe('综治、平安建设经费年初预算36万元，实际投入30.64万元，预算执行率85.11%。')
    const repair = chat.requests[1]!.body.messages.at(-1)!.content
    expect(repair).toContain('30.46万元')
    expect(repair).toContain('30.64万元')
    expect(result.verification.mentions.map((m) => m.status)).toEqual(['verified', 'verified', 'verified'])
  })

  it('returns a draft that never corrects its direction word as failing, with its finding', async () => {
    const chat = scriptedChat([answer([FLIPPED]), answer([FLIPPED]), answer([FLIPPED])])
    server.use(chat.handler)
    const result = await drafter().draft({ analysis: llm.seed, section: 'variance', row: 'P1.F0' })
    expect(result).toMatchObject({ verification: { ok: false }, repairRounds: 2 })
    expect(result.text).toBe('综治、平安建设经费实际投入较年初预算增加5.36万元。')
    expect(result.verification.findings.map((f) => [f.severity, f.code])).toContainEqual([
      'error',
      'DIRECTION_MISMATCH',
    ])
  })

  it('accepts a figure the user stated, cited by its note fact id [N0.0], as verified', async () => {
    const note = '满意度调查实际结果为96.3%，共发放问卷300份'
    const cited = '人民群众满意度调查实际结果为96.3%[N0.0]，共发放问卷300份[N0.1]。'
    const chat = scriptedChat([answer([cited])])
    server.use(chat.handler)
    const result = await drafter().draft({
      analysis: llm.seed,
      section: 'problems',
      userNotes: [{ text: note, kind: 'figures', row: 'P1.I7' }],
    })
    // the prompt listed the note's figures with those ids
    expect(chat.requests[0]!.body.messages.at(-1)!.content).toContain(
      '[N0.0] "用户说明1：“满意度调查实际结果为96.3%”中的数字" = 96.3%',
    )
    expect(result).toMatchObject({ verification: { ok: true }, repairRounds: 0 })
    expect(result.verification.findings.filter((f) => f.code === 'CITATION_UNKNOWN')).toEqual([])
    expect(result.verification.mentions.map((m) => [m.text, m.status])).toEqual([
      ['96.3%', 'verified'],
      ['300份', 'verified'],
    ])
  })
})
