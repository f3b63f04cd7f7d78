// `verify --data FILE [--table N|name] --draft FILE [--json]` and `verify --data FILE --batch` (DESIGN.md §7):
// every number of a draft checked against the table's fact sheet. Exit 1 when a draft has an
// error finding, 2 on bad input.
import { readStream, readTextFile } from '../adapters/fs-text-file.ts'
import { parseBatchLines, verifyBatch } from '../app/verify-batch.ts'
import { analyzeTable } from '../core/analyze.ts'
import { PROFILES } from '../core/scoring-profile.ts'
import { verifyDraft } from '../core/verify.ts'
import type { Command } from './commands.ts'
import { parseCommandArgs, UsageError } from './usage.ts'
import { renderVerification } from './verify-render.ts'
import { loadTableInput } from './table-input.ts'

const USAGE = new UsageError(
  'usage: verify --data FILE [--table N|name] --draft FILE [--note TEXT]… [--json] | verify --data FILE --batch',
  '用法：jixiao verify --data 表格文件 [--table 序号|名称] --draft 草稿文件 [--note 用户说明]… [--json]，或 jixiao verify --data 表格文件 --batch（从标准输入读 JSON Lines）；jixiao verify --help 查看说明',
)

export const verifyCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs('verify', args, {
    data: { type: 'string' },
    draft: { type: 'string' },
    json: { type: 'boolean' },
    batch: { type: 'boolean' },
    profile: { type: 'string' },
    note: { type: 'string', multiple: true },
    table: { type: 'string' },
  })
  if (!values.data || positionals.length || values.batch === Boolean(values.draft)) throw USAGE
  const profile = PROFILES[values.profile ?? 'national']
  if (!profile) {
    throw new UsageError(
      `unknown profile ${values.profile}; known: ${Object.keys(PROFILES).join(', ')}`,
      `未知的评分规则“${values.profile}”，可选：${Object.keys(PROFILES).join('、')}`,
    )
  }
  const analysis = analyzeTable(await loadTableInput(values.data, values.table, io), profile)

  if (values.batch) {
    const items = parseBatchLines(await readStream(io.stdin))
    const { lines, ok } = verifyBatch(items, analysis, verifyDraft)
    for (const line of lines) io.out(`${line}\n`)
    return ok ? 0 : 1
  }
  const text = await readTextFile(values.draft!)
  const v = verifyDraft(text, analysis, values.note?.length ? { notes: values.note } : undefined)
  io.out(values.json ? `${JSON.stringify(v, null, 2)}\n` : renderVerification(text, v))
  return v.ok ? 0 : 1
}
