// Prompt size: what each section's prompt (system + user message) costs for the seed department,
// against pasting the whole seed document (test/fixtures/seed/000_f391e55dc884f009.txt) into a chat. Characters are
// UTF-16 code units (= characters here; the document has no astral characters); tokens are
// counted with js-tiktoken's o200k_base (GPT-4o family) and cl100k_base (GPT-4/3.5). DeepSeek,
// Qwen and GLM use their own tokenizers, so their counts differ; the ratios are the point.
import { readFile } from 'node:fs/promises'
import { Tiktoken } from 'js-tiktoken/lite'
import cl100k from 'js-tiktoken/ranks/cl100k_base'
import o200k from 'js-tiktoken/ranks/o200k_base'
import { loadTableFile } from '../src/adapters/fs-table-source.ts'
import { loadPromptLibrary } from '../src/adapters/prompt-files.ts'
import { buildDraftContext } from '../src/app/draft-context.ts'
import { buildDraftMessages } from '../src/app/draft-prompts.ts'
import type { DraftRequest } from '../src/app/ports.ts'
import { analyzeTable } from '../src/core/analyze.ts'
import type { BenchResult } from './lib.ts'

export async function run(): Promise<BenchResult[]> {
  const encoders = { o200k: new Tiktoken(o200k), cl100k: new Tiktoken(cl100k) }
  const measure = (text: string) => ({
    chars: text.length,
    o200k: encoders.o200k.encode(text).length,
    cl100k: encoders.cl100k.encode(text).length,
  })

  const seed = measure(await readFile('test/fixtures/seed/000_f391e55dc884f009.txt', 'utf8'))
  const analysis = analyzeTable(await loadTableFile('data/samples/nanyue-zhengfawei-2022-department.json'))
  const prompts = await loadPromptLibrary()
  const cases: [string, Omit<DraftRequest, 'analysis'>][] = [
    ['variance, one row (P1.F0 合计)', { section: 'variance', row: 'P1.F0' }],
    ['variance, every row to explain', { section: 'variance' }],
    ['problems (存在的问题及原因分析)', { section: 'problems' }],
    ['measures (下一步改进措施)', { section: 'measures' }],
  ]

  const results: BenchResult[] = [
    {
      name: 'whole seed document pasted into a chat',
      value: seed.chars,
      unit: 'chars',
      note: `${seed.o200k} tokens o200k_base, ${seed.cl100k} cl100k_base`,
    },
  ]
  for (const [name, request] of cases) {
    const ctx = buildDraftContext({ analysis, ...request })
    const messages = buildDraftMessages(prompts, ctx)
    const m = measure(messages.map((x) => x.content).join('\n'))
    const label = request.section === 'variance' && !request.row ? `${name} (${ctx.rows.length} rows)` : name
    const ratio = (a: number, b: number) => (a / b).toFixed(1)
    results.push({
      name: `${label}: system + section prompt`,
      value: m.chars,
      unit: 'chars',
      note: `${m.o200k} tokens o200k_base, ${m.cl100k} cl100k_base; the seed document is ${ratio(seed.chars, m.chars)}× the characters, ${ratio(seed.o200k, m.o200k)}× the o200k tokens`,
    })
  }
  return results
}
