import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_PROMPTS_DIR, loadPromptLibrary, sha256Hex } from '../../src/adapters/prompt-files.ts'
import { PromptTemplateError } from '../../src/core/prompt-template.ts'

const dirs: string[] = []
async function copyOfPrompts(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-prompts-'))
  dirs.push(dir)
  await cp(DEFAULT_PROMPTS_DIR, dir, { recursive: true })
  return dir
}
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
})

describe('prompt files', () => {
  it('hash the files a prompt uses, partials included, as sha256 hex', async () => {
    const lib = await loadPromptLibrary()
    const hash = lib.hash(['system', 'variance'])
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    const file = async (n: string) => sha256Hex(await readFile(join(DEFAULT_PROMPTS_DIR, `${n}.md`), 'utf8'))
    const manifest = ['_context', '_rules', 'system', 'variance'].map(async (n) => `${n}.md ${await file(n)}`)
    expect(hash).toBe(sha256Hex((await Promise.all(manifest)).join('\n')))
    expect(lib.hash(['variance', 'system'])).toBe(hash)
  })

  it('change the hash when a partial changes, and not when an unrelated prompt does', async () => {
    const dir = await copyOfPrompts()
    const before = (await loadPromptLibrary(dir)).hash(['system', 'variance'])
    await writeFile(join(dir, 'measures.md'), `${await readFile(join(dir, 'measures.md'), 'utf8')}\n- 新增一条。\n`)
    expect((await loadPromptLibrary(dir)).hash(['system', 'variance'])).toBe(before)
    await writeFile(join(dir, '_rules.md'), `${await readFile(join(dir, '_rules.md'), 'utf8')}8. 新规则。\n`)
    expect((await loadPromptLibrary(dir)).hash(['system', 'variance'])).not.toBe(before)
  })

  it('refuse to load a prompt that uses a variable it does not declare', async () => {
    const dir = await copyOfPrompts()
    await writeFile(join(dir, 'repair.md'), '---\nvariables: findings\n---\n{{findings}}\n{{draft}}\n')
    await expect(loadPromptLibrary(dir)).rejects.toThrow(PromptTemplateError)
  })

  it('refuse to load a directory without one of the prompts', async () => {
    const dir = await copyOfPrompts()
    await rm(join(dir, 'chat.md'))
    await expect(loadPromptLibrary(dir)).rejects.toThrow('prompt files missing')
  })
})
