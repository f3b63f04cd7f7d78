// Finding 9 of issue 10, the smaller ones: a db.json holding null, a db.json with a byte-order
// mark, the CLI following selfEvaluation anywhere, raw HTML in the .md export, stored file names
// with NUL, RTL overrides and CON. (Links rendered as text: test/http/render-verified.test.ts.)
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { StoreCorruptError } from '../../src/adapters/store/db-shape.ts'
import { LowdbStore } from '../../src/adapters/store/lowdb-store.ts'
import { proposeFileNames } from '../../src/app/import-file-names.ts'
import { safeFileName } from '../../src/app/safe-file-name.ts'
import { emptyDb } from '../../src/app/store.ts'
import { runCli } from '../helpers/run-cli.ts'
import { makeApp } from '../support/app.ts'

const tempDir = () => mkdtemp(join(tmpdir(), 'jixiao-small-'))
const zongzhi = async () => JSON.parse(await readFile('data/samples/zongzhi-2022.json', 'utf8'))

describe('the db file (issue 10, finding 9)', () => {
  it.each(['null', '42', '"text"', '[]'])(
    'holding %s is damaged: the server does not start on it, and it is left as it was',
    async (content) => {
      const file = join(await tempDir(), 'db.json')
      await writeFile(file, content)
      const error = await LowdbStore.open(file).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(StoreCorruptError)
      expect((error as StoreCorruptError).messageZh).toContain('已损坏')
      expect(await readFile(file, 'utf8')).toBe(content)
    },
  )

  it('with a byte-order mark (as Notepad saves it) is read', async () => {
    const file = join(await tempDir(), 'db.json')
    const db = emptyDb()
    db.tables.push({
      id: 't1',
      sourceFile: 'a.json',
      name: '表',
      kind: 'project-self-evaluation',
      year: 2022,
      json: {},
      notes: [],
      createdAt: '2026-01-01T00:00:00Z',
    })
    await writeFile(file, `\uFEFF${JSON.stringify(db)}`)
    const store = await LowdbStore.open(file)
    expect((await store.snapshot()).tables.map((t) => t.id)).toEqual(['t1'])
  })
})

describe('the CLI and a department’s selfEvaluation paths (issue 10, finding 9)', () => {
  async function departmentReferring(ref: string) {
    const dir = await tempDir()
    const dept = JSON.parse(await readFile('data/samples/nanyue-zhengfawei-2022-department.json', 'utf8'))
    for (const line of dept.projectExpenditure.lines) delete line.selfEvaluation
    dept.projectExpenditure.lines[0].selfEvaluation = ref
    const file = join(dir, 'dept.json')
    await writeFile(file, JSON.stringify(dept))
    return { dir, file }
  }

  it.each(['/etc/passwd', '../../../../etc/passwd', '../secret.json'])(
    'refuses %s without reading or printing it',
    async (ref) => {
      const { dir, file } = await departmentReferring(ref)
      await writeFile(join(dir, '..', 'secret.json'), '{"kind":"project-self-evaluation","password":"hunter2"}')
      const r = await runCli(['facts', file, '--json'])
      expect(r.code).toBe(2)
      expect(r.stderr).toContain(
        `部门整体表·项目支出·第1行（综治、平安建设工作经费）·项目自评表：引用的项目自评表“${ref}”不在部门表所在的文件夹内，未读取`,
      )
      expect(r.stderr).not.toMatch(/root:|hunter2/)
      expect(r.stdout).toBe('')
    },
  )

  it('refuses a symbolic link out of the folder, and still follows a path into a subfolder', async () => {
    const { dir, file } = await departmentReferring('linked.json')
    await symlink('/etc/passwd', join(dir, 'linked.json'))
    const linked = await runCli(['facts', file, '--json'])
    expect(linked.code).toBe(2)
    expect(linked.stderr).toContain('不在部门表所在的文件夹内')
    expect(linked.stderr).not.toContain('root:')

    const inside = await departmentReferring('projects/zongzhi-2022.json')
    await mkdir(join(inside.dir, 'projects'))
    await writeFile(join(inside.dir, 'projects', 'zongzhi-2022.json'), JSON.stringify(await zongzhi()))
    const ok = await runCli(['facts', inside.file, '--json'])
    expect(ok.stderr).toBe('')
    expect(JSON.parse(ok.stdout).facts.some((f: any) => f.id === 'P1.F0.rate')).toBe(true)
  })

  it('never prints the text of a file that is not JSON', async () => {
    const { dir, file } = await departmentReferring('notes.json')
    await writeFile(join(dir, 'notes.json'), 'root:x:0:0:root:/root:/bin/bash\n')
    const r = await runCli(['facts', file])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('notes.json：不是有效的 JSON：有语法错误')
    expect(r.stderr).not.toContain('root:x')
  })
})

