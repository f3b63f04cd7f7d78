// The report assembled from the accepted sections, laid out as the seed report's sections 四 and
// 五, with the accepted variance explanations after them. A section that did not pass
// verification carries a visible 【待核实】 notice: a wrong number never leaves unmarked.
import type { TableAnalysis } from '../core/analyze.ts'
import type { DraftSection } from './ports.ts'
import type { ReportSection } from './store.ts'

export const REPORT_HEADINGS: Record<DraftSection, string> = {
  problems: '四、存在的问题及原因分析',
  measures: '五、下一步改进措施',
  variance: '附：产生差异的原因',
}

export type ReportBlock = {
  /** the row a variance explanation is about */
  subheading: string | null
  /** markdown */
  text: string
  /** the 【待核实】 notice, when the section did not pass verification */
  flag: string | null
}

export type ReportPart = { heading: string; blocks: ReportBlock[]; placeholder: string | null }

export type ReportDocument = { title: string; parts: ReportPart[] }

export function reportTitle(analysis: TableAnalysis): string {
  const t = analysis.table
  return t.kind === 'department-overall'
    ? `${t.unit}${t.year}年度部门整体支出绩效评价报告（节选）`
    : `${t.project}${t.year}年度绩效自评报告（节选）`
}

export function buildReport(title: string, sections: readonly ReportSection[]): ReportDocument {
  const of = (section: DraftSection) =>
    sections
      .filter((s) => s.section === section)
      .sort(
        (a, b) => (a.rowLabel ?? '').localeCompare(b.rowLabel ?? '', 'zh') || a.acceptedAt.localeCompare(b.acceptedAt),
      )
      .map((s) => ({
        subheading: section === 'variance' ? (s.rowLabel ?? '所有存在差异的行') : null,
        text: stripRepeatedHeading(s.text, section),
        flag: flagOf(s),
      }))
  const parts: ReportPart[] = (['problems', 'measures'] as const).map((section) => {
    const blocks = of(section)
    return {
      heading: REPORT_HEADINGS[section],
      blocks,
      placeholder: blocks.length ? null : '（尚未采纳本部分内容）',
    }
  })
  const variance = of('variance')
  if (variance.length) parts.push({ heading: REPORT_HEADINGS.variance, blocks: variance, placeholder: null })
  return { title, parts }
}

function flagOf(s: ReportSection): string | null {
  if (s.verification.ok) return null
  const errors = s.verification.findings.filter((f) => f.severity === 'error')
  if (!errors.length) return '【待核实】本节未通过数字核验，请核对后再使用。'
  return `【待核实】本节有 ${errors.length} 处未通过数字核验：${errors.map((f) => f.message).join('；')}`
}

/**
 * A draft that starts with its own section heading would print it twice. A heading has no
 * sentence punctuation: the lead sentence "针对上述存在的问题，拟采取以下改进措施：" names the
 * section too, and is kept (issue 13: the export dropped it).
 */
function stripRepeatedHeading(text: string, section: DraftSection): string {
  const lines = text.replace(/^\s+/, '').split('\n')
  const first =
    lines[0]
      ?.replace(/^[#\s]+/, '')
      .replace(/\*\*/g, '')
      .trim() ?? ''
  const key = section === 'problems' ? '存在的问题' : section === 'measures' ? '改进措施' : '差异的原因'
  const heading = first.length <= 20 && first.includes(key) && !/[，,。；;：:]/.test(first)
  return heading ? lines.slice(1).join('\n').trim() : text.trim()
}

/**
 * The report as Markdown. Text from tables, notes and drafts has its `&` and `<` escaped, so raw
 * HTML in a cell (`<img onerror=…>`, `<a href=…>`) reaches a Markdown viewer as text.
 */
export function reportToMarkdown(doc: ReportDocument): string {
  const out = [`# ${escapeHtmlText(doc.title)}`, '']
  for (const part of doc.parts) {
    out.push(`## ${part.heading}`, '')
    if (part.placeholder) out.push(part.placeholder, '')
    for (const b of part.blocks) {
      if (b.subheading) out.push(`### ${escapeHtmlText(b.subheading)}`, '')
      out.push(escapeHtmlText(b.text), '')
      if (b.flag) out.push(`> ${escapeHtmlText(b.flag)}`, '')
    }
  }
  return `${out.join('\n').trimEnd()}\n`
}

/** `&` and `<` as entities: no tag, comment or entity of the text's own survives. */
function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
}
