// The prompts a drafter renders, by name, with the hash that identifies the files behind them.
// loadPromptLibrary (src/adapters/prompt-files.ts) builds one from prompts/*.md; tests and other
// hosts can build one from memory with createPromptLibrary.
import {
  parsePromptTemplate,
  partialClosure,
  renderPromptTemplate,
  type PromptTemplate,
} from '../core/prompt-template.ts'

export type PromptName = 'system' | 'variance' | 'problems' | 'measures' | 'repair' | 'chat' | 'revise'

export const PROMPT_NAMES: readonly PromptName[] = [
  'system',
  'variance',
  'problems',
  'measures',
  'repair',
  'chat',
  'revise',
]

export type PromptSource = {
  /** the file name without `.md`; partials start with `_` */
  name: string
  text: string
}

export interface PromptLibrary {
  /** Renders a prompt; throws PromptTemplateError on a missing or unused variable. */
  render(name: PromptName, values: Readonly<Record<string, string>>): string
  /** The variables a prompt needs (its own and its partials'). */
  variables(name: PromptName): readonly string[]
  /**
   * sha256 (hex) over the files the named prompts use, partials included, in a stable order:
   * it changes exactly when one of those files changes.
   */
  hash(names: readonly PromptName[]): string
}

/** `sha256` is injected so this stays free of Node APIs: hex digest of a UTF-8 string. */
export function createPromptLibrary(sources: readonly PromptSource[], sha256: (text: string) => string): PromptLibrary {
  const texts = new Map(sources.map((s) => [s.name, s.text]))
  const templates = new Map<string, PromptTemplate>()
  const partials = new Map<string, PromptTemplate>()
  for (const s of sources) {
    const t = parsePromptTemplate(s.name, s.text)
    ;(s.name.startsWith('_') ? partials : templates).set(s.name, t)
  }
  const get = (name: string): PromptTemplate => {
    const t = templates.get(name)
    if (!t) throw new Error(`no prompt named ${name} (have: ${[...templates.keys()].join(', ')})`)
    return t
  }
  // Fail at load time, not at the first draft: every partial exists, no cycles.
  for (const t of templates.values()) partialClosure(t, partials)

  return {
    render: (name, values) => renderPromptTemplate(get(name), values, partials),
    variables: (name) => {
      const t = get(name)
      return [...new Set([t, ...partialClosure(t, partials)].flatMap((x) => x.variables))]
    },
    hash(names) {
      const files = new Set<string>()
      for (const n of names) {
        const t = get(n)
        files.add(t.name)
        for (const p of partialClosure(t, partials)) files.add(p.name)
      }
      const manifest = [...files]
        .sort()
        .map((f) => `${f}.md ${sha256(texts.get(f)!)}`)
        .join('\n')
      return sha256(manifest)
    },
  }
}
