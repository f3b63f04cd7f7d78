// Runs `node dist/server.js` as `npm start` does, on a free port (PORT=0) and a given DATA_DIR,
// and waits for the line that names its address (test/build-dist.ts keeps dist/ up to date).
import { spawn, type ChildProcess } from 'node:child_process'

export type RunningServer = { url: string; child: ChildProcess; stop: () => Promise<void> }

const SERVER = 'dist/server.js'

/** `script`: another server printing the same address line (the benchmarks' bare Hono app). */
export function runServer(env: Record<string, string>, script = SERVER): Promise<RunningServer> {
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, PORT: '0', OPENAI_API_KEY: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /jixiao web app: (http:\/\/\S+)/.exec(out)
      if (m) resolve({ url: m[1]!.replace('localhost', '127.0.0.1'), child, stop: () => stop(child) })
    })
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()))
    child.once('exit', (code) => reject(new Error(`the server exited with ${code} before listening:\n${out}${err}`)))
  })
}

/** Runs the server expecting it to exit; resolves with its exit code and output. */
export function runServerToExit(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })))
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
