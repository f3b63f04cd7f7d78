// Finding 4 of issue 10, the other half: the server keeps answering while a file is read. The
// server reads uploads in a worker thread with a time and memory budget (worker-importer.ts); a
// file that runs out of time is refused (400) and the next file is read by a fresh worker. How
// long the event loop stalls, in process and with the worker, is a figure of `npm run bench`
// (tests neither sleep nor time); the real server's uploads go through the worker in
// test/browser/import.test.ts.
import { readFile } from 'node:fs/promises'
import { afterAll, describe, expect, it } from 'vitest'
import { importTables } from '../../src/adapters/import/import-tables.ts'
import { WorkerImporter } from '../../src/adapters/import/worker-importer.ts'
import { InputError } from '../../src/core/input-error.ts'
import { docxBomb } from '../support/zip-bomb.ts'

const importer = new WorkerImporter({ timeoutMs: 15_000 })
afterAll(() => importer.close())

describe('reading uploads in a worker thread', () => {
  it('gives what importTables gives in the main thread', async () => {
    const bytes = new Uint8Array(await readFile('data/samples/zongzhi-2022.json'))
    const input = { fileName: 'zongzhi-2022.json', bytes }
    expect(await importer.importFile(input)).toEqual(await importTables(input))
  }, 30_000)

  it('passes a bad file’s problems back as an InputError', async () => {
    const error = await importer
      .importFile({ fileName: 'bomb.docx', bytes: docxBomb(40 * 2 ** 20) })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).problems[0]).toMatchObject({ file: 'bomb.docx', path: '$' })
    expect((error as InputError).messageZh).toContain('文件解压后过大')
  }, 30_000)

  it('refuses a file that takes longer than its time, and reads the next one with a fresh worker', async () => {
    // A worker that never answers for stall.json: the time limit is tested without racing a real read.
    const slow = new WorkerImporter({
      timeoutMs: 50,
      workerUrl: new URL('../support/stalling-import-worker.mjs', import.meta.url),
    })
    const threadOf = async () =>
      ((await slow.importFile({ fileName: 'who.json', bytes: new Uint8Array() })) as unknown as { threadId: number })
        .threadId
    try {
      const first = await threadOf()
      const error = await slow.importFile({ fileName: 'stall.json', bytes: new Uint8Array() }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(InputError)
      expect((error as InputError).problems[0]).toMatchObject({
        file: 'stall.json',
        path: '$',
        message: '读取文件超时（超过 0.05 秒），文件过大或过于复杂，未读取',
      })
      // the next file is read, by a new worker: the stalled one was terminated
      const second = await threadOf()
      expect(second).not.toBe(first)
    } finally {
      await slow.close()
    }
  }, 30_000)

  it('reads files one after another when they arrive together', async () => {
    const files = ['zongzhi-2022.json', 'sixing-xiaoqu-2022.json', 'zongzhi-2022.json']
    const results = await Promise.all(
      files.map(async (f) =>
        importer.importFile({ fileName: f, bytes: new Uint8Array(await readFile(`data/samples/${f}`)) }),
      ),
    )
    expect(results.map((r) => (r.tables[0] as { project: string }).project)).toEqual([
      '综治、平安建设经费',
      '四型平安小区以奖代拨经费',
      '综治、平安建设经费',
    ])
  }, 30_000)
})
