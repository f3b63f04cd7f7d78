// A file name a table is stored under, as safe to show and to save as on any system: no folders,
// no control characters (NUL …), no bidirectional overrides that make "evil‮nosj.exe" read as
// "evil.exe.json", none of the characters Windows forbids, no trailing dots or spaces, not a
// Windows device name (CON, NUL, COM1 …), and in Unicode's composed form (NFC), so that the same
// name typed on macOS and on Windows is the same name when looking for duplicates.

const MAX_CHARS = 200

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what a file name must not hold
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"|?*\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i

/** The safe form of a name (folders dropped), or '' when nothing of it remains. */
export function safeFileName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? ''
  let clean = base
    .replace(UNSAFE, '')
    .trim()
    .replace(/[. ]+$/, '')
  clean = [...clean].slice(0, MAX_CHARS).join('').trim()
  if (clean === '' || /^\.+$/.test(clean)) return ''
  return DEVICE.test(clean) ? `_${clean}` : clean
}

/** Two names that are the same file name once made safe (NFC, case kept). */
export function sameFileName(a: string, b: string): boolean {
  return safeFileName(a) === safeFileName(b)
}
