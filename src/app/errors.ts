// Expected failures of the app's use cases, besides bad input (InputError in core): something
// that does not exist, and a change that would break other records. The HTTP layer maps them to
// 404 and 409. Like every app error: a code, English for logs, Chinese for people (app-error.ts).
import { AppError } from '../core/app-error.ts'

export class NotFoundError extends AppError {
  readonly code = 'NOT_FOUND'

  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message)
    this.name = 'NotFoundError'
  }
}

export class ConflictError extends AppError {
  constructor(
    message: string,
    readonly messageZh: string,
    readonly code = 'CONFLICT',
  ) {
    super(message)
    this.name = 'ConflictError'
  }
}

export function tableNotFound(id: string): NotFoundError {
  return new NotFoundError(`no table with id ${id}`, `没有编号为“${id}”的表格，可能已被删除`)
}
