// A change that could not be made durable, and why, as far as the user can act on it: the disk
// is full, the data folder cannot be written (read-only, no permission), or something else. The
// store adapter tells which from the system's error; the HTTP layer gives each its own status
// and Chinese message (507, 503) without the paths or codes behind it.

export type StoreFailure = 'disk-full' | 'read-only' | 'unavailable'

export class StoreWriteError extends Error {
  constructor(
    readonly failure: StoreFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'StoreWriteError'
  }
}
