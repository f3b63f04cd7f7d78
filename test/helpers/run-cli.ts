// Runs the real command line in a child process, as scripts and CI do: the compiled
// dist/cli.js (the `jixiao` bin), which test/build-dist.ts keeps up to date with src/.
import { spawn } from 'node:child_process'

export type CliRun = { code: number | null; stdout: string; stderr: string }

export const CLI = 'dist/cli.js'

export function runCli(args: string[], stdin = '', env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, ...env },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(stdin)
  })
}
