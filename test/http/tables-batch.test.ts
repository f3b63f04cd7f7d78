import { describe, expect, it } from 'vitest'
import { writeDocx } from '../../src/adapters/export-table/docx-table-writer.ts'
import { seedTables } from '../import/fixtures.ts'
import { makeApp } from '../support/app.ts'
import { uploadFile } from '../support/upload.ts'

type TestApp = Awaited<ReturnType<typeof makeApp>>

const storedFiles = async (t: TestApp) =>
  (await t.request('GET', '/api/tables')).json.tables.map((x: any) => x.sourceFile).sort()

/** POST /api/tables/batch with [file name, table] pairs. */
const saveBatch = (t: TestApp, files: [string, unknown][]) =>
  t.request('POST', '/api/tables/batch', { tables: files.map(([fileName, table]) => ({ fileName, table })) })

const SAMPLE_FILES = ['nanyue-zhengfawei-2022-department.json', 'sixing-xiaoqu-2022.json', 'zongzhi-2022.json']

describe('POST /api/tables/batch', () => {
  it('saves the tables of a confirmed preview, each under its file name', async () => {
    const t = await makeApp()
    const docx = await writeDocx(seedTables(), { layout: 'local' })
    const preview = (await uploadFile(t.app, '自评表.docx', docx)).json
    const res = await t.request('POST', '/api/tables/batch', {
      tables: preview.previews.map((p: any) => ({
        fileName: p.fileName,
        table: preview.tables[p.index],
      })),
    })
    expect(res.status).toBe(201)
    expect(res.json.tables.map((x: any) => [x.sourceFile, x.name])).toEqual([
      ['自评表-1.json', '综治、平安建设经费（2022年项目支出绩效自评表）'],
      ['自评表-2.json', `${seedTables()[1]!.project}（2022年项目支出绩效自评表）`],
    ])
    expect(await storedFiles(t)).toEqual([...SAMPLE_FILES, '自评表-1.json', '自评表-2.json'].sort())
    const detail = await t.request('GET', `/api/tables/${res.json.tables[0].id}`)
    expect(detail.json.view.projects[0].funding[0]).toMatchObject({ actual: '30.64' })
  })

  it('saves none of the tables when the second one is invalid, and names its field', async () => {
    const t = await makeApp()
    const [zongzhi, sixing] = seedTables()
    const res = await t.request('POST', '/api/tables/batch', {
      tables: [
        { fileName: 'a.json', table: zongzhi },
        {
          fileName: 'b.json',
          table: { ...sixing, funding: [{ ...sixing!.funding[0], budget: 'x' }] },
        },
      ],
    })
    expect(res.status).toBe(400)
    expect(res.json.error.problems).toEqual([
      expect.objectContaining({ file: 'b.json', path: 'tables[1].funding[0].budget' }),
    ])
    expect(await storedFiles(t)).toEqual(SAMPLE_FILES)
  })

  it('saves none of the tables when a file name is already stored or given twice', async () => {
    const t = await makeApp()
    const [zongzhi, sixing] = seedTables()
    const taken = await saveBatch(t, [
      ['new.json', zongzhi],
      ['sixing-xiaoqu-2022.json', sixing],
    ])
    expect(taken.status).toBe(409)
    expect(taken.json.error.code).toBe('DUPLICATE_FILE_NAME')
    const twice = await saveBatch(t, [
      ['same.json', zongzhi],
      ['same.json', sixing],
    ])
    expect(twice.status).toBe(409)
    expect(twice.json.error.message).toContain('两张使用同一文件名“same.json”')
    expect(await storedFiles(t)).toEqual(SAMPLE_FILES)
  })

  it('resolves a department against a project table saved in the same batch', async () => {
    const t = await makeApp()
    const stored = (await t.store.snapshot()).tables
    const department = stored.find((x) => x.id === t.ids.department)!.json as any
    const lines = department.projectExpenditure.lines.map((l: any) =>
      l.selfEvaluation === 'zongzhi-2022.json' ? { ...l, selfEvaluation: 'zz-copy.json' } : l,
    )
    const copy = { ...department, projectExpenditure: { ...department.projectExpenditure, lines } }
    const res = await t.request('POST', '/api/tables/batch', {
      tables: [
        { fileName: 'dept-copy.json', table: copy },
        { fileName: 'zz-copy.json', table: seedTables()[0] },
      ],
    })
    expect(res.status).toBe(201)
    expect(res.json.tables.map((x: any) => x.kind)).toEqual(['department-overall', 'project-self-evaluation'])
  })

  it('refuses an empty batch', async () => {
    const t = await makeApp()
    const res = await t.request('POST', '/api/tables/batch', { tables: [] })
    expect(res.status).toBe(400)
    expect(res.json.error.problems[0].path).toBe('tables')
  })
})
