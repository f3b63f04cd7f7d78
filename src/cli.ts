#!/usr/bin/env node
// The command line (DESIGN.md §7). Prints only the result on stdout; messages go to stderr.
// Exit codes: 0 success, 1 verification found errors, 2 bad input, 3 internal error.
import { LlmError } from './app/llm-error.ts'
import { formatAppError } from './core/app-error.ts'
import { InputError } from './core/input-error.ts'
import { commands, type CliIo } from './cli/commands.ts'
import { COMMAND_HELP, OVERVIEW, wantsHelp } from './cli/help.ts'
import { UsageError } from './cli/usage.ts'

// "jixiao facts FILE --json | head": a reader that stops reading is no error of ours — stop quietly
// rather than print a stack trace for the broken pipe.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0)
  throw e
})

const io: CliIo = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  stdin: process.stdin,
  env: process.env,
  errIsTty: process.stderr.isTTY === true,
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  // Help asked for is the result: stdout, exit 0. No command at all is a usage error (exit 2).
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined
    io.out(`${(topic && COMMAND_HELP[topic]) || OVERVIEW}\n`)
    return 0
  }
  const command = name ? commands[name] : undefined
  if (!name || !command) {
    io.err(`${OVERVIEW}\n`)
    if (name) io.err(`\n未知命令“${name}”。\n(unknown command ${JSON.stringify(name)})\n`)
    return 2
  }
  if (wantsHelp(rest)) {
    io.out(`${COMMAND_HELP[name] ?? OVERVIEW}\n`)
    return 0
  }
  try {
    return await command(rest, io)
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`输入有误：\n${formatAppError(e)}\n`)
      return 2
    }
    if (e instanceof LlmError) {
      // A missing key or a bad setting is the user's to fix (2); a failed call is not (3).
      io.err(`${formatAppError(e)}\n`)
      return e.kind === 'config' ? 2 : 3
    }
    if (e instanceof UsageError) {
      io.err(`${formatAppError(e)}\n`)
      return 2
    }
    const detail = e instanceof Error ? e.message : String(e)
    io.err(`内部错误：${detail}\n(internal error: ${detail})\n`)
    if (process.env.JIXIAO_DEBUG && e instanceof Error) io.err(`${e.stack}\n`)
    return 3
  }
}

process.exitCode = await main(process.argv.slice(2))
