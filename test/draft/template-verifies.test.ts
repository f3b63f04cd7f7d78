import { describe, expect, it } from 'vitest'
import { loadTableFile } from '../../src/adapters/fs-table-source.ts'
import { analyzeTable } from '../../src/core/analyze.ts'
import { draftWithTemplate } from '../../src/core/template-draft/index.ts'
import { verifyDraft } from '../../src/core/verify.ts'
import { indicator, projectTable } from '../core/table-builders.ts'
import { zongzhiWithoutReasons } from '../fixtures/seed-analysis.ts'

const SAMPLES = ['nanyue-zhengfawei-2022-department.json', 'zongzhi-2022.json', 'sixing-xiaoqu-2022.json']

describe('every template draft verifies against its own data', () => {
  it.each(SAMPLES.flatMap((f) => (['variance', 'problems', 'measures'] as const).map((s) => [f, s] as const)))(
    '%s · %s',
    async (file, section) => {
      const a = analyzeTable(await loadTableFile(`data/samples/${file}`))
      const v = verifyDraft(draftWithTemplate(a, section).text, a)
      expect(v.findings).toEqual([])
      expect(v.ok).toBe(true)
    },
  )

  it('also for tables with unmet indicators, unbudgeted money and missing reasons', () => {
    const t = projectTable({
      funding: [
        { source: '合计', budget: 120, actual: 96.5, reason: '' },
        { source: '财政拨款', budget: 100, actual: 80.5, reason: '部分工程延期至下年实施' },
        { source: '上年结转', budget: 20, actual: 16, reason: '' },
      ],
      indicators: [
        indicator('≥12次', '9次', { reason: '受疫情影响部分培训取消' }),
        indicator('≤5天', '7天', { level2: '时效指标' }),
        indicator('≤100万元', '96.5万元', { level2: '成本指标' }),
        indicator('效果明显', '基本完成', { level1: '效益指标', level2: '社会效益指标' }),
      ],
    })
    const a = analyzeTable(t)
    for (const section of ['variance', 'problems', 'measures'] as const) {
      const d = draftWithTemplate(a, section)
      expect({ section, findings: verifyDraft(d.text, a).findings }).toEqual({ section, findings: [] })
    }
    expect(draftWithTemplate(a, 'variance').questions.length).toBeGreaterThan(0)
  })
})

describe('estimates derived from a percentage', () => {
  it('verify only where the sentence says they are estimates', async () => {
    const a = analyzeTable(await loadTableFile(`data/samples/${SAMPLES[0]}`))
    const said = verifyDraft('按此推算，基本支出应较上年增加约22.91万元。', a)
    expect(said.mentions.map((m) => [m.text, m.status, m.factIds])).toEqual([
      ['约22.91万元', 'verified', ['D.B.impliedChange']],
    ])
    const unsaid = verifyDraft('基本支出较上年增加22.91万元。', a)
    expect(unsaid.ok).toBe(false)
    expect(unsaid.mentions[0]!.status).not.toBe('verified')
  })
})

describe('the measures answer a cause the user gave for a row', () => {
  it('a shortfall whose cause the user gave gets a measure for that cause, and still verifies', async () => {
    const a = await zongzhiWithoutReasons()
    const cause = '工程已完工，剩余质保金尾款未支付'
    const userNotes = [{ text: cause, kind: 'cause' as const, row: 'P1.F0' }]
    const before = draftWithTemplate(a, 'measures')
    const after = draftWithTemplate(a, 'measures', { userNotes })
    expect(before.text).not.toContain('质保金')
    const low = after.paragraphs.find((p) => p.includes('加快预算执行进度'))!
    expect(low).toContain(
      `针对“${cause}”的情况，加强项目实施进度和合同履约管理，及时组织验收结算，按合同约定的时限办理资金支付。`,
    )
    // nothing else changes, and no number is added
    expect(after.text.replace(/针对“[^”]*”的情况，[^。]*。/g, '')).toBe(before.text)
    const v = verifyDraft(after.text, a, { notes: [cause] })
    expect(v.findings).toEqual([])
    expect(v.ok).toBe(true)
  })

  it('an unmet indicator’s cause with a figure: the figure is the user’s, verified from the note', () => {
    const t = projectTable({
      funding: [{ source: '合计', budget: 120, actual: 120, reason: '' }],
      indicators: [indicator('≥12次', '9次')],
    })
    const a = analyzeTable(t)
    const cause = '受疫情影响3次培训取消'
    const d = draftWithTemplate(a, 'measures', { userNotes: [{ text: cause, kind: 'cause', row: 'P1.I0' }] })
    expect(d.text).toContain(`针对“${cause}”的情况，提前研判疫情、天气等客观因素的影响`)
    const v = verifyDraft(d.text, a, { notes: [cause] })
    expect(v.findings).toEqual([])
    expect(v.ok).toBe(true)
  })
})
