// The chat's offline work: reading a question into its subjects and composing the answer from the
// fact sheet, and the word-level diff between two versions of a draft.
import { loadTableFile } from '../src/adapters/fs-table-source.ts'
import { answerFromData } from '../src/app/chat-answer.ts'
import { findSubjects } from '../src/app/chat-subject.ts'
import { draftWithTemplate } from '../src/core/template-draft/index.ts'
import { analyzeTable } from '../src/core/analyze.ts'
import { wordDiff } from '../src/core/word-diff.ts'
import { medianMs, type BenchResult } from './lib.ts'

export async function run(): Promise<BenchResult[]> {
  const dept = analyzeTable(await loadTableFile('data/samples/nanyue-zhengfawei-2022-department.json'))
  const questions = [
    '人民群众满意度这个指标得了多少分？',
    '人员经费为什么比上年增长了？',
    '四型小区的执行率是多少？',
    '总得分是多少？',
  ]
  const answerMs = await medianMs(
    () => {
      for (const q of questions) answerFromData(dept, findSubjects(q, dept), [])
    },
    200,
    20,
  )
  const problems = draftWithTemplate(dept, 'problems').text
  const revised = problems
    .replace(/主要原因/g, '原因')
    .replace(/。/g, '；')
    .slice(0, Math.floor(problems.length * 0.8))
  const diffMs = await medianMs(() => wordDiff(problems, revised), 50, 5)
  return [
    {
      name: `offline answer: ${questions.length} questions on the seed department (subjects + answer)`,
      value: answerMs / questions.length,
      unit: 'ms per question',
      runs: 200,
    },
    {
      name: `word diff of the problems draft (${problems.length} characters) against a revision`,
      value: diffMs,
      unit: 'ms',
      runs: 50,
    },
  ]
}
