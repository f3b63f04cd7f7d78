// Notes that explain the whole unit's spending: the department's own and the user's. The causes
// of a row are read in row-causes.ts; the template never invents one. A department note that
// names a row (a project by its name or its line, an indicator by its name) is also a cause of
// that row, used like a related row's.
import type { TableAnalysis } from '../analyze.ts'
import type { ProjectAnalysis } from '../project-analysis.ts'
import type { RowCauses, StatedCause } from '../row-causes.ts'

/** Where a department note is written, as a draft names it. */
export const DEPARTMENT_NOTE_FROM = '部门整体支出中单位的说明'

export function generalNotes(a: TableAnalysis, userNotes: readonly string[] = []): string[] {
  const own = a.table.kind === 'department-overall' ? a.table.notes : []
  return [...own, ...userNotes].filter((n) => n.trim() !== '')
}

/** The names a note may call a project by: its table's name and the department line it fills. */
export function projectNames(a: TableAnalysis, p: ProjectAnalysis): string[] {
  const line = a.department?.project.lines.find((l) => l.analysis === p)
  return line ? [p.table.project, line.line.name] : [p.table.project]
}

/**
 * The row's causes with the department's notes that name it among the related ones: they count
 * only where the row states no cause of its own (in its cell or from the user).
 */
export function withNotesNaming(a: TableAnalysis, c: RowCauses, names: readonly string[], row: string): RowCauses {
  if (c.own.length || a.table.kind !== 'department-overall') return c
  const bare = (s: string) => s.replace(/\s+/g, '')
  const wanted = names.map(bare).filter((n) => n.length >= 2)
  const named = a.table.notes
    .filter((n) => wanted.some((w) => bare(n).includes(w)))
    .map((text): StatedCause => ({ text: text.trim(), from: DEPARTMENT_NOTE_FROM, row }))
  return named.length ? { ...c, related: [...c.related, ...named] } : c
}
