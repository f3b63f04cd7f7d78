// Notes the template engine takes as causes beyond the reason cells: a department's own note that
// names a row (issue 13), and a cause the user gave in the chat for no row, which the measures
// answer as well as the problems (issue 11).
import { describe, expect, it } from 'vitest'
import { loadTableFile } from '../../src/adapters/fs-table-source.ts'
import { analyzeTable } from '../../src/core/analyze.ts'
import type { DepartmentTable } from '../../src/core/table.ts'
import { draftWithTemplate } from '../../src/core/template-draft/index.ts'
import type { UserNote } from '../../src/core/user-notes.ts'
import { verifyDraft } from '../../src/core/verify.ts'
import { projectTable } from '../core/table-builders.ts'
import { SEED_DEPARTMENT } from '../fixtures/seed-analysis.ts'

/** The seed department with 综治、平安建设经费's reason cells left empty, and `notes` as its own. */
async function departmentWithNotes(notes: string[]) {
  const t = (await loadTableFile(SEED_DEPARTMENT)) as DepartmentTable
  const zongzhi = t.projectExpenditure.lines[0]!.project!
  for (const row of [...zongzhi.funding, ...zongzhi.indicators]) row.reason = ''
  t.notes = [...t.notes, ...notes]
  return analyzeTable(t)
}

describe('a department note that names a row', () => {
  const NOTE = '综治、平安建设工作经费执行率偏低，主要是部分维稳工作补助未能及时拨付'

  it('is the cause of that project’s funding rows, with where it is written', async () => {
    const a = await departmentWithNotes([NOTE])
    const d = draftWithTemplate(a, 'variance', { row: 'P1.F1' })
    expect(d.text).toBe(
      `综治、平安建设经费“财政拨款”年初预算36万元，实际投入9.8万元，较预算减少26.2万元，预算执行率27.22%。主要原因是${NOTE}（见部门整体支出中单位的说明）。`,
    )
    expect(d.questions).toEqual([])
    expect(verifyDraft(d.text, a).findings).toEqual([])
  })

  it('leaves a row it does not name to its placeholder and question', async () => {
    const a = await departmentWithNotes([NOTE])
    const d = draftWithTemplate(a, 'variance', { row: 'P1.I7' })
    expect(d.text).not.toContain(NOTE)
    // the seed's own notes name no row: the same row without the note asks as before
    const without = draftWithTemplate(await departmentWithNotes([]), 'variance', { row: 'P1.F1' })
    expect(without.text).toContain('【待补充：')
    expect(without.questions).toHaveLength(1)
  })

  it('names an indicator by its name', async () => {
    const note = '人民群众满意度调查因疫情未能开展'
    const a = await departmentWithNotes([note])
    expect(draftWithTemplate(a, 'variance', { row: 'P1.I7' }).text).toContain(
      `主要原因是${note}（见部门整体支出中单位的说明）。`,
    )
  })
})

describe('a cause the user gave for no row', () => {
  const cause = (text: string, row: string | null = null): UserNote => ({ text, kind: 'cause', row })

  it('gets a measure of its own, after the problems’ measures, marked as the user’s', async () => {
    const a = analyzeTable(await loadTableFile(SEED_DEPARTMENT))
    const d = draftWithTemplate(a, 'measures', { userNotes: [cause('部分乡镇维稳工作任务调整')] })
    expect(d.paragraphs).toHaveLength(7)
    expect(d.paragraphs[6]).toBe(
      '（六）针对用户说明的“部分乡镇维稳工作任务调整”的情况，根据工作任务和政策要求合理安排工作和支出，任务调整时及时调整绩效目标和预算。',
    )
  })

  it('is answered where the table shows no problem, and only once where a row’s measure answers it', () => {
    const clean = analyzeTable(
      projectTable({ funding: [{ source: '合计', budget: 36, actual: 36, reason: '' }], indicators: [] }),
    )
    expect(draftWithTemplate(clean, 'measures', { userNotes: [cause('采购延期')] }).paragraphs).toEqual([
      '继续加强预算执行管理和绩效目标管理，保持预算执行和绩效指标完成的良好水平。',
      '同时，针对用户说明的“采购延期”的情况，加强项目实施进度和合同履约管理，及时组织验收结算，按合同约定的时限办理资金支付。',
    ])
    const low = analyzeTable(projectTable({ funding: [{ source: '合计', budget: 36, actual: 30, reason: '' }] }))
    const both = draftWithTemplate(low, 'measures', { userNotes: [cause('采购延期', 'P1.F0'), cause('采购延期')] })
    expect(both.text.match(/采购延期/g)).toHaveLength(1)
    expect(both.text).not.toContain('用户说明')
  })
})
