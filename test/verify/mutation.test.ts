// The mutation test: correct drafts written against the three sample files, one planted error at a
// time. Required: every changed digit and unit slip caught, at least 90% of swaps and direction
// flips, and no false alarm on the correct drafts. The table is printed when the test runs.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { verifyDraft } from '../../src/core/verify.ts'
import { sample, type SAMPLES } from './helpers.ts'
import { caught, mutants, type MutationKind } from './mutations.ts'

const DRAFTS: ReadonlyArray<readonly [keyof typeof SAMPLES, string]> = [
  ['zongzhi', 'zongzhi-2022.md'],
  ['zongzhi', 'zongzhi-2022-variance.md'],
  ['sixing', 'sixing-xiaoqu-2022.md'],
  ['sixing', 'sixing-xiaoqu-2022-variance.md'],
  ['department', 'nanyue-zhengfawei-2022.md'],
  ['department', 'nanyue-zhengfawei-2022-variance.md'],
]

const KINDS: Record<MutationKind, string> = {
  digit: 'changed digit',
  unit: '万元 written as 元',
  swap: "another fact's number, same unit",
  direction: 'flipped direction word',
}

/** Pads to a terminal width (CJK characters take two columns). */
const pad = (s: string, width: number) =>
  s + ' '.repeat(Math.max(0, width - [...s].reduce((w, c) => w + (c > '\u2e80' ? 2 : 1), 0)))

describe('the mutation test', () => {
  it('catches planted errors and raises no false alarm on the correct drafts', async () => {
    const tally = new Map<MutationKind, { caught: number; total: number; missed: string[] }>()
    const falseAlarms: string[] = []
    let numbers = 0
    for (const [table, file] of DRAFTS) {
      const analysis = await sample(table)
      const draft = readFileSync(`test/fixtures/drafts/${file}`, 'utf8')
      const base = verifyDraft(draft, analysis)
      for (const f of base.findings) falseAlarms.push(`${file}: ${f.code} ${f.message}`)
      numbers += base.mentions.filter((m) => m.status === 'verified').length
      for (const m of mutants(draft, analysis, base)) {
        const t = tally.get(m.kind) ?? tally.set(m.kind, { caught: 0, total: 0, missed: [] }).get(m.kind)!
        t.total++
        if (caught(m, analysis)) t.caught++
        else t.missed.push(`${file}: ${m.what}`)
      }
    }
    const rate = (k: MutationKind) => (tally.get(k)!.caught / tally.get(k)!.total) * 100
    const rows = (Object.keys(KINDS) as MutationKind[]).map((k) => {
      const t = tally.get(k)!
      return `| ${pad(KINDS[k], 36)} | ${String(t.caught).padStart(6)} | ${String(t.total).padStart(6)} | ${rate(k).toFixed(1).padStart(6)}% |`
    })
    console.log(
      [
        `Mutation test: ${DRAFTS.length} correct drafts, ${numbers} verified numbers`,
        `| ${'planted error'.padEnd(36)} | caught |  total |    rate |`,
        `|${'-'.repeat(38)}|--------|--------|---------|`,
        ...rows,
        `false alarms on the correct drafts: ${falseAlarms.length}`,
        ...[...tally.values()].flatMap((t) => t.missed).map((m) => `  missed: ${m}`),
      ].join('\n'),
    )
    expect(falseAlarms).toEqual([])
    expect(numbers).toBeGreaterThan(150)
    expect(tally.get('digit')!.missed).toEqual([])
    expect(tally.get('unit')!.missed).toEqual([])
    expect(rate('swap')).toBeGreaterThanOrEqual(90)
    expect(rate('direction')).toBeGreaterThanOrEqual(90)
    expect(tally.get('direction')!.total).toBeGreaterThanOrEqual(20)
  }, 120_000)
})
