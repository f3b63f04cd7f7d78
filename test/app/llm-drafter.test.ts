// The openai drafting engine end to end against a mocked endpoint (msw): prompt, stream,
// verification, repair rounds, questions. The verifier here is a test double; the real one
// (src/core/verify.ts) is wired in by the integration tests.
import { HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { LlmError } from '../../src/app/llm-error.ts'
import type { DraftRequest, VerifyFn } from '../../src/app/ports.ts'
import type { Verification } from '../../src/core/verification.ts'
import { zongzhiWithoutReasons } from '../fixtures/seed-analysis.ts'
import { server } from '../mocks/node.ts'
import { answer, scriptedChat, sseResponse } from '../mocks/openai.ts'
import { useLlmDrafterSetup } from '../support/llm-drafter.ts'

const llm = useLlmDrafterSetup()

/**
 * Test double for verifyDraft: it knows one wrong number. "30.46万元" is a mismatch (the
 * actual is 30.64万元); any other text verifies. It records the texts it was given.
 */
function fakeVerifier() {
  const seen: string[] = []
  const verify: VerifyFn = (text): Verification => {
    seen.push(text)
    const at = text.indexOf('30.46万元')
    if (at < 0) return { ok: true, mentions: [], findings: [] }
    const end = at + '30.46万元'.length
    return {
      ok: false,
      mentions: [
        {
          text: '30.46万元',
          start: at,
          end,
          value: '30.46',
          unit: '万元',
          status: 'mismatch',
          factIds: ['P1.F0.actual'],
          expected: '30.64万元',
        },
      ],
      findings: [
        {
          severity: 'error',
          code: 'NUMBER_MISMATCH',
          start: at,
          end,
          factIds: ['P1.F0.actual'],
          message: '实际投入应为30.64万元（来源：资金情况·合计·实际投入），文中为30.46万元',
        },
      ],
    }
  }
  return { verify, seen }
}

const WRONG = [
  '合计年初预算36万元[P1.F0.budget]，实际投入',
  '30.46万元[P1.F0.actual]，',
  '主要原因是单位用其它资金弥补该项经费支出。',
]
const RIGHT = [
  '合计年初预算36万元[P1.F0.budget]，实际投入',
  '30.64万元[P1.F0.actual]，',
  '主要原因是单位用其它资金弥补该项经费支出。',
]

const drafter = (verify: VerifyFn, keepCitations = false) => llm.drafter(verify, { keepCitations })

/** The 财政拨款 row of 综治 without any reason cell, drafted from the model's `text`. */
async function draftWithoutReasons(text: string) {
  server.use(scriptedChat([answer([text])]).handler)
  return drafter(fakeVerifier().verify).draft({
    analysis: await zongzhiWithoutReasons(),
    section: 'variance',
    row: 'P1.F1',
  })
}

const request = (over: Partial<DraftRequest> = {}): DraftRequest => ({
  analysis: llm.seed,
  section: 'variance',
  row: 'P1.F0',
  ...over,
})

describe('the openai drafter', () => {
  it('streams a draft that verifies and returns it without citations, with model and prompt hash', async () => {
    const chat = scriptedChat([answer(RIGHT)])
    server.use(chat.handler)
    const { verify, seen } = fakeVerifier()
    const deltas: [string, number][] = []
    const result = await drafter(verify).draft(request(), (d, round) => deltas.push([d, round]))

    expect(result).toMatchObject({
      section: 'variance',
      verification: { ok: true },
      repairRounds: 0,
      provider: 'openai',
      model: 'test-model',
      questions: [],
    })
    expect(result.text).toBe('合计年初预算36万元，实际投入30.64万元，主要原因是单位用其它资金弥补该项经费支出。')
    expect(seen).toEqual([result.text])
    expect(result.promptHash).toBe(llm.prompts.hash(['system', 'variance']))
    expect(deltas).toEqual(RIGHT.map((d) => [d, 0]))

    const sent = chat.requests[0]!.body
    expect(sent.stream).toBe(true)
    expect(sent.messages.map((m) => m.role)).toEqual(['system', 'user'])
    expect(sent.messages[1]!.content).toContain('[P1.F0.actual] "合计·实际投入" = 30.64万元')
  })

  it('sends a wrong number back with the repair prompt and returns the corrected draft', async () => {
    const chat = scriptedChat([answer(WRONG), answer(RIGHT)])
    server.use(chat.handler)
    const deltas: [string, number][] = []
    const result = await drafter(fakeVerifier().verify).draft(request(), (d, round) => deltas.push([d, round]))

    expect(result.verification.ok).toBe(true)
    expect(result.repairRounds).toBe(1)
    expect(result.text).toContain('实际投入30.64万元')
    expect(result.verification.findings).toEqual([])
    expect(result.promptHash).toBe(llm.prompts.hash(['system', 'variance', 'repair']))
    expect(deltas.filter(([, r]) => r === 1).map(([d]) => d)).toEqual(RIGHT)

    const repair = chat.requests[1]!.body.messages
    expect(repair.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user'])
    expect(repair[2]!.content).toBe(WRONG.join(''))
    expect(repair[3]!.content).toContain(
      '1. 文中“30.46万元”：实际投入应为30.64万元（来源：资金情况·合计·实际投入），文中为30.46万元',
    )
  })

  it('sends only the errors to the repair prompt, not the warnings beside them', async () => {
    const chat = scriptedChat([answer(WRONG), answer(RIGHT)])
    server.use(chat.handler)
    const { verify: base } = fakeVerifier()
    const verify: VerifyFn = (text, analysis) => {
      const v = base(text, analysis)
      const at = text.indexOf('合计')
      const warning = {
        severity: 'warning',
        code: 'UNKNOWN_NAME',
        start: at,
        end: at + 2,
        message: '数据中没有名为“合计”的项目',
      } as const
      return { ...v, findings: [...v.findings, warning] }
    }
    const result = await drafter(verify).draft(request())

    expect(result.repairRounds).toBe(1)
    const repair = chat.requests[1]!.body.messages[3]!.content
    expect(repair).toContain('1. 文中“30.46万元”：实际投入应为30.64万元')
    expect(repair).not.toContain('数据中没有名为')
    expect(repair).not.toMatch(/^2\. /m)
  })

  it('sends a citation of a fact id the sheet does not have back for repair, as the verifier would fail it', async () => {
    const madeUp = [RIGHT[0]!, '30.64万元[P1.F9.actual]，', RIGHT[2]!]
    const chat = scriptedChat([answer(madeUp), answer(RIGHT)])
    server.use(chat.handler)
    const result = await drafter(fakeVerifier().verify).draft(request())

    expect(result.repairRounds).toBe(1)
    expect(chat.requests[1]!.body.messages[3]!.content).toContain('引用标记 [P1.F9.actual] 不在事实表中')
    expect(result.verification).toEqual({ ok: true, mentions: [], findings: [] })
  })

  it('returns a draft that never corrects as failing, with its findings and the model’s own text', async () => {
    const chat = scriptedChat([answer(WRONG)])
    server.use(chat.handler)
    const result = await drafter(fakeVerifier().verify).draft(request())

    expect(chat.requests).toHaveLength(3)
    expect(result.verification.ok).toBe(false)
    expect(result.repairRounds).toBe(2)
    expect(result.text).toBe('合计年初预算36万元，实际投入30.46万元，主要原因是单位用其它资金弥补该项经费支出。')
    expect(result.verification.findings).toMatchObject([
      { severity: 'error', code: 'NUMBER_MISMATCH', factIds: ['P1.F0.actual'] },
    ])
    const f = result.verification.findings[0]!
    expect(result.text.slice(f.start, f.end)).toBe('30.46万元')
  })

  it('keeps citations on request, with positions on the cited text', async () => {
    server.use(scriptedChat([answer(WRONG)]).handler)
    const result = await drafter(fakeVerifier().verify, true).draft({ ...request() })
    expect(result.text).toBe(WRONG.join(''))
    const f = result.verification.findings[0]!
    expect(result.text.slice(f.start, f.end)).toBe('30.46万元')
    const m = result.verification.mentions[0]!
    expect(result.text.slice(m.start, m.end)).toBe('30.46万元')
  })

  it('asks the user where the table gives no cause and the draft leaves a placeholder', async () => {
    const text =
      '财政拨款年初预算36万元[P1.F1.budget]，实际投入9.8万元[P1.F1.actual]，预算执行率27.22%[P1.F1.rate]。【待补充：财政拨款实际投入低于预算的原因】'
    const result = await draftWithoutReasons(text)
    expect(result.verification.ok).toBe(true)
    expect(result.text).toContain('【待补充：财政拨款实际投入低于预算的原因】')
    expect(result.questions).toEqual(['请说明综治、平安建设经费‘财政拨款’实际投入低于预算的原因'])
  })

  it('flags a cause the data does not contain as a warning, without failing the draft', async () => {
    const text = '财政拨款实际投入9.8万元[P1.F1.actual]，主要原因是资金拨付滞后、项目采购延期。'
    const result = await draftWithoutReasons(text)
    expect(result.verification.ok).toBe(true)
    expect(result.repairRounds).toBe(0)
    const [f] = result.verification.findings
    expect(f).toMatchObject({ severity: 'warning', code: 'CAUSE_NOT_IN_DATA' })
    expect(result.text.slice(f!.start, f!.end)).toBe('资金拨付滞后、项目采购延期')
    expect(result.questions).toEqual(['请说明综治、平安建设经费‘财政拨款’实际投入低于预算的原因'])
  })

  it('fails rather than returning a draft whose stream broke off', async () => {
    server.use(scriptedChat([() => sseResponse(['合计实际投入', '30.'], { end: 'error' })]).handler)
    const error = await drafter(fakeVerifier().verify)
      .draft(request())
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(LlmError)
    expect((error as LlmError).kind).toBe('stream-interrupted')
  })

  it('fails when the model answers nothing', async () => {
    server.use(scriptedChat([answer([])]).handler)
    const error = await drafter(fakeVerifier().verify)
      .draft(request())
      .catch((e: unknown) => e)
    expect((error as LlmError).kind).toBe('empty-response')
  })

  it('reports an error status from the endpoint as a typed error', async () => {
    server.use(scriptedChat([() => HttpResponse.json({ error: { message: 'boom' } }, { status: 503 })]).handler)
    const error = await drafter(fakeVerifier().verify)
      .draft(request())
      .catch((e: unknown) => e)
    expect((error as LlmError).kind).toBe('server')
  })
})
