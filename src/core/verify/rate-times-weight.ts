// "执行率85.11% × 10", "执行率精确值为95.7464%，乘10得9.5746": the number a rate is multiplied by, in a
// sentence about the execution rate's score, is the weight of the execution rate. Only that weight, and
// only its value: a multiplier the table has no such weight for stays unsupported.
import type { TableAnalysis } from '../analyze.ts'
import type { Fact } from '../facts.ts'
import type { FoundNumber } from '../numbers/find-numbers.ts'
import type { TextStructure } from './text-structure.ts'

/** right before the number: a percentage or a rate, then a sign or word of multiplying */
const TIMES_RATE = /(?:%|率)\s*[×xX*✕]\s*$/
/** right before the number: 乘 / 乘以, in a sentence that speaks of the execution rate */
const TIMES_WORD = /乘以?\s*$/
const EXECUTION = /执行率/
/** how far back the sentence is read */
const REACH = 60

export function executionWeightOf(t: string, s: TextStructure, n: FoundNumber, analysis: TableAnalysis): Fact | null {
  if (n.unit !== null && n.unit !== '分') return null
  const before = t.slice(Math.max(s.sentenceStart(n.start), n.start - REACH), n.start)
  const near = before.slice(-12)
  if (!TIMES_RATE.test(near) && !TIMES_WORD.test(near)) return null
  if (!EXECUTION.test(before)) return null
  const weights = analysis.sheet.facts.filter((f) => f.id.endsWith('.score.executionWeight') && f.exact.eq(n.value))
  return weights.length === 1 ? weights[0]! : null
}
