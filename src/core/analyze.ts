// The core's entry point: a canonical table in, its analysis, fact sheet and warnings out.
import { checkProject } from './consistency.ts'
import { analyzeDepartment, type DepartmentAnalysis } from './department-analysis.ts'
import { checkDepartment } from './department-consistency.ts'
import { departmentFacts } from './department-facts.ts'
import { toFactSheet, type FactSheet } from './facts.ts'
import { analyzeProject, type ProjectAnalysis } from './project-analysis.ts'
import { projectFacts } from './project-facts.ts'
import { textFacts } from './text-facts.ts'
import { NATIONAL_PROFILE, type ScoringProfile } from './scoring-profile.ts'
import type { CanonicalTable } from './table.ts'
import type { TableWarning } from './warnings.ts'

export type TableAnalysis = {
  table: CanonicalTable
  profile: ScoringProfile
  /** the department, when the table is one */
  department: DepartmentAnalysis | null
  /** the project table, or the department's joined ones */
  projects: ProjectAnalysis[]
  sheet: FactSheet
  warnings: TableWarning[]
}

export function analyzeTable(table: CanonicalTable, profile: ScoringProfile = NATIONAL_PROFILE): TableAnalysis {
  if (table.kind === 'project-self-evaluation') {
    const project = analyzeProject(table, 'P1', profile)
    return {
      table,
      profile,
      department: null,
      projects: [project],
      sheet: toFactSheet([...projectFacts(project), ...textFacts({ projects: [project], department: null })]),
      warnings: checkProject(project),
    }
  }
  const department = analyzeDepartment(table, profile)
  return {
    table,
    profile,
    department,
    projects: department.projects,
    sheet: toFactSheet([
      ...departmentFacts(department),
      ...department.projects.flatMap(projectFacts),
      ...textFacts({ projects: department.projects, department }),
    ]),
    warnings: [...checkDepartment(department), ...department.projects.flatMap(checkProject)],
  }
}
