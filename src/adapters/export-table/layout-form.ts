// Chooses the layout of a form.
import type { ProjectTableJson } from '../import/import-types.ts'
import type { FormGrid, LayoutOptions } from './form-grid.ts'
import { localLayout } from './local-layout.ts'
import { nationalLayout } from './national-layout.ts'

export function layoutForm(table: ProjectTableJson, options: LayoutOptions): FormGrid {
  return options.layout === 'national' ? nationalLayout(table, options) : localLayout(table, options)
}
