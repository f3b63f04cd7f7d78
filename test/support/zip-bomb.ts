// Zip archives written byte by byte, so that a test can build what no zip library writes: a part
// that inflates to hundreds of MB from a few hundred KiB, or a directory that lies about sizes.
import { deflateRawSync } from 'node:zlib'

export type RawEntry = {
  name: string
  /** the part's content (deflated here) … */
  data?: Uint8Array | string
  /** … or this many bytes of 'a' inside `prefix`/`suffix` (built without holding them twice) */
  filler?: { bytes: number; prefix?: string; suffix?: string }
  /** the uncompressed size the directory declares (default: the true one) */
  declaredSize?: number
}

const enc = new TextEncoder()

function contentOf(e: RawEntry): Buffer {
  if (e.data !== undefined) return Buffer.from(typeof e.data === 'string' ? enc.encode(e.data) : e.data)
  const f = e.filler!
  return Buffer.concat([Buffer.from(f.prefix ?? ''), Buffer.alloc(f.bytes, 0x61), Buffer.from(f.suffix ?? '')])
}

export function rawZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const content = contentOf(e)
    const deflated = deflateRawSync(content, { level: 9 })
    const name = Buffer.from(e.name, 'utf8')
    const size = e.declaredSize ?? content.length
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt16LE(8, 8) // deflate
    local.writeUInt32LE(0, 14) // crc (not checked by the reader under test)
    local.writeUInt32LE(deflated.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    const dir = Buffer.alloc(46)
    dir.writeUInt32LE(0x02014b50, 0)
    dir.writeUInt16LE(20, 4)
    dir.writeUInt16LE(20, 6)
    dir.writeUInt16LE(0x0800, 8)
    dir.writeUInt16LE(8, 10)
    dir.writeUInt32LE(0, 16)
    dir.writeUInt32LE(deflated.length, 20)
    dir.writeUInt32LE(size, 24)
    dir.writeUInt16LE(name.length, 28)
    dir.writeUInt32LE(offset, 42)
    locals.push(local, name, deflated)
    central.push(dir, name)
    offset += 30 + name.length + deflated.length
  }
  const dirBytes = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(dirBytes.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, dirBytes, end]))
}

const DOC_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'
const DOC_CLOSE = '</w:t></w:r></w:p></w:body></w:document>'

/** A .docx whose word/document.xml inflates to `bytes` (the issue's: 180 MB from 263 KB). */
export function docxBomb(bytes: number, declaredSize?: number): Uint8Array {
  return rawZip([
    { name: '[Content_Types].xml', data: '<Types/>' },
    {
      name: 'word/document.xml',
      filler: { bytes, prefix: DOC_OPEN, suffix: DOC_CLOSE },
      ...(declaredSize === undefined ? {} : { declaredSize }),
    },
  ])
}

/** A small .docx whose document.xml holds `count` empty paragraphs (one tag each) and a few more tags. */
export function docxOfTags(count: number): Uint8Array {
  return rawZip([
    {
      name: 'word/document.xml',
      data: `${DOC_OPEN}</w:t></w:r></w:p>${'<w:p/>'.repeat(count)}<w:p><w:r><w:t>${DOC_CLOSE}`,
    },
  ])
}
