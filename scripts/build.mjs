// `npm run build` (and npm's `prepare`, so `npm ci` leaves a runnable dist/): the TypeScript of
// src/ compiled to dist/ with the same folders (so paths such as ../../prompts/ resolve alike from
// both), and the files that are not TypeScript — the page in src/adapters/http/ui/ — copied
// beside it. Type errors are `npm run typecheck`'s business (tsconfig.build.json sets noCheck),
// so the build takes seconds.
import { execFileSync } from 'node:child_process'
import { chmodSync, cpSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')

rmSync(`${root}dist`, { recursive: true, force: true })
execFileSync(process.execPath, [tsc, '-p', `${root}tsconfig.build.json`], { stdio: 'inherit' })
cpSync(`${root}src/adapters/http/ui`, `${root}dist/adapters/http/ui`, { recursive: true })
chmodSync(`${root}dist/cli.js`, 0o755)
// test/build-dist.ts compares the sources with this stamp to rebuild before the tests.
writeFileSync(`${root}dist/.built`, `${new Date().toISOString()}\n`)
