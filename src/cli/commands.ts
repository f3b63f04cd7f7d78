// The commands the CLI knows. Each lives in its own file.
import type { Readable } from 'node:stream'
import { draftCommand } from './draft-command.ts'
import { factsCommand } from './facts-command.ts'
import { importCommand } from './import-command.ts'
import { reviewCommand } from './review-command.ts'
import { verifyCommand } from './verify-command.ts'

export type CliIo = {
  out: (s: string) => void
  err: (s: string) => void
  stdin: Readable
  env: NodeJS.ProcessEnv
}

export type Command = (args: string[], io: CliIo) => Promise<number>

export const commands: Record<string, Command> = {
  draft: draftCommand,
  facts: factsCommand,
  import: importCommand,
  review: reviewCommand,
  verify: verifyCommand,
}
