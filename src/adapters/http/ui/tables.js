// Picking and deleting tables (importing is in import.js), and the table view with the user's notes.
import { api } from './api-client.js'
import { openConversation, send, setBusy } from './chat.js'
import { $, el, enc, notify, option } from './dom.js'
import { setFacts } from './fact-card.js'
import { loadReport } from './report.js'
import { state } from './state.js'
import { renderTableView } from './table-view.js'

export function setupTables() {
  $('table-select').addEventListener('change', (e) => selectTable(e.target.value))
  $('delete-table').addEventListener('click', async () => {
    const table = state.tables.find((t) => t.id === state.tableId)
    if (!table || !confirm(`确定删除“${table.name}”及其对话、稿件和报告内容吗？`)) return
    try {
      await api(`/api/tables/${enc(table.id)}`, { method: 'DELETE' })
      notify(`已删除：${table.name}`)
      await loadTables()
    } catch (err) {
      notify(err)
    }
  })
}

export async function loadTables(selectId) {
  const { tables } = await api('/api/tables')
  state.tables = tables
  const select = $('table-select')
  select.replaceChildren(...tables.map((t) => option(t.id, t.name)))
  const keep = selectId ?? (tables.some((t) => t.id === state.tableId) ? state.tableId : tables.at(-1)?.id)
  if (keep) {
    select.value = keep
    await selectTable(keep, { force: true })
  } else {
    state.tableId = null
    state.conversation = null
    setBusy(true)
    $('pane-table').replaceChildren(el('p', 'muted', '还没有表格，请上传。'))
    $('messages').replaceChildren()
  }
}

async function selectTable(id, { force = false } = {}) {
  if (id === state.tableId && !force) return
  state.streaming?.abort()
  // The chat waits for the table's conversation: buttons stay disabled until it is open.
  state.conversation = null
  setBusy(true)
  state.tableId = id
  state.draft = null
  $('draft-editor').hidden = true
  $('draft-empty').hidden = false
  $('export-md').href = `/api/report/export.md?tableId=${enc(id)}`
  $('export-docx').href = `/api/report/export.docx?tableId=${enc(id)}`
  try {
    const [detail, facts] = await Promise.all([api(`/api/tables/${enc(id)}`), api(`/api/tables/${enc(id)}/facts`)])
    if (state.tableId !== id) return
    state.example = detail.example
    setFacts(facts.facts)
    showTable(detail)
    await openConversation(id)
    await loadReport()
  } catch (e) {
    notify(e)
  }
}

function showTable(detail) {
  renderTableView($('pane-table'), detail, {
    askButton: (question, label) => {
      const b = el('button', 'link ask', '问原因')
      b.type = 'button'
      b.setAttribute('aria-label', label)
      b.addEventListener('click', () => send(question))
      return b
    },
    addNote: async (text) => {
      try {
        await api(`/api/tables/${enc(state.tableId)}/notes`, { method: 'POST', body: { text } })
        await refreshTable()
      } catch (e) {
        notify(e)
      }
    },
    deleteNote: async (noteId) => {
      try {
        await api(`/api/tables/${enc(state.tableId)}/notes/${enc(noteId)}`, { method: 'DELETE' })
        await refreshTable()
      } catch (e) {
        notify(e)
      }
    },
  })
}

export async function refreshTable() {
  showTable(await api(`/api/tables/${enc(state.tableId)}`))
}
