// "No invented causes": flags causal clauses in a model's draft (由于…, 因为…, 受…影响, 主要原因是…,
// …导致…) whose cause cannot be found in the cause notes the prompt was given.
//
// How: the cause clause's Han-character bigrams are looked up in the notes (and in the data's own
// wording — restating a variance, "由于实际投入低于预算", is not an invented cause); when fewer
// than half are found, the clause gets a warning CAUSE_NOT_IN_DATA.
// Limits (why it is a warning, not an error): it is lexical. A faithful paraphrase in other
// words ("财政收入减少" for "财政收入有所下降") can be flagged; a new cause stitched from words that
// occur in the notes ("疫情" + "培训") passes; causes stated without one of the markers above
// ("…，系上级政策调整") are not seen; a clause of one Han character is not judged.
import { contentBigrams, bigramCoverage } from './text-overlap.ts'
import { finding, type Finding } from './verification.ts'

export type CauseClause = {
  /** the cause as written, without its marker */
  text: string
  start: number
  end: number
  marker: string
}

const CAUSE_COVERAGE_THRESHOLD = 0.5
/** Causes judged per sentence, and how far back before 导致 its cause is looked for. */
const MAX_CAUSES_PER_SENTENCE = 50
const LOOK_BACK = 200

const CONSEQUENCE = /导致|致使|造成|使得|从而|因此|所以/
const LEAD_MARKERS = /由于|因为|主要原因是|主要原因为|原因是|原因为|原因在于|主要是由于|主要是因为/g

/** The cause clauses of a text, sentence by sentence. */
export function findCauseClauses(text: string): CauseClause[] {
  const out: CauseClause[] = []
  for (const s of text.matchAll(/[^。！？!?；;\n]+/g)) {
    const sentence = s[0]
    const base = s.index
    const first = out.length
    const add = (start: number, end: number, marker: string) => {
      // a sentence has a few causes; a flood of markers must not make the check quadratic
      if (out.length - first >= MAX_CAUSES_PER_SENTENCE) return
      let a = start
      let b = end
      while (a < b && /[\s，,：:、的是]/.test(sentence[a]!)) a++
      while (b > a && /[\s，,、]/.test(sentence[b - 1]!)) b--
      if (b > a && !out.slice(first).some((c) => c.start <= base + a && base + b <= c.end)) {
        out.push({ text: sentence.slice(a, b), start: base + a, end: base + b, marker })
      }
    }
    let covered = -1
    for (const m of sentence.matchAll(LEAD_MARKERS)) {
      if (m.index < covered) continue
      const from = m.index + m[0].length
      const rest = sentence.slice(from)
      const consequence = CONSEQUENCE.exec(rest)
      const comma = /[，,]/.exec(rest)
      const explanatory = /原因/.test(m[0])
      const to = explanatory ? rest.length : consequence ? consequence.index : comma ? comma.index : rest.length
      add(from, from + to, m[0])
      covered = from + to
    }
    for (const m of sentence.matchAll(/受(.{1,30}?)影响/g)) add(m.index + 1, m.index + 1 + m[1]!.length, '受…影响')
    for (const m of sentence.matchAll(/导致|致使/g)) {
      if (out.length - first >= MAX_CAUSES_PER_SENTENCE) break
      const from = Math.max(0, m.index - LOOK_BACK)
      const before = sentence.slice(from, m.index).replace(/[\s，,]+$/, '')
      if (/由于|因为/.test(before)) continue
      const clauseStart = Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')) + 1
      add(from + clauseStart, from + before.length, m[0])
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

export type CauseSources = {
  /** the cause notes the prompt was given (reason cells, the unit's notes, the user's notes) */
  notes: readonly string[]
  /** the data's own wording (fact labels, warning messages): restating it is not a new cause */
  data?: readonly string[]
}

export function checkCauses(text: string, sources: CauseSources): Finding[] {
  const reference = contentBigrams([...sources.notes, ...(sources.data ?? [])].join('\n'))
  const findings: Finding[] = []
  for (const c of findCauseClauses(text)) {
    if (/待补充/.test(c.text)) continue
    const coverage = bigramCoverage(c.text, reference)
    if (coverage === null || coverage >= CAUSE_COVERAGE_THRESHOLD) continue
    findings.push(
      finding(
        'CAUSE_NOT_IN_DATA',
        c.start,
        c.end,
        `“${c.text}”作为原因，在单位提供的原因说明中找不到依据，请核实；如无依据，应改为“【待补充：…原因】”`,
      ),
    )
  }
  return findings
}
