// `review DIR --summary FILE.xlsx|FILE.csv [--out DIR] [--jobs N]`: every report (.docx, .txt) in
// a folder reviewed on worker threads, progress on stderr, one summary row per file and, with
// --out, one JSON per report (as `review FILE --json` prints it). A file that cannot be read
// gets its row with the reason; the others go on. Exit 0 when every report passed, 1 when one
// has an error finding or could not be read.
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { reviewMany } from '../adapters/review/review-pool.ts'
import { writeSummary } from '../adapters/review/summary-writer.ts'
import { STATUS_TEXT } from '../app/review/summary-row.ts'
import type { CliIo } from './commands.ts'
import { UsageError } from './usage.ts'

export type FolderOptions = {
  dir: string
  summary: string
  out?: string
  year?: number
  profile: string
  jobs?: number
}

const REPORT_FILE = /\.(docx|txt)$/i

export async function reviewFolder(o: FolderOptions, io: CliIo): Promise<number> {
  if (!/\.(xlsx|csv)$/i.test(o.summary)) {
    throw new UsageError(
      `--summary must name a .xlsx or .csv file, got ${o.summary}`,
      `--summary 应为 .xlsx 或 .csv 文件，实际为“${o.summary}”`,
    )
  }
  const files = (await readdir(o.dir, { withFileTypes: true }))
    .filter((e) => e.isFile() && REPORT_FILE.test(e.name) && !e.name.startsWith('~$') && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort()
  if (!files.length) {
    throw new UsageError(
      `no .docx or .txt report in ${o.dir}`,
      `文件夹“${o.dir}”中没有 Word（.docx）或文本（.txt）报告`,
    )
  }
  if (o.out) await mkdir(o.out, { recursive: true })
  const started = Date.now()
  const results = await reviewMany(
    files.map((f) => ({
      path: join(o.dir, f),
      profile: o.profile,
      withResult: Boolean(o.out),
      ...(o.year !== undefined ? { year: o.year } : {}),
    })),
    {
      ...(o.jobs !== undefined ? { jobs: o.jobs } : {}),
      onResult: (r, done, total) => {
        const what = r.row.status === 'unreadable' ? r.row.reason : `${r.row.numbers} 个数字，错误 ${r.row.errors} 处`
        io.err(`[${done}/${total}] ${r.row.file}：${STATUS_TEXT[r.row.status]}（${what}）\n`)
      },
    },
  )
  if (o.out) {
    await Promise.all(
      results
        .filter((r) => r.json !== null)
        .map((r) => writeFile(join(o.out!, `${basename(r.path, extname(r.path))}.json`), r.json!, 'utf8')),
    )
  }
  const rows = results.map((r) => r.row)
  await writeSummary(o.summary, rows)
  const count = (s: string) => rows.filter((r) => r.status === s).length
  const seconds = (Date.now() - started) / 1000
  io.err(
    `完成：${rows.length} 份报告，通过 ${count('ok')} 份，有错误 ${count('errors')} 份，无法读取 ${count('unreadable')} 份；用时 ${seconds.toFixed(1)} 秒。汇总表：${o.summary}\n`,
  )
  return rows.every((r) => r.status === 'ok') ? 0 : 1
}
