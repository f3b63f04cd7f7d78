// The draft editor: edit, re-verified as you type (debounced), accept into the report — a
// draft that did not verify only after an explicit confirmation.
import { api, ApiError } from './api-client.js'
import { renderedBlock } from './blocks.js'
import { $, enc, notify, SECTION_NAMES, selectTab } from './dom.js'
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
  $('draft-confirm-no').addEventListener('click', () => {
    $('draft-confirm').hidden = true
    $('draft-text').focus()
  })
}

export async function openDraft(id) {
  try {
    const { draft } = await api(`/api/drafts/${enc(id)}`)
    state.draft = draft
    $('draft-text').value = draft.text
    $('draft-title').textContent =
      `${SECTION_NAMES[draft.section]}${draft.rowLabel ? `：${draft.rowLabel}` : ''}`
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
