// /api/conversations: per-table conversations, their messages, and a chat turn streamed as
// server-sent events — `message` (a stored message), `delta` (text), `verification`,
// `done` (the stored answer and its draft), `error` (a masked Chinese message).
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import { z } from 'zod'
import { runChatTurn, type ChatEvent } from '../../../app/chat-turn.ts'
import { pickDrafter } from '../../../app/drafting.ts'
import { NotFoundError, tableNotFound } from '../../../app/errors.ts'
import type { Conversation } from '../../../app/store.ts'
import { errorBody, INTERNAL_MESSAGE } from '../errors.ts'
import { draftJson, messageJson, type ApiServices } from '../services.ts'
import { idSchema, providerSchema, valid } from '../validate.ts'

const createSchema = z.object({
  tableId: idSchema,
  title: z.string().trim().min(1).max(100).optional(),
})
const turnSchema = z.object({
  text: z.string().trim().min(1).max(4000),
  provider: providerSchema.optional(),
})
const idParam = z.object({ id: idSchema })

const conversationNotFound = (id: string) =>
  new NotFoundError(`no conversation with id ${id}`, `没有编号为“${id}”的对话，可能已被删除`)

export function conversationRoutes(s: ApiServices) {
  const app = new Hono()

  app.get('/', valid('query', z.object({ tableId: idSchema.optional() })), async (c) =>
    c.json({ conversations: await s.repo.listConversations(c.req.valid('query').tableId) }),
  )

  app.post('/', valid('json', createSchema), async (c) => {
    const { tableId, title } = c.req.valid('json')
    const table = await s.repo.getTable(tableId)
    if (!table) throw tableNotFound(tableId)
    const conversation = await s.repo.createConversation(tableId, title ?? `关于${table.name}的对话`)
    if (!conversation) throw tableNotFound(tableId)
    return c.json({ conversation }, 201)
  })

  app.get('/:id', valid('param', idParam), async (c) => {
    const conversation = await requireConversation(s, c.req.valid('param').id)
    const messages = await s.repo.listMessages(conversation.id)
    return c.json({ conversation, messages: messages.map(messageJson) })
  })

  app.delete('/:id', valid('param', idParam), async (c) => {
    const id = c.req.valid('param').id
    if (!(await s.repo.deleteConversation(id))) throw conversationNotFound(id)
    return c.body(null, 204)
  })

  app.post('/:id/messages', valid('param', idParam), valid('json', turnSchema), async (c) => {
    const conversation = await requireConversation(s, c.req.valid('param').id)
    if (!(await s.repo.getTable(conversation.tableId))) throw tableNotFound(conversation.tableId)
    const { text, provider } = c.req.valid('json')
    pickDrafter(s.drafters, provider) // an unconfigured engine is a 400 before the stream starts
    const requestSignal = c.req.raw.signal
    return streamSSE(c, async (stream) => {
      const controller = new AbortController()
      const abort = () => controller.abort()
      stream.onAbort(abort)
      requestSignal.addEventListener('abort', abort)
      const send = (event: string, data: unknown) => stream.writeSSE({ event, data: JSON.stringify(data) })
      const emit = async (e: ChatEvent) => {
        if (controller.signal.aborted) return
        if (e.type === 'message') await send('message', { message: messageJson(e.message) })
        else if (e.type === 'delta') await send('delta', { text: e.text, round: e.round })
        else if (e.type === 'verification') await send('verification', e.verification)
        else
          await send('done', {
            message: messageJson(e.message),
            draft: e.draft ? draftJson(e.draft) : null,
          })
      }
      try {
        await runChatTurn(s, { conversation, text, provider }, emit, controller.signal)
      } catch (e) {
        if (controller.signal.aborted) {
          s.logger.info(`chat turn in conversation ${conversation.id} stopped: the client went away`)
          return
        }
        const { body } = errorBody(e, s.logger, `chat turn in conversation ${conversation.id}`)
        const message =
          body.error.message === INTERNAL_MESSAGE ? '抱歉，生成回答时出错，请稍后重试。' : body.error.message
        await s.repo
          .addMessage({
            conversationId: conversation.id,
            role: 'assistant',
            kind: 'error',
            text: message,
            draftId: null,
            verification: null,
            questions: [],
          })
          .catch((err: unknown) => s.logger.error('could not store the error message', err))
        await send('error', { code: body.error.code, message })
      } finally {
        requestSignal.removeEventListener('abort', abort)
      }
    })
  })

  return app
}

async function requireConversation(s: ApiServices, id: string): Promise<Conversation> {
  const conversation = await s.repo.getConversation(id)
  if (!conversation) throw conversationNotFound(id)
  return conversation
}
