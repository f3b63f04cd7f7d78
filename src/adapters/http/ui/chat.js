// The chat: quick actions, sending a message, the streamed answer and the stored messages.
import { api, ApiError, streamTurn } from './api-client.js'
import { renderedBlock } from './blocks.js'
import { $, el, enc, notify } from './dom.js'
import { openDraft } from './drafts.js'
import { showView } from './narrow-view.js'
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
  for (const b of document.querySelectorAll('[data-quick]')) b.addEventListener('click', () => send(b.dataset.quick))
  // Stop generation: cancelling the request aborts the model call on the server.
  $('stop').addEventListener('click', () => state.streaming?.abort())
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
    conversation = (await api('/api/conversations', { method: 'POST', body: { tableId } })).conversation
  const { messages } = await api(`/api/conversations/${enc(conversation.id)}`)
  if (state.tableId !== tableId) return
  state.conversation = conversation
  setBusy(false)
  const list = $('messages')
  let asked = null
  list.replaceChildren(
    ...messages.map((m) => {
      if (m.role === 'user') asked = m.text
      return messageNode(m, asked)
    }),
  )
  if (!messages.length) showHelpHint()
  updateInputHint(messages.at(-1))
  list.scrollTop = list.scrollHeight
}

function showHelpHint() {
  $('messages').append(el('p', 'muted hint', `请选择上方的快捷操作，或直接提问，例如“${example()}”。`))
}

export async function send(text) {
  if (!state.conversation || state.streaming) return
  showView('chat') // a question asked from the table: on a phone, show the answer coming
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
          list.insertBefore(messageNode(message, text), pending)
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
        done: ({ message, draft }) => {
          pending.replaceWith(messageNode(message, text))
          updateInputHint(message)
          if (message.kind === 'note') refreshTable()
          // a revision of the draft open in the editor: show its new version
          if (draft && state.draft?.id === draft.id) openDraft(draft.id, { keepTab: true })
        },
        error: ({ message }) => pending.replaceWith(errorNode(message)),
      },
      controller.signal,
    )
    if (pending.isConnected) pending.replaceWith(errorNode('连接中断，回答未完成。'))
  } catch (e) {
    if (e.name === 'AbortError') {
      if (pending.isConnected) pending.replaceWith(errorNode('已停止生成。'))
    } else pending.replaceWith(errorNode(e instanceof ApiError ? e.message : '发送失败，请稍后重试。'))
  } finally {
    state.streaming = null
    setBusy(!state.conversation)
    list.scrollTop = list.scrollHeight
  }
}

export function setBusy(busy) {
  for (const b of document.querySelectorAll('[data-quick], #send, .msg-actions [data-regenerate]')) b.disabled = busy
  $('stop').hidden = !state.streaming
}

function updateInputHint(last) {
  const asking = last?.role === 'assistant' && last.questions?.length > 0
  $('chat-input').placeholder = asking
    ? '请回答上面的问题；您的回答会记为本表的说明，并用于重新起草。'
    : `例如：${example()}（Ctrl+Enter 发送）`
}

/** The example question of the table shown (the server fits it: 超出 for a project that overspent). */
function example() {
  return state.example ?? '为什么该项目实际支出与预算有差异？'
}

/** A stored message; `asked` is the user's message it answers (for 重新生成). */
function messageNode(m, asked = null) {
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
  const actions = el('div', 'msg-actions')
  if (m.draftId) {
    const edit = button('修改并采纳', () => openDraft(m.draftId))
    actions.append(
      edit,
      button('查看版本', () => openDraft(m.draftId)),
    )
  }
  actions.append(
    button('复制', async () => {
      try {
        await navigator.clipboard.writeText(m.text)
        notify('已复制到剪贴板。')
      } catch {
        notify(new Error('无法写入剪贴板，请手动选择文字复制。'))
      }
    }),
  )
  if (asked && m.kind !== 'note') {
    const again = button('重新生成', () => send(asked))
    again.dataset.regenerate = ''
    again.disabled = !!state.streaming
    actions.append(again)
  }
  node.append(actions)
  return node
}

function button(label, onClick) {
  const b = el('button', '', label)
  b.type = 'button'
  b.addEventListener('click', onClick)
  return b
}

function errorNode(message) {
  const node = el('article', 'msg assistant error')
  node.setAttribute('role', 'alert')
  node.append(el('p', 'plain', message))
  return node
}
