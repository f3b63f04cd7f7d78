// A draft (UTF-8 text or Markdown) or any file's bytes from disk; a missing or unreadable file is an
// InputError.
import { readFile } from 'node:fs/promises'
import { InputError } from '../core/input-error.ts'

export async function readTextFile(file: string): Promise<string> {
  const text = new TextDecoder('utf-8').decode(await readFileBytes(file))
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** A file's bytes; a missing or unreadable file is an InputError naming it. */
export async function readFileBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unknown error'
    const missing = code === 'ENOENT'
    throw new InputError([
      {
        file,
        path: '$',
        message: missing ? '文件不存在' : `无法读取文件（${code}）`,
        messageEn: missing ? 'the file does not exist' : `cannot read the file (${code})`,
      },
    ])
  }
}

/** Everything on a stream (stdin), as UTF-8 text. */
export async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}
