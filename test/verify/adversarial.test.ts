// Random and adversarial text never makes the verifier throw, every span points into the draft,
// and long one-sentence drafts stay linear (timings are in `npm run bench`, not asserted here).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { verifyDraft } from '../../src/core/verify.ts'
import { sample } from './helpers.ts'

const PIECES = [
  '1',
  '0',
  '36',
  '30.64',
  '85.11',
  '1,000',
  '万',
  '亿',
  '元',
  '万元',
  '%',
  '个百分点',
  '倍',
  '分',
  '项',
  '个',
  '人',
  '三十六',
  '百分之九十五',
  '两',
  '一是',
  '（一）',
  '2022年',
  '较上年',
  '增加',
  '减少',
  '比',
  '占',
  '的',
  '合计',
  '共',
  '预算',
  '年初预算',
  '全年预算',
  '实际投入',
  '执行率',
  '未执行比例',
  '人均',
  '扣',
  '=',
  '+',
  '÷',
  '（',
  '）',
  '(',
  ')',
  '，',
  '。',
  '；',
  '、',
  '\n',
  '**',
  '*',
  '|',
  '---',
  '【待补充：',
  '】',
  '[P1.F0.rate]',
  '“',
  '”',
  '财政拨款',
  '其他资金',
  '人员经费',
  '基本支出',
  '综治、平安建设经费',
  '满分',
  '分别为',
  '和',
  '约',
  '余',
  '以上',
  '力争',
  '𝟗',
  '٣',
  '　',
]

describe('no way past the verifier (issue 10, finding 1)', () => {
  // the zongzhi table: 年初预算 36万元, execution rate 85.11%
  it.each([
    '年初预算为【999万元】。',
    '年初预算为玖佰玖拾玖万元。',
    '年初预算为壹仟万元。',
    '预算执行率为百分之百。',
    '预算执行率为百分百。',
    '预算执行率为١٠٠%。',
    '年初预算为𝟗𝟗𝟗万元。',
    '年初预算为RMB999万元。',
    '年初预算为￥999万元。',
    '年初预算为人民币999万元。',
    '年初预算为(999)万元。',
  ])('flags %s', async (text) => {
    const v = verifyDraft(text, await sample('zongzhi'))
    expect(v.ok).toBe(false)
    const flagged = v.findings.find((f) => f.severity === 'error')!
    // the finding points at the number as written, whatever its script
    expect(text.slice(flagged.start, flagged.end)).toMatch(/999|壹仟|玖|百分之?百|١٠٠|𝟗/)
  })

  it('reads formal numerals and leaves the engine’s own placeholders alone', async () => {
    const a = await sample('zongzhi')
    expect(verifyDraft('年初预算为叁拾陆万元整。', a).mentions.map((m) => `${m.text} ${m.status}`)).toEqual([
      '叁拾陆万元 verified',
    ])
    expect(verifyDraft('年初预算三十六万元，差异原因【待补充：原因999万元】。', a).ok).toBe(true)
  })
})

describe('the verifier on adversarial text', () => {
  it('never throws and keeps every span inside the draft', async () => {
    const analyses = [await sample('zongzhi'), await sample('department')]
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }),
        fc.string({ maxLength: 40 }),
        (parts, noise) => {
          const text = parts.join('') + noise
          for (const a of analyses) {
            const v = verifyDraft(text, a)
            for (const x of [...v.mentions, ...v.findings]) {
              expect(x.start).toBeGreaterThanOrEqual(0)
              expect(x.end).toBeLessThanOrEqual(text.length)
              expect(x.start).toBeLessThanOrEqual(x.end)
            }
            expect(v.ok).toBe(!v.findings.some((f) => f.severity === 'error'))
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('reads a 50,000-character draft of one sentence to the end', async () => {
    const a = await sample('department')
    const v = verifyDraft('1000年7万'.repeat(7142), a)
    expect(v.mentions.length).toBe(14284)
    const w = verifyDraft('分别为1%和2%'.repeat(6000), a)
    expect(w.mentions.length).toBe(12000)
  })
})

describe('the cause check on adversarial text', () => {
  it('judges at most 50 causes a sentence, however many markers it has', async () => {
    const { checkCauses } = await import('../../src/core/cause-check.ts')
    const findings = checkCauses('受疫情影响导致'.repeat(7000), { notes: ['财政收入下降'] })
    expect(findings.length).toBe(50)
    expect(findings.every((f) => f.code === 'CAUSE_NOT_IN_DATA')).toBe(true)
  })
})
