// The export keeps each section's lead sentence: "针对上述存在的问题，拟采取以下改进措施：" names the
// section, but it is a sentence, not a heading to drop (issue 13: the export dropped it).
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { reportToDocx } from '../../src/adapters/export/report-docx.ts'
import { loadTableFile } from '../../src/adapters/fs-table-source.ts'
import { buildReport, reportToMarkdown } from '../../src/app/report.ts'
import type { ReportSection } from '../../src/app/store.ts'
import { analyzeTable } from '../../src/core/analyze.ts'
import { draftWithTemplate, MEASURES_LEAD, PROBLEMS_LEAD } from '../../src/core/template-draft/index.ts'
import { verificationOf } from '../../src/core/verification.ts'
import { verifyDraft } from '../../src/core/verify.ts'

async function acceptedSections(): Promise<ReportSection[]> {
  const a = analyzeTable(await loadTableFile('data/samples/nanyue-zhengfawei-2022-department.json'))
  return (['problems', 'measures'] as const).map((section, i) => {
    const text = draftWithTemplate(a, section).text
    const verification = verifyDraft(text, a)
    return {
      id: `s${i}`,
      tableId: 't1',
      section,
      row: null,
      rowLabel: null,
      draftId: `d${i}`,
      text,
      verification,
      provider: 'template',
      model: 'template',
      promptHash: null,
      acceptedAt: `2026-01-0${i + 1}T00:00:00Z`,
    }
  })
}

describe('the exported report', () => {
  it('keeps the lead sentence of the problems and the measures in Markdown', async () => {
    const md = reportToMarkdown(buildReport('报告', await acceptedSections()))
    expect(md).toContain(`## 四、存在的问题及原因分析\n\n${PROBLEMS_LEAD}\n\n一是`)
    expect(md).toContain(`## 五、下一步改进措施\n\n${MEASURES_LEAD}\n\n（一）`)
  })

  it('keeps them in the Word file too', async () => {
    const docx = await reportToDocx(buildReport('报告', await acceptedSections()))
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string')
    expect(xml).toContain(MEASURES_LEAD)
    expect(xml).toContain(PROBLEMS_LEAD)
  })

  it('still drops a heading the draft repeats', () => {
    const text = '## 下一步改进措施\n\n（一）科学编制项目预算。'
    const section = { section: 'measures', text, verification: verificationOf([], []) } as ReportSection
    const md = reportToMarkdown(buildReport('报告', [{ ...section, rowLabel: null, acceptedAt: '' }]))
    expect(md.match(/下一步改进措施/g)).toHaveLength(1)
  })
})
