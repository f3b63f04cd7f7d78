// `npm start`: the web app. The one place that reads the environment, builds the adapters and
// calls serve(). PORT (8787), HOST (127.0.0.1), ALLOWED_HOSTS (more host names the server answers
// to, comma-separated), DATA_DIR (./data), JIXIAO_IMPORT_TIMEOUT_MS (20000: the time an upload
// may take to read), and OPENAI_API_KEY,
// OPENAI_BASE_URL, OPENAI_MODEL for the OpenAI-compatible engine (else the offline template one).
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createApp, createServices } from './adapters/http/app.ts'
import { consoleLogger } from './adapters/http/errors.ts'
import { allowedHostsFromEnv } from './adapters/http/host-guard.ts'
import { WorkerImporter } from './adapters/import/worker-importer.ts'
import { StoreCorruptError } from './adapters/store/db-shape.ts'
import { LowdbStore } from './adapters/store/lowdb-store.ts'
import { seedSamplesIfEmpty } from './adapters/store/seed-samples.ts'
import { llmConfigFromEnv } from './adapters/llm/llm-config.ts'
import { LlmError } from './app/llm-error.ts'
import { formatAppError } from './core/app-error.ts'
import type { Drafter } from './app/ports.ts'
import type { ChatModel } from './app/chat-model.ts'
import { createTemplateDrafter } from './app/template-drafter.ts'
import { verifyDraft } from './core/verify.ts'

/** How long a request in flight may take to answer once the server is told to stop. */
const STOP_GRACE_MS = 5000

const REPO_DATA = fileURLToPath(new URL('../data/', import.meta.url))

async function main(env: NodeJS.ProcessEnv): Promise<number> {
  const port = env.PORT === undefined || env.PORT === '' ? 8787 : Number(env.PORT)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(
      `PORT 应为 0–65535 的整数，实际为“${env.PORT}”\n(PORT must be an integer 0-65535, got ${JSON.stringify(env.PORT)})`,
    )
    return 2
  }
  const host = env.HOST || '127.0.0.1'
  const dataDir = resolve(env.DATA_DIR || REPO_DATA)
  const dbFile = resolve(dataDir, 'db.json')

  let store: LowdbStore
  try {
    store = await LowdbStore.open(dbFile)
  } catch (e) {
    if (e instanceof StoreCorruptError) {
      console.error(formatAppError(e))
      return 1
    }
    throw e
  }

  const verify = verifyDraft
  let openai: Drafter | undefined
  let chat: ChatModel | undefined
  if (env.OPENAI_API_KEY) {
    try {
      // the model client loads only when a key is set
      const { createOpenAiDrafter } = await import('./adapters/llm/openai-drafter.ts')
      const { createOpenAiChat } = await import('./adapters/llm/openai-chat.ts')
      openai = await createOpenAiDrafter({ config: llmConfigFromEnv(env), verify })
      chat = await createOpenAiChat({ config: llmConfigFromEnv(env), verify })
    } catch (e) {
      if (!(e instanceof LlmError)) throw e
      console.error(formatAppError(e))
      return 2
    }
  }
  // Uploads are read in a worker thread: the server keeps answering meanwhile.
  const importer = new WorkerImporter({
    timeoutMs: Number(env.JIXIAO_IMPORT_TIMEOUT_MS) || undefined,
  })
  const services = createServices({
    store,
    verify,
    drafters: { template: createTemplateDrafter(verify), openai, chat },
    importFile: importer.importFile,
  })

  const seeded = await seedSamplesIfEmpty(services.repo, services.catalog, resolve(REPO_DATA, 'samples'))
  if (seeded.length) consoleLogger.info(`seeded the empty store with ${seeded.join(', ')}`)

  const app = createApp(services, {
    allowedHosts: allowedHostsFromEnv(env.HOST, env.ALLOWED_HOSTS),
  })
  const server = serve({ fetch: app.fetch, port, hostname: host })
  await new Promise<void>((done, fail) => {
    server.once('listening', done)
    server.once('error', fail)
  }).catch((e: NodeJS.ErrnoException) => {
    const why =
      e.code === 'EADDRINUSE'
        ? `端口 ${port} 已被占用，请用 PORT=其他端口 启动`
        : `无法监听 ${host}:${port}（${e.code ?? e.message}）`
    console.error(`${why}\n(cannot listen on ${host}:${port}: ${e.message})`)
    process.exit(1)
  })
  importer.warm()
  const actual = (server.address() as AddressInfo).port
  const shown = host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host
  console.log(
    `jixiao web app: http://${shown}:${actual}/  (engine: ${openai ? 'openai' : 'template'}, data: ${dbFile})`,
  )
  console.log(`绩效自评助手已启动：http://${shown}:${actual}/`)

  // SIGTERM/SIGINT: stop taking connections, let the requests in flight answer (at most
  // STOP_GRACE_MS), write what the store still holds, stop the import worker, exit. A second
  // signal exits at once.
  let stopping = false
  const stop = () => {
    if (stopping) process.exit(1)
    stopping = true
    const http = server as Server
    const force = setTimeout(() => http.closeAllConnections(), STOP_GRACE_MS)
    force.unref()
    http.close(() => {
      clearTimeout(force)
      void Promise.all([store.flush(), importer.close()]).then(
        () => process.exit(0),
        (e: unknown) => {
          console.error(`停止时保存失败：${e instanceof Error ? e.message : String(e)}\n(failed to save on stop)`)
          process.exit(1)
        },
      )
    })
    // a connection whose request is still answering closes as soon as the answer is sent
    http.keepAliveTimeout = 1
    http.closeIdleConnections()
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  return 0
}

try {
  const code = await main(process.env)
  if (code !== 0) process.exit(code)
} catch (e) {
  console.error(`启动失败：${e instanceof Error ? e.message : String(e)}\n(start-up failed)`)
  if (process.env.JIXIAO_DEBUG && e instanceof Error) console.error(e.stack)
  process.exit(3)
}
