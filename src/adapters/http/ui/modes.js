// The page's two modes: 起草 (tables, chat, drafts) and 审核报告 (a reviewer checks a finished
// report). The mode is kept in the address (#review) so a reviewer can bookmark it.
import { $ } from './dom.js'
import { state } from './state.js'

export function setupModes() {
  $('mode-draft').addEventListener('click', () => setMode('draft'))
  $('mode-review').addEventListener('click', () => setMode('review'))
  window.addEventListener('hashchange', () => setMode(location.hash === '#review' ? 'review' : 'draft'))
  setMode(location.hash === '#review' ? 'review' : 'draft')
}

export function setMode(mode) {
  state.mode = mode
  const review = mode === 'review'
  $('mode-draft').setAttribute('aria-pressed', String(!review))
  $('mode-review').setAttribute('aria-pressed', String(review))
  $('draft-view').hidden = review
  $('review-view').hidden = !review
  document.body.classList.toggle('review-mode', review)
  $('drop-text').textContent = review
    ? '松开鼠标即可审核这份报告（Word .docx 或文本 .txt）'
    : '松开鼠标即可导入表格（Word/Excel/CSV/文本/JSON）'
  const hash = review ? '#review' : ''
  if (location.hash !== hash) history.replaceState(null, '', `${location.pathname}${hash}`)
}