describe('the .md export (issue 10, finding 9)', () => {
  it('carries raw HTML of table cells and drafts as text', async () => {
    const ctx = await makeApp()
    const table = await zongzhi()
    table.project = '<img src=x onerror=alert(1)>项目&amp;'
    const created = await ctx.request('POST', '/api/tables', { fileName: 'html.json', table })
    const tableId = created.json.table.id
    const draft = await ctx.request('POST', '/api/drafts', { tableId, section: 'problems' })
    await ctx.request('PUT', `/api/drafts/${draft.json.draft.id}`, { text: '存在问题<script>alert(2)</script>。' })
    await ctx.request('POST', `/api/drafts/${draft.json.draft.id}/accept`, { confirm: true })
    const md = await (await ctx.app.request(`/api/report/export.md?tableId=${tableId}`)).text()
    expect(md).not.toMatch(/<img|<script/)
    expect(md).toContain('# &lt;img src=x onerror=alert(1)>项目&amp;amp;2022年度绩效自评报告（节选）')
    expect(md).toContain('存在问题&lt;script>alert(2)&lt;/script>。')
  })
})

describe('stored file names (issue 10, finding 9)', () => {
  it('lose NUL, bidirectional overrides and forbidden characters, and are never a device name', () => {
    expect(safeFileName('a\u0000b.json')).toBe('ab.json')
    expect(safeFileName('invoice\u202Enosj.exe')).toBe('invoicenosj.exe')
    expect(safeFileName('CON')).toBe('_CON')
    expect(safeFileName('con.json')).toBe('_con.json')
    expect(safeFileName('LPT1.txt')).toBe('_LPT1.txt')
    expect(safeFileName('CONTROL.json')).toBe('CONTROL.json')
    expect(safeFileName('..\\..\\a<b>.json. ')).toBe('ab.json')
    expect(safeFileName('\u0000\u202E')).toBe('')
    expect(proposeFileNames('CON.docx', 1, new Set())).toEqual(['_CON.json'])
  })

  it('are stored safe through the API, and a name in another Unicode form is a duplicate', async () => {
    const ctx = await makeApp()
    const table = { ...(await zongzhi()), project: '新项目' }
    const res = await ctx.request('POST', '/api/tables', { fileName: 'nul\u0000\u202Eevil.json', table })
    expect(res.status).toBe(201)
    expect(res.json.table.sourceFile).toBe('nulevil.json')
    const device = await ctx.request('POST', '/api/tables', {
      fileName: 'NUL.json',
      table: { ...table, project: '另一个' },
    })
    expect(device.json.table.sourceFile).toBe('_NUL.json')

    const composed = '表\u00e9.json' // é as one character (NFC)
    const decomposed = '表e\u0301.json' // e + combining acute (NFD, as macOS writes it)
    expect((await ctx.request('POST', '/api/tables', { fileName: composed, table })).status).toBe(201)
    const again = await ctx.request('POST', '/api/tables', { fileName: decomposed, table })
    expect(again.status).toBe(409)
    expect(again.json.error.code).toBe('DUPLICATE_FILE_NAME')
    const batch = await ctx.request('POST', '/api/tables/batch', {
      tables: [
        { fileName: 'x\u00e9.json', table },
        { fileName: 'xe\u0301.json', table },
      ],
    })
    expect(batch.status).toBe(409)
  })
})
