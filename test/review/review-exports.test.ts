// The review's exports: the memo (.docx) with a row per finding, and the original .docx with a
// Word comment anchored at each flagged number, its text and formatting otherwise untouched.
import JSZip from 'jszip'
import { XMLValidator } from 'fast-xml-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { commentedDocx } from '../../src/adapters/review/commented-docx.ts'
import { memoDocx } from '../../src/adapters/review/memo-docx.ts'
import { reviewBytes } from '../../src/adapters/review/review-file.ts'
import type { ReviewResult } from '../../src/app/review/review-types.ts'
import { verifyDraft } from '../../src/core/verify.ts'
import { correctNarrative, PLANTS, plant, reportDocx } from './report-fixture.ts'

const review = (bytes: Uint8Array) =>
  reviewBytes({ fileName: 'report.docx', bytes }, { verify: verifyDraft }).then((r) => r.result)

const plainText = (xml: string) =>
  xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

let original: Uint8Array
let result: ReviewResult
let zip: JSZip
let documentXml: string
let commentsXml: string

beforeAll(async () => {
  // a fourth finding in a bold run, split across two runs, to test anchoring inside formatting
  original = await reportDocx(plant(correctNarrative(), PLANTS))
  const z = await JSZip.loadAsync(original)
  const xml = await z.file('word/document.xml')!.async('string')
  z.file(
    'word/document.xml',
    xml.replace(
      '<w:r><w:t xml:space="preserve">以上为本单位2022年度项目支出绩效自评情况，请予审核。</w:t></w:r>',
      '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">以上为本单位2022年度项目支出绩效自评情况，涉及资金5</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">8.3万元，请予审核。</w:t></w:r>',
    ),
  )
  original = await z.generateAsync({ type: 'uint8array' })
  result = await review(original)
  zip = await JSZip.loadAsync(await commentedDocx(original, result))
  documentXml = await zip.file('word/document.xml')!.async('string')
  commentsXml = await zip.file('word/comments.xml')!.async('string')
})

