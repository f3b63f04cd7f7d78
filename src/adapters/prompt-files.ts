// Loads prompts/*.md (partials are the files starting with `_`) into a PromptLibrary and hashes
// them with sha256, so every draft can record exactly which prompt files produced it.
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createPromptLibrary, PROMPT_NAMES, type PromptLibrary } from '../app/prompt-library.ts'

/** The repository's prompts/ directory, wherever the process was started. */
export const DEFAULT_PROMPTS_DIR = fileURLToPath(new URL('../../prompts/', import.meta.url))

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

export async function loadPromptLibrary(dir: string = DEFAULT_PROMPTS_DIR): Promise<PromptLibrary> {
  const names = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort()
  const sources = await Promise.all(
    names.map(async (f) => ({ name: f.slice(0, -3), text: await readFile(join(dir, f), 'utf8') })),
  )
  const missing = PROMPT_NAMES.filter((n) => !sources.some((s) => s.name === n))
  if (missing.length) throw new Error(`prompt files missing in ${dir}: ${missing.map((n) => `${n}.md`).join(', ')}`)
  return createPromptLibrary(sources, sha256Hex)
}
