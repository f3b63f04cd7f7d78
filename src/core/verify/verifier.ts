// Reads a draft like a reviewer: every number is found, read with its clause's role and direction
// word, matched to the fact sheet, and ends verified, mismatch, unsupported or ignored.
import type { TableAnalysis } from '../analyze.ts'
import { findNumbers, type FoundNumber } from '../numbers/find-numbers.ts'
import type { Finding, Mention, Verification } from '../verification.ts'
import { bindCitations, judgeCited } from './citations.ts'
import { decide } from './match.ts'
import { toMention } from './mention.ts'
import { expectedText, message } from './messages.ts'
import { isForwardLooking } from './plans.ts'
import { prepare } from './prepared.ts'
import { read } from './reading.ts'
import { GramTrack, nameRelevance } from './relevance.ts'
import { respectiveAnchor } from './respectively.ts'
import { ProjectScope } from './scope.ts'
import { TextStructure } from './text-structure.ts'
import { findUnknownNames } from './unknown-names.ts'

export function verifyDraft(text: string, analysis: TableAnalysis): Verification {
  const p = prepare(analysis)
  const { folded, numbers, citations } = findNumbers(text)
  markNamedNumbers(folded, numbers, p.projectNames)
  const structure = new TextStructure(folded)
  // Names are read with the data numbers blanked out: the 10 of "10次" is not the 10 of "第10项".
  const nameText = blankNumbers(folded, numbers)
  const track = new GramTrack(p.subjects, nameText)
  const scope = new ProjectScope(p, folded, structure)
  const { bound, unbound } = bindCitations(folded, numbers, citations)
  const mentions: Mention[] = []
  const findings: Finding[] = []

  numbers.forEach((n, k) => {
    if (n.ignored !== null) {
      mentions.push(toMention(n, 'ignored', null, { note: n.ignored }))
      return
    }
    const reading = read(folded, structure, numbers, k)
    const cited = bound.get(k)
    if (cited) {
      judgeCited(p, n, reading, cited, mentions, findings)
      return
    }
    const from = Math.max(structure.previousSentenceStart(n.start), n.start - LOOK_BACK)
    const anchor = respectiveAnchor(folded, structure, numbers, k)
    const window =
      anchor === null
        ? { start: n.start, end: n.end, from, to: Math.min(reading.clauseTo, n.end + AFTER_NUMBER) }
        : { start: anchor, end: anchor, from, to: anchor }
    const decision = decide(p, folded, reading, {
      names: () => nameRelevance(p.subjects, nameText, track, structure, window),
      projects: scope.at(n.start),
    })
    // A plan's target ("力争2023年执行率达到90%以上") is no claim about the data: unless it
    // happens to agree with a fact, it is left alone rather than flagged.
    if (
      decision.kind !== 'verified' &&
      decision.kind !== 'implied' &&
      isForwardLooking(folded, structure, n.start, analysis.table.year)
    ) {
      mentions.push(toMention(n, 'ignored', reading, { note: '计划或目标值，不是本年数据' }))
      return
    }
    const dirText = reading.direction ? folded.slice(reading.direction.start, n.end) : n.text
    const spanStart = reading.direction ? reading.direction.start : n.start
    switch (decision.kind) {
      case 'verified':
        mentions.push(
          toMention(n, 'verified', reading, { factIds: decision.facts.map((f) => f.id) }),
        )
        break
      case 'mismatch': {
        const f = decision.fact
        const expected = expectedText(f, reading.direction, decision.backward)
        mentions.push(toMention(n, 'mismatch', reading, { factIds: [f.id], expected }))
        findings.push({
          severity: 'error',
          code: decision.direction ? 'DIRECTION_MISMATCH' : 'NUMBER_MISMATCH',
          start: decision.direction ? spanStart : n.start,
          end: n.end,
          message: decision.direction
            ? message.direction(p, f, expected, dirText)
            : message.mismatch(p, f, expected, n.text),
          factIds: [f.id],
        })
        break
      }
      case 'implied':
        // An estimate is a fact only when the sentence says it is one ("按此推算…增加约22.91万元").
        if (SAYS_ESTIMATE.test(folded.slice(from, n.start))) {
          mentions.push(
            toMention(n, 'verified', reading, {
              factIds: [decision.fact.id],
              note: '按增减幅度推算的估计值，文中已写明为推算',
            }),
          )
          break
        }
        mentions.push(
          toMention(n, 'unsupported', reading, {
            factIds: [decision.fact.id],
            note: '按增减幅度推算的估计值，须标注来源才能引用',
          }),
        )
        findings.push({
          severity: 'error',
          code: 'IMPLIED_VALUE_UNCITED',
          start: n.start,
          end: n.end,
          message: message.implied(p, decision.fact, n.text),
          factIds: [decision.fact.id],
        })
        break
      case 'unsupported':
        mentions.push(toMention(n, 'unsupported', reading, { note: '数据中没有对应的数值' }))
        findings.push({
          severity: 'error',
          code: 'NUMBER_UNSUPPORTED',
          start: n.start,
          end: n.end,
          message: message.unsupported(n.text),
        })
        break
    }
  })

  for (const c of unbound) {
    findings.push({
      severity: 'warning',
      code: 'CITATION_UNBOUND',
      start: c.start,
      end: c.end,
      message: message.citationUnbound(c.id),
    })
  }
  for (const u of findUnknownNames(folded, numbers, structure, p.knownNames)) {
    findings.push({
      severity: 'warning',
      code: 'UNKNOWN_NAME',
      start: u.start,
      end: u.end,
      message: message.unknownName(u.name),
    })
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end)
  return { ok: !findings.some((f) => f.severity === 'error'), mentions, findings }
}

/** A number inside a project's name ("生成的测试项目（120项指标）") is part of the name. */
function markNamedNumbers(t: string, numbers: FoundNumber[], names: readonly string[]) {
  for (const name of names) {
    if (!/\d|[一二三四五六七八九十]/.test(name)) continue
    for (let at = t.indexOf(name); at >= 0; at = t.indexOf(name, at + name.length)) {
      for (const n of numbers)
        if (n.ignored === null && n.start >= at && n.end <= at + name.length) n.ignored = NAME_NOTE
    }
  }
}

const NAME_NOTE = '项目名称的一部分，不是数据'

function blankNumbers(t: string, numbers: readonly FoundNumber[]): string {
  let out = ''
  let at = 0
  for (const n of numbers) {
    if (n.ignored !== null) continue
    out += t.slice(at, n.start) + ' '.repeat(n.end - n.start)
    at = n.end
  }
  return out + t.slice(at)
}

/** How far after a number its clause still names what the number is ("30.64万元的实际投入"). */
const AFTER_NUMBER = 8
/** How far back names are looked for: the sentence before, but not a whole paragraph of it. */
const LOOK_BACK = 100
/** Words that present a number as an estimate derived from the data. */
const SAYS_ESTIMATE = /推算|测算|估算/
