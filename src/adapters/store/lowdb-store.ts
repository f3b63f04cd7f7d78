// The store on lowdb: one JSON file written atomically (a temp file, then rename), one Low
// instance per file, and a queue so that one change is written at a time. The memory adapter
// (lowdb's Memory) backs tests with the same code.
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { Low, Memory, type Adapter } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { emptyDb, type DbData, type Store } from '../../app/store.ts'
import { checkDbShape, StoreCorruptError } from './db-shape.ts'

export class LowdbStore implements Store {
  private queue: Promise<unknown> = Promise.resolve()

  private constructor(
    private readonly low: Low<DbData>,
    readonly file: string | null,
  ) {}

  /**
   * Opens (or creates) the db file. A file that is not valid JSON or not a jixiao db throws
   * StoreCorruptError naming the file; it is never overwritten.
   */
  static async open(file: string): Promise<LowdbStore> {
    await mkdir(dirname(file), { recursive: true })
    const adapter = new JSONFile<DbData>(file)
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

  async snapshot(): Promise<Readonly<DbData>> {
    return this.low.data
  }

  update<T>(change: (data: DbData) => T): Promise<T> {
    const run = this.queue.then(() => this.apply(change))
    this.queue = run.catch(() => undefined)
    return run
  }

  async flush(): Promise<void> {
    await this.queue
  }

  /** Changes a copy, writes it, and keeps the previous data when the write fails. */
  private async apply<T>(change: (data: DbData) => T): Promise<T> {
    const previous = this.low.data
    const next = structuredClone(previous)
    const result = change(next)
    this.low.data = next
    try {
      await this.low.write()
    } catch (e) {
      this.low.data = previous
      throw new Error(`could not write the store${this.file ? ` ${this.file}` : ''}`, { cause: e })
    }
    return result
  }
}
