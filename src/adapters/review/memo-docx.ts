// The review memo (审核意见) as a Word document: the report's tables, the summary of its numbers,
// and one row per finding — paragraph, sentence, the number, what the data says and from which
// cell or formula.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import { CODE_ZH, findingData } from '../../app/review/finding-note.ts'
import type { ReviewResult, ReviewSegment } from '../../app/review/review-types.ts'

const cell = (text: string, bold = false) =>
  new TableCell({
    children: text.split('\n').map((t) => new Paragraph({ children: [new TextRun({ text: t, bold })] })),
  })

/** "（对照表2）": the table the finding's stretch of the paragraph was checked against. */
function against(r: ReviewResult, segments: readonly ReviewSegment[], at: number): string {
  const seg = segments.find((x) => x.start <= at && at < x.end) ?? segments[0]
  return seg && r.tables.length > 1 ? `（对照表${seg.table + 1}）` : ''
}

export async function memoDocx(fileName: string, r: ReviewResult): Promise<Uint8Array> {
  const s = r.summary
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: '绩效自评报告数字核对审核意见', heading: HeadingLevel.TITLE }),
    new Paragraph(`报告文件：${fileName}`),
    new Paragraph(`识别出的表格（${r.tableInfo.length} 张）：${r.tableInfo.map((t) => t.name).join('；') || '无'}`),
    new Paragraph(
      `核对结果：正文 ${s.paragraphs} 段，共 ${s.numbers} 个数字，其中与数据相符 ${s.verified} 个，与数据不符 ${s.mismatch} 个，数据中没有 ${s.unsupported} 个，非数据 ${s.ignored} 个；错误 ${s.errors} 处，提示 ${s.warnings} 处。`,
    ),
    new Paragraph({ text: '一、发现的问题', heading: HeadingLevel.HEADING_1 }),
  ]
  const rows = r.paragraphs.flatMap((p) => p.findings.map((f) => ({ p, f })))
  if (!rows.length) children.push(new Paragraph('未发现与数据不符的数字。'))
  else {
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            tableHeader: true,
            children: ['序号', '段落', '原文句子', '数字', '问题', '数据及来源'].map((t) => cell(t, true)),
          }),
          ...rows.map(
            ({ p, f }, i) =>
              new TableRow({
                children: [
                  cell(String(i + 1)),
                  cell(`第${p.index + 1}段${against(r, p.segments, f.start)}`),
                  cell(f.sentence),
                  cell(f.text),
                  cell(`${f.severity === 'error' ? '错误' : '提示'}·${CODE_ZH[f.code] ?? f.code}：${f.message}`),
                  cell(findingData(f) || '—'),
                ],
              }),
          ),
        ],
      }),
    )
  }
  if (r.warnings.length) {
    children.push(new Paragraph({ text: '二、表格本身的问题', heading: HeadingLevel.HEADING_1 }))
    for (const w of r.warnings) {
      const t = w.table !== null ? `表${w.table + 1}：` : ''
      children.push(new Paragraph(`${t}${w.message}`))
    }
  }
  const doc = new Document({ sections: [{ children }] })
  return new Uint8Array(await Packer.toBuffer(doc))
}
