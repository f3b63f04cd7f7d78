// Table files on disk. A department's selfEvaluation paths are relative to the department file
// and confined to its folder (and the folders below it): a path that leads elsewhere — "../",
// an absolute path, a symbolic link out — is refused without reading the file.
import { readFile, realpath } from 'node:fs/promises'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { InputError } from '../core/input-error.ts'
import type { CanonicalTable } from '../core/table.ts'
import { loadTable, type TableSource, type TableText } from '../app/load-table.ts'

export const fsTableSource: TableSource = {
  async readRelative(from, ref) {
    const folder = dirname(resolve(from))
    const file = resolve(folder, ref)
    if (!isInside(folder, file)) throw outsideFolder(ref)
    const real = await realpath(file).catch(() => null)
    if (real === null) return null
    if (!isInside(await realpath(folder), real)) throw outsideFolder(ref)
    return readTextIfExists(file)
  },
}

function isInside(folder: string, file: string): boolean {
  const rel = relative(folder, file)
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
}

function outsideFolder(ref: string): InputError {
  return new InputError([
    {
      path: '$',
      message: `引用的项目自评表“${ref}”不在部门表所在的文件夹内，未读取；请把项目自评表放在同一文件夹（或其子文件夹）中`,
      messageEn: `${JSON.stringify(ref)} is outside the department file's folder; not read`,
    },
  ])
}

async function readTextIfExists(file: string): Promise<TableText | null> {
  try {
    return { file, text: await readFile(file, 'utf8') }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw e
  }
}

/** Reads, validates and joins a table file; a missing or unreadable file is an InputError. */
export async function loadTableFile(file: string): Promise<CanonicalTable> {
  let input: TableText | null
  try {
    input = await readTextIfExists(file)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unknown error'
    throw new InputError([
      { file, path: '$', message: `无法读取文件（${code}）`, messageEn: `cannot read the file (${code})` },
    ])
  }
  if (!input) {
    throw new InputError([{ file, path: '$', message: '文件不存在', messageEn: 'the file does not exist' }])
  }
  return loadTable(fsTableSource, { file, text: input.text })
}
