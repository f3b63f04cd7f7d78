// An empty store starts with the sample tables (data/samples), so a fresh clone has something to
// work on. Project tables go first: the department refers to them by file name.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Repository } from '../../app/repository.ts'
import type { TableCatalog } from '../../app/table-catalog.ts'

export async function seedSamplesIfEmpty(repo: Repository, catalog: TableCatalog, dir: string): Promise<string[]> {
  if ((await repo.listTables()).length > 0) return []
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort()
  const texts = await Promise.all(files.map(async (f) => ({ file: f, text: await readFile(join(dir, f), 'utf8') })))
  const isDepartment = (text: string) => (JSON.parse(text) as { kind?: unknown }).kind === 'department-overall'
  const ordered = [...texts.filter((t) => !isDepartment(t.text)), ...texts.filter((t) => isDepartment(t.text))]
  const seeded: string[] = []
  for (const t of ordered) {
    await catalog.importTable({ fileName: t.file, text: t.text })
    seeded.push(t.file)
  }
  return seeded
}
