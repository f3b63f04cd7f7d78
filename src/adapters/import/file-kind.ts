// What a file is, from its name and its first bytes. The extension says what the user thinks
// it is; the bytes decide, so a renamed file still reads and a wrong one gets a clear message.

/** Magic numbers of the containers we meet. */
export type Container = 'zip' | 'ole' | 'pdf' | 'empty' | 'other'

export function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName.trim())
  return m ? m[1]!.toLowerCase() : ''
}

export function containerOf(bytes: Uint8Array): Container {
  if (bytes.length === 0) return 'empty'
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b)
  if (starts([0x50, 0x4b, 0x03, 0x04]) || starts([0x50, 0x4b, 0x05, 0x06])) return 'zip'
  // Compound File Binary: old .doc/.xls, and every password-protected .docx/.xlsx.
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole'
  if (starts([0x25, 0x50, 0x44, 0x46])) return 'pdf'
  return 'other'
}

/**
 * An encrypted Office file is an OLE container holding a stream named "EncryptedPackage"
 * (names are UTF-16LE in the directory); an old .doc/.xls has "WordDocument" or "Workbook".
 */
export function isEncryptedOffice(bytes: Uint8Array): boolean {
  return includesUtf16(bytes, 'EncryptedPackage')
}

function includesUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2)
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i)
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

/**
 * Text files from Chinese Windows are often GB18030 (Notepad's and Excel's "ANSI"), not UTF-8:
 * UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such, anything else as GB18030.
 * Returns null for bytes that are not text in any of them (a binary file).
 */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  const body = bytes.subarray(start)
  if (body.includes(0)) return null
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body)
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(body)
    } catch {
      return null
    }
  }
}
