import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { writeDocx } from '../../src/adapters/export-table/docx-table-writer.ts'
import { seedTables, utf8 } from '../import/fixtures.ts'
import { makeApp } from '../support/app.ts'
import { uploadFile } from '../support/upload.ts'

type TestApp = Awaited<ReturnType<typeof makeApp>>

const upload = (t: TestApp, fileName: string, bytes: Uint8Array, year?: string) =>
  uploadFile(t.app, fileName, bytes, year)

const seedDocx = () => writeDocx(seedTables(), { layout: 'local' })

const storedFiles = async (t: TestApp) =>
  (await t.request('GET', '/api/tables')).json.tables.map((x: any) => x.sourceFile).sort()

const SAMPLE_FILES = ['nanyue-zhengfawei-2022-department.json', 'sixing-xiaoqu-2022.json', 'zongzhi-2022.json']

describe('POST /api/import', () => {
  it('previews the two tables of a Word file with their key figures, and saves nothing', async () => {
    const t = await makeApp()
    const before = JSON.stringify(await t.store.snapshot())
    const res = await upload(t, '南岳区政法委自评表.docx', await seedDocx())
    expect(res.status).toBe(200)
    expect(res.json.fileName).toBe('南岳区政法委自评表.docx')
    expect(res.json.tables).toStrictEqual(seedTables())
    const [zongzhi, sixing] = res.json.previews
    expect(zongzhi).toMatchObject({
      index: 0,
      fileName: '南岳区政法委自评表-1.json',
      name: '综治、平安建设经费（2022年项目支出绩效自评表）',
      kind: 'project-self-evaluation',
      year: 2022,
      project: '综治、平安建设经费',
      moneyUnit: '万元',
      indicatorCount: seedTables()[0]!.indicators.length,
      lines: null,
      score: { total: '98.51', max: '100', grade: '优' },
    })
    expect(zongzhi.funding[0]).toEqual({
      source: '合计',
      budget: '36',
      actual: '30.64',
      difference: '-5.36',
      executionRate: '85.11',
    })
    expect(zongzhi.funding.map((f: any) => f.source)).toEqual(['合计', '财政拨款', '其他资金'])
    expect(zongzhi.warnings).toContainEqual(
      expect.objectContaining({ code: 'FUNDING_SUM_MISMATCH', origin: 'analysis' }),
    )
    expect(sixing).toMatchObject({
      fileName: '南岳区政法委自评表-2.json',
      project: seedTables()[1]!.project,
      indicatorCount: seedTables()[1]!.indicators.length,
    })
    // the samples hold the same two projects: saving would keep both copies
    expect(zongzhi.duplicateOf).toMatchObject({ sourceFile: 'zongzhi-2022.json' })
    expect(sixing.duplicateOf).toMatchObject({ sourceFile: 'sixing-xiaoqu-2022.json' })
    expect(JSON.stringify(await t.store.snapshot())).toBe(before)
  })

  it('gives the tables of a second upload of the same file the next free file names', async () => {
    const t = await makeApp()
    const first = await upload(t, '自评表.docx', await seedDocx())
    const saved = await t.request('POST', '/api/tables/batch', {
      tables: [{ fileName: first.json.previews[0].fileName, table: first.json.tables[0] }],
    })
    expect(saved.status).toBe(201)
    const second = await upload(t, '自评表.docx', await seedDocx())
    expect(second.json.previews.map((p: any) => p.fileName)).toEqual(['自评表-2.json', '自评表-3.json'])
  })

  it('takes the year of a file that does not say it from the form field year', async () => {
    const t = await makeApp()
    const bytes = await writeDocx(seedTables(), { layout: 'local', yearInTitle: false })
    const without = await upload(t, 'a.docx', bytes)
    expect(without.status).toBe(400)
    expect(without.json.error.message).toContain('年度')
    const withYear = await upload(t, 'a.docx', bytes, '2022')
    expect(withYear.status).toBe(200)
    expect(withYear.json.previews.map((p: any) => p.year)).toEqual([2022, 2022])
    const bad = await upload(t, 'a.docx', bytes, '22年')
    expect(bad.status).toBe(400)
    expect(bad.json.error.problems).toEqual([
      expect.objectContaining({ path: 'year', message: '年度应为四位数，实际为“22年”' }),
    ])
  })

  it.each([
    [
      'an encrypted Office file',
      '加密.docx',
      (() => {
        const bytes = new Uint8Array(1024)
        bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
        ;[...'EncryptedPackage'].forEach((c, i) => {
          bytes[512 + i * 2] = c.charCodeAt(0)
        })
        return bytes
      })(),
      '加密.docx：文件设置了打开密码（已加密），无法读取',
    ],
    [
      'a file that is not an Office file',
      'photo.png',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
      'photo.png：无法识别的文件格式',
    ],
    ['an empty file', '空.xlsx', new Uint8Array(), '空.xlsx：文件为空（0 字节）'],
  ])('answers %s with a 400 and its Chinese message, and saves nothing', async (_, name, bytes, msg) => {
    const t = await makeApp()
    const res = await upload(t, name, bytes)
    expect(res.status).toBe(400)
    expect(res.json.error.code).toBe('INVALID_INPUT')
    expect(res.json.error.message).toContain(msg)
    expect(res.json.error.problems).toEqual([
      expect.objectContaining({ path: '$', file: name, messageEn: expect.any(String) }),
    ])
    expect(await storedFiles(t)).toEqual(SAMPLE_FILES)
  })

  it('names the cell of an amount it cannot read', async () => {
    const t = await makeApp()
    const zip = await JSZip.loadAsync(await seedDocx())
    const xml = await zip.file('word/document.xml')!.async('string')
    zip.file('word/document.xml', xml.replace('>30.64<', '>30.64万元左右<'))
    const res = await upload(t, 'x.docx', await zip.generateAsync({ type: 'uint8array' }))
    expect(res.status).toBe(400)
    expect(res.json.error.problems).toEqual([
      expect.objectContaining({
        path: '表格1 · 第6行 · 实际投入资金额',
        message: '实际投入资金额：“30.64万元左右”不是可识别的数字（单位万元）',
      }),
    ])
    expect(await storedFiles(t)).toEqual(SAMPLE_FILES)
  })

  it('names the headers expected when a file holds no self-evaluation table', async () => {
    const t = await makeApp()
    const res = await upload(t, '名单.csv', utf8('姓名,金额\n张三,1\n'))
    expect(res.status).toBe(400)
    expect(res.json.error.message).toContain('没有找到绩效自评表')
    expect(res.json.error.message).toContain('年初预算资金总额')
  })

  it('answers a file over 10 MB with a 413 in Chinese, and takes one over the 6 MB JSON limit', async () => {
    const t = await makeApp()
    const big = await upload(t, 'big.bin', new Uint8Array(10 * 1024 * 1024 + 1))
    expect(big.status).toBe(413)
    expect(big.json.error).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringContaining('文件过大（上限 10 MB）'),
    })
    const seven = await upload(t, 'seven.bin', new Uint8Array(7 * 1024 * 1024))
    expect(seven.status).toBe(400)
    expect(seven.json.error.message).toContain('无法识别的文件格式')
  })

  it('keeps the 6 MB limit on the other routes', async () => {
    const t = await makeApp()
    const res = await t.request('POST', '/api/tables', { text: 'x'.repeat(7 * 1024 * 1024) })
    expect(res.status).toBe(413)
    expect(res.json.error.message).toBe('请求内容过大（上限 6 MB）')
  })

  it('asks for the file in the field file of a multipart form', async () => {
    const t = await makeApp()
    const json = await t.request('POST', '/api/import', { file: 'x' })
    expect(json.status).toBe(400)
    expect(json.json.error.problems[0]).toMatchObject({
      path: 'file',
      message: '请以 multipart/form-data 上传文件（字段名 file）',
    })
    const form = new FormData()
    form.append('year', '2022')
    const res = await t.app.request('/api/import', { method: 'POST', body: form })
    expect(res.status).toBe(400)
    expect(((await res.json()) as any).error.problems[0].path).toBe('file')
  })

  it('previews a department JSON file against the stored project tables it names', async () => {
    const t = await makeApp()
    const { json } = await t.request('GET', `/api/tables/${t.ids.department}`)
    const stored = (await t.store.snapshot()).tables.find((x) => x.id === t.ids.department)!
    const res = await upload(t, '部门.json', utf8(JSON.stringify(stored.json)))
    expect(res.status).toBe(200)
    expect(res.json.previews[0]).toMatchObject({
      fileName: '部门.json',
      kind: 'department-overall',
      unit: json.view.department.unit,
      lines: {
        basic: json.view.department.basic.lines.length,
        project: json.view.department.project.lines.length,
      },
      duplicateOf: { id: t.ids.department },
    })
    // the importer could not follow the file's references; the preview did, against the store
    expect(res.json.warnings.map((w: any) => w.code)).toContain('SELF_EVALUATION_PATH_KEPT')
    expect(res.json.previews[0].warnings.map((w: any) => w.code)).not.toContain('SELF_EVALUATION_PATH_KEPT')
  })
})
