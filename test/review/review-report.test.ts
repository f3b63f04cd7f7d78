// Review of a finished report (issue 12): the tables recognised, every narrative paragraph
// checked against the table it is about, planted errors raised exactly where they were planted.
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { reviewBytes } from '../../src/adapters/review/review-file.ts'
import { InputError } from '../../src/core/input-error.ts'
import { verifyDraft } from '../../src/core/verify.ts'
import { seedText, seedTables, utf8 } from '../import/fixtures.ts'
import {
  CLOSING,
  PLANTS,
  TITLE,
  correctNarrative,
  plant,
  reportDocx,
  sixingNarrative,
  zongzhiNarrative,
} from './report-fixture.ts'

const review = (bytes: Uint8Array, fileName = 'report.docx') =>
  reviewBytes({ fileName, bytes }, { verify: verifyDraft }).then((r) => r.result)

describe('review of a finished report', () => {
  it('finds both tables and every narrative paragraph, in order, and a correct report has no error', async () => {
    const r = await review(await reportDocx())
    expect(r.tables).toStrictEqual(seedTables())
    const texts = r.paragraphs.map((p) => p.text)
    // the narrative before, between and after the forms, in document order
    const at = (t: string) => texts.indexOf(t)
    expect(at(TITLE)).toBe(0)
    expect(at(zongzhiNarrative()[1]!)).toBeGreaterThan(at(TITLE))
    expect(at(sixingNarrative()[0]!)).toBeGreaterThan(at(zongzhiNarrative().at(-1)!))
    expect(texts.at(-1)).toBe(CLOSING)
    // no table cell is taken for narrative
    expect(texts.some((t) => t === '综治考评合格率' || t === '30.64')).toBe(false)
    expect(r.summary).toMatchObject({ mismatch: 0, unsupported: 0, errors: 0 })
    expect(r.summary.verified).toBeGreaterThanOrEqual(45)
    expect(r.summary.numbers).toBe(r.summary.verified + r.summary.ignored)
    expect(r.paragraphs.every((p) => p.ok)).toBe(true)
  })

  it('checks each paragraph against the table of the project it is about', async () => {
    const r = await review(await reportDocx())
    const texts = r.paragraphs.map((p) => p.text)
    const run = (ts: string[]) => {
      const from = texts.indexOf(ts[0]!)
      expect(texts.slice(from, from + ts.length)).toEqual(ts)
      return r.paragraphs.slice(from, from + ts.length).map((p) => p.table)
    }
    expect(run(zongzhiNarrative())).toEqual(zongzhiNarrative().map(() => 0))
    expect(run(sixingNarrative())).toEqual(sixingNarrative().map(() => 1))
    // "一、资金情况" of the second project names none: it follows the project named before it
    const second = r.paragraphs.filter((p) => p.text === '一、资金情况')[1]!
    expect(second).toMatchObject({ table: 1, tableChoice: 'context' })
  })

  it('raises exactly the planted errors: a changed digit, a changed rate, a flipped direction word', async () => {
    const r = await review(await reportDocx(plant(correctNarrative(), PLANTS)))
    const errors = r.paragraphs.flatMap((p) => p.findings.filter((f) => f.severity === 'error').map((f) => ({ p, f })))
    expect(errors.map(({ f }) => [f.code, f.text])).toEqual([
      ['NUMBER_MISMATCH', '30.46万元'],
      ['NUMBER_MISMATCH', '58.11%'],
      ['DIRECTION_MISMATCH', '低于年初预算7.7万元'],
    ])
    const [digit, rate, direction] = errors
    // what the data says, with its cell or formula (the finding may name the inputs too)
    expect(digit!.f.facts).toContainEqual(
      expect.objectContaining({ id: 'P1.F0.actual', display: '30.64万元', source: '资金情况·合计·实际投入' }),
    )
    expect(rate!.f.facts).toContainEqual(
      expect.objectContaining({ id: 'P1.F0.rate', display: '85.11%', source: expect.stringContaining('30.64 ÷ 36') }),
    )
    expect(direction!.p.table).toBe(1)
    // the facts of the second project's 合计 row (its difference, or the budget and actual it comes from)
    expect(direction!.f.facts.length).toBeGreaterThan(0)
    for (const f of direction!.f.facts) {
      expect(f.id).toMatch(/^P1\.F0\./)
      expect(f.label).toMatch(/^四型平安小区以奖代拨经费·合计·/)
    }
    expect(digit!.f.sentence).toContain('全年实际投入30.46万元')
    expect(r.summary).toMatchObject({ mismatch: 3, unsupported: 0, errors: 3 })
    expect(r.paragraphs.filter((p) => !p.ok)).toHaveLength(2)
  })

  it('checks each sentence of a paragraph naming both projects against its own table', async () => {
    const both =
      '综上，综治、平安建设经费实际投入30.64万元，预算执行率85.11%；四型平安小区以奖代拨经费实际投入22.7万元，预算执行率151.33%。各项目均已完成年度目标。'
    const n = correctNarrative()
    const r = await review(await reportDocx({ ...n, after: [both, ...n.after] }))
    const p = r.paragraphs.find((x) => x.text === both)!
    expect(p.ok).toBe(true)
    expect(p.mentions.filter((m) => m.status === 'verified').map((m) => [m.text, m.factIds[0]])).toEqual([
      ['30.64万元', 'P1.F0.actual'],
      ['85.11%', 'P1.F0.rate'],
      ['22.7万元', 'P1.F0.actual'],
      ['151.33%', 'P1.F0.rate'],
    ])
    const cut = both.indexOf('四型')
    expect(p.segments).toEqual([
      { start: 0, end: cut, table: 0 },
      { start: cut, end: both.length, table: 1 },
    ])
    // the same paragraph with the second project's money taken from the first is caught there
    const wrong = both.replace('实际投入22.7万元', '实际投入30.64万元')
    const r2 = await review(await reportDocx({ ...n, after: [wrong, ...n.after] }))
    const p2 = r2.paragraphs.find((x) => x.text === wrong)!
    expect(p2.findings.map((f) => [f.code, f.text, f.start, f.facts[0]?.display])).toEqual([
      ['NUMBER_MISMATCH', '30.64万元', wrong.lastIndexOf('30.64万元'), '22.7万元'],
    ])
  })

  it('checks a paragraph naming two projects equally, in one sentence, against the one before it', async () => {
    const tie = '平安建设经费与以奖代拨经费均按时拨付。'
    const n = correctNarrative()
    const r = await review(await reportDocx({ ...n, after: [tie, ...n.after] }))
    const p = r.paragraphs.find((x) => x.text === tie)!
    expect(p).toMatchObject({ ok: true, table: 1, tableChoice: 'context' })
    expect(p.segments).toEqual([{ start: 0, end: tie.length, table: 1 }])
  })

  it('checks a paragraph before any project is named against the table it fits best', async () => {
    const lead = '本年度全年实际投入22.7万元，预算执行率为151.33%。'
    const n = correctNarrative()
    const r = await review(await reportDocx({ ...n, before: [lead, ...n.before] }))
    expect(r.paragraphs[0]).toMatchObject({ text: lead, ok: true, table: 1, tableChoice: 'best' })
    // the title after it names no project either: still no context, still the best fit
    expect(r.paragraphs[1]).toMatchObject({ text: TITLE, tableChoice: 'best' })
    expect(r.paragraphs[2]).toMatchObject({ text: zongzhiNarrative()[0], table: 0, tableChoice: 'name' })
  })

  it('reads text laid out in a table that is not a form as narrative, and finds its errors', async () => {
    const zip = await JSZip.loadAsync(await reportDocx())
    const xml = await zip.file('word/document.xml')!.async('string')
    const box = (text: string) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:tc>`
    const layout = `<w:tbl><w:tr>${box('审核要点')}${box('四型平安小区以奖代拨经费实际投入27.2万元。')}</w:tr></w:tbl>`
    zip.file('word/document.xml', xml.replace('<w:sectPr', `${layout}<w:sectPr`))
    const r = await review(await zip.generateAsync({ type: 'uint8array' }))
    expect(r.tables).toHaveLength(2)
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'TABLE_SKIPPED', where: '表格3 · 第1行' }))
    expect(r.paragraphs.slice(-2).map((p) => p.text)).toEqual([
      '审核要点',
      '四型平安小区以奖代拨经费实际投入27.2万元。',
    ])
    const errors = r.paragraphs.flatMap((p) => p.findings.filter((f) => f.severity === 'error'))
    expect(errors.map((f) => [f.code, f.text])).toEqual([['NUMBER_MISMATCH', '27.2万元']])
  })

  it('flags a number the data does not have', async () => {
    const r = await review(
      await reportDocx(
        plant(correctNarrative(), [
          { from: '其他资金实际投入10万元。', to: '其他资金实际投入10万元，另有上级补助12.5万元。' },
        ]),
      ),
    )
    const errors = r.paragraphs.flatMap((p) => p.findings.filter((f) => f.severity === 'error'))
    expect(errors.map((f) => [f.code, f.text])).toEqual([['NUMBER_UNSUPPORTED', '12.5万元']])
    expect(r.summary).toMatchObject({ unsupported: 1, errors: 1 })
  })

  it('reads a report pasted as text: the tables one cell per line, the narrative on its own lines', async () => {
    const tablesOnly = seedText().split('南岳区政法委2022年度')[0]!
    const text = [TITLE, '', tablesOnly.trimEnd(), '', ...zongzhiNarrative(), '', ...sixingNarrative()].join('\n')
    const r = await review(utf8(text), 'report.txt')
    expect(r.tables).toStrictEqual(seedTables())
    expect(r.paragraphs.map((p) => p.text)).toEqual([TITLE, ...zongzhiNarrative(), ...sixingNarrative()])
    expect(r.summary.errors).toBe(0)
  })

  it("says why when the report's tables cannot be read, naming the cell", async () => {
    const zip = await JSZip.loadAsync(await reportDocx())
    const xml = await zip.file('word/document.xml')!.async('string')
    zip.file('word/document.xml', xml.replace('>30.64<', '>30.64万元左右<'))
    const bytes = await zip.generateAsync({ type: 'uint8array' })
    const e = await review(bytes).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(InputError)
    expect((e as InputError).messageZh).toBe(
      'report.docx · 表格1 · 第6行 · 实际投入资金额：实际投入资金额：“30.64万元左右”不是可识别的数字（单位万元）',
    )
  })

  it('says a workbook or a JSON file holds tables but no narrative', async () => {
    for (const name of ['tables.xlsx', 'tables.json']) {
      const e = await review(utf8('{}'), name).catch((x: unknown) => x)
      expect(e).toBeInstanceOf(InputError)
      expect((e as InputError).messageZh).toContain('只有表格，没有报告正文')
    }
  })

  it('says a report with no self-evaluation table has none', async () => {
    const text = `${TITLE}\n${zongzhiNarrative().join('\n')}\n`
    const e = await review(utf8(text), 'report.txt').catch((x: unknown) => x)
    expect(e).toBeInstanceOf(InputError)
    expect((e as InputError).messageZh).toContain('没有找到绩效自评表')
  })
})
