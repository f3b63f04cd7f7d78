// The file names tables read from one upload are stored under. A department refers to project
// tables by file name, so every stored name is unique: "自评表.docx" holding two forms gives
// "自评表-1.json" and "自评表-2.json"; a single table keeps the file's own name (as .json); a
// name already taken gets the next free number.
import { safeFileName } from './safe-file-name.ts'

const MAX_BASE_CHARS = 80

/** `count` distinct names for the tables of `fileName`, none of them in `taken`. */
export function proposeFileNames(fileName: string, count: number, taken: ReadonlySet<string>): string[] {
  const base = stem(fileName)
  const used = new Set([...taken].map(safeFileName))
  const names: string[] = []
  let n = 1
  const take = (name: string) => {
    used.add(name)
    names.push(name)
  }
  if (count === 1 && !used.has(`${base}.json`)) {
    take(`${base}.json`)
    return names
  }
  while (names.length < count) {
    const name = `${base}-${n++}.json`
    if (!used.has(name)) take(name)
  }
  return names
}

/** The file's name without its folders and extension, made safe (safe-file-name.ts). */
function stem(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? ''
  const bare = name.replace(/\.[A-Za-z0-9]{1,5}$/, '')
  const clean = [...safeFileName(bare)].slice(0, MAX_BASE_CHARS).join('').trim()
  return clean || '导入的表格'
}
