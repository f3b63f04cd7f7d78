// Expected failures of the app's use cases, besides bad input (InputError in core): something
// that does not exist, and a change that would break other records. The HTTP layer maps them to
// 404 and 409; the message is Chinese for the user, the English one for logs.

export class NotFoundError extends Error {
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message)
    this.name = 'NotFoundError'
  }
}

export class ConflictError extends Error {
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
