// `facts FILE [--table N|name] [--json] [--profile national|hubei|sichuan]`: the fact sheet and
// warnings of a table (FILE: canonical JSON, import's output, or a .docx/.xlsx/.csv/.txt file).
import { analysisToJson } from '../app/analysis-json.ts'
import { unscoredNote } from '../app/table-view.ts'
import { analyzeTable } from '../core/analyze.ts'
import { sourceText } from '../core/facts.ts'
import type { Command } from './commands.ts'
import { profileOption } from './profile-option.ts'
import { loadTableInput } from './table-input.ts'
import { parseCommandArgs, UsageError } from './usage.ts'

export const factsCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs('facts', args, {
    json: { type: 'boolean' },
    profile: { type: 'string' },
    table: { type: 'string' },
  })
  const [file, ...extra] = positionals
  if (!file || extra.length) {
    throw new UsageError(
      'usage: facts FILE [--table N|name] [--json] [--profile ID]',
      '用法：jixiao facts 表格文件 [--table 序号|名称] [--json] [--profile 规则]（jixiao facts --help 查看说明）',
    )
  }
  const profile = profileOption(values.profile)
  const analysis = analyzeTable(await loadTableInput(file, values.table, io), profile)
  if (values.json) {
    io.out(`${JSON.stringify(analysisToJson(analysis), null, 2)}\n`)
    return 0
  }
  io.out(renderFactTable(analysis))
  return 0
}

function renderFactTable(a: ReturnType<typeof analyzeTable>): string {
  const rows = a.sheet.facts.map((f) => [f.id, f.display, f.label, sourceText(f.source)])
  const widths = [0, 1].map((i) => Math.max(...rows.map((r) => displayWidth(r[i]!))))
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)))
  const lines = [`事实表（${a.sheet.facts.length} 项，评分规则：${a.profile.name}）`, '']
  for (const r of rows) lines.push(`${pad(r[0]!, widths[0]!)}  ${pad(r[1]!, widths[1]!)}  ${r[2]}  〔${r[3]}〕`)
  lines.push('')
  for (const p of a.projects) {
    const s = p.score
    lines.push(
      `${p.table.project}：得分 ${s.total ? s.total.round(2).trimmed().toString() : '—'} / ${s.max.round(2).trimmed().toString()}，等级 ${s.grade ?? '—'}${unscoredNote(p) ? `（${unscoredNote(p)}）` : ''}`,
    )
  }
  lines.push('', `警告（${a.warnings.length} 条）`)
  for (const w of a.warnings) lines.push(`  [${w.code}] ${w.tableName}：${w.message}`)
  return `${lines.join('\n')}\n`
}

/** Terminal columns: CJK and full-width characters take two. */
function displayWidth(s: string): number {
  let w = 0
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1
  return w
}
