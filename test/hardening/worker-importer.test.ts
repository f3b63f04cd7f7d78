// Finding 4 of issue 10, the other half: the server keeps answering while a file is read. The
// server reads uploads in a worker thread with a time and memory budget (worker-importer.ts); a
// file that runs out of time is refused (400) and the next file is read by a fresh worker.
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { importTables } from '../../src/adapters/import/import-tables.ts'
import { WorkerImporter } from '../../src/adapters/import/worker-importer.ts'
import { ZIP_LIMITS } from '../../src/adapters/import/zip-parts.ts'
import { InputError } from '../../src/core/input-error.ts'
import { runServer } from '../support/spawn-server.ts'
import { docxBomb, docxOfElements } from '../support/zip-bomb.ts'

const importer = new WorkerImporter({ timeoutMs: 15_000 })
afterAll(() => importer.close())


describe('reading uploads in a worker thread', () => {
  it('gives what importTables gives in the main thread', async () => {
    const bytes = new Uint8Array(await readFile('data/samples/zongzhi-2022.json'))
    const input = { fileName: 'zongzhi-2022.json', bytes }
    expect(await importer.importFile(input)).toEqual(await importTables(input))
  }, 30_000)

  it('passes a bad file’s problems back as an InputError', async () => {
    const error = await importer.importFile({ fileName: 'bomb.docx', bytes: docxBomb(40 * 2 ** 20) }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).problems[0]).toMatchObject({ file: 'bomb.docx', path: '$' })
    expect((error as InputError).messageZh).toContain('文件解压后过大')
  }, 30_000)

  it('refuses a file that takes longer than its time, and reads the next one with a fresh worker', async () => {
    const slow = new WorkerImporter({ timeoutMs: 1 })
    try {
      const error = await slow.importFile({ fileName: 'slow.json', bytes: new TextEncoder().encode('{"kind":"x"}') }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(InputError)
      expect((error as InputError).problems[0]!.message).toBe('读取文件超时（超过 0.001 秒），文件过大或过于复杂，未读取')
      // the same importer, given time again, reads the next file with a new worker
      ;(slow as unknown as { timeoutMs: number }).timeoutMs = 15_000
      const bytes = new Uint8Array(await readFile('data/samples/sixing-xiaoqu-2022.json'))
      const again = await slow.importFile({ fileName: 's.json', bytes })
      expect(again.tables).toHaveLength(1)
    } finally {
      await slow.close()
    }
  }, 30_000)

  it('reads files one after another when they arrive together', async () => {
    const files = ['zongzhi-2022.json', 'sixing-xiaoqu-2022.json', 'zongzhi-2022.json']
    const results = await Promise.all(
      files.map(async (f) => importer.importFile({ fileName: f, bytes: new Uint8Array(await readFile(`data/samples/${f}`)) })),
    )
    expect(results.map((r) => (r.tables[0] as { project: string }).project)).toEqual([
      '综治、平安建设经费',
      '四型平安小区以奖代拨经费',
      '综治、平安建设经费',
    ])
  }, 30_000)

  it('lets the real server answer other requests while it reads a heavy upload', async () => {
    const server = await runServer({ DATA_DIR: await mkdtemp(join(tmpdir(), 'jixiao-worker-')) })
    try {
      const order: string[] = []
      const form = new FormData()
      // just under the element limit: seconds of XML parsing, then a 400 (no table in it)
      form.append('file', new File([Uint8Array.from(docxOfElements(ZIP_LIMITS.elements - 100))], 'heavy.docx'))
      const upload = fetch(`${server.url}api/import`, { method: 'POST', body: form }).then(async (r) => {
        order.push(`import ${r.status}`)
        return r.json()
      })
      // give the upload time to arrive and its reading to start
      await new Promise((done) => setTimeout(done, 300))
      const list = await fetch(`${server.url}api/tables`)
      order.push(`tables ${list.status}`)
      const body = await upload
      expect(order).toEqual(['tables 200', 'import 400'])
      expect(body.error.message).toContain('没有')
    } finally {
      await server.stop()
    }
  }, 60_000)
})
