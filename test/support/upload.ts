// POST /api/import with a file as multipart/form-data (field `file`, optional `year`), the way
// the page sends it, through app.request() (no port).
import type { createApp } from '../../src/adapters/http/app.ts'

export async function uploadFile(
  app: ReturnType<typeof createApp>,
  fileName: string,
  bytes: Uint8Array,
  year?: string,
): Promise<{ status: number; json: any }> {
  const form = new FormData()
  form.append('file', new File([Uint8Array.from(bytes)], fileName))
  if (year !== undefined) form.append('year', year)
  const res = await app.request('/api/import', { method: 'POST', body: form })
  return { status: res.status, json: await res.json() }
}
