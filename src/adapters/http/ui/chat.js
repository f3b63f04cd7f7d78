// The chat: quick actions, sending a message, the streamed answer and the stored messages.
import { api, ApiError, streamTurn } from './api-client.js'
import { renderedBlock } from './blocks.js'
import { $, el, enc, notify } from './dom.js'
import { openDraft } from './drafts.js'
import { state } from './state.js'
import { refreshTable } from './tables.js'

export function setupChat() {
  $('chat-form').addEventListener('submit', (e) => {
    e.preventDefault()
    const text = $('chat-input').value.trim()
    if (text) send(text)
  })
  $('chat-input').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) $('chat-form').requestSubmit()
  })
  for (const b of document.querySelectorAll('[data-quick]'))
    b.addEventListener('click', () => send(b.dataset.quick))
  $('new-conversation').addEventListener('click', async () => {
    try {
      const { conversation } = await api('/api/conversations', {
        method: 'POST',
        body: { tableId: state.tableId },
      })
      state.conversation = conversation
      $('messages').replaceChildren()
      showHelpHint()
    } catch (e) {
      notify(e)
    }
  })
}

export async function openConversation(tableId) {
  const { conversations } = await api(`/api/conversations?tableId=${enc(tableId)}`)
  let conversation = conversations.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]
  if (!conversation)
    conversation = (await api('/api/conversations', { method: 'POST', body: { tableId } }))
      .conversation
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
  $('messages').append(
    el(
      'p',
      'muted hint',
      '请选择上方的快捷操作，或直接提问，例如“为什么综治经费实际支出低于预算？”。',
    ),
  )
}

export async function send(text) {
  if (!state.conversation || state.streaming) return
  $('chat-input').value = ''
  const list = $('messages')
  list.querySelector('.hint')?.remove()
  list.append(messageNode({ role: 'user', text }))
  const pending = el('article', 'msg assistant streaming')
  pending.setAttribute('aria-busy', 'true')
  const live = el('div', 'stream-text')
  let liveRound = 0
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
        delta: ({ text: delta, round = 0 }) => {
          // A repair round rewrites the draft: start the live text again.
          if (round !== liveRound) {
            liveRound = round
            live.textContent = ''
          }
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
    if (e.name !== 'AbortError')
      pending.replaceWith(errorNode(e instanceof ApiError ? e.message : '发送失败，请稍后重试。'))
  } finally {
    state.streaming = null
    setBusy(!state.conversation)
    list.scrollTop = list.scrollHeight
  }
}

export function setBusy(busy) {
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
