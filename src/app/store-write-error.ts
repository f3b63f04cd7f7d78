// A change that could not be made durable, and why, as far as the user can act on it: the disk
// is full, the data folder cannot be written (read-only, no permission), or something else. The
// store adapter tells which from the system's error; like the app's other errors it carries a
// code, an English message for logs and a Chinese one for people — never a path or a system code.

import { AppError } from '../core/app-error.ts'

export type StoreFailure = 'disk-full' | 'read-only' | 'unavailable'

const FAILURES: Record<StoreFailure, { code: string; messageZh: string }> = {
  'disk-full': {
    code: 'STORAGE_FULL',
    messageZh: '磁盘空间已满，本次修改未能保存（之前保存的内容不受影响）。请清理磁盘空间后重试。',
  },
  'read-only': {
    code: 'STORAGE_READ_ONLY',
    messageZh: '数据目录不可写（只读或没有写入权限），本次修改未能保存。请检查数据目录（DATA_DIR）的权限。',
  },
  unavailable: {
    code: 'STORAGE_UNAVAILABLE',
    messageZh: '数据文件暂时无法写入，本次修改未能保存。请稍后重试。',
  },
}

export class StoreWriteError extends AppError {
  readonly code: string
  readonly messageZh: string

  constructor(
    readonly failure: StoreFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'StoreWriteError'
    this.code = FAILURES[failure].code
    this.messageZh = FAILURES[failure].messageZh
  }
}
