// The verifier: a 3,000-character draft against a sheet of 500+ facts, one draft at a time and
// in batch mode (JSON Lines in, JSON Lines out, the table analysed once).
import { loadTable } from '../src/app/load-table.ts'
import { parseBatchLines, verifyBatch } from '../src/app/verify-batch.ts'
import { analyzeTable } from '../src/core/analyze.ts'
import { verifyDraft } from '../src/core/verify.ts'
import { generateProjectTable } from '../test/fixtures/generated-table.ts'
import { medianMs, type BenchResult } from './lib.ts'
import { draftFromSheet } from './verify-draft.ts'

const none = { async readRelative() { return null } }

export async function run(): Promise<BenchResult[]> {
  const table = await loadTable(none, { file: '/generated/120.json', text: JSON.stringify(generateProjectTable(120)) })
  const analysis = analyzeTable(table)
  const facts = analysis.sheet.facts.length
  const draft = draftFromSheet(analysis, 3000)
  const check = verifyDraft(draft, analysis)
  const numbers = check.mentions.filter((m) => m.status !== 'ignored').length
  const wrong = check.mentions.filter((m) => m.status === 'mismatch' || m.status === 'unsupported').length
  const oneMs = await medianMs(() => verifyDraft(draft, analysis), 200, 20)

  const batchSize = 100
  const input = Array.from({ length: batchSize }, (_, i) => JSON.stringify({ id: i, text: draftFromSheet(analysis, 3000, i * 7) })).join('\n')
  const batchMs = await medianMs(() => verifyBatch(parseBatchLines(input), analysis, verifyDraft), 10, 2)
  return [
    {
      name: `verify a ${draft.length}-character draft (${numbers} numbers) against ${facts} facts`,
      value: oneMs,
      unit: 'ms',
      runs: 200,
      note: wrong ? `${wrong} numbers flagged in the correct draft` : 'every number verified',
    },
    {
      name: `batch mode: ${batchSize} such drafts as JSON Lines (parse, verify, serialize)`,
      value: (batchSize * 1000) / batchMs,
      unit: 'drafts/s',
      note: `median ${batchMs.toFixed(1)} ms per batch of ${batchSize}, over 10 batches`,
    },
  ]
}
