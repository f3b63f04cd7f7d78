// POST /api/review and its exports, through app.request() with the real verifier.
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { verifyDraft } from '../../src/core/verify.ts'
import { seedText, utf8 } from '../import/fixtures.ts'
import { correctNarrative, PLANTS, plant, reportDocx } from '../review/report-fixture.ts'
import { makeApp } from '../support/app.ts'

async function post(path: string, fileName: string, bytes: Uint8Array, year?: string) {
  const { app, store } = await makeApp({ verify: verifyDraft })
  const before = JSON.stringify(await store.snapshot())
  const form = new FormData()
  form.append('file', new File([Uint8Array.from(bytes)], fileName))
  if (year !== undefined) form.append('year', year)
  const res = await app.request(path, { method: 'POST', body: form })
  const stored = JSON.stringify(await store.snapshot()) === before
  return { res, stored }
}

describe('POST /api/review', () => {
  it("answers the review JSON with each table's facts, and stores nothing", async () => {
    const { res, stored } = await post(
      '/api/review',
      '南岳区自评报告.docx',
      await reportDocx(plant(correctNarrative(), PLANTS)),
    )
    expect(res.status).toBe(200)
    const body = (await res.json()) as any
    expect(stored).toBe(true)
    expect(body.fileName).toBe('南岳区自评报告.docx')
    expect(body.tables).toHaveLength(2)
    expect(body.summary).toMatchObject({ mismatch: 3, unsupported: 0, errors: 3 })
    expect(body.facts).toHaveLength(2)
    const bad = body.paragraphs.find((p: any) => !p.ok)
    const m = bad.mentions.find((x: any) => x.status === 'mismatch')
    // the fact cards look the ids up in the facts of the paragraph's table
    const fact = body.facts[bad.table].find((f: any) => f.id === m.factIds[0])
    expect(fact).toMatchObject({ id: 'P1.F0.actual', value: '30.64', unit: '万元' })
  })

  it("is a 400 naming the cell when the report's tables cannot be read", async () => {
    const zip = await JSZip.loadAsync(await reportDocx())
    const xml = await zip.file('word/document.xml')!.async('string')
    zip.file('word/document.xml', xml.replace('>30.64<', '>30.64万元左右<'))
    const { res } = await post('/api/review', 'r.docx', await zip.generateAsync({ type: 'uint8array' }))
    expect(res.status).toBe(400)
    const body = (await res.json()) as any
    expect(body.error.problems[0]).toMatchObject({ path: '表格1 · 第6行 · 实际投入资金额' })
  })

  it('is a 413 for a file over 10 MB', async () => {
    const { res } = await post('/api/review', 'big.docx', new Uint8Array(10 * 1024 * 1024 + 1))
    expect(res.status).toBe(413)
  })
})

describe('POST /api/review/memo.docx and /commented.docx', () => {
  it('sends the memo as a Word file named after the report', async () => {
    const { res } = await post(
      '/api/review/memo.docx',
      '自评报告.docx',
      await reportDocx(plant(correctNarrative(), PLANTS)),
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('自评报告-审核意见.docx')}`,
    )
    const zip = await JSZip.loadAsync(await res.arrayBuffer())
    expect(await zip.file('word/document.xml')!.async('string')).toContain('全年实际投入30.46万元')
  })

  it('sends the original with one comment per finding', async () => {
    const { res } = await post(
      '/api/review/commented.docx',
      '自评报告.docx',
      await reportDocx(plant(correctNarrative(), PLANTS)),
    )
    expect(res.status).toBe(200)
    const zip = await JSZip.loadAsync(await res.arrayBuffer())
    expect((await zip.file('word/comments.xml')!.async('string')).match(/<w:comment /g)).toHaveLength(3)
  })

  it('refuses to comment a text report, pointing to the memo', async () => {
    const text = `${seedText().split('南岳区政法委2022年度')[0]}\n${correctNarrative().before.join('\n')}\n`
    const { res } = await post('/api/review/commented.docx', 'r.txt', utf8(text))
    expect(res.status).toBe(400)
    expect(((await res.json()) as any).error.message).toContain('只有 Word 原件（.docx）可以加批注')
  })
})
