// The verifier: a 3,000-character draft against a sheet of 500+ facts, one draft at a time and
// in batch mode (JSON Lines in, JSON Lines out, the table analysed once).
import { readFile } from 'node:fs/promises'
import { loadTableFile } from '../src/adapters/fs-table-source.ts'
import { loadTable } from '../src/app/load-table.ts'
import { parseBatchLines, verifyBatch } from '../src/app/verify-batch.ts'
import { analyzeTable } from '../src/core/analyze.ts'
import { verifyDraft } from '../src/core/verify.ts'
import { checkCauses } from '../src/core/cause-check.ts'
import { generateProjectTable } from '../test/fixtures/generated-table.ts'
import { medianMs, type BenchResult } from './lib.ts'
import { draftFromSheet } from './verify-draft.ts'

const none = {
  async readRelative() {
    return null
  },
}

export async function run(): Promise<BenchResult[]> {
  const table = await loadTable(none, {
    file: '/generated/120.json',
    text: JSON.stringify(generateProjectTable(120)),
  })
  const analysis = analyzeTable(table)
  const facts = analysis.sheet.facts.length
  const draft = draftFromSheet(analysis, 3000)
  const check = verifyDraft(draft, analysis)
  const numbers = check.mentions.filter((m) => m.status !== 'ignored').length
  const wrong = check.mentions.filter((m) => m.status === 'mismatch' || m.status === 'unsupported').length
  const oneMs = await medianMs(() => verifyDraft(draft, analysis), 500, 50)

  // The seed report's own prose: far fewer numbers per character than a variance section.
  const seedText =
    (await readFile('test/fixtures/seed-section-2.txt', 'utf8')) +
    (await readFile('test/fixtures/seed-section-3.txt', 'utf8'))
  const department = analyzeTable(await loadTableFile('data/samples/nanyue-zhengfawei-2022-department.json'))
  const seedNumbers = verifyDraft(seedText, department).mentions.filter((m) => m.status !== 'ignored').length
  const seedMs = await medianMs(() => verifyDraft(seedText, department), 500, 50)

  const batchSize = 100
  const input = Array.from({ length: batchSize }, (_, i) =>
    JSON.stringify({ id: i, text: draftFromSheet(analysis, 3000, i * 7) }),
  ).join('\n')
  const batchMs = await medianMs(() => verifyBatch(parseBatchLines(input), analysis, verifyDraft), 10, 2)
  // the worst cases issue 10 found: one 50,000-character sentence of numbers, a flood of 导致
  const adversarial = '1000年7万'.repeat(7142)
  const adversarialMs = await medianMs(() => verifyDraft(adversarial, department), 5, 1)
  const respectively = '分别为1%和2%'.repeat(6000)
  const respectivelyMs = await medianMs(() => verifyDraft(respectively, department), 5, 1)
  // a run of numbers joined by 、 in one clause (names and numbers paired in order, no 分别)
  const run = `办公、维修${'5.13万元、'.repeat(6000)}`
  const runMs = await medianMs(() => verifyDraft(run, department), 5, 1)
  const causes = '受疫情影响导致'.repeat(7000)
  const causesMs = await medianMs(() => checkCauses(causes, { notes: ['财政收入下降'] }), 5, 1)
  return [
    {
      name: `adversarial: verify '1000年7万' × 7142 (${adversarial.length} characters, one sentence)`,
      value: adversarialMs,
      unit: 'ms',
      runs: 5,
    },
    {
      name: `adversarial: verify '分别为1%和2%' × 6000 (${respectively.length} characters)`,
      value: respectivelyMs,
      unit: 'ms',
      runs: 5,
    },
    {
      name: `adversarial: verify '5.13万元、' × 6000 after two names (${run.length} characters, one clause)`,
      value: runMs,
      unit: 'ms',
      runs: 5,
    },
    {
      name: `adversarial: cause check of '受疫情影响导致' × 7000 (${causes.length} characters)`,
      value: causesMs,
      unit: 'ms',
      runs: 5,
    },
    {
      name: `verify a ${draft.length}-character draft (${numbers} numbers) against ${facts} facts`,
      value: oneMs,
      unit: 'ms',
      runs: 500,
      note: wrong ? `${wrong} numbers flagged in the correct draft` : 'every number verified',
    },
    {
      name: `verify the seed report's sections 二 and 三 (${seedText.length} characters, ${seedNumbers} numbers) against the department's ${department.sheet.facts.length} facts`,
      value: seedMs,
      unit: 'ms',
      runs: 500,
    },
    {
      name: `batch mode: ${batchSize} drafts like the first as JSON Lines (parse, verify, serialize)`,
      value: (batchSize * 1000) / batchMs,
      unit: 'drafts/s',
      note: `median ${batchMs.toFixed(1)} ms per batch of ${batchSize}, over 10 batches`,
    },
  ]
}
