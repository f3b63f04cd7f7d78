// Bad input is an expected outcome: it names the file, the place in it and what is wrong,
// in Chinese for the user and in English for logs.
import { AppError } from './app-error.ts'

export type InputProblem = {
  /** the file the problem is in, when there is one */
  file?: string
  /** where in the input, for programs: a JSON path ("funding[1].budget"), a cell ("B7") or a row */
  path: string
  /**
   * where in the input, for people, as they see the table: "资金情况·第2行（财政拨款）·年初预算";
   * '' when the message says it itself. Without one, a path that is no JSON path (a cell "Sheet1!C7",
   * an option "--table") is shown; a JSON path never is.
   */
  place?: string
  /** Chinese, for the user */
  message: string
  /** English, for logs */
  messageEn: string
}

export class InputError extends AppError {
  readonly code = 'INVALID_INPUT'
  readonly problems: InputProblem[]

  constructor(problems: InputProblem[]) {
    super(problems.map(formatProblemEn).join('\n'))
    this.name = 'InputError'
    this.problems = problems
  }

  /** All problems, one per line, in Chinese. */
  get messageZh(): string {
    return this.problems.map(formatProblemZh).join('\n')
  }

  withFile(file: string): InputError {
    return new InputError(this.problems.map((p) => ({ ...p, file: p.file ?? file })))
  }
}

function formatProblemZh(p: InputProblem): string {
  const where = [p.file, problemPlace(p)].filter(Boolean).join(' · ')
  return where ? `${where}：${p.message}` : p.message
}

/** "funding[1].budget", "tables[0].kind", "row": a program's name for a place, not a person's. */
const JSON_PATH = /^[A-Za-z_$][\w$]*(?:\[\d+\]|\.[A-Za-z_$][\w$]*)*$/

/** Where a problem is, as the Chinese message names it ('' for the input as a whole). */
export function problemPlace(p: InputProblem): string {
  if (p.place !== undefined) return p.place
  return p.path === '$' || JSON_PATH.test(p.path) ? '' : p.path
}

function formatProblemEn(p: InputProblem): string {
  const where = [p.file, p.path && p.path !== '$' ? p.path : ''].filter(Boolean).join(': ')
  return where ? `${where}: ${p.messageEn}` : p.messageEn
}

/** "funding[1].budget" from ["funding", 1, "budget"]. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out ? `.${String(key)}` : String(key)
  }
  return out || '$'
}
