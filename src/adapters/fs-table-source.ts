// Table files on disk. A department's selfEvaluation paths are relative to the department file.
import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { InputError } from '../core/input-error.ts'
import type { CanonicalTable } from '../core/table.ts'
import { loadTable, type TableSource, type TableText } from '../app/load-table.ts'

export const fsTableSource: TableSource = {
  async readRelative(from, ref) {
    const file = resolve(dirname(from), ref)
    return readTextIfExists(file)
  },
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
    throw new InputError([
      { file, path: '$', message: '文件不存在', messageEn: 'the file does not exist' },
    ])
  }
  return loadTable(fsTableSource, { file, text: input.text })
}