describe('the original .docx with comments', () => {
  it('has one comment per finding, each anchored at the words it is about', () => {
    const findings = result.paragraphs.flatMap((p) => p.findings)
    expect(findings.map((f) => f.text)).toEqual(['30.46万元', '58.11%', '低于年初预算7.7万元', '58.3万元'])
    expect(commentsXml.match(/<w:comment /g)).toHaveLength(4)
    findings.forEach((f, id) => {
      const anchored = new RegExp(
        `<w:commentRangeStart w:id="${id}"/>(.*?)<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`,
      ).exec(documentXml)
      expect(anchored, f.text).not.toBeNull()
      expect(plainText(anchored![1]!)).toBe(f.text)
    })
    expect(commentsXml).toContain('数字与数据不符：实际投入应为30.64万元')
    expect(commentsXml).toContain('数据：综治、平安建设经费·合计·实际投入 = 30.64万元（资金情况·合计·实际投入）')
    expect(commentsXml).toContain('w:author="jixiao 数字核对"')
  })

  it('is a valid Word package: well-formed XML, the comments part declared and related', async () => {
    for (const part of [
      'word/document.xml',
      'word/comments.xml',
      '[Content_Types].xml',
      'word/_rels/document.xml.rels',
    ]) {
      expect(XMLValidator.validate(await zip.file(part)!.async('string')), part).toBe(true)
    }
    const overrides = (await zip.file('[Content_Types].xml')!.async('string')).match(/<Override [^>]*>/g)!
    expect(
      overrides.filter(
        (o) =>
          o.includes('PartName="/word/comments.xml"') &&
          o.includes('ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"'),
      ),
    ).toHaveLength(1)
    expect(await zip.file('word/_rels/document.xml.rels')!.async('string')).toMatch(
      /Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/comments" Target="comments.xml"/,
    )
  })

  it('keeps the text and the formatting: split runs keep their properties, and a review reads the same', async () => {
    // the bold/italic runs around 58.3万元 are split, each half keeping its own rPr
    expect(documentXml).toContain(
      '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">以上为本单位2022年度项目支出绩效自评情况，涉及资金</w:t></w:r><w:commentRangeStart w:id="3"/><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">5</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">8.3万元</w:t></w:r><w:commentRangeEnd w:id="3"/>',
    )
    const again = await review(await zip.generateAsync({ type: 'uint8array' }))
    expect(again.tables).toStrictEqual(result.tables)
    expect(again.paragraphs.map((p) => p.text)).toEqual(result.paragraphs.map((p) => p.text))
    expect(again.summary).toStrictEqual(result.summary)
    // apart from the comment markup, the document is the original one
    const stripped = documentXml
      .replace(/<w:commentRange(Start|End) w:id="\d+"\/>/g, '')
      .replace(/<w:r><w:commentReference w:id="\d+"\/><\/w:r>/g, '')
    const originalXml = await (await JSZip.loadAsync(original)).file('word/document.xml')!.async('string')
    expect(plainText(stripped)).toBe(plainText(originalXml))
  })

  it('reads numeric character references as the characters they stand for, and keeps them so', async () => {
    const z = await JSZip.loadAsync(original)
    const xml = await z.file('word/document.xml')!.async('string')
    z.file('word/document.xml', xml.replace('全年实际投入30.46万元', '全年&#23454;际投入30.46&#x4E07;元'))
    const bytes = await z.generateAsync({ type: 'uint8array' })
    const r = await review(bytes)
    expect(r.paragraphs.map((p) => p.text)).toEqual(result.paragraphs.map((p) => p.text))
    expect(r.paragraphs.flatMap((p) => p.findings).map((f) => f.text)).toEqual(
      result.paragraphs.flatMap((p) => p.findings).map((f) => f.text),
    )
    const out = await (await JSZip.loadAsync(await commentedDocx(bytes, r))).file('word/document.xml')!.async('string')
    expect(out).not.toContain('&amp;#')
    expect(out).toContain(
      '<w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">30.46万元</w:t></w:r><w:commentRangeEnd w:id="0"/>',
    )
  })

  it('anchors a comment inside a table that is not a form', async () => {
    const z = await JSZip.loadAsync(await reportDocx())
    const xml = await z.file('word/document.xml')!.async('string')
    const cell =
      '<w:tc><w:p><w:r><w:t xml:space="preserve">四型平安小区以奖代拨经费实际投入27.2万元。</w:t></w:r></w:p></w:tc>'
    z.file('word/document.xml', xml.replace('<w:sectPr', `<w:tbl><w:tr>${cell}</w:tr></w:tbl><w:sectPr`))
    const bytes = await z.generateAsync({ type: 'uint8array' })
    const r = await review(bytes)
    const out = await (await JSZip.loadAsync(await commentedDocx(bytes, r))).file('word/document.xml')!.async('string')
    expect(out).toContain(
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t xml:space="preserve">四型平安小区以奖代拨经费实际投入</w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">27.2万元</w:t></w:r><w:commentRangeEnd w:id="0"/>',
    )
  })

  it('declares the comments part of a document that had none', async () => {
    const z = await JSZip.loadAsync(original)
    z.remove('word/comments.xml')
    z.remove('word/_rels/comments.xml.rels')
    const types = await z.file('[Content_Types].xml')!.async('string')
    z.file('[Content_Types].xml', types.replace(/<Override [^>]*comments\+xml[^>]*\/>/, ''))
    const rels = await z.file('word/_rels/document.xml.rels')!.async('string')
    z.file('word/_rels/document.xml.rels', rels.replace(/<Relationship [^>]*relationships\/comments"[^>]*\/>/, ''))
    const bare = await z.generateAsync({ type: 'uint8array' })
    const out = await JSZip.loadAsync(await commentedDocx(bare, result))
    expect(await out.file('[Content_Types].xml')!.async('string')).toContain(
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>',
    )
    expect(await out.file('word/_rels/document.xml.rels')!.async('string')).toContain(
      '<Relationship Id="rIdJixiaoComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>',
    )
    expect((await out.file('word/comments.xml')!.async('string')).match(/<w:comment /g)).toHaveLength(4)
  })

  it("appends to a document's own comments with new ids", async () => {
    const again = await commentedDocx(await zip.generateAsync({ type: 'uint8array' }), result)
    const xml = await (await JSZip.loadAsync(again)).file('word/comments.xml')!.async('string')
    expect([...xml.matchAll(/<w:comment w:id="(\d+)"/g)].map((m) => m[1])).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ])
  })
})

describe('the memo', () => {
  it('lists each finding with its paragraph, sentence, number, and what the data says with its source', async () => {
    const memo = await JSZip.loadAsync(await memoDocx('report.docx', result))
    const text = plainText(await memo.file('word/document.xml')!.async('string'))
    expect(text).toContain('绩效自评报告数字核对审核意见')
    expect(text).toContain('共 ')
    expect(text).toContain('与数据不符 3 个，数据中没有 1 个')
    expect(text).toContain('全年实际投入30.46万元')
    expect(text).toContain(
      '综治、平安建设经费·合计·预算执行率 = 85.11%（实际投入 ÷ 年初预算 × 100%：30.64 ÷ 36 × 100%）',
    )
    expect(text).toContain('错误·增减方向与数据相反')
    expect(text).toContain('错误·数据中没有这个数字')
    expect(text).toContain('资金来源之和与合计不符')
  })

  it('says so when nothing was found', async () => {
    const clean = await review(await reportDocx())
    const memo = await JSZip.loadAsync(await memoDocx('report.docx', clean))
    expect(plainText(await memo.file('word/document.xml')!.async('string'))).toContain('未发现与数据不符的数字。')
  })
})
