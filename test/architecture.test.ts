// Keeps the layers visible: core ← app ← adapters ← cli/server.
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const LAYERS = ['core', 'app', 'adapters', 'cli'] as const

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory()
        ? sourceFiles(join(dir, e.name))
        : Promise.resolve(e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []),
    ),
  )
  return nested.flat()
}

function layerOf(file: string): number {
  const rel = relative('src', file)
  const top = rel.split('/')[0]!
  const i = LAYERS.indexOf(top as (typeof LAYERS)[number])
  return i === -1 ? LAYERS.length : i // src/cli.ts, src/server.ts and the like sit on top
}

function imports(text: string): string[] {
  return [
    ...text.matchAll(/(?:^|;)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!)
}

describe('architecture', () => {
  it('imports point one way: core ← app ← adapters ← cli/server, and the core uses no packages', async () => {
    const violations: string[] = []
    for (const file of await sourceFiles('src')) {
      const text = await readFile(file, 'utf8')
      for (const spec of imports(text)) {
        if (spec.startsWith('.')) {
          const target = join(file, '..', spec)
          if (layerOf(target) > layerOf(file)) violations.push(`${file} imports ${spec}`)
        } else if (layerOf(file) === 0) {
          violations.push(`${file} (core) imports the package ${spec}`)
        }
      }
    }
    expect(violations).toEqual([])
  })

  it('the core reads no environment, clock or files', async () => {
    const offenders: string[] = []
    for (const file of await sourceFiles('src/core')) {
      const text = await readFile(file, 'utf8')
      if (/process\.env|Date\.now|new Date\(|readFile|fetch\(/.test(text)) offenders.push(file)
    }
    expect(offenders).toEqual([])
  })
})
