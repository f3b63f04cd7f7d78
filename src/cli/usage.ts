// Command-line arguments that do not make sense.
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { AppError } from '../core/app-error.ts'

export class UsageError extends AppError {
  readonly code = 'USAGE'

  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message)
    this.name = 'UsageError'
  }
}

/** node:util parseArgs with its errors turned into UsageError. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  args: string[],
  options: T,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e)
    throw new UsageError(`${command}: ${detail}`, `命令 ${command} 的参数有误：${detail}`)
  }
}
