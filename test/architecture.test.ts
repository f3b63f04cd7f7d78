// Imports point one way: core ← app ← adapters ← cli / server. Read from the import lines.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  )
}

const LAYER_ORDER = ['core', 'app', 'adapters', 'top'] as const
type Layer = (typeof LAYER_ORDER)[number]

function layerOf(file: string): Layer {
  const [first] = relative('src', file).split(/[\\/]/)
  return first === 'core' || first === 'app' || first === 'adapters' ? first : 'top'
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map(
    (m) => m[1]!,
  )
}

describe('the layers', () => {
  const files = sources('src')

  it('never import an outer layer', () => {
    const wrong: string[] = []
    for (const file of files) {
      for (const spec of imports(file)) {
        if (!spec.startsWith('.')) continue
        const target = resolve(file, '..', spec)
        if (
          LAYER_ORDER.indexOf(layerOf(relative(process.cwd(), target))) >
          LAYER_ORDER.indexOf(layerOf(file))
        ) {
          wrong.push(`${file} → ${spec}`)
        }
      }
    }
    expect(wrong).toEqual([])
  })

  it('keep the core free of packages, Node modules and the environment', () => {
    const wrong: string[] = []
    for (const file of files.filter((f) => layerOf(f) === 'core')) {
      for (const spec of imports(file)) if (!spec.startsWith('.')) wrong.push(`${file} → ${spec}`)
      if (/process\.env|Date\.now\(|new Date\(\)/.test(readFileSync(file, 'utf8')))
        wrong.push(`${file}: environment or clock`)
    }
    expect(wrong).toEqual([])
  })
})
