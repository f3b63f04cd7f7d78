import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { StoreCorruptError } from '../../src/adapters/store/db-shape.ts'
import { LowdbStore } from '../../src/adapters/store/lowdb-store.ts'
import { Repository } from '../../src/app/repository.ts'
import { fixedClock } from '../support/app.ts'

async function tempDb() {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-store-'))
  return join(dir, 'db.json')
}

async function repoWithTable(file: string) {
  const store = await LowdbStore.open(file)
  const repo = new Repository(store, fixedClock())
  const table = await repo.addTable({
    sourceFile: 't.json',
    name: '表',
    kind: 'project-self-evaluation',
    year: 2022,
    json: {},
    notes: [],
  })
  return { store, repo, table }
}

describe('the lowdb store', () => {
  it('loses nothing when 200 writes arrive at once, in memory and on disk', async () => {
    const file = await tempDb()
    const { store, repo, table } = await repoWithTable(file)
    const notes = await Promise.all(Array.from({ length: 200 }, (_, i) => repo.addNote(table.id, `说明${i}`, null)))
    expect(notes.every((n) => n !== null)).toBe(true)
    expect((await repo.getTable(table.id))!.notes).toHaveLength(200)
    await store.flush()
    const reopened = await LowdbStore.open(file)
    const onDisk = (await reopened.snapshot()).tables[0]!.notes
    expect(onDisk).toHaveLength(200)
    expect(new Set(onDisk.map((n) => n.text)).size).toBe(200)
  })

  it('keeps the previous file and the previous data when a write fails midway', async () => {
    const file = await tempDb()
    const { repo, table } = await repoWithTable(file)
    const before = await readFile(file, 'utf8')
    // The atomic write goes through a temp file beside the db; make it impossible to create.
    await mkdir(join(file, '..', '.db.json.tmp'))
    await expect(repo.addNote(table.id, '写不进去', null)).rejects.toThrow(/could not write the store/)
    expect(await readFile(file, 'utf8')).toBe(before)
    expect((await repo.getTable(table.id))!.notes).toEqual([])
  })

  it('fails a change queued behind a failing write with it, keeping neither', async () => {
    const file = await tempDb()
    const { repo, table } = await repoWithTable(file)
    await mkdir(join(file, '..', '.db.json.tmp'))
    const results = await Promise.allSettled([repo.addNote(table.id, '一', null), repo.addNote(table.id, '二', null)])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected'])
    expect((await repo.getTable(table.id))!.notes).toEqual([])
    expect(JSON.parse(await readFile(file, 'utf8')).tables[0].notes).toEqual([])
  })

  it('writes the changes that arrive during a write together, in the order they came', async () => {
    const file = await tempDb()
    const { store, repo, table } = await repoWithTable(file)
    const writes: string[] = []
    const original = (store as any).low.write.bind((store as any).low)
    ;(store as any).low.write = () => {
      writes.push(((store as any).low.data.tables[0].notes as Array<{ text: string }>).map((n) => n.text).join(''))
      return original()
    }
    await Promise.all(['一', '二', '三', '四'].map((t) => repo.addNote(table.id, t, null)))
    expect(writes).toEqual(['一', '一二三四'])
  })

  it('reports a file that is not JSON with its name, and leaves it untouched', async () => {
    const file = await tempDb()
    await writeFile(file, '{"version":1,"tables":[', 'utf8')
    const error = await LowdbStore.open(file).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreCorruptError)
    expect((error as StoreCorruptError).messageZh).toContain(`数据文件 ${file} 已损坏`)
    expect(await readFile(file, 'utf8')).toBe('{"version":1,"tables":[')
  })

  it('reports a JSON file that is not a jixiao db, naming the field', async () => {
    const file = await tempDb()
    await writeFile(file, '{"version":1,"tables":{}}', 'utf8')
    const error = (await LowdbStore.open(file).catch((e: unknown) => e)) as StoreCorruptError
    expect(error).toBeInstanceOf(StoreCorruptError)
    expect(error.detail).toMatch(/^tables: /)
  })

  it('starts empty when the file does not exist yet, creating its directory', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'jixiao-store-')), 'nested', 'db.json')
    const store = await LowdbStore.open(file)
    expect((await store.snapshot()).tables).toEqual([])
    await store.update((d) => d.tables.length)
    expect(JSON.parse(await readFile(file, 'utf8')).version).toBe(1)
  })
})
