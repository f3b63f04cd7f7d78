// The form an upload arrives in: multipart/form-data with the file in the field `file` and,
// optionally, the tables' year in `year` (for a file that does not say it). Anything else is a
// 400 naming the field.
import type { Context } from 'hono'
import { InputError } from '../../core/input-error.ts'

export type UploadForm = { file: File; year?: number }

export async function readUploadForm(c: Context): Promise<UploadForm> {
  const type = c.req.header('content-type') ?? ''
  if (!/^multipart\/form-data/i.test(type)) {
    throw problem(
      'file',
      '请以 multipart/form-data 上传文件（字段名 file）',
      `expected multipart/form-data, got ${type || 'no content type'}`,
    )
  }
  let form: Record<string, string | File | (string | File)[]>
  try {
    form = await c.req.parseBody({ all: true })
  } catch {
    throw problem('file', '上传的内容不完整或已损坏，请重新选择文件', 'malformed multipart body')
  }
  const file = form.file
  if (Array.isArray(file)) {
    throw problem('file', '一次只能导入一个文件', 'more than one file in the field file')
  }
  if (!(file instanceof File) || file.name.trim() === '') {
    throw problem('file', '没有收到文件：请在字段 file 中上传文件', 'no file in the field file')
  }
  const year = typeof form.year === 'string' ? form.year.trim() : ''
  if (year === '') return { file }
  if (!/^\d{4}$/.test(year)) {
    throw problem('year', `年度应为四位数，实际为“${year}”`, `year must have four digits: ${year}`)
  }
  return { file, year: Number(year) }
}

function problem(path: string, message: string, messageEn: string): InputError {
  return new InputError([{ path, message, messageEn }])
}
