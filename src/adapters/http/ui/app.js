// The page: pick a table, chat for drafts, review every marked number, edit and accept drafts,
// export the report. Server HTML (already sanitized, numbers marked) is the only HTML inserted;
// everything else is set as text.
import { api, ApiError, streamTurn } from './api-client.js'
import { bindMarks, el, initFactCard, setFacts } from './fact-card.js'
import { renderTableView } from './table-view.js'

const $ = (id) => document.getElementById(id)
const state = {
  tables: [],
  tableId: null,
  conversation: null,
  provider: null,
  streaming: null,
  draft: null,
  saving: Promise.resolve(),
  saveSeq: 0,
}

initFactCard($('fact-card'))
setupTabs()
setupChat()
setupDraftEditor()
setupTables()
start()

async function start() {
  try {
    const config = await api('/api/config')
    state.provider = config.defaultProvider
    if (config.providers.length > 1) {
      const select = $('provider-select')
      select.replaceChildren(...config.providers.map((p) => option(p, p === 'openai' ? '大模型（OpenAI 兼容）' : '离线模板')))
      select.value = config.defaultProvider
      select.addEventListener('change', () => (state.provider = select.value))
      $('provider-picker').hidden = false
    }
    await loadTables()
  } catch (e) {
    notify(e)
  }
}

// Tables

function setupTables() {
  $('table-select').addEventListener('change', (e) => selectTable(e.target.value))
  $('upload-button').addEventListener('click', () => $('upload-input').click())
  $('upload-input').addEventListener('change', async (e) => {
    const file = e.target.files[0]
    e.target.value = ''
    if (!file) return
    try {
      const { table } = await api('/api/tables', { method: 'POST', body: { fileName: file.name, text: await file.text() } })
      notify(`已上传：${table.name}`)
      await loadTables(table.id)
    } catch (err) {
      notify(err)
    }
  })
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

async function loadTables(selectId) {
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

async function refreshTable() {
  showTable(await api(`/api/tables/${enc(state.tableId)}`))
}

// Chat

function setupChat() {
  $('chat-form').addEventListener('submit', (e) => {
    e.preventDefault()
    const text = $('chat-input').value.trim()
    if (text) send(text)
  })
  $('chat-input').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) $('chat-form').requestSubmit()
  })
  for (const b of document.querySelectorAll('[data-quick]')) b.addEventListener('click', () => send(b.dataset.quick))
  $('new-conversation').addEventListener('click', async () => {
    try {
      const { conversation } = await api('/api/conversations', { method: 'POST', body: { tableId: state.tableId } })
      state.conversation = conversation
      $('messages').replaceChildren()
      showHelpHint()
    } catch (e) {
      notify(e)
    }
  })
}

async function openConversation(tableId) {
  const { conversations } = await api(`/api/conversations?tableId=${enc(tableId)}`)
  let conversation = conversations.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]
  if (!conversation) conversation = (await api('/api/conversations', { method: 'POST', body: { tableId } })).conversation
  const { messages } = await api(`/api/conversations/${enc(conversation.id)}`)
  if (state.tableId !== tableId) return
  state.conversation = conversation
  setBusy(false)
  const list = $('messages')
  list.replaceChildren(...messages.map(messageNode))
  if (!messages.length) showHelpHint()
  updateInputHint(messages.at(-1))
  list.scrollTop = list.scrollHeight
}

function showHelpHint() {
  $('messages').append(el('p', 'muted hint', '请选择上方的快捷操作，或直接提问，例如“为什么综治经费实际支出低于预算？”。'))
}

