// Reads uploaded files in a worker thread with a time and memory budget, so that the server keeps
// answering other requests while a file is read, and a file that takes too long or too much
// memory is refused instead of stalling everything. One worker, started on the first import and
// kept; files are read one at a time. A worker that runs out of time is terminated and a fresh
// one started for the next file.
import { Worker } from 'node:worker_threads'
import { InputError } from '../../core/input-error.ts'
import type { WorkerReply } from './import-worker.ts'
import type { ImportInput, ImportResult } from './import-types.ts'

export type WorkerImporterOptions = {
  /** the time one file may take, once the worker runs (default 20 s) */
  timeoutMs?: number
  /** the worker's heap limit in MB (default 768) */
  memoryMb?: number
  /** the worker's script (tests give one that stalls on purpose; default: see DEFAULT_WORKER) */
  workerUrl?: URL
}

/**
 * The worker's entry: the compiled import-worker.js beside this file when running from dist/,
 * else import-worker-boot.mjs, which registers tsx in the thread (`npm run dev`, tests).
 */
const DEFAULT_WORKER = import.meta.url.endsWith('.js')
  ? new URL('./import-worker.js', import.meta.url)
  : new URL('./import-worker-boot.mjs', import.meta.url)

type Job = {
  input: ImportInput
  resolve: (result: ImportResult) => void
  reject: (error: unknown) => void
}

export class WorkerImporter {
  private worker: Worker | null = null
  private ready: Promise<Worker> | null = null
  private readonly queue: Job[] = []
  private current: { job: Job; id: number; timer: NodeJS.Timeout | null } | null = null
  private nextId = 1
  private readonly timeoutMs: number
  private readonly memoryMb: number
  private readonly workerUrl: URL

  constructor(options: WorkerImporterOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 20_000
    this.memoryMb = options.memoryMb ?? 768
    this.workerUrl = options.workerUrl ?? DEFAULT_WORKER
  }

  /** The ImportFileFn the app takes. */
  readonly importFile = (input: ImportInput): Promise<ImportResult> =>
    new Promise((resolve, reject) => {
      this.queue.push({ input, resolve, reject })
      void this.pump()
    })

  /**
   * Starts the worker ahead of the first upload (loading TypeScript in it takes a second or so);
   * a failure here is left for the first upload to report.
   */
  warm(): void {
    this.start().then(
      (w) => {
        if (!this.current) w.unref()
      },
      () => {},
    )
  }

  /** Stops the worker (tests; the server lets it end with the process). */
  async close(): Promise<void> {
    const w = this.worker
    this.worker = null
    this.ready = null
    if (w) await w.terminate()
  }

  private async pump(): Promise<void> {
    if (this.current || this.queue.length === 0) return
    const job = this.queue.shift()!
    const id = this.nextId++
    // Holds the slot while the worker starts.
    this.current = { job, id, timer: null }
    let worker: Worker
    try {
      worker = await this.start()
    } catch (e) {
      this.current = null
      job.reject(e)
      void this.pump()
      return
    }
    const timer = setTimeout(() => this.timeOut(), this.timeoutMs)
    this.current = { job, id, timer }
    worker.ref()
    worker.postMessage({ id, input: job.input })
  }

  private start(): Promise<Worker> {
    if (this.ready) return this.ready
    this.ready = new Promise<Worker>((resolve, reject) => {
      const w = new Worker(this.workerUrl, {
        resourceLimits: { maxOldGenerationSizeMb: this.memoryMb },
      })
      this.worker = w
      let started = false
      w.on('message', (m: WorkerReply | { ready: true }) => {
        if ('ready' in m) {
          started = true
          resolve(w)
        } else this.onReply(w, m)
      })
      const fail = (e: unknown) => {
        if (started) return this.onCrash(w, e)
        if (w === this.worker) {
          this.worker = null
          this.ready = null
        }
        reject(e)
      }
      w.on('error', fail)
      w.on('exit', (code) => fail(new Error(`the import worker exited with code ${code}`)))
    })
    return this.ready
  }

  private onReply(w: Worker, reply: WorkerReply): void {
    const current = this.current
    if (w !== this.worker || !current || current.id !== reply.id) return
    this.finish()
    if (reply.ok) current.job.resolve(reply.result)
    else if ('problems' in reply) current.job.reject(new InputError(reply.problems))
    else current.job.reject(new Error(`import failed in the worker: ${reply.message}`))
  }

  private onCrash(w: Worker, e: unknown): void {
    if (w !== this.worker) return
    this.worker = null
    this.ready = null
    const current = this.current
    if (!current) return
    this.finish()
    const code = (e as NodeJS.ErrnoException | undefined)?.code
    const outOfMemory = code === 'ERR_WORKER_OUT_OF_MEMORY'
    current.job.reject(
      outOfMemory
        ? refusal(
            current.job.input.fileName,
            '文件过大或过于复杂（读取所需内存超出上限），未读取',
            `reading the file needs more than ${this.memoryMb} MB`,
          )
        : e,
    )
  }

  private timeOut(): void {
    const current = this.current
    const w = this.worker
    if (!current) return
    this.worker = null
    this.ready = null
    void w?.terminate()
    this.finish()
    current.job.reject(
      refusal(
        current.job.input.fileName,
        `读取文件超时（超过 ${this.timeoutMs / 1000} 秒），文件过大或过于复杂，未读取`,
        `reading the file took more than ${this.timeoutMs} ms`,
      ),
    )
  }

  private finish(): void {
    if (this.current?.timer) clearTimeout(this.current.timer)
    this.current = null
    this.worker?.unref()
    queueMicrotask(() => void this.pump())
  }
}

function refusal(file: string, message: string, messageEn: string): InputError {
  return new InputError([{ file, path: '$', message, messageEn }])
}
