// Prompt files (prompts/*.md): a front matter of `key: value` lines between `---` fences, then a
// body with `{{name}}` variables and `{{> _partial}}` includes. The front matter's `variables:`
// line declares the variables the body uses. Parsing and rendering are pure; a render fails on a
// missing variable and on a provided one that the prompt does not use, so a renamed variable
// cannot silently drop the fact list from a prompt.

export type PromptTemplate = {
  /** the file name without `.md` ("variance", "_context") */
  name: string
  /** every front-matter key as written (name, description, variables, …) */
  meta: Readonly<Record<string, string>>
  /** the variables the front matter declares, in order */
  variables: readonly string[]
  /** the partials the body includes, in order of first use */
  partials: readonly string[]
  body: string
}

export class PromptTemplateError extends Error {
  constructor(
    readonly template: string,
    message: string,
  ) {
    super(`prompt ${template}: ${message}`)
    this.name = 'PromptTemplateError'
  }
}

const NAME = '[A-Za-z_][A-Za-z0-9_]*'
const VARIABLE = new RegExp(`\\{\\{\\s*(${NAME})\\s*\\}\\}`, 'g')
const PARTIAL = new RegExp(`\\{\\{>\\s*(${NAME})\\s*\\}\\}`, 'g')
const ANY_TAG = /\{\{[^}]*\}\}/g

export function parsePromptTemplate(name: string, text: string): PromptTemplate {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const meta: Record<string, string> = {}
  let body = src
  if (src.startsWith('---\n')) {
    const end = src.indexOf('\n---', 3)
    if (end < 0) throw new PromptTemplateError(name, 'front matter has no closing ---')
    for (const [i, line] of src.slice(4, end).split('\n').entries()) {
      if (line.trim() === '' || line.trimStart().startsWith('#')) continue
      const m = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line)
      if (!m) throw new PromptTemplateError(name, `front matter line ${i + 2} is not "key: value": ${line}`)
      meta[m[1]!] = m[2]!.trim()
    }
    const afterFence = src.indexOf('\n', end + 1)
    body = afterFence < 0 ? '' : src.slice(afterFence + 1)
  }
  body = body.replace(/^\n+/, '').replace(/\s+$/, '')

  const variables = (meta.variables ?? '').split(/[,，、\s]+/).filter(Boolean)
  for (const v of variables) {
    if (!new RegExp(`^${NAME}$`).test(v)) throw new PromptTemplateError(name, `bad variable name "${v}"`)
  }
  const used = new Set([...body.matchAll(VARIABLE)].map((m) => m[1]!))
  const partials = [...new Set([...body.matchAll(PARTIAL)].map((m) => m[1]!))]
  for (const tag of body.match(ANY_TAG) ?? []) {
    if (!new RegExp(`^\\{\\{(>)?\\s*${NAME}\\s*\\}\\}$`).test(tag)) {
      throw new PromptTemplateError(name, `malformed tag ${tag}`)
    }
  }
  const fail = (message: string) => new PromptTemplateError(name, message)
  for (const v of used) {
    if (!variables.includes(v)) throw fail(`the body uses {{${v}}} but the front matter does not declare it`)
  }
  for (const v of variables) {
    if (!used.has(v)) throw fail(`the front matter declares "${v}" but the body never uses it`)
  }
  return { name, meta, variables, partials, body }
}

/** The partials a template includes, directly or through other partials (no duplicates). */
export function partialClosure(
  template: PromptTemplate,
  partials: ReadonlyMap<string, PromptTemplate>,
): PromptTemplate[] {
  const out: PromptTemplate[] = []
  const visit = (t: PromptTemplate, path: string[]) => {
    for (const p of t.partials) {
      if (path.includes(p)) {
        throw new PromptTemplateError(template.name, `partials include each other: ${[...path, p].join(' → ')}`)
      }
      const partial = partials.get(p)
      if (!partial) throw new PromptTemplateError(t.name, `includes {{> ${p}}} but there is no partial ${p}`)
      if (!out.includes(partial)) out.push(partial)
      visit(partial, [...path, p])
    }
  }
  visit(template, [template.name])
  return out
}

/** The variables a render needs: the template's and those of every partial it includes. */
export function requiredVariables(template: PromptTemplate, partials: ReadonlyMap<string, PromptTemplate>): string[] {
  const all = [template, ...partialClosure(template, partials)].flatMap((t) => t.variables)
  return [...new Set(all)]
}

/**
 * Renders a template. Values are inserted as written, in one pass: a value that happens to
 * contain `{{…}}` is not expanded again.
 */
export function renderPromptTemplate(
  template: PromptTemplate,
  values: Readonly<Record<string, string>>,
  partials: ReadonlyMap<string, PromptTemplate> = new Map(),
): string {
  const required = requiredVariables(template, partials)
  const missing = required.filter((v) => typeof values[v] !== 'string')
  const fail = (message: string) => new PromptTemplateError(template.name, message)
  if (missing.length) throw fail(`missing variable(s): ${missing.join(', ')}`)
  const unused = Object.keys(values).filter((v) => !required.includes(v))
  if (unused.length) throw fail(`variable(s) given but not used: ${unused.join(', ')}`)

  const expand = (body: string): string => body.replace(PARTIAL, (_, p: string) => expand(partials.get(p)!.body))
  return expand(template.body).replace(VARIABLE, (_, v: string) => values[v]!)
}
