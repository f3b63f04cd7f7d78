// Notes that explain the whole unit's spending: the department's own and the user's. The causes
// of a row are read in row-causes.ts; the template never invents one.
import type { TableAnalysis } from '../analyze.ts'

export function generalNotes(a: TableAnalysis, userNotes: readonly string[] = []): string[] {
  const own = a.table.kind === 'department-overall' ? a.table.notes : []
  return [...own, ...userNotes].filter((n) => n.trim() !== '')
}
