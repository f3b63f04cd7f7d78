// The commands the CLI knows. Each lives in its own file and is loaded only when it runs, so a
// command does not pay for the readers, writers and model client of the others.
import type { Readable } from 'node:stream'

export type CliIo = {
  out: (s: string) => void
  err: (s: string) => void
  stdin: Readable
  env: NodeJS.ProcessEnv
  /** stderr is a terminal (a person watches): `draft --provider openai` streams there */
  errIsTty?: boolean
}

export type Command = (args: string[], io: CliIo) => Promise<number>

const lazy =
  (load: () => Promise<Command>): Command =>
  async (args, io) =>
    (await load())(args, io)

export const commands: Record<string, Command> = {
  draft: lazy(async () => (await import('./draft-command.ts')).draftCommand),
  facts: lazy(async () => (await import('./facts-command.ts')).factsCommand),
  import: lazy(async () => (await import('./import-command.ts')).importCommand),
  review: lazy(async () => (await import('./review-command.ts')).reviewCommand),
  verify: lazy(async () => (await import('./verify-command.ts')).verifyCommand),
}
