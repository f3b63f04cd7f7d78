// The label–value rows at the top of a form: 项目名称, 项目负责人及电话, 主管部门, 实施单位 (and a
// 年度 row on some forms). A value is the first non-empty cell after its label, up to the next
// label, wherever merges put it; a label with no value gives null (the seed's empty 主管部门).
import { labelKey } from './cell-text.ts'
import { fieldLabelOf, type FieldLabel } from './header-vocabulary.ts'

export type FormFields = {
  project: string | null
  manager: string | null
  phone: string | null
  department: string | null
  unit: string | null
  year: string | null
  /** which fields had a label on the form */
  labelled: Set<FieldLabel>
}

export function readFields(rows: readonly (readonly string[])[]): FormFields {
  const values = new Map<FieldLabel, string>()
  const labelled = new Set<FieldLabel>()
  for (const cells of rows) {
    for (let i = 0; i < cells.length; i++) {
      const field = cells[i] ? fieldLabelOf(labelKey(cells[i]!)) : null
      if (!field) continue
      labelled.add(field)
      for (let j = i + 1; j < cells.length; j++) {
        const t = cells[j]!
        if (t === '') continue
        if (fieldLabelOf(labelKey(t))) break
        if (!values.has(field)) values.set(field, t)
        break
      }
    }
  }
  const person = splitManagerPhone(values.get('managerPhone') ?? '')
  return {
    project: values.get('project') ?? null,
    manager: values.get('manager') ?? person.manager,
    phone: values.get('phone') ?? person.phone,
    department: values.get('department') ?? null,
    unit: values.get('unit') ?? null,
    year: values.get('year') ?? null,
    labelled,
  }
}

const PHONE = /(?:\+?86[- ]?)?(?:1\d{10}|0\d{2,3}[- ]?\d{7,8}(?:-\d{1,6})?|\d{7,8})/

/** "刘雄\n13875709408" → 刘雄 and 13875709408; either part may be missing. */
function splitManagerPhone(text: string): { manager: string | null; phone: string | null } {
  const compact = text.normalize('NFKC').trim()
  const m = PHONE.exec(compact)
  const phone = m ? m[0] : null
  const rest = (m ? `${compact.slice(0, m.index)} ${compact.slice(m.index + m[0].length)}` : compact)
    .replace(/(电话|手机|联系方式)[:：]?/g, ' ')
    .replace(/[\s/、,，;；:：()（）]+/g, ' ')
    .trim()
  return { manager: rest || null, phone }
}
