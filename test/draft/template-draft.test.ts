import { describe, expect, it } from 'vitest'
import { loadTableFile } from '../../src/adapters/fs-table-source.ts'
import { analyzeTable } from '../../src/core/analyze.ts'
import { draftWithTemplate } from '../../src/core/template-draft/index.ts'
import { projectTable } from '../core/table-builders.ts'

const DEPT = 'data/samples/nanyue-zhengfawei-2022-department.json'

describe('the template engine', () => {
  it('explains a funding row with its budget, actual, difference, rate and stated cause', async () => {
    const a = analyzeTable(await loadTableFile(DEPT))
    expect(draftWithTemplate(a, 'variance', { row: 'P1.F0' }).text).toBe(
      '综治、平安建设经费“合计”年初预算36万元，实际投入30.64万元，较预算减少5.36万元，预算执行率85.11%。产生差异的原因：单位用其它资金弥补该项经费支出。',
    )
    expect(draftWithTemplate(a, 'variance', { row: 'P2.F0' }).text).toBe(
      '四型平安小区以奖代拨经费“合计”年初预算15万元，实际投入22.7万元，较预算超出7.7万元，预算执行率151.33%。产生差异的原因：本年按文件要求对乡镇、社区的小区奖励经费支出。',
    )
  })

  it('writes a visible placeholder and asks, instead of inventing a cause', () => {
    const a = analyzeTable(projectTable({ funding: [{ source: '合计', budget: 50, actual: 40, reason: '' }] }))
    const d = draftWithTemplate(a, 'variance', { row: 'P1.F0' })
    expect(d.text).toContain('产生差异的原因：【待补充：综治、平安建设经费“合计”实际投入低于预算的原因】。')
    expect(d.questions).toEqual(['请说明综治、平安建设经费“合计”实际投入低于预算的原因。'])
  })

  it('groups the problems the seed department shows, with their numbers and stated causes', async () => {
    const d = draftWithTemplate(analyzeTable(await loadTableFile(DEPT)), 'problems')
    const [lead, ...items] = d.paragraphs
    expect(lead).toBe('通过对预算执行和绩效指标完成情况的分析，目前主要存在以下问题：')
    expect(items.map((p) => p.slice(0, 2))).toEqual(['一是', '二是', '三是', '四是', '五是'])
    expect(items[0]).toContain('预算执行率85.11%')
    expect(items[0]).toContain('执行率仅27.22%')
    expect(items[0]).toContain('受疫情封控影响')
    expect(items[1]).toContain('超出预算7.7万元，预算执行率151.33%')
    expect(items[2]).toContain('各来源之和为19.8万元，与“合计”实际投入30.64万元相差10.84万元')
    expect(items[3]).toContain('“人民群众满意度”实际完成值填写为“≥95%”')
    expect(items[4]).toContain('按此推算基本支出应较上年增加约22.91万元，而报告填报为较上年减少3.9万元')
  })

  it('answers each problem with a measure', async () => {
    const a = analyzeTable(await loadTableFile(DEPT))
    const d = draftWithTemplate(a, 'measures')
    expect(d.paragraphs.slice(1).map((p) => p.slice(0, 3))).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）'])
    expect(d.paragraphs[2]).toContain('四型平安小区以奖代拨经费')
  })

  // Deterministic means the same text in every run, not twice in one process: each section is
  // compared with its stored text (update on purpose with `vitest -u`, and read the diff).
  it.each(['variance', 'problems', 'measures'] as const)('writes the stored %s text for the seed department', async (section) => {
    const a = analyzeTable(await loadTableFile(DEPT))
    await expect(`${draftWithTemplate(a, section).text}\n`).toMatchFileSnapshot(`./__snapshots__/template-${section}.md`)
  })

  it('never writes the manager or the phone', async () => {
    const a = analyzeTable(await loadTableFile(DEPT))
    const all = (['variance', 'problems', 'measures'] as const).map((s) => draftWithTemplate(a, s).text).join('\n')
    expect(all).not.toMatch(/刘雄|13875709408/)
  })
})