async function send(text) {
  if (!state.conversation || state.streaming) return
  $('chat-input').value = ''
  const list = $('messages')
  list.querySelector('.hint')?.remove()
  list.append(messageNode({ role: 'user', text }))
  const pending = el('article', 'msg assistant streaming')
  pending.setAttribute('aria-busy', 'true')
  const live = el('div', 'stream-text')
  pending.append(el('p', 'muted working', '正在生成……'), live)
  list.append(pending)
  list.scrollTop = list.scrollHeight
  const controller = new AbortController()
  state.streaming = controller
  setBusy(true)
  const conversationId = state.conversation.id
  try {
    await streamTurn(
      conversationId,
      { text, ...(state.provider ? { provider: state.provider } : {}) },
      {
        message: ({ message }) => {
          if (message.role !== 'assistant') return
          list.insertBefore(messageNode(message), pending)
          if (message.kind === 'note') refreshTable()
        },
        delta: ({ text: delta }) => {
          live.textContent += delta
          list.scrollTop = list.scrollHeight
        },
        verification: () => pending.querySelector('.working')?.replaceChildren('正在核对数字……'),
        done: ({ message }) => {
          pending.replaceWith(messageNode(message))
          updateInputHint(message)
          if (message.kind === 'note') refreshTable()
        },
        error: ({ message }) => pending.replaceWith(errorNode(message)),
      },
      controller.signal,
    )
    if (pending.isConnected) pending.replaceWith(errorNode('连接中断，回答未完成。'))
  } catch (e) {
    if (e.name !== 'AbortError') pending.replaceWith(errorNode(e instanceof ApiError ? e.message : '发送失败，请稍后重试。'))
  } finally {
    state.streaming = null
    setBusy(!state.conversation)
    list.scrollTop = list.scrollHeight
  }
}

function setBusy(busy) {
  for (const b of document.querySelectorAll('[data-quick], #send')) b.disabled = busy
}

function updateInputHint(last) {
  const asking = last?.role === 'assistant' && last.questions?.length > 0
  $('chat-input').placeholder = asking
    ? '请回答上面的问题；您的回答会记为本表的说明，并用于重新起草。'
    : '例如：为什么综治经费实际支出低于预算？（Ctrl+Enter 发送）'
}

function messageNode(m) {
  const node = el('article', `msg ${m.role}${m.kind === 'error' ? ' error' : ''}`)
  node.setAttribute('aria-label', m.role === 'user' ? '您的消息' : '助手的回答')
  if (m.role === 'user' || !m.rendered) {
    node.append(el('p', 'plain', m.text))
    return node
  }
  node.append(renderedBlock(m.rendered, m.verification))
  if (m.questions?.length) {
    const box = el('div', 'questions')
    box.append(el('p', '', '表格中没有说明以下原因，请补充（直接在下方输入回答）：'))
    const ol = el('ol')
    for (const q of m.questions) ol.append(el('li', '', q))
    box.append(ol)
    node.append(box)
  }
  if (m.draftId) {
    const actions = el('div', 'msg-actions')
    const edit = el('button', '', '修改并采纳')
    edit.type = 'button'
    edit.addEventListener('click', () => openDraft(m.draftId))
    actions.append(edit)
    node.append(actions)
  }
  return node
}

function errorNode(message) {
  const node = el('article', 'msg assistant error')
  node.setAttribute('role', 'alert')
  node.append(el('p', 'plain', message))
  return node
}

/** The marked-up HTML, its summary line and the findings that are not about one number. */
function renderedBlock(rendered, verification) {
  const wrap = el('div', 'verified-block')
  const body = el('div', 'rendered')
  body.innerHTML = rendered.html // sanitized on the server; numbers marked there
  if (verification) bindMarks(body, verification)
  wrap.append(body)
  if (rendered.summary) {
    const s = rendered.summary
    const cls = s.counts.mismatch || s.counts.unsupported || s.otherErrors ? 'summary has-problems' : 'summary'
    wrap.append(el('p', cls, s.text))
  }
  const findings = (verification?.findings ?? []).filter((f) => f.severity === 'error' && !overlapsMention(f, verification))
  if (findings.length) {
    const ul = el('ul', 'findings')
    for (const f of findings) ul.append(el('li', '', `✗ ${f.message}`))
    wrap.append(ul)
  }
  return wrap
}

function overlapsMention(f, v) {
  return v.mentions.some((m) => m.start < f.end && m.end > f.start && m.status !== 'verified')
}

// Drafts

function setupDraftEditor() {
  let timer
  $('draft-text').addEventListener('input', () => {
    clearTimeout(timer)
    $('draft-status').textContent = '正在核对……'
    timer = setTimeout(saveDraft, 400)
  })
  $('draft-accept').addEventListener('click', async () => {
    clearTimeout(timer)
    await saveDraft()
    await accept(false)
  })
  $('draft-confirm-yes').addEventListener('click', () => accept(true))
  $('draft-confirm-no').addEventListener('click', () => {
    $('draft-confirm').hidden = true
    $('draft-text').focus()
  })
}

async function openDraft(id) {
  try {
    const { draft } = await api(`/api/drafts/${enc(id)}`)
    state.draft = draft
    $('draft-text').value = draft.text
    $('draft-title').textContent = `${sectionName(draft.section)}${draft.rowLabel ? `：${draft.rowLabel}` : ''}`
    showDraft(draft)
    $('draft-empty').hidden = true
    $('draft-editor').hidden = false
    selectTab('draft')
    $('draft-text').focus()
  } catch (e) {
    notify(e)
  }
}

