// Test doubles for the verifier and the drafting engines, which live on other branches. The fake
// verifier matches a number to a fact by the way the fact is written ("85.11%" ↔ P1.F0.rate),
// calls a number close to a fact of its unit a mismatch, and anything else unsupported — enough
// to drive the server and the page, not a verifier.
import type { TableAnalysis } from '../../src/core/analyze.ts'
import type { Fact } from '../../src/core/facts.ts'
import { reviewNotes } from '../../src/core/review-notes.ts'
import { finding, verificationOf, type Mention, type Verification } from '../../src/core/verification.ts'
import type { Drafter, DraftRequest, DraftResult, DraftSection, VerifyFn } from '../../src/app/ports.ts'

const NUMBER = /(\d{4}年)|\d+(?:\.\d+)?(?:%|万元|次|个|人|分)?/g

export const fakeVerify: VerifyFn = (text, analysis) => {
  const mentions: Mention[] = []
  for (const m of text.matchAll(NUMBER)) {
    const base = { text: m[0], start: m.index, end: m.index + m[0].length }
    if (m[1]) {
      mentions.push({
        ...base,
        value: null,
        unit: null,
        status: 'ignored',
        factIds: [],
        note: '年份，不是数据',
      })
      continue
    }
    const exact = analysis.sheet.facts.filter((f) => f.display === m[0])
    const unit = /[^\d.]+$/.exec(m[0])?.[0] ?? ''
    const value = m[0].slice(0, m[0].length - unit.length)
    if (exact.length) {
      mentions.push({ ...base, value, unit, status: 'verified', factIds: [preferred(exact).id] })
      continue
    }
    const near = analysis.sheet.facts.find(
      (f) => f.unit === unit && unit !== '' && Math.abs(Number(f.value.toString()) - Number(value)) < 0.5,
    )
    mentions.push(
      near
        ? { ...base, value, unit, status: 'mismatch', factIds: [near.id], expected: near.display }
        : { ...base, value, unit, status: 'unsupported', factIds: [] },
    )
  }
  const findings = mentions
    .filter((m) => m.status === 'mismatch' || m.status === 'unsupported')
    .map((m) =>
      m.status === 'mismatch'
        ? finding('NUMBER_MISMATCH', m.start, m.end, `文中为${m.text}，数据为${m.expected}`, m.factIds)
        : finding('NUMBER_UNSUPPORTED', m.start, m.end, `“${m.text}”在数据中没有`, m.factIds),
    )
  return verificationOf(mentions, findings)
}

/** Rates before differences before the rest, so "85.11%" reads as the execution rate. */
function preferred(facts: Fact[]): Fact {
  const rank = (f: Fact) => ['execution-rate', 'actual', 'budget'].indexOf(f.role)
  return [...facts].sort((a, b) => (rank(b) === -1 ? -1 : rank(a) === -1 ? 1 : rank(a) - rank(b)))[0]!
}

export const PROBLEMS_TEXT =
  '由于疫情影响，综治、平安建设经费年初预算36万元，实际支出30.64万元，预算执行率85.11%，部分预算项目执行不理想。'

export const MEASURES_TEXT =
  '一是强化预算管理。<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>二是定期开展预算执行分析。'

export const VARIANCE_QUESTION = '综治、平安建设经费·合计实际支出低于预算的原因是什么？'

/**
 * Streams a fixed text per section in two deltas. A variance draft without notes asks a question
 * (the data gives no cause); with notes it cites them.
 */
export class FakeDrafter implements Drafter {
  readonly provider = 'template' as const
  readonly requests: DraftRequest[] = []

  constructor(
    private readonly verify: VerifyFn = fakeVerify,
    private readonly texts: Partial<Record<DraftSection, string>> = {},
  ) {}

  async draft(request: DraftRequest, onDelta?: (delta: string, round: number) => void): Promise<DraftResult> {
    this.requests.push(request)
    const notes = [...(request.notes ?? []), ...(request.userNotes ?? []).map((n) => n.text)]
    const asks = request.section === 'variance' && notes.length === 0
    const text =
      this.texts[request.section] ??
      (request.section === 'problems'
        ? PROBLEMS_TEXT
        : request.section === 'measures'
          ? MEASURES_TEXT
          : asks
            ? '综治、平安建设经费实际支出30.64万元，低于年初预算36万元，原因【待补充：差异原因】。'
            : `综治、平安建设经费实际支出30.64万元，低于年初预算36万元，主要原因是${notes.join('；')}。`)
    const half = Math.floor(text.length / 2)
    onDelta?.(text.slice(0, half), 0)
    onDelta?.(text.slice(half), 0)
    return result(request, text, this.verify(text, request.analysis), asks ? [VARIANCE_QUESTION] : [])
  }
}

/** Waits until the request is aborted, then fails the way an engine would. */
export class HangingDrafter implements Drafter {
  readonly provider = 'template' as const
  aborted = false

  async draft(
    _r: DraftRequest,
    onDelta?: (d: string, round: number) => void,
    signal?: AbortSignal,
  ): Promise<DraftResult> {
    onDelta?.('正在', 0)
    return new Promise((_, reject) => {
      signal?.addEventListener('abort', () => {
        this.aborted = true
        reject(new DOMException('aborted', 'AbortError'))
      })
    })
  }
}

export class FailingDrafter implements Drafter {
  readonly provider = 'template' as const
  async draft(): Promise<DraftResult> {
    throw new Error('upstream 500 at /v1/chat/completions with key sk-secret')
  }
}

function result(request: DraftRequest, text: string, verification: Verification, questions: string[]): DraftResult {
  return {
    section: request.section,
    text,
    verification,
    repairRounds: 0,
    provider: 'template',
    model: 'template',
    promptHash: null,
    questions,
    // the review notes are the core's, so the stored draft carries what the product shows
    reviewNotes: reviewNotes(request.analysis),
    cleanup: [],
  }
}

export type { TableAnalysis }
