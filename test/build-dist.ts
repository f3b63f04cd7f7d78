// Vitest global set-up: the CLI and server tests spawn the compiled dist/ as users run it
// (`jixiao`, `npm start`), so dist/ is rebuilt first when a source is newer than the last build
// (after `npm ci` it is fresh: npm's prepare built it). The build takes a few seconds.
import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const INPUTS = ['src', 'tsconfig.json', 'tsconfig.build.json', 'scripts/build.mjs', 'package.json']

function newest(path: string): number {
  const s = statSync(path)
  if (!s.isDirectory()) return s.mtimeMs
  return Math.max(s.mtimeMs, ...readdirSync(path).map((n) => newest(join(path, n))))
}

function builtAt(): number {
  try {
    return statSync('dist/.built').mtimeMs
  } catch {
    return 0
  }
}

export default function setup(): void {
  if (Math.max(...INPUTS.map(newest)) <= builtAt()) return
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' })
}
