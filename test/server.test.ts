import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runServer, runServerToExit } from './support/spawn-server.ts'

describe('npm start (node dist/server.js)', () => {
  it('serves the page and the seeded sample tables from an empty DATA_DIR, with no key', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'jixiao-start-'))
    const server = await runServer({ DATA_DIR: dataDir })
    try {
      const page = await fetch(server.url)
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
      expect(await page.text()).toContain('<title>绩效自评助手</title>')
      const { tables } = (await (await fetch(`${server.url}api/tables`)).json()) as {
        tables: unknown[]
      }
      expect(tables).toHaveLength(3)
      const config = (await (await fetch(`${server.url}api/config`)).json()) as {
        providers: string[]
      }
      expect(config.providers).toEqual(['template'])
    } finally {
      await server.stop()
    }
    const db = JSON.parse(await readFile(join(dataDir, 'db.json'), 'utf8'))
    expect(db.tables).toHaveLength(3)
  })

  it('refuses to start on a damaged db file, naming it, exiting non-zero and leaving it as it was', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'jixiao-corrupt-'))
    const file = join(dataDir, 'db.json')
    await writeFile(file, '{"version": 1, "tables": [', 'utf8')
    const run = await runServerToExit({ DATA_DIR: dataDir })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`数据文件 ${file} 已损坏`)
    expect(run.stderr).toContain('has not been changed')
    expect(await readFile(file, 'utf8')).toBe('{"version": 1, "tables": [')
  })

  it('explains a PORT that is not a port number', async () => {
    const run = await runServerToExit({ PORT: 'eighty' })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('PORT 应为 0–65535 的整数')
  })

  it('on SIGTERM answers the writes in flight, keeps every note it answered 201 in db.json and exits 0', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'jixiao-stop-'))
    const server = await runServer({ DATA_DIR: dataDir })
    const { tables } = (await (await fetch(`${server.url}api/tables`)).json()) as {
      tables: Array<{ id: string; kind: string }>
    }
    const id = tables.find((t) => t.kind === 'project-self-evaluation')!.id
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', resolve))
    let signalled = false
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        fetch(`${server.url}api/tables/${id}/notes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: `停止前写入${i}` }),
        }).then(
          (r) => {
            // the first answer: the others are in flight when the signal arrives
            if (!signalled) {
              signalled = true
              server.child.kill('SIGTERM')
            }
            return r.status === 201 ? `停止前写入${i}` : null
          },
          () => null, // refused once the server stopped listening
        ),
      ),
    )
    expect(await exited).toBe(0)
    const answered = answers.filter((a) => a !== null)
    expect(answered.length).toBeGreaterThan(0)
    const db = JSON.parse(await readFile(join(dataDir, 'db.json'), 'utf8')) as {
      tables: Array<{ id: string; notes: Array<{ text: string }> }>
    }
    const kept = db.tables.find((t) => t.id === id)!.notes.map((n) => n.text)
    for (const text of answered) expect(kept).toContain(text)
  })
})
