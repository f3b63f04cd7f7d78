// Server-sent events from a response body: the `data` of each event, in order. Written here
// rather than using the SDK's Stream because that one awaits `body.cancel()` before it reports a
// malformed chunk or a broken connection, and a cancel can wait forever (a fetch whose body was
// tee'd — msw does this — resolves it only when every branch is cancelled). Here a read races the
// abort signal and a cancel is fired and forgotten, so every failure surfaces at once.

export type SseEvent = { event: string | null; data: string }

export class SseAbortedError extends Error {
  constructor() {
    super('the stream was aborted')
    this.name = 'SseAbortedError'
  }
}

export async function* readSse(body: ReadableStream<Uint8Array>, signal: AbortSignal): AsyncGenerator<SseEvent> {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  let data: string[] = []
  let event: string | null = null
  let finished = false
  const aborted = new Promise<never>((_, reject) => {
    const fail = () => reject(new SseAbortedError())
    if (signal.aborted) fail()
    else signal.addEventListener('abort', fail, { once: true })
  })
  aborted.catch(() => {})
  try {
    while (true) {
      const { value, done } = await Promise.race([reader.read(), aborted])
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true })
      let nl: number
      while ((nl = buffer.search(/\r\n|\r|\n/)) >= 0) {
        const line = buffer.slice(0, nl)
        buffer = buffer.slice(nl + (buffer.startsWith('\r\n', nl) ? 2 : 1))
        if (line === '') {
          if (data.length) yield { event, data: data.join('\n') }
          data = []
          event = null
          continue
        }
        if (line.startsWith(':')) continue
        const colon = line.indexOf(':')
        const field = colon < 0 ? line : line.slice(0, colon)
        const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '')
        if (field === 'data') data.push(text)
        else if (field === 'event') event = text
      }
      if (done) {
        finished = true
        // an event not closed by a blank line at the end of the stream is incomplete: dropped
        return
      }
    }
  } finally {
    if (!finished) reader.cancel().catch(() => {})
  }
}
