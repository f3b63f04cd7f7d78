// The import preview: a modal dialog listing each table the server recognised in the file, with
// what to check before saving (project, unit, year, the funding rows with our execution rate,
// the number of indicator rows, the warnings) and a checkbox each. 保存所选表格 saves the checked
// tables together (POST /api/tables/batch: all or none), then selects the first in the picker.
import { api } from './api-client.js'
import { $, el, notify } from './dom.js'
import { loadTables } from './tables.js'

const KIND = {
  'project-self-evaluation': '项目支出绩效自评表',
  'department-overall': '部门整体支出绩效评价表',
}

let current = null

export function setupImportPreview() {
  const dialog = $('import-dialog')
  $('import-form').addEventListener('submit', (e) => {
    e.preventDefault()
    save()
  })
  $('import-cancel').addEventListener('click', () => dialog.close())
  $('import-list').addEventListener('change', updateCount)
  dialog.addEventListener('close', () => {
    if (current && !current.saved) notify('已取消导入，未保存任何表格。')
    current = null
    $('import-list').replaceChildren()
    $('import-button').focus()
  })
}

export function openImportPreview(preview) {
  current = { ...preview, saved: false }
  $('import-title').textContent = `导入预览：${preview.fileName}`
  const general = preview.warnings.filter((w) => w.table === undefined)
  $('import-notices').replaceChildren(
    ...(general.length ? [warningList(general.map((w) => ({ ...w, where: w.path })))] : []),
  )
  $('import-list').replaceChildren(...preview.previews.map(tableCard))
  $('import-error').replaceChildren()
  $('import-dialog').showModal()
  // focus moves into the dialog: onto the first table's checkbox
  $('import-list').querySelector('input')?.focus()
  updateCount()
}

function tableCard(p) {
  const section = el('section', 'import-table')
  const titleId = `import-table-${p.index}`
  section.setAttribute('aria-labelledby', titleId)
  const pick = el('label', 'import-pick')
  const box = el('input')
  box.type = 'checkbox'
  box.checked = !p.duplicateOf
  box.dataset.index = String(p.index)
  const title = el('strong', '', p.name)
  title.id = titleId
  pick.append(box, ' ', title)
  section.append(pick, el('p', 'muted', describe(p)))
  if (p.funding.length) section.append(fundingGrid(p))
  if (p.duplicateOf) {
    const d = p.duplicateOf
    section.append(el('p', 'duplicate', `已有同一表格“${d.name}”（${d.sourceFile}），默认不保存；勾选后两份并存。`))
  }
  if (p.warnings.length) section.append(warningList(p.warnings))
  return section
}

function describe(p) {
  const parts = [KIND[p.kind] ?? p.kind, `${p.year}年度`]
  if (p.unit) parts.push(`实施单位：${p.unit}`)
  if (p.lines) parts.push(`基本支出 ${p.lines.basic} 项，项目支出 ${p.lines.project} 项`)
  else parts.push(`资金 ${p.funding.length} 行，绩效指标 ${p.indicatorCount} 行`)
  if (p.score) {
    const total = p.score.total === null ? '无法计算' : `${p.score.total} / ${p.score.max}`
    const left = p.score.unscoredNote ? `（${p.score.unscoredNote}）` : ''
    parts.push(`得分（计算）：${total}${p.score.grade ? `（${p.score.grade}）` : ''}${left}`)
  }
  parts.push(`保存为 ${p.fileName}`)
  return parts.join(' · ')
}

function fundingGrid(p) {
  const headers = [
    '资金来源',
    `年初预算（${p.moneyUnit}）`,
    `实际投入（${p.moneyUnit}）`,
    '差额（计算）',
    '执行率（计算）',
  ]
  const table = el('table', 'grid')
  table.append(el('caption', 'muted', '资金情况'))
  const head = el('tr')
  for (const h of headers) {
    const th = el('th', h.includes('计算') ? 'computed' : '', h)
    th.scope = 'col'
    head.append(th)
  }
  const thead = el('thead')
  thead.append(head)
  const tbody = el('tbody')
  for (const r of p.funding) {
    const tr = el('tr')
    const rate = r.executionRate === null ? '—' : `${r.executionRate}%`
    const cells = [r.source, r.budget ?? '', r.actual ?? '', r.difference ?? '—', rate]
    cells.forEach((c, i) => {
      tr.append(el('td', i >= 3 ? 'computed' : '', c))
    })
    tbody.append(tr)
  }
  table.append(thead, tbody)
  return table
}

function warningList(warnings) {
  const ul = el('ul', 'import-warnings')
  ul.setAttribute('aria-label', `提示（${warnings.length} 条）`)
  for (const w of warnings) {
    const li = el('li', `warning warning-${w.severity ?? 'warning'}`)
    li.append(
      el('span', 'warn-icon', '⚠ '),
      el('span', '', w.where ? `${w.where}：${w.message}` : w.message),
      el('code', 'muted', ` ${w.code}`),
    )
    ul.append(li)
  }
  return ul
}

function chosen() {
  return [...$('import-list').querySelectorAll('input[type=checkbox]:checked')].map(
    (box) => current.previews[Number(box.dataset.index)],
  )
}

function updateCount() {
  if (!current) return
  const n = chosen().length
  $('import-count').textContent = `已选 ${n} / ${current.previews.length} 张`
  $('import-save').disabled = n === 0
}

async function save() {
  const tables = chosen()
  if (!current || !tables.length) return
  const button = $('import-save')
  button.disabled = true
  button.textContent = '正在保存……'
  $('import-error').replaceChildren()
  try {
    const body = {
      tables: tables.map((p) => ({ fileName: p.fileName, table: current.tables[p.index] })),
    }
    const saved = (await api('/api/tables/batch', { method: 'POST', body })).tables
    current.saved = true
    $('import-dialog').close()
    notify(`已保存 ${saved.length} 张表格：${saved.map((t) => t.name).join('、')}`)
    await loadTables(saved[0].id)
  } catch (err) {
    // nothing was saved: the server saves all the tables or none
    const box = $('import-error')
    box.replaceChildren(el('p', '', '未保存任何表格。'))
    for (const line of err.message.split('\n')) box.append(el('p', '', line))
  } finally {
    button.textContent = '保存所选表格'
    updateCount()
  }
}
