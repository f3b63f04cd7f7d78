// The one convention for the app's errors (input, not found, conflict, model, storage, usage): a
// stable `code` for programs, an English `message` for logs, a Chinese `messageZh` for people.
// Neither message ever holds a secret, a path of the server or a stack.

export abstract class AppError extends Error {
  abstract readonly code: string
  abstract readonly messageZh: string
}

/** "中文说明\n(English for logs)": how the CLI and the server print an app error. */
export function formatAppError(e: AppError): string {
  return `${e.messageZh}\n(${e.message.replace(/\n/g, '; ')})`
}
