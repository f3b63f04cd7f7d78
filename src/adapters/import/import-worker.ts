// The worker side of worker-importer.ts: reads one file at a time with importTables() and posts
// back the result, or the problems of a bad file. Runs in a worker thread, so that reading a
// file never blocks the server's event loop.
import { parentPort } from 'node:worker_threads'
import { InputError } from '../../core/input-error.ts'
import { importTables } from './import-tables.ts'
import type { ImportInput } from './import-types.ts'

export type WorkerRequest = { id: number; input: ImportInput }

export type WorkerReply =
  | { id: number; ok: true; result: Awaited<ReturnType<typeof importTables>> }
  | { id: number; ok: false; problems: InputError['problems'] }
  | { id: number; ok: false; message: string }

parentPort!.on('message', async ({ id, input }: WorkerRequest) => {
  let reply: WorkerReply
  try {
    reply = { id, ok: true, result: await importTables(input) }
  } catch (e) {
    reply =
      e instanceof InputError
        ? { id, ok: false, problems: e.problems }
        : { id, ok: false, message: e instanceof Error ? (e.stack ?? e.message) : String(e) }
  }
  parentPort!.postMessage(reply)
})
parentPort!.postMessage({ ready: true })
