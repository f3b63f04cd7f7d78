// `review FILE [--json] [--year YYYY]` (DESIGN.md §7): a finished report — tables and narrative,
// .docx or .txt — read in one step; every number of every narrative paragraph checked against the
// facts of the table it is about. Exit 1 when a paragraph has an error finding, 2 on bad input.
// `review DIR --summary FILE.xlsx|.csv [--out DIR]` reviews every report in a folder.
import { stat } from 'node:fs/promises'
import { readReportFile, reviewBytes } from '../adapters/review/review-file.ts'
import { verifyDraft } from '../core/verify.ts'
import { PROFILES } from '../core/scoring-profile.ts'
import type { Command } from './commands.ts'
import { reviewFolder } from './review-folder.ts'
import { renderReview } from './review-render.ts'
import { parseCommandArgs, UsageError } from './usage.ts'

const USAGE = new UsageError(
  'usage: review FILE [--json] [--year YYYY] | review DIR --summary FILE.xlsx|FILE.csv [--out DIR] [--jobs N]',
  '用法：review 报告文件 [--json] [--year 年度]，或 review 文件夹 --summary 汇总表.xlsx|.csv [--out 输出文件夹] [--jobs 并行数]',
)

export const reviewCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs('review', args, {
    json: { type: 'boolean' },
    year: { type: 'string' },
    profile: { type: 'string' },
    summary: { type: 'string' },
    out: { type: 'string' },
    jobs: { type: 'string' },
  })
  const [path, ...extra] = positionals
  if (!path || extra.length) throw USAGE
  let year: number | undefined
  if (values.year !== undefined) {
    if (!/^\d{4}$/.test(values.year)) {
      throw new UsageError(
        `--year must be a four-digit year, got ${values.year}`,
        `--year 应为四位数年度，实际为“${values.year}”`,
      )
    }
    year = Number(values.year)
  }
  const profileId = values.profile ?? 'national'
  const profile = PROFILES[profileId]
  if (!profile) {
    throw new UsageError(
      `unknown profile ${values.profile}; known: ${Object.keys(PROFILES).join(', ')}`,
      `未知的评分规则“${values.profile}”，可选：${Object.keys(PROFILES).join('、')}`,
    )
  }
  const isDir = await stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  )
  if (isDir) {
    if (!values.summary || values.json) throw USAGE
    let jobs: number | undefined
    if (values.jobs !== undefined) {
      jobs = Number(values.jobs)
      if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) {
        throw new UsageError(
          `--jobs must be 1–64, got ${values.jobs}`,
          `--jobs 应为 1–64 的整数，实际为“${values.jobs}”`,
        )
      }
    }
    return reviewFolder({ dir: path, summary: values.summary, out: values.out, year, profile: profileId, jobs }, io)
  }
  if (values.summary || values.out || values.jobs) throw USAGE
  const bytes = await readReportFile(path)
  const { result } = await reviewBytes(
    { fileName: path, bytes, ...(year !== undefined ? { year } : {}) },
    { verify: verifyDraft, profile },
  )
  io.out(values.json ? `${JSON.stringify(result, null, 2)}\n` : renderReview(path, result))
  return result.paragraphs.every((p) => p.ok) ? 0 : 1
}
