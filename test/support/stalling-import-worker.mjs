// A stand-in for import-worker-boot.mjs that never answers for a file named stall.json and
// answers every other file at once with no tables and the worker's thread id, so that a test of the importer's time limit
// does not depend on how fast the machine reads a real file.
import { parentPort, threadId } from 'node:worker_threads'

parentPort.on('message', ({ id, input }) => {
  if (input.fileName === 'stall.json') return
  parentPort.postMessage({ id, ok: true, result: { tables: [], warnings: [], threadId } })
})
parentPort.postMessage({ ready: true })
