// The parts of a .docx or .xlsx (a zip), read within limits. A zip bomb — a few hundred KiB that
// inflate to hundreds of MB, or whose directory lies about its sizes — is refused as soon as the
// inflated bytes pass the limit, never inflated in full. Inflation runs in zlib on libuv's thread
// pool (not on the event loop), stops at `maxOutputLength`, and the XML parts' tags are
// counted before anything parses them. A part whose size differs from what the zip's directory
// declares is a damaged file (a 400), not an internal error.
import { promisify } from 'node:util'
import { inflateRaw } from 'node:zlib'
import type JSZip from 'jszip'
import { InputError } from '../../core/input-error.ts'

const inflateRawAsync = promisify(inflateRaw)

/**
 * A form is a few hundred KiB unpacked; a long report with many tables a few MiB. These bounds
 * are well above that and low enough that reaching one takes a fraction of a second.
 */
export const ZIP_LIMITS = {
  /** entries in the archive */
  entries: 2_000,
  /** one inflated part */
  partBytes: 16 * 2 ** 20,
  /** all inflated parts read from one file */
  totalBytes: 48 * 2 ** 20,
  /** XML tags — opening, closing, empty — counted as '<', in the parts read from one file */
  tags: 500_000,
} as const

type CompressedEntry = {
  compressedSize: number
  uncompressedSize: number
  compression: { magic: string }
  compressedContent: Uint8Array
}

const STORED = '\x00\x00'
const DEFLATED = '\x08\x00'

/** Reads parts of one archive, keeping count of the bytes and tags read so far. */
export class ZipParts {
  private bytes = 0
  private tags = 0

  constructor(
    readonly zip: JSZip,
    private readonly fileName: string,
  ) {
    if (Object.keys(zip.files).length > ZIP_LIMITS.entries) {
      throw this.problem(
        `压缩包内文件过多（超过 ${ZIP_LIMITS.entries} 个），不像是一份自评表，未读取`,
        `more than ${ZIP_LIMITS.entries} entries in the archive`,
      )
    }
  }

  /** The text of an XML part, or null when the archive has no such part. */
  async text(name: string): Promise<string | null> {
    const data = await this.bytesOf(name)
    return data === null ? null : new TextDecoder('utf-8').decode(data)
  }

  /** Inflates every part within the limits, so that a library reading the archive itself is safe. */
  async checkAll(): Promise<void> {
    for (const [name, entry] of Object.entries(this.zip.files)) {
      if (!entry.dir) await this.bytesOf(name)
    }
  }

  private async bytesOf(name: string): Promise<Uint8Array | null> {
    const entry = this.zip.file(name)
    if (!entry) return null
    const data = (entry as unknown as { _data?: CompressedEntry })._data
    if (!data?.compressedContent) {
      throw this.damaged(`no compressed data for ${name}`)
    }
    const room = Math.min(ZIP_LIMITS.partBytes, ZIP_LIMITS.totalBytes - this.bytes)
    if (data.uncompressedSize > room) throw this.tooLarge(name)
    let out: Uint8Array
    if (data.compression.magic === STORED) {
      out = data.compressedContent
    } else if (data.compression.magic === DEFLATED) {
      try {
        out = await inflateRawAsync(data.compressedContent, { maxOutputLength: Math.max(room, 1) })
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw this.tooLarge(name)
        throw this.damaged(`${name}: ${e instanceof Error ? e.message : String(e)}`)
      }
    } else {
      throw this.damaged(`${name}: unsupported compression`)
    }
    if (out.byteLength !== data.uncompressedSize) {
      throw this.damaged(`${name} inflates to ${out.byteLength} bytes, the directory says ${data.uncompressedSize}`)
    }
    this.bytes += out.byteLength
    if (/\.(xml|rels)$/i.test(name)) {
      this.tags += countTags(out)
      if (this.tags > ZIP_LIMITS.tags) {
        throw this.problem(
          `文件中的 XML 标签过多（超过 ${ZIP_LIMITS.tags} 个），不像是一份自评表，未读取`,
          `more than ${ZIP_LIMITS.tags} XML tags`,
        )
      }
    }
    return out
  }

  private tooLarge(name: string): InputError {
    return this.problem(
      `文件解压后过大（${name} 超出 ${ZIP_LIMITS.partBytes / 2 ** 20} MB 或全部内容超出 ${ZIP_LIMITS.totalBytes / 2 ** 20} MB），不像是一份自评表，未读取`,
      `${name} inflates past the limit (${ZIP_LIMITS.partBytes} bytes a part, ${ZIP_LIMITS.totalBytes} in all)`,
    )
  }

  private damaged(detail: string): InputError {
    return this.problem(
      '文件已损坏（压缩内容与目录记录不符），无法读取；请在 Word/Excel 中重新另存后再导入',
      `damaged archive: ${detail}`,
    )
  }

  private problem(message: string, messageEn: string): InputError {
    return new InputError([{ file: this.fileName, path: '$', message, messageEn }])
  }
}

/** The '<' bytes of UTF-8 XML: every tag, comment and declaration starts with one. */
function countTags(data: Uint8Array): number {
  let n = 0
  for (let i = data.indexOf(0x3c); i !== -1; i = data.indexOf(0x3c, i + 1)) n++
  return n
}
