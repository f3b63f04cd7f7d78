// Small DOM helpers shared by the page's modules. Text always goes in as text.
import { showView } from './narrow-view.js'

export const $ = (id) => document.getElementById(id)

export function el(tag, className = '', text) {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

export function option(value, label) {
  const o = document.createElement('option')
  o.value = value
  o.textContent = label
  return o
}

export function enc(s) {
  return encodeURIComponent(s)
}

/** A message above the panels: an error (naming the fields) or a confirmation. */
export function notify(what) {
  const box = $('notice')
  box.replaceChildren()
  if (what instanceof Error) {
    box.className = 'error'
    // The server's message already names every field (one per line).
    for (const line of what.message.split('\n')) box.append(el('p', '', line))
  } else {
    box.className = 'info'
    box.append(el('p', '', what))
  }
}

export const SECTION_NAMES = {
  variance: '差异原因',
  problems: '存在的问题及原因分析',
  measures: '下一步改进措施',
}

export function setupTabs() {
  for (const name of ['table', 'draft', 'report']) $(`tab-${name}`).addEventListener('click', () => selectTab(name))
}

export function selectTab(name) {
  showView('work') // on a phone, a tab of the table side is shown in place of the chat
  for (const n of ['table', 'draft', 'report']) {
    $(`tab-${n}`).setAttribute('aria-selected', String(n === name))
    $(`pane-${n}`).hidden = n !== name
  }
}