function saveDraft() {
  const draft = state.draft
  const text = $('draft-text').value
  if (!draft || text === draft.text) {
    if (draft) showDraft(draft)
    return state.saving
  }
  const seq = ++state.saveSeq
  state.saving = state.saving.then(async () => {
    try {
      const { draft: updated } = await api(`/api/drafts/${enc(draft.id)}`, { method: 'PUT', body: { text } })
      if (state.draft?.id !== updated.id) return
      state.draft = updated
      if (seq === state.saveSeq) showDraft(updated)
    } catch (e) {
      notify(e)
    }
  })
  return state.saving
}

function showDraft(draft) {
  const block = renderedBlock(draft.rendered, draft.verification)
  const summary = block.querySelector('.summary')
  $('draft-status').textContent = summary?.textContent ?? ''
  $('draft-status').className = summary?.className ?? 'summary'
  summary?.remove()
  $('draft-preview').replaceChildren(block)
  $('draft-findings').replaceChildren()
  $('draft-state').textContent = draft.status === 'accepted' ? '已采纳到报告' : draft.edited ? '已修改，尚未采纳' : '尚未采纳'
  $('draft-confirm').hidden = true
}

async function accept(confirmed) {
  const draft = state.draft
  if (!draft) return
  try {
    const { draft: updated } = await api(`/api/drafts/${enc(draft.id)}/accept`, { method: 'POST', body: confirmed ? { confirm: true } : {} })
    state.draft = updated
    showDraft(updated)
    notify('已采纳到报告。')
    await loadReport()
  } catch (e) {
    if (e instanceof ApiError && e.code === 'DRAFT_NOT_VERIFIED') {
      $('draft-confirm-text').textContent = e.message
      $('draft-confirm').hidden = false
      $('draft-confirm-no').focus()
    } else notify(e)
  }
}

// Report

const REPORT_HEADINGS = { problems: '四、存在的问题及原因分析', measures: '五、下一步改进措施', variance: '附：产生差异的原因' }

async function loadReport() {
  const id = state.tableId
  const report = await api(`/api/report?tableId=${enc(id)}`)
  if (state.tableId !== id) return
  const body = $('report-body')
  body.replaceChildren(el('h2', '', report.title))
  if (!report.sections.length) body.append(el('p', 'muted', '还没有采纳的内容。在“稿件”中采纳后会出现在这里。'))
  for (const s of report.sections) {
    const part = el('section', 'report-section')
    part.append(el('h3', '', `${REPORT_HEADINGS[s.section]}${s.rowLabel ? ` · ${s.rowLabel}` : ''}`))
    part.append(renderedBlock(s.rendered, s.verification))
    if (!s.ok) part.append(el('p', 'flag', '【待核实】本节未通过数字核验，导出时会注明。'))
    const del = el('button', 'link', '从报告中移除')
    del.type = 'button'
    del.addEventListener('click', async () => {
      try {
        await api(`/api/report/sections/${enc(s.id)}`, { method: 'DELETE' })
        await loadReport()
      } catch (e) {
        notify(e)
      }
    })
    part.append(del)
    body.append(part)
  }
}

// Little things

function setupTabs() {
  for (const name of ['table', 'draft', 'report']) $(`tab-${name}`).addEventListener('click', () => selectTab(name))
}

function selectTab(name) {
  for (const n of ['table', 'draft', 'report']) {
    $(`tab-${n}`).setAttribute('aria-selected', String(n === name))
    $(`pane-${n}`).hidden = n !== name
  }
}

function sectionName(section) {
  return { variance: '差异原因', problems: '存在的问题及原因分析', measures: '下一步改进措施' }[section] ?? section
}

function notify(what) {
  const box = $('notice')
  box.replaceChildren()
  if (what instanceof Error) {
    box.className = 'error'
    box.append(el('p', '', what.message))
    for (const p of what.problems ?? []) box.append(el('p', 'muted', `${p.path}：${p.message}`))
  } else {
    box.className = 'info'
    box.append(el('p', '', what))
  }
}

function option(value, label) {
  const o = document.createElement('option')
  o.value = value
  o.textContent = label
  return o
}

function enc(s) {
  return encodeURIComponent(s)
}
