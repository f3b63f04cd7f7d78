// The draft editor: edit, re-verified as you type (debounced), accept into the report — a
// draft that did not verify only after an explicit confirmation.
import { api, ApiError } from './api-client.js'
import { renderedBlock } from './blocks.js'
import { $, el, enc, notify, SECTION_NAMES, selectTab } from './dom.js'
import { loadReport } from './report.js'
import { state } from './state.js'

export function setupDraftEditor() {
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
  $('draft-restore').addEventListener('click', restoreVersion)
  $('draft-confirm-no').addEventListener('click', () => {
    $('draft-confirm').hidden = true
    $('draft-text').focus()
  })
}

export async function openDraft(id, { keepTab = false } = {}) {
  try {
    const { draft } = await api(`/api/drafts/${enc(id)}`)
    state.draft = draft
    $('draft-text').value = draft.text
    $('draft-title').textContent = `${SECTION_NAMES[draft.section]}${draft.rowLabel ? `：${draft.rowLabel}` : ''}`
    showDraft(draft)
    $('draft-empty').hidden = true
    $('draft-editor').hidden = false
    await loadVersions(draft.id)
    if (!keepTab) {
      selectTab('draft')
      $('draft-text').focus()
    }
  } catch (e) {
    notify(e)
  }
}

const BY = { engine: '原稿', revision: '修改', restore: '恢复' }
let shownVersion = null

/** The draft's versions, newest selected, with its changes from the one before. */
async function loadVersions(id) {
  const { versions } = await api(`/api/drafts/${enc(id)}/versions`)
  if (state.draft?.id !== id) return
  state.versions = versions
  const list = $('draft-version-list')
  list.replaceChildren(
    ...versions.map((v) => {
      const li = el('li')
      const label = `第${v.n}版 · ${BY[v.by] ?? v.by}${v.instruction ? `：${v.instruction}` : ''}${v.ok ? '' : '（未通过核对）'}`
      const b = el('button', 'link', label)
      b.type = 'button'
      b.dataset.version = String(v.n)
      b.addEventListener('click', () => showVersion(v.n))
      li.append(b)
      return li
    }),
  )
  $('draft-versions').hidden = versions.length < 2
  showVersion(versions.at(-1).n)
}

/** A version's text with what changed from the previous one: <ins> added, <del> removed. */
function showVersion(n) {
  const versions = state.versions ?? []
  const v = versions.find((x) => x.n === n)
  if (!v) return
  shownVersion = n
  for (const b of document.querySelectorAll('#draft-version-list button'))
    b.setAttribute('aria-current', String(b.dataset.version === String(n)))
  const box = $('draft-diff-text')
  box.replaceChildren()
  if (v.diff) {
    for (const part of v.diff) {
      box.append(
        part.op === 'same' ? document.createTextNode(part.text) : el(part.op === 'add' ? 'ins' : 'del', '', part.text),
      )
    }
  } else box.textContent = v.text
  $('draft-diff-title').textContent = v.diff
    ? `第${n}版与第${n - 1}版相比的改动（下划线为新增，删除线为删去）：`
    : `第${n}版：`
  $('draft-restore').hidden = n === versions.at(-1).n
  $('draft-restore').textContent = `恢复为第${n}版`
  $('draft-diff').hidden = false
}

async function restoreVersion() {
  const draft = state.draft
  const n = shownVersion
  if (!draft || !n) return
  try {
    const { draft: updated } = await api(`/api/drafts/${enc(draft.id)}/versions/${n}/restore`, { method: 'POST' })
    state.draft = updated
    $('draft-text').value = updated.text
    showDraft(updated)
    await loadVersions(updated.id)
    notify(`已恢复为第${n}版，作为新的版本保存。`)
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
      const { draft: updated } = await api(`/api/drafts/${enc(draft.id)}`, {
        method: 'PUT',
        body: { text },
      })
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
  showReviewNotes(draft)
  $('draft-state').textContent =
    draft.status === 'accepted' ? '已采纳到报告' : draft.edited ? '已修改，尚未采纳' : '尚未采纳'
  $('draft-confirm').hidden = true
}

/** 核对提示 (data inconsistencies, for the user) and what was cleaned from a model's answer. */
function showReviewNotes(draft) {
  const notes = draft.reviewNotes ?? []
  const cleanup = draft.cleanup ?? []
  $('draft-review-notes').replaceChildren(
    ...notes.map((n) => {
      const li = document.createElement('li')
      li.textContent = n.message
      return li
    }),
  )
  $('draft-cleanup').textContent = cleanup.length ? `已从模型回答中删除：${cleanup.join('；')}。` : ''
  $('draft-review').hidden = !notes.length && !cleanup.length
}

async function accept(confirmed) {
  const draft = state.draft
  if (!draft) return
  try {
    const { draft: updated } = await api(`/api/drafts/${enc(draft.id)}/accept`, {
      method: 'POST',
      body: confirmed ? { confirm: true } : {},
    })
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
