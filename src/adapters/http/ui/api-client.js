// Talking to the API: JSON requests whose errors carry the server's Chinese message, and a chat
// turn read as server-sent events from a POST (EventSource only does GET).

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.error?.message ?? `请求失败（${status}）`)
    this.status = status
    this.code = body?.error?.code ?? 'UNKNOWN'
    this.problems = body?.error?.problems ?? []
  }
}

/** A JSON request; `form` (a FormData: a file upload) is sent as multipart/form-data instead. */
export async function api(path, { method = 'GET', body, form, signal } = {}) {
  const init = { method, signal, headers: {} }
  if (form !== undefined) init.body = form
  else if (body !== undefined) {
    init.headers['content-type'] = 'application/json'
    init.body = JSON.stringify(body)
  }
  let res
  try {
    res = await fetch(path, init)
  } catch (e) {
    if (e.name === 'AbortError') throw e
    throw new ApiError(0, {
      error: { code: 'NETWORK', message: '无法连接服务器，请确认服务已启动。' },
    })
  }
  if (res.status === 204) return null
  const data = await res.json().catch(() => null)
  if (!res.ok) throw new ApiError(res.status, data)
  return data
}

/**
 * Sends a chat message and calls handlers.message / delta / verification / done / error as the
 * events arrive. Resolves when the stream ends.
 */
export async function streamTurn(conversationId, body, handlers, signal) {
  const res = await fetch(`/api/conversations/${encodeURIComponent(conversationId)}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify(body),
    signal,
  })
  if (!res.ok) throw new ApiError(res.status, await res.json().catch(() => null))
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  for (;;) {
    const { value, done } = await reader.read()
    if (done) break
    buffer += value
    let end
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const event = parseEvent(block)
      if (event && handlers[event.type]) handlers[event.type](event.data)
    }
  }
}

function parseEvent(block) {
  let type = 'message'
  const data = []
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) type = line.slice(6).trim()
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''))
  }
  if (!data.length) return null
  try {
    return { type, data: JSON.parse(data.join('\n')) }
  } catch {
    return null
  }
}
