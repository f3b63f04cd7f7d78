// One row of a folder review's summary table (issue 12): a report's unit and project, what was
// found and the most serious finding — or, for a file that could not be read, the reason.
import type { ReviewFinding, ReviewResult } from './review-types.ts'

export type SummaryRow = {
  file: string
  /** 通过 / 有错误 / 无法读取 */
  status: 'ok' | 'errors' | 'unreadable'
  unit: string
  project: string
  tables: number
  paragraphs: number
  numbers: number
  verified: number
  mismatch: number
  unsupported: number
  errors: number
  warnings: number
  /** ours under the scoring profile, per table ("98.51"; "98.51 / 100" with several tables) */
  score: string
  /** the unit's own, where the form has one */
  theirScore: string
  /** "第3段 “实际投入36万元”：实际投入应为30.64万元…" */
  mostSerious: string
  /** why the file could not be read */
  reason: string
  /** how long the review took, in milliseconds */
  ms: number
}

export const SUMMARY_COLUMNS: { key: keyof SummaryRow; title: string; width: number }[] = [
  { key: 'file', title: '文件', width: 28 },
  { key: 'status', title: '结果', width: 8 },
  { key: 'unit', title: '单位', width: 24 },
  { key: 'project', title: '项目', width: 30 },
  { key: 'tables', title: '表格数', width: 7 },
  { key: 'paragraphs', title: '正文段数', width: 8 },
  { key: 'numbers', title: '数字', width: 7 },
  { key: 'verified', title: '相符', width: 7 },
  { key: 'mismatch', title: '不符', width: 7 },
  { key: 'unsupported', title: '数据中没有', width: 9 },
  { key: 'errors', title: '错误', width: 7 },
  { key: 'warnings', title: '提示', width: 7 },
  { key: 'score', title: '计算得分', width: 10 },
  { key: 'theirScore', title: '自评得分', width: 10 },
  { key: 'mostSerious', title: '最严重的问题', width: 60 },
  { key: 'reason', title: '无法读取的原因', width: 40 },
]

export const STATUS_TEXT: Record<SummaryRow['status'], string> = {
  ok: '通过',
  errors: '有错误',
  unreadable: '无法读取',
}

/** Worst first: a number contradicting the data, then a number the data does not have, then the rest. */
const RANK: Record<string, number> = {
  NUMBER_MISMATCH: 0,
  DIRECTION_MISMATCH: 0,
  CITATION_MISMATCH: 1,
  NUMBER_OTHER_ROW: 1,
  NUMBER_UNSUPPORTED: 2,
  IMPLIED_VALUE_UNCITED: 3,
}

export function summaryRow(file: string, r: ReviewResult, ms: number): SummaryRow {
  let worst: { f: ReviewFinding; paragraph: number; rank: number } | null = null
  for (const p of r.paragraphs) {
    for (const f of p.findings) {
      const rank = (f.severity === 'error' ? 0 : 10) + (RANK[f.code] ?? 5)
      if (!worst || rank < worst.rank) worst = { f, paragraph: p.index, rank }
    }
  }
  const join = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))].join('；')
  const s = r.summary
  return {
    file,
    status: s.errors ? 'errors' : 'ok',
    unit: join(r.tableInfo.map((t) => t.unit)),
    project: join(r.tableInfo.map((t) => t.project)),
    tables: r.tables.length,
    paragraphs: s.paragraphs,
    numbers: s.numbers,
    verified: s.verified,
    mismatch: s.mismatch,
    unsupported: s.unsupported,
    errors: s.errors,
    warnings: s.warnings,
    score: r.tableInfo.map((t) => t.score ?? '—').join(' / '),
    theirScore: r.tableInfo.some((t) => t.theirScore) ? r.tableInfo.map((t) => t.theirScore ?? '—').join(' / ') : '',
    mostSerious: worst ? `第${worst.paragraph + 1}段 “${worst.f.text}”：${worst.f.message}` : '',
    reason: '',
    ms,
  }
}

export function unreadableRow(file: string, reason: string, ms: number): SummaryRow {
  return {
    file,
    status: 'unreadable',
    unit: '',
    project: '',
    tables: 0,
    paragraphs: 0,
    numbers: 0,
    verified: 0,
    mismatch: 0,
    unsupported: 0,
    errors: 0,
    warnings: 0,
    score: '',
    theirScore: '',
    mostSerious: '',
    reason,
    ms,
  }
}
