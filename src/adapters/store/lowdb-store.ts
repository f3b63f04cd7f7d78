// The store on lowdb: one JSON file written atomically (a temp file, then rename) by one Low
// instance. Changes are applied one at a time, in order, to a working copy; the changes that
// arrive while a write is in flight are written together by the next one (group commit), so
// concurrent requests lose nothing and a busy server does not write the file once per change.
// A failed write keeps the previous file and rolls the data back. The memory adapter (lowdb's
// Memory) backs tests with the same code.
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { Low, Memory, type Adapter } from 'lowdb'
import { DataFile } from 'lowdb/node'
import { emptyDb, type DbData, type Store } from '../../app/store.ts'
import { StoreWriteError, type StoreFailure } from '../../app/store-write-error.ts'
import { checkDbShape, StoreCorruptError } from './db-shape.ts'

type Waiter = { resolve: () => void; reject: (e: unknown) => void }

export class LowdbStore implements Store {
  /** the data last written to the file */
  private durable: DbData
  /** changes applied but not yet being written, and who waits for them */
  private working: DbData | null = null
  private waiters: Waiter[] = []
  private writing: Promise<void> | null = null

  private constructor(
    private readonly low: Low<DbData>,
    readonly file: string | null,
  ) {
    this.durable = low.data
  }

  /**
   * Opens (or creates) the db file. A file that is not valid JSON or not a jixiao db throws
   * StoreCorruptError naming the file; it is never overwritten.
   */
  static async open(file: string): Promise<LowdbStore> {
    await mkdir(dirname(file), { recursive: true })
    const adapter = new DataFile<DbData>(file, {
      parse: parseDbText,
      stringify: (d) => JSON.stringify(d),
    })
    const low = new Low<DbData>(adapter, emptyDb())
    try {
      await low.read()
    } catch (e) {
      throw new StoreCorruptError(file, e instanceof Error ? e.message : String(e), { cause: e })
    }
    checkDbShape(low.data, file)
    return new LowdbStore(low, file)
  }

  static memory(initial: DbData = emptyDb()): LowdbStore {
    return new LowdbStore(new Low<DbData>(new Memory<DbData>() as Adapter<DbData>, initial), null)
  }

  /** The data as last written or being written; it is never changed in place afterwards. */
  async snapshot(): Promise<Readonly<DbData>> {
    return this.low.data
  }

  /** Applies `change` now and resolves once it is on disk. A change that throws must not have changed anything. */
  update<T>(change: (data: DbData) => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.working ??= structuredClone(this.low.data)
      let result: T
      try {
        result = change(this.working)
      } catch (e) {
        reject(e)
        return
      }
      this.waiters.push({ resolve: () => resolve(result), reject })
      this.writing ??= this.drain()
    })
  }

  async flush(): Promise<void> {
    while (this.writing) await this.writing
  }

  private async drain(): Promise<void> {
    while (this.working) {
      const batch = this.working
      const waiters = this.waiters
      this.working = null
      this.waiters = []
      this.low.data = batch
      try {
        await this.low.write()
        this.durable = batch
        for (const w of waiters) w.resolve()
      } catch (e) {
        // Changes queued meanwhile were built on the failed batch: they fail with it.
        const failed = [...waiters, ...this.waiters]
        this.working = null
        this.waiters = []
        this.low.data = this.durable
        const error = new StoreWriteError(
          failureOf(e),
          `could not write the store${this.file ? ` ${this.file}` : ''}`,
          { cause: e },
        )
        for (const w of failed) w.reject(error)
      }
    }
    this.writing = null
  }
}

/** What the user can do about a failed write, from the system's error code. */
function failureOf(e: unknown): StoreFailure {
  switch ((e as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full'
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return 'read-only'
    default:
      return 'unavailable'
  }
}

/**
 * The db file's text as data. A byte-order mark (Notepad writes one) is skipped; a file holding
 * anything but an object — `null`, a number — is damaged, not empty: lowdb would otherwise fall
 * back to the defaults and the next write would replace the file.
 */
function parseDbText(text: string): DbData {
  const data: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(
      `the file holds ${data === null ? 'null' : Array.isArray(data) ? 'an array' : typeof data}, not a jixiao db`,
    )
  }
  return data as DbData
}
