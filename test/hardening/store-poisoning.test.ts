// Finding 3 of issue 10: a table with an unknown key nested thousands of levels deep was stored,
// and from then on every write failed (structuredClone overflowed in the store), even after a
// restart. Too-deep JSON is now a 400 at every door, and the store stays writable.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { StoreCorruptError } from '../../src/adapters/store/db-shape.ts'
import { LowdbStore } from '../../src/adapters/store/lowdb-store.ts'
import { isTooDeep, MAX_JSON_DEPTH } from '../../src/app/json-depth.ts'
import { makeApp } from '../support/app.ts'
import { uploadFile } from '../support/upload.ts'

const zongzhi = async () => JSON.parse(await readFile('data/samples/zongzhi-2022.json', 'utf8'))

/** `{"x":{"x":…{}}}` nested `levels` deep, built as text (a recursive build would overflow too). */
function deepText(levels: number): string {
  return `${'{"x":'.repeat(levels)}{}${'}'.repeat(levels)}`
}

async function poisonedTable(levels = 3000) {
  const table = await zongzhi()
  table.extra = JSON.parse(deepText(levels))
  return table
}

async function fileStoreApp() {
  const file = join(await mkdtemp(join(tmpdir(), 'jixiao-poison-')), 'db.json')
  const store = await LowdbStore.open(file)
  return { file, ctx: await makeApp({ store }) }
}

describe('too-deep JSON (issue 10, finding 3)', () => {
  it('is measured without recursion, at any depth', () => {
    expect(isTooDeep(JSON.parse(deepText(200_000)))).toBe(true)
    expect(isTooDeep(JSON.parse(deepText(MAX_JSON_DEPTH - 1)))).toBe(false)
    expect(isTooDeep(JSON.parse(deepText(MAX_JSON_DEPTH)))).toBe(true)
  })

  it('is refused by POST /api/tables with a 400 naming the depth, and later writes still work', async () => {
    const { file, ctx } = await fileStoreApp()
    const res = await ctx.request('POST', '/api/tables', { fileName: 'deep.json', table: await poisonedTable() })
    expect(res.status).toBe(400)
    expect(res.json.error.code).toBe('INVALID_INPUT')
    expect(res.json.error.message).toContain(`嵌套层数过多（超过 ${MAX_JSON_DEPTH} 层）`)
    const text = await ctx.request('POST', '/api/tables', {
      fileName: 'deep-text.json',
      text: JSON.stringify(await poisonedTable()),
    })
    expect(text.status).toBe(400)
    const note = await ctx.request('POST', `/api/tables/${ctx.ids.zongzhi}/notes`, { text: '仍可写入' })
    expect(note.status).toBe(201)
    await ctx.store.flush()
    const reopened = await LowdbStore.open(file)
    const snapshot = await reopened.snapshot()
    expect(snapshot.tables.map((t) => t.sourceFile)).not.toContain('deep.json')
    expect(snapshot.tables.find((t) => t.id === ctx.ids.zongzhi)!.notes.map((n) => n.text)).toEqual(['仍可写入'])
  })

  it('is refused by the batch save, naming the table, and nothing of the batch is stored', async () => {
    const { ctx } = await fileStoreApp()
    const good = { ...(await zongzhi()), project: '另一个项目' }
    const res = await ctx.request('POST', '/api/tables/batch', {
      tables: [
        { fileName: 'good.json', table: good },
        { fileName: 'deep.json', table: await poisonedTable() },
      ],
    })
    expect(res.status).toBe(400)
    expect(res.json.error.problems[0].path).toBe('tables[1]')
    const names = (await ctx.request('GET', '/api/tables')).json.tables.map((t: any) => t.sourceFile)
    expect(names).not.toContain('good.json')
    expect((await ctx.request('POST', `/api/tables/${ctx.ids.sixing}/notes`, { text: '可写' })).status).toBe(201)
  })

  it('is refused by the import preview of a .json file', async () => {
    const { ctx } = await fileStoreApp()
    const bytes = new TextEncoder().encode(JSON.stringify(await poisonedTable()))
    const res = await uploadFile(ctx.app, 'deep.json', bytes)
    expect(res.status).toBe(400)
    expect(res.json.error.message).toContain('嵌套层数过多')
  })

  it('leaves a table of ordinary depth with unknown keys accepted (the format may grow)', async () => {
    const { ctx } = await fileStoreApp()
    const table = { ...(await zongzhi()), project: '新字段项目', extra: JSON.parse(deepText(10)) }
    const res = await ctx.request('POST', '/api/tables', { fileName: 'ok.json', table })
    expect(res.status).toBe(201)
  })

  it('written into a db.json before this check is reported when the server starts, not left to fail every write', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'jixiao-poison-')), 'db.json')
    const table = {
      id: 't',
      sourceFile: 'deep.json',
      name: '表',
      kind: 'project-self-evaluation',
      year: 2022,
      notes: [],
      createdAt: '2026-01-01T00:00:00Z',
    }
    const text = `{"version":1,"tables":[${JSON.stringify(table).slice(0, -1)},"json":${deepText(3000)}}],"conversations":[],"messages":[],"drafts":[],"reportSections":[]}`
    await writeFile(file, text)
    const error = await LowdbStore.open(file).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreCorruptError)
    expect((error as StoreCorruptError).messageZh).toContain('data nested more than 64 levels deep')
    expect(await readFile(file, 'utf8')).toBe(text)
  })
})
