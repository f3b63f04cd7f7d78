// `import FILE [--out DIR] [--json] [--year YYYY]`: reads a .docx, .xlsx, .csv, .txt (text copied
// from Word) or .json file and prints the canonical tables it holds (DESIGN.md §7) — as JSON
// {"tables": [...], "warnings": [...]}, or as a readable summary with the warnings. With --out,
// each table is written to DIR as one canonical JSON file (what facts, draft and verify read);
// stdout then lists the files written and the summary goes to stderr.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { importTables } from '../adapters/import/import-tables.ts'
import type { CanonicalJson, ImportResult } from '../adapters/import/import-types.ts'
import { proposeFileNames } from '../app/import-file-names.ts'
import { InputError } from '../core/input-error.ts'
import type { Command } from './commands.ts'
import { parseCommandArgs, UsageError } from './usage.ts'

export const importCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs('import', args, {
    json: { type: 'boolean' },
    year: { type: 'string' },
    out: { type: 'string' },
  })
  const [file, ...extra] = positionals
  if (!file || extra.length) {
    throw new UsageError(
      'usage: import FILE [--out DIR] [--json] [--year YYYY]',
      '用法：jixiao import 文件 [--out 文件夹] [--json] [--year 年度]；jixiao import --help 查看说明',
    )
  }
  let year: number | undefined
  if (values.year !== undefined) {
    year = Number(values.year)
    if (!/^\d{4}$/.test(values.year)) {
      throw new UsageError(
        `--year must be a four-digit year, got ${values.year}`,
        `--year 应为四位数年度，实际为“${values.year}”`,
      )
    }
  }
  let bytes: Uint8Array
  try {
    bytes = await readFile(file)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new InputError([
      code === 'ENOENT'
        ? { file, path: '$', message: '文件不存在', messageEn: 'the file does not exist' }
        : {
            file,
            path: '$',
            message: `无法读取文件（${code ?? '未知错误'}）`,
            messageEn: `cannot read the file (${code})`,
          },
    ])
  }
  const result = await importTables({
    fileName: file,
    bytes,
    ...(year !== undefined ? { year } : {}),
  })
  if (values.out === undefined) {
    io.out(values.json ? `${JSON.stringify(result, null, 2)}\n` : renderSummary(file, result))
    return 0
  }
  const written = await writeTables(values.out, file, result)
  if (values.json) io.out(`${JSON.stringify(result, null, 2)}\n`)
  else io.err(renderSummary(file, result))
  for (const path of written) (values.json ? io.err : io.out)(`${path}\n`)
  return 0
}

/** One canonical JSON per table in `dir` (made if missing), named after the file: 自评表-1.json … */
async function writeTables(dir: string, file: string, result: ImportResult): Promise<string[]> {
  try {
    await mkdir(dir, { recursive: true })
    const names = proposeFileNames(file, result.tables.length, new Set())
    const paths = names.map((n) => join(dir, n))
    await Promise.all(result.tables.map((t, i) => writeFile(paths[i]!, `${JSON.stringify(t, null, 2)}\n`)))
    return paths
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unknown error'
    throw new InputError([
      {
        file: dir,
        path: '--out',
        message: `无法写入输出文件夹（${code}）`,
        messageEn: `cannot write to the output folder (${code})`,
      },
    ])
  }
}

export function renderSummary(file: string, result: ImportResult): string {
  const lines = [`${file}：识别出 ${result.tables.length} 张表`]
  result.tables.forEach((t, i) => {
    lines.push('', `${i + 1}. ${describeTable(t)}`)
    for (const w of result.warnings.filter((w) => w.table === i)) lines.push(`   警告：${w.path}：${w.message}`)
  })
  const general = result.warnings.filter((w) => w.table === undefined)
  if (general.length) {
    lines.push('')
    for (const w of general) lines.push(`警告：${w.path}：${w.message}`)
  }
  return `${lines.join('\n')}\n`
}

function describeTable(t: CanonicalJson): string {
  if (t.kind === 'project-self-evaluation') {
    return [
      `项目支出绩效自评表 · ${t.year}年度 · ${t.project}`,
      `   实施单位：${t.unit ?? '（空）'}；主管部门：${t.department ?? '（空）'}`,
      `   资金 ${t.funding.length} 行（${t.funding.map((f) => f.source).join('、')}），绩效指标 ${t.indicators.length} 行，总体目标${t.goal?.target ? '已填' : '未填'}`,
    ].join('\n')
  }
  const d = t as { year?: unknown; unit?: unknown; projectExpenditure?: { lines?: unknown[] } }
  return `部门整体支出绩效评价 · ${String(d.year)}年度 · ${String(d.unit)}；项目支出 ${d.projectExpenditure?.lines?.length ?? 0} 项`
}
