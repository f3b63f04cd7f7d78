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
      '综治、平安建设经费年初预算36万元，实际投入30.64万元，较预算减少5.36万元，预算执行率85.11%。主要原因是单位用其它资金弥补该项经费支出。',
    )
    expect(draftWithTemplate(a, 'variance', { row: 'P2.F0' }).text).toBe(
      '四型平安小区以奖代拨经费年初预算15万元，实际投入22.7万元，较预算超出7.7万元，预算执行率151.33%。主要原因是本年按文件要求对乡镇、社区的小区奖励经费支出。',
    )
  })

  it('writes a visible placeholder and asks, instead of inventing a cause', () => {
    const a = analyzeTable(projectTable({ funding: [{ source: '合计', budget: 50, actual: 40, reason: '' }] }))
    const d = draftWithTemplate(a, 'variance', { row: 'P1.F0' })
    expect(d.text).toContain('主要原因：【待补充：实际投入低于预算的原因】。')
    expect(d.questions).toEqual(['请说明综治、平安建设经费实际投入低于预算的原因。'])
  })

  it('groups the problems the seed department shows, with their numbers and stated causes', async () => {
    const d = draftWithTemplate(analyzeTable(await loadTableFile(DEPT)), 'problems')
    const [lead, ...items] = d.paragraphs
    expect(lead).toBe('通过对预算执行和绩效指标完成情况的分析，目前主要存在以下问题：')
    expect(items.map((p) => p.slice(0, 2))).toEqual(['一是', '二是', '三是', '四是', '五是'])
    expect(items[0]).toContain('预算执行率85.11%')
    expect(items[0]).toContain('其中财政拨款年初预算36万元，实际投入9.8万元，执行率27.22%')
    expect(items[0]).toContain('受疫情封控影响')
    // the label "本年财政实拨支出金额" is not a cause
    expect(items[0]).not.toContain('本年财政实拨支出金额')
    // the cost indicator's cause and the unit's note say the same: once, the fuller one, so the
    // indicator is not named as a source
    expect(items[0]).not.toContain('本年减少了对各乡镇、社区的维稳、综治等工作的补助经费支出')
    expect(items[0]).toContain('本年减少了对各乡镇、街道的维稳工作补助拨款')
    expect(items[0]).not.toContain('（见')
    expect(items[0]).toMatch(/^一是部分项目预算执行不到位/)
    expect(items[1]).toContain('超出预算7.7万元，预算执行率151.33%')
    // the unbudgeted other funds' cause explains the overspend: the sources theme first
    expect(items[1]).toContain('主要原因：一方面，财政返还市委政法委各项奖励经费支出；另一方面，本年按文件要求')
    expect(items[2]).toMatch(/^三是预算编制与资金核算衔接不够/)
    expect(items[2]).toContain('与合计实际投入30.64万元未能对应')
    expect(items[3]).toContain('“五星级小区评选”、“人民群众满意度”指标的实际完成值按指标值填写')
    expect(items[4]).toMatch(/^五是部门整体支出数据统计口径不够统一/)
    expect(d.text).not.toMatch(/需与决算数据核对|需对照会计账簿|进一步核实/)
    // the figures behind the inconsistencies are review notes, not report text
    expect(d.reviewNotes.map((n) => n.code)).toEqual(
      expect.arrayContaining(['YOY_INCONSISTENT', 'FUNDING_SUM_MISMATCH', 'REASON_NOT_CAUSE']),
    )
    expect(
      d.reviewNotes.find((n) => n.code === 'REASON_NOT_CAUSE' && n.message.includes('本年财政实拨支出金额'))?.message,
    ).toContain('是名称，不是产生差异的原因')
  })

  it('answers each problem with a measure', async () => {
    const a = analyzeTable(await loadTableFile(DEPT))
    const d = draftWithTemplate(a, 'measures')
    expect(d.paragraphs[0]).toBe('针对上述存在的问题，拟采取以下改进措施：')
    expect(d.paragraphs.slice(1).map((p) => p.slice(0, 3))).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）'])
    expect(d.paragraphs[1]).toMatch(/^（一）科学编制项目预算，加快预算执行进度/)
    expect(d.paragraphs[2]).toMatch(/^（二）严格执行预算，规范预算调整程序/)
    expect(d.paragraphs[3]).toMatch(/^（三）规范资金来源核算/)
    expect(d.paragraphs[4]).toMatch(/^（四）规范绩效指标完成值的计量和记录。对“人民群众满意度”、“五星级小区评选”指标/)
    expect(d.paragraphs[5]).toMatch(/^（五）加强部门整体支出数据的统计与衔接/)
  })

  // Deterministic means the same text in every run, not twice in one process: each section is
  // compared with its stored text (update on purpose with `vitest -u`, and read the diff).
  it.each(['variance', 'problems', 'measures'] as const)(
    'writes the stored %s text for the seed department',
    async (section) => {
      const a = analyzeTable(await loadTableFile(DEPT))
      await expect(`${draftWithTemplate(a, section).text}\n`).toMatchFileSnapshot(
        `./__snapshots__/template-${section}.md`,
      )
    },
  )

  it('never writes the manager or the phone', async () => {
    const a = analyzeTable(await loadTableFile(DEPT))
    const all = (['variance', 'problems', 'measures'] as const).map((s) => draftWithTemplate(a, s).text).join('\n')
    expect(all).not.toMatch(/刘雄|13875709408/)
  })
})
