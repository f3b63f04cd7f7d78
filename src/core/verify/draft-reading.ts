// One draft as the verifier reads it: the text in its three forms (as written, with the sheet's
// names masked for role words, with data numbers blanked for names), what has been verified so far
// and where, and one method per step a number goes through — arithmetic, a restatement, a citation,
// the rows its sentence names, derivations and quotes, and the verdict.
import type { TableAnalysis } from '../analyze.ts'
import { findNumbers, type FoundNumber } from '../numbers/find-numbers.ts'
import { foldText } from '../numbers/fold.ts'
import { matchesOf } from '../numbers/each-match.ts'
import { verificationOf, type Finding, type Mention, type Verification } from '../verification.ts'
import { bindCitations, judgeCited } from './citations.ts'
import { decide, EVIDENCE, isDistinctive, type Decision } from './match.ts'
import { toMention } from './mention.ts'
import { CUE_TABLE, roles } from './cue-words.ts'
import type { WordTable } from './word-table.ts'
import { expectedText, message } from './messages.ts'
import { inMeasuresSection, isForwardLooking, isSetTarget } from './plans.ts'
import { scoreSideOf } from './score-side.ts'
import { inProjectScope, isTotalRowFact, prepare, projectInScope, type Prepared } from './prepared.ts'
import { ASIDE, read, type Reading } from './reading.ts'
import { candidateSet, nearValue } from './candidates.ts'
import { reworked, writtenArithmetic } from './arithmetic.ts'
import {
  computedValue,
  factInTextUnit,
  morePrecise,
  roundAt,
  unsigned,
  valueMatches,
  type WrittenValue,
} from './value-match.ts'
import {
  countMatch,
  earlierRowsCount,
  isProjectsCount,
  listCount,
  PROJECTS_COUNTED,
  projectCount,
  projectsNumeral,
} from './counts.ts'
import { categoryCore, categoryRate, categorySubtotal, eachIndicator } from './category-points.ts'
import { columnSum } from './column-sums.ts'
import type { ColumnSum, Span } from './plain-text.ts'
import { quotedMatch } from './quoted.ts'
import { otherRowsWith } from './other-row.ts'
import { ruleFigure } from './rule-figures.ts'
import {
  BACK_AFTER,
  BACK_BEFORE,
  EACH_OF_REST,
  EXECUTION,
  remainder,
  REST,
  restCount,
  restPoints,
  eachOfRows,
  rowsOf,
  type Remainder,
} from './remainder.ts'
import type { ProjectAnalysis } from '../project-analysis.ts'
import { isQuotedTotal, noteFacts } from '../text-facts.ts'
import { derive, type Derivation } from './derive.ts'
import { sentencePool } from './sentence-pool.ts'
import { objectChars } from './orientation.ts'
import { directionWord } from './direction.ts'
import { formatNumber } from '../format.ts'
import { Decimal } from '../decimal.ts'
import { convertUnit, isMoneyUnit, moneyPart } from '../units.ts'
import { dimensionKey } from '../numbers/units.ts'
import type { Fact, FactRole } from '../facts.ts'
import { GramTrack, nameRelevance } from './relevance.ts'
import { implicitAnchor, respectiveAnchor } from './respectively.ts'
import { tableOrderFact } from './table-order.ts'
import { executionWeightOf } from './rate-times-weight.ts'
import { ProjectScope, type ProjectRelevance } from './scope.ts'
import { headingLineAbove, TextStructure } from './text-structure.ts'
import { findUnknownNames } from './unknown-names.ts'

/** Where names are read around a number (see relevance.ts). */
type Window = { start: number; end: number; from: number; to: number }

/** What the rows a number's sentence names decided, and where the sentence's reading began. */
type Named = { decision: Decision; projects: ProjectRelevance; from: number }

export class DraftReading {
  readonly p: Prepared
  readonly folded: string
  readonly numbers: FoundNumber[]
  private readonly structure: TextStructure
  /** role and direction words are read with the sheet's names masked: 提升 in 巩固提升工程 is no direction */
  private readonly cueText: string
  /** names are read with the data numbers blanked out: the 10 of "10次" is not the 10 of "第10项" */
  private readonly nameText: string
  /** where a figure starts that a count of rows by their cell has verified (countByCell), with those rows' facts */
  private readonly cellValues = new Map<number, string[]>()
  private readonly track: GramTrack
  private readonly scope: ProjectScope
  private readonly citations: ReturnType<typeof bindCitations>
  private readonly mentions: Mention[] = []
  private readonly findings: Finding[] = []
  /** the facts the numbers of each sentence were verified against (the last few), by sentence start */
  private readonly verifiedIn = new Map<number, Fact[]>()
  private readonly notes: Fact[]
  /** per 分别: the rows its numbers have been matched to */
  private readonly usedRows = new Map<number, Set<string>>()
  /** the numbers of written-out arithmetic ("317.04 + 3.9 = 320.94万元") */
  private readonly operands = new Set<FoundNumber>()
  /** the rows the last count that pointed back named, and its clause (rowsBefore) */
  private backRows: { from: number; clauseEnd: number; rows: string[] } | null = null
  /** the name an operand has in a formula written in words too (全年预算数 for 520.5) */
  private readonly operandTerms = new Map<FoundNumber, string>()
  /** operandUnits(), once per draft */
  private termUnits: (string | null)[] | null = null

  constructor(
    text: string,
    private readonly analysis: TableAnalysis,
    notes: readonly string[] | undefined,
    /** the 小计/合计 cells of the draft's Markdown tables (plain-text.ts) */
    private readonly columnSums: readonly ColumnSum[] = [],
    /** the spans of a Markdown table's body rows in the plain text */
    private readonly tableRows: readonly Span[] = [],
  ) {
    const p = (this.p = prepare(analysis))
    const { folded, numbers, citations } = findNumbers(text)
    this.folded = folded
    this.numbers = numbers
    markNamedNumbers(folded, numbers, p.projectNames)
    markNamedNumbers(folded, numbers, p.numberedNames, INDICATOR_NAME_NOTE)
    this.structure = new TextStructure(folded)
    this.cueText = maskNamedDirections(maskNames(folded, p.maskTable), p.namedDirections)
    this.nameText = blankComposition(
      blankMeasureWords(blankContainers(blankNumbers(folded, numbers), p.containerNames), this.cueText),
    )
    this.track = new GramTrack(p.subjects, this.nameText)
    this.scope = new ProjectScope(p, folded, this.structure)
    this.citations = bindCitations(folded, numbers, citations)
    this.notes = notes?.length ? noteFacts(notes) : []
    this.collectOperands()
  }

  /** Every number, in order, then the citations and names the data does not have. */
  verify(): Verification {
    try {
      this.numbers.forEach((n, k) => {
        this.readNumber(n, k)
      })
      this.rowsNamedLater()
      this.flagLeftovers()
    } finally {
      this.track.release()
    }
    this.findings.sort((a, b) => a.start - b.start || a.end - b.end)
    return verificationOf(this.mentions, this.findings)
  }

  private readNumber(n: FoundNumber, k: number): void {
    // "财政拨款9.8、其他资金10", "年初238.93→调整后251.89": a bare number right after a word of money
    // is in the sheet's unit of money
    if (
      n.unit === null &&
      n.ignored === null &&
      n.scaleDigits === 0 &&
      !n.value.isZero &&
      this.analysis.table.moneyUnit &&
      MONEY_BEFORE.test(this.folded.slice(Math.max(0, n.start - 8), n.start))
    )
      n.unit = this.analysis.table.moneyUnit
    // "得分10", "分值10、得分10": a bare number right after a word of points is in points
    if (
      n.unit === null &&
      n.ignored === null &&
      !n.value.isZero &&
      POINTS_BEFORE.test(this.folded.slice(Math.max(0, n.start - 6), n.start))
    )
      n.unit = '分'
    // "合计90分（执行率10 + 产出50 + 效益30）": the terms of a sum in brackets after a figure are in its unit
    if (n.unit === null && n.ignored === null) n.unit = this.bracketSumUnit(n, k) ?? null
    // "9.48/9.48万元", "得分10/10分": a bare number before a slash takes the unit of the one after it
    const next = this.numbers[k + 1]
    if (n.unit === null && n.ignored === null && next?.unit && next.start === n.end + 1 && this.folded[n.end] === '/')
      n.unit = next.unit
    if (n.ignored === null && this.operands.has(n)) {
      this.arithmeticOperand(n, k)
      return
    }
    if (n.ignored !== null) {
      this.mentions.push(toMention(n, 'ignored', null, { note: n.ignored }))
      return
    }
    // "金额和执行率全部填为0": a zero with no unit is every zero of the row the words name
    const bareZero = n.unit === null && n.value.isZero && n.qualifier === null
    let reading = read(this.cueText, this.structure, this.numbers, k, this.folded)
    // the comparison object as written (the cue text has the sheet's names masked)
    if (reading.cue?.objectSpan) reading.cue = { ...reading.cue, object: this.folded.slice(...reading.cue.objectSpan) }
    // "种植作物成活率100%": a percentage right after a rate's name is that rate, never its completion
    if (
      n.unit === '%' &&
      (!reading.cue || reading.cue.word === '') &&
      RATE_NAMED.test(this.folded.slice(Math.max(reading.clauseFrom, n.start - 12), n.start))
    )
      reading.cue = { word: '率', roles: withoutCompletion(reading.cue?.roles), yoy: false }
    // "控制在40万元以内": the limit a figure was kept within is a target or a budget, never what was spent
    if (
      reading.written.qualifier === 'atMost' &&
      (!reading.cue || reading.cue.word === '') &&
      KEPT_WITHIN.test(this.folded.slice(Math.max(reading.clauseFrom, n.start - 6), n.start))
    )
      reading.cue = { word: '控制在', roles: LIMITS, yoy: false }
    // "高于指标值（≥90%）10个百分点": a figure in brackets right after 指标值 is that target, no difference
    if (TARGET_IN_BRACKETS.test(this.folded.slice(Math.max(0, n.start - 8), n.start))) {
      reading.cue = { word: '指标值', roles: roles('target'), yoy: false }
      reading.direction = null
    }
    // "实际完成37.24万元，完成86.2%": a percentage that a row reached is its completion too
    if (n.unit === '%' && reading.cue && /^(完成|达成|实现)$/.test(reading.cue.word) && reading.cue.roles.has('actual'))
      reading.cue = { ...reading.cue, roles: roles(...reading.cue.roles, 'completion') }
    // "按执行率 × 分值计算应得8.62分": the points a row gets, whatever role word came before
    if (
      n.unit === '分' &&
      reading.cue?.word !== '得分' &&
      SCORED.test(this.folded.slice(Math.max(reading.clauseFrom, n.start - 6), n.start))
    )
      reading.cue = { word: '得分', roles: roles('score'), yoy: false }
    this.changeEnds(n, k, reading)
    if (this.arithmeticResult(n, k, reading) || this.restated(n, k, reading) || this.cited(n, k, reading)) return
    let named = this.byNames(n, k, reading)
    if (named.decision.kind !== 'verified') {
      const compared = this.comparedWith(n, k, reading)
      if (compared) ({ reading, named } = compared)
      else named.decision = this.listOrMultiplier(n, k, named.decision)
    }
    if (bareZero && named.decision.kind !== 'verified') this.zeroOfAnyKind(n, k, reading, named)
    named.decision = this.scoreOfRate(n, k, reading, named.decision)
    named.decision = this.scoreSide(n, named.decision)
    named.decision = this.bareTarget(reading, named.decision)
    named.decision = this.lossOfTheRow(n, named.decision)
    named.decision = this.pairAfterSlash(n, k, reading, named.decision)
    named.decision = this.notTheTotalInARow(n, reading, named.decision)
    if (named.decision.kind === 'verified') {
      for (const f of named.decision.facts) this.remember(n.start, f)
    } else {
      // "16项指标中有12项目标值为100%": the cell value a count of rows by their cell was just verified with
      const cell = this.cellValues.get(n.start)
      if (cell && named.decision.kind === 'unsupported') {
        this.mentions.push(toMention(n, 'verified', reading, { factIds: cell }))
        return
      }
      // "满意度为95.9%（188 ÷ 196），可以直接填“95.9%”": a figure in quotation marks that repeats one the
      // sentence has just verified
      const repeated = named.decision.kind === 'unsupported' ? this.quotedRepeat(n) : null
      if (repeated) {
        this.mentions.push(
          toMention(n, 'verified', reading, { factIds: repeated.factIds, note: '与前文刚核对过的数字相同' }),
        )
        return
      }
      // "| **小计** | **90** | **84** |": a total row's cell that adds up the verified cells above it
      const sum =
        named.decision.kind === 'unsupported'
          ? columnSum(this.columnSums, this.mentions, n.start, reading.written)
          : null
      if (sum) {
        this.mentions.push(toMention(n, 'verified', reading, { factIds: sum.factIds, derivation: sum }))
        return
      }
      // "| 其余8项指标 | 80 | 80 |": the points of the rows the block has not named yet
      const restSum = this.restSum(n, reading)
      // (a figure the rest's rows do not all have: no correction to a row named before the rest)
      if (restSum === 'differs') {
        this.unsupported(n, reading)
        return
      }
      if (restSum) {
        this.mentions.push(toMention(n, 'verified', reading, { factIds: restSum.factIds, derivation: restSum }))
        return
      }
      // "两种口径相差约0.76分": the difference of the two figures written just before
      const both = this.twoBefore(n, reading)
      if (both) {
        const derivation = { op: both.op, factIds: both.factIds, formula: both.formula }
        this.mentions.push(toMention(n, 'verified', reading, { factIds: both.factIds, derivation }))
        // (a share of it may follow: 差10.84万元，约占合计实际投入的35.4%)
        if (n.unit) this.remember(n.start, derivedFact({ ...both, unit: n.unit }, this.analysis.sheet.facts))
        return
      }
      // "| 带动农户增收 | ≥11.376万元 | 12万元 | 105.49% |": the row the sentence's figures were all of
      const ofRow = named.decision.kind === 'unsupported' ? this.rowOfTableLine(n, reading) : null
      if (ofRow) {
        for (const f of ofRow) this.remember(n.start, f)
        this.mentions.push(toMention(n, 'verified', reading, { factIds: ofRow.map((f) => f.id) }))
        return
      }
      // "满意度指标一般占10分": a figure of the scoring rules the table is scored with
      const rule = ruleFigure(this.analysis.profile, reading.written, this.sentenceBefore(n.start))
      if (rule) {
        this.mentions.push(
          toMention(n, 'verified', reading, {
            derivation: { op: 'rule', factIds: [], formula: rule.formula },
            note: '评分规则中的数',
          }),
        )
        return
      }
      // "满意度那10分还没填", "较百分制少10分": the points the table's weights fall short of 100 by
      const short = this.shortOfFull(n, reading)
      if (short) {
        this.mentions.push(
          toMention(n, 'verified', reading, {
            factIds: [short.id],
            derivation: { op: 'difference', factIds: [short.id], formula: `= 100 − ${formatNumber(short.exact)}` },
            note: '满分100分与表中分值合计之差',
          }),
        )
        return
      }
      // A number no fact holds may be one the writer computed from the rows the sentence names.
      const derived = this.derivedOrQuoted(n, reading, named)
      if (derived === null) return
      named.decision = derived
    }
    this.conclude(n, reading, named)
  }

  /**
   * "实际37.24万元，低于指标值43.2万元": right after a comparing word and the word for what is compared
   * with, the figure may be that one (the target) rather than the gap: read so only when it then agrees
   * with the data.
   */
  private comparedWith(n: FoundNumber, k: number, reading: Reading): { reading: Reading; named: Named } | null {
    if (!reading.direction) return null
    const base = BASE_OF_COMPARISON.exec(this.folded.slice(reading.direction.end, n.start))
    const cue = base ? CUE_TABLE.at(base[1]!, 0)?.[1] : undefined
    if (!cue) return null
    const level: Reading = {
      ...reading,
      direction: null,
      written: { ...reading.written, value: n.value, signed: n.value.sign < 0 },
      cue: { word: cue.word, roles: cue.roles, yoy: false },
    }
    const named = this.byNames(n, k, level)
    return named.decision.kind === 'verified' ? { reading: level, named } : null
  }

  /**
   * A figure no named row holds that is one of a list in table order (四项指标的分值分别为25、25、30、10分),
   * its row's figure or the slip in it; or the weight a rate is multiplied by (执行率85.11% × 10).
   */
  private listOrMultiplier(n: FoundNumber, k: number, decision: Decision): Decision {
    const inOrder = tableOrderFact(this.folded, this.structure, this.numbers, k, this.analysis)
    if (inOrder)
      return inOrder.agrees
        ? { kind: 'verified', facts: [inOrder.fact] }
        : { kind: 'mismatch', fact: inOrder.fact, direction: false, backward: false, sure: true }
    if (decision.kind !== 'unsupported') return decision
    const weight = executionWeightOf(this.folded, this.structure, n, this.analysis)
    return weight ? { kind: 'verified', facts: [weight] } : decision
  }

  /**
   * "全年预算由500万元调增至520.5万元": the value a change starts from (由A) is the budget before it,
   * 年初预算, and the value it goes to (至B) is the level of what the sentence names, not a change.
   */
  private changeEnds(n: FoundNumber, k: number, reading: Reading): void {
    const { folded, numbers } = this
    const from = (m: FoundNumber) => CHANGE_FROM.test(folded.slice(Math.max(0, m.start - 3), m.start))
    if (from(n) && CHANGE_TO.test(folded.slice(n.end, n.end + 6))) {
      if (reading.cue?.roles.has('full-year-budget'))
        reading.cue = { ...reading.cue, word: '年初预算', roles: roles('budget'), inferred: true }
      reading.direction = null
      return
    }
    const a = numbers[k - 1]
    if (!a || a.ignored !== null || !from(a) || !CHANGE_TO_ALL.test(folded.slice(a.end, n.start))) return
    const subject = read(this.cueText, this.structure, numbers, k - 1, folded).cue
    if (subject) reading.cue = subject
    reading.direction = null
  }

  /**
   * "表中自评9分；按执行率计算应为8.62分": a score the clause calls the table's (自评, 表中) is the
   * stated one, a score it calls computed (计算, 应为, 复核) the one the rules give. Where both are
   * the same number either stands; where the clause names one side, the other does not.
   */
  private scoreSide(n: FoundNumber, decision: Decision): Decision {
    if (decision.kind !== 'verified' || !decision.facts.every((f) => f.role === 'score')) return decision
    const words = this.folded.slice(Math.max(this.structure.clauseStart(n.start), n.start - SIDE_REACH), n.start)
    const stated = lastIndex(words, STATED_SCORE)
    const computed = lastIndex(words, COMPUTED_SCORE)
    if (stated < 0 && computed < 0) return decision
    const side = stated > computed ? 'stated' : 'computed'
    const keep = decision.facts.filter((f) => scoreSideOf(f.id) !== (side === 'stated' ? 'computed' : 'stated'))
    if (keep.length) return { kind: 'verified', facts: keep }
    const other = counterpart(this.analysis, this.p, decision.facts[0]!.id)
    return other ? { kind: 'mismatch', fact: other, direction: false, backward: false, sure: true } : decision
  }

  /**
   * "知晓率100%" where the row reached 98% against a target of 100%: with no word of a target (目标,
   * 指标值, 要求 …) a figure is what the row reached; one that agrees only with the target is not
   * taken for it (flagged, not corrected: the writer may have meant the target).
   */
  private bareTarget(reading: Reading, decision: Decision): Decision {
    if (decision.kind !== 'verified' || (reading.cue && reading.cue.word !== '')) return decision
    // (a bound, "≤ 40万元", is written as a target is)
    if (reading.written.qualifier !== null) return decision
    if (!decision.facts.every((f) => f.role === 'target' && INDICATOR_FACT.test(f.id))) return decision
    const reached = decision.facts.map((f) => this.analysis.sheet.byId.get(f.id.replace(/target$/, 'actual')))
    return reached.every((f) => f && !f.exact.eq(decision.facts[0]!.exact)) ? { kind: 'unsupported' } : decision
  }

  /**
   * "资金到位及时率自评只得7分（分值10分），扣了4分": in a sentence about one indicator row, the points
   * lost are that row's — the table's points lost in all (4) do not make the figure right unless the
   * words speak of a whole (共, 合计, 总分). Read on, it is derived from the row (10 − 7 = 3) or flagged.
   */
  private lossOfTheRow(n: FoundNumber, decision: Decision): Decision {
    if (decision.kind !== 'verified' || !decision.facts.every((f) => TABLE_LOSS.test(f.id))) return decision
    const sentence = this.structure.sentenceStart(n.start)
    if (!this.verifiedIn.get(sentence)?.some((f) => INDICATOR_FACT.test(f.id))) return decision
    if (WHOLE_LOSS.test(this.folded.slice(Math.max(sentence, n.start - WINDOW), n.start))) return decision
    return { kind: 'unsupported' }
  }

  /**
   * "执行率100%，得分10分": points right after an execution rate the sentence gave are that rate's
   * points (the table's or the rule's), not the project's total, which 得分 alone would default to.
   */
  private scoreOfRate(n: FoundNumber, k: number, reading: Reading, decision: Decision): Decision {
    // (a figure that is another's — the total score the words may mean — is not taken for the rate's)
    if (decision.kind !== 'unsupported' || n.unit !== '分') return decision
    const prev = this.numbers[k - 1]
    if (!prev || !RATE_THEN_SCORE.test(this.folded.slice(prev.end, n.start))) return decision
    const before = this.mentions.at(-1)
    if (!before || before.start !== prev.start || before.status !== 'verified' || !before.factIds.length)
      return decision
    if (!before.factIds.every((id) => EXECUTION_RATE.test(id))) return decision
    const table = before.factIds[0]!.split('.')[0]!
    const ids = [`${table}.score.execution`, `${table}.score.executionTheirs`]
    const facts = ids.flatMap((id) => this.analysis.sheet.byId.get(id) ?? [])
    const hits = facts.filter((f) => valueMatches(reading.written, f))
    return hits.length ? { kind: 'verified', facts: hits } : decision
  }

  /**
   * "得分10/10分": the points after a row's score and a slash are that row's weight; "22584人/24694人":
   * the figure after a row's actual and a slash is its target.
   */
  private pairAfterSlash(n: FoundNumber, k: number, reading: Reading, decision: Decision): Decision {
    const prev = this.numbers[k - 1]
    if (!prev || prev.end + 1 !== n.start || this.folded[prev.end] !== '/' || prev.unit !== n.unit) return decision
    const before = this.mentions.at(-1)
    if (!before || before.start !== prev.start || before.status !== 'verified') return decision
    const paired = new Set<Fact>()
    for (const id of before.factIds) {
      const f = this.analysis.sheet.byId.get(pairedIdOf(id) ?? '')
      if (!f) return decision
      paired.add(f)
    }
    if (!paired.size) return decision
    const hits = [...paired].filter((f) => valueMatches(reading.written, f))
    if (hits.length) return { kind: 'verified', facts: hits }
    return paired.size === 1
      ? { kind: 'mismatch', fact: [...paired][0]!, direction: false, backward: false, sure: true }
      : decision
  }

  /**
   * The table's weights add up to less than 100 (no 满意度 rows, say) and the sentence speaks of what
   * is missing (少, 差, 缺, 未填 with 满意度, 百分制, 100分): the figure is 100 less the weights — the
   * sum-of-weights fact of the one project whose shortfall it is.
   */
  private shortOfFull(n: FoundNumber, reading: Reading): Fact | null {
    if (n.unit !== '分' || reading.written.qualifier !== null) return null
    const { structure, folded } = this
    // (the words of what is missing are the number's own: "分值合计只有90分" is no shortfall)
    const before = folded.slice(Math.max(0, n.start - 4), n.start)
    if (!SHORT_BEFORE.test(before) && !SHORT_AFTER.test(folded.slice(n.end, n.end + 3))) return null
    const from = Math.max(structure.sentenceStart(n.start), n.start - SENTENCE_REACH)
    const to = Math.min(structure.sentenceEnd(n.end), n.end + SENTENCE_REACH)
    if (!FULL_WORDS.test(folded.slice(from, to))) return null
    const hits: Fact[] = []
    for (const p of this.analysis.projects) {
      const w = this.analysis.sheet.byId.get(`${p.key}.sub.weights`)
      if (!w) continue
      const short = Decimal.HUNDRED.sub(w.exact)
      if (short.sign > 0 && short.eq(reading.written.value.abs())) hits.push(w)
    }
    return hits.length === 1 ? hits[0]! : null
  }

  /** The unit of the figure a bracket of added terms follows ("90分（执行率10 + 产出50 + 效益30）"). */
  private bracketSumUnit(n: FoundNumber, k: number): string | null {
    const { folded, numbers } = this
    // (bounded: the bracket is looked for within BRACKET_REACH characters, never back through the text)
    const from = Math.max(0, n.start - BRACKET_REACH)
    const window = folded.slice(from, n.start)
    const at = Math.max(window.lastIndexOf('（'), window.lastIndexOf('('))
    if (at < 0 || /[）)]/.test(window.slice(at))) return null
    const open = from + at
    const close = folded.slice(n.end, n.end + BRACKET_REACH).search(/[）)]/)
    if (close < 0 || !/[+＋]/.test(folded.slice(open, n.end + close))) return null
    // the figure right before the bracket
    for (let j = k - 1; j >= 0; j--) {
      const m = numbers[j]!
      if (m.end <= open) return m.end === open && m.unit !== null && m.ignored === null ? m.unit : null
    }
    return null
  }

  /**
   * "| 带动农户增收 | ≥11.376万元 | 12万元 | 100.00% |": in a table's line whose figures are all of one
   * indicator row, a cell taken for the project's 合计 row by default is not that row's — unless the
   * row has the figure too.
   */
  private notTheTotalInARow(n: FoundNumber, reading: Reading, decision: Decision): Decision {
    if (decision.kind !== 'verified' || !decision.facts.every((f) => isTotalRowFact(this.p, f))) return decision
    const row = this.indicatorRowOfLine(n)
    return row && !this.rowFigures(row, reading) ? { kind: 'unsupported' } : decision
  }

  /** The indicator row every figure verified before in the number's table line is of, or null. */
  private indicatorRowOfLine(n: FoundNumber): string | null {
    if (!withinSpans(this.tableRows, n.start, n.end)) return null
    const earlier = this.verifiedIn.get(this.structure.sentenceStart(n.start))
    if (!earlier?.length) return null
    const row = INDICATOR_ROW_OF.exec(earlier[0]!.id)?.[1]
    return row && earlier.every((f) => f.id.startsWith(`${row}.`)) ? row : null
  }

  /**
   * Every figure verified before in the number's table line is of one indicator row: a number no name
   * settles is taken for that row's figure it agrees with, in a role its words allow. Null when the
   * row has none. (A table's line only: in prose "其中桃树1.5亩" after the whole's 29.5亩 is another row's.)
   */
  private rowOfTableLine(n: FoundNumber, reading: Reading): Fact[] | null {
    const row = this.indicatorRowOfLine(n)
    return row ? this.rowFigures(row, reading) : null
  }

  /** The figures of indicator row `row` (P1.I12) in a role the words allow that agree with the number. */
  private rowFigures(row: string, reading: Reading): Fact[] | null {
    const hits = [...candidateSet(this.p, reading.written.unit, reading.cue)].filter(
      (f) => f.id.startsWith(`${row}.`) && valueMatches(reading.written, f),
    )
    return hits.length ? hits : null
  }

  /** A bare 0 read in points or as a rate where it is no amount: the row's zero of that kind. */
  private zeroOfAnyKind(n: FoundNumber, k: number, reading: Reading, named: Named): void {
    for (const unit of ['%', '分', this.analysis.projects[0]?.table.moneyUnit ?? '万元']) {
      if (unit === reading.written.unit) continue
      const again = this.byNames(n, k, { ...reading, written: { ...reading.written, unit } })
      if (again.decision.kind === 'verified') {
        named.decision = again.decision
        return
      }
    }
  }

  private remember(at: number, f: Fact): void {
    const sentence = this.structure.sentenceStart(at)
    const list = this.verifiedIn.get(sentence) ?? this.verifiedIn.set(sentence, []).get(sentence)!
    list.push(f)
    if (list.length > MAX_EARLIER) list.shift()
  }

  /** The numbers of a written-out sum take the unit of its result ("317.04 + 3.9 = 320.94万元"). */
  private collectOperands(): void {
    const { folded, numbers } = this
    numbers.forEach((_, k) => {
      const sum = writtenArithmetic(folded, numbers, k)
      // terms with their names ("种植面积29.5亩 + 鱼塘3亩") are read as figures of their rows
      // (and "= 0.8511 = 85.11%": a result written again is no term, it is checked as the result it is)
      if (!sum || sum.named || sum.operands.length === 1) return
      const scaled = /[÷/×*]/.test(sum.formula)
      sum.operands.forEach((o, i) => {
        const term = sum.terms?.[i]
        if (term) this.operandTerms.set(o, term)
      })
      // ("1 − 85.11% = 14.89%": a bare 1 among percentages is the whole, 100%, not 1%)
      const whole = (o: FoundNumber) => numbers[k]!.unit === '%' && o.value.eq(Decimal.ONE)
      for (const o of sum.operands) {
        this.operands.add(o)
        if (o.unit === null && !scaled && !whole(o)) o.unit = numbers[k]!.unit
      }
    })
  }

  /** A number of written arithmetic: any fact in scope of that value (its role is the sum's). */
  private arithmeticOperand(n: FoundNumber, k: number): void {
    const { p } = this
    const reading = read(this.cueText, this.structure, this.numbers, k, this.folded)
    const context = this.scope.at(n.start).context
    // a bare term of a ratio ("251.89 ÷ 238.93") may be an amount in the table's money unit, and of a
    // score's formula ("98 ÷ 100 × 10 = 9.8分") a rate or points: the written result checks the terms together
    const units = reading.written.unit === null ? this.operandUnits() : [reading.written.unit]
    // "= 全年执行数 ÷ 年初预算数 = 498.36 ÷ 500": the term's name gives its role
    const role = termRole(this.operandTerms.get(n))
    let hit: Fact[] = []
    for (const unit of units) {
      const written = { ...unsigned(reading.written), unit }
      hit = nearValue(p, written).filter(
        (f) =>
          inProjectScope(p, context, f) &&
          f.role !== 'quoted' &&
          (role === null || f.role === role) &&
          valueMatches(written, { ...f, exact: f.exact.abs() }),
      )
      if (hit.length) break
    }
    if (role !== null && !hit.length) {
      this.unsupported(n, reading)
      return
    }
    if (hit.length) {
      this.mentions.push(toMention(n, 'verified', reading, { factIds: hit.map((f) => f.id), note: '算式中的数' }))
      return
    }
    // "立案111起，破案33起，破案率29.73%（33 ÷ 111）": a term the sentence has already given and verified
    const sentence = this.structure.sentenceStart(n.start)
    let given: Mention | undefined
    for (let i = this.mentions.length - 1; i >= 0 && this.mentions[i]!.start >= sentence && !given; i--) {
      const m = this.mentions[i]!
      if (m.status === 'verified' && m.value !== null && Decimal.parse(m.value).eq(n.value)) given = m
    }
    if (given) {
      this.mentions.push(toMention(n, 'verified', reading, { factIds: given.factIds, note: '算式中的数' }))
      return
    }
    // "问卷回收率是98%（196 ÷ 200）": a term the user's notes give ("回收196份", "发放200份")
    if (this.notes.some((f) => f.exact.eq(n.value)))
      this.mentions.push(toMention(n, 'verified', reading, { note: '引自用户说明' }))
    else this.unsupported(n, reading)
  }

  /** The mentions that start in [from, until), in order: read from the end, as they were pushed in reading order. */
  private mentionsBetween(from: number, until: number): Mention[] {
    const out: Mention[] = []
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!
      if (m.start < from) break
      if (m.start < until) out.push(m)
    }
    return out.reverse()
  }

  /** The sentence before `at`, up to SENTENCE_REACH characters: a long sentence stays linear. */
  private sentenceBefore(at: number): string {
    return this.folded.slice(Math.max(this.structure.sentenceStart(at), at - SENTENCE_REACH), at)
  }

  /** The units a bare term of written arithmetic may be in: none, money, and one of every other dimension of the sheet. */
  private operandUnits(): (string | null)[] {
    if (this.termUnits) return this.termUnits
    const units: (string | null)[] = [null, '万元', '元']
    for (const [dim, facts] of this.p.byDimension) {
      if (dim === '' || dim === 'money') continue
      const unit = facts.find((f) => f.unit)?.unit
      if (unit) units.push(unit)
    }
    this.termUnits = units
    return units
  }

  /**
   * The rows not yet named in the number's block (remainder.ts): when `opens` (其余 before the count), or
   * when the number's line opens with 其余N项 (a row of a table, a list item).
   */
  private restOf(n: FoundNumber, opens: boolean): { rows: Remainder; project: ProjectAnalysis } | null {
    const { p, folded, analysis } = this
    if (!p.singleProject) return null
    const newline = lastIndexWithin(folded, '\n', n.start, LINE_REACH)
    if (newline < 0 && n.start > LINE_REACH) return null
    const lineStart = newline + 1
    if (!opens && !REST_LINE.test(folded.slice(lineStart, n.start))) return null
    const block = Math.max(lastIndexWithin(folded, '\n\n', lineStart, BLOCK_REACH), lineStart - BLOCK_REACH, 0)
    // (a row of a table names the rest in its first cell: the rows named are those of the rows above)
    const until = opens ? n.start : lineStart
    const before = this.mentionsBetween(block, until)
    const project = analysis.projects[0]!
    const rows = remainder(project, before, analysis.sheet.byId, folded.slice(n.end, n.end + 16))
    return rows?.rows.length ? { rows, project } : null
  }

  /**
   * A count that points back (这两项, 两项都, 三项加起来): the rows the figures of the sentence before it
   * (or, in a list, of its items above) and of its own clause named, when there are as many.
   */
  private rowsBefore(n: FoundNumber, reading: Reading): string[] | null {
    const { folded, structure } = this
    const w = reading.written
    if (!(w.unit === '项' || w.unit === '个' || w.unit === '行') || w.qualifier !== null) return null
    if (w.value.lt(Decimal.of(2n)) || w.value.gt(Decimal.of(5n))) return null
    const before = folded.slice(Math.max(0, n.start - 4), n.start)
    if (!BACK_BEFORE.test(before) && !BACK_AFTER.test(folded.slice(n.end, n.end + 8))) return null
    const from = this.backFrom(n.start)
    const rows = rowsOf(this.mentionsBetween(from, n.start), this.analysis.sheet.byId)
    if (String(rows.length) !== w.value.toString()) return null
    this.backRows = { clauseEnd: structure.clauseEnd(n.end), from: n.end, rows }
    return rows.map((r) => r.slice(r.indexOf('|') + 1))
  }

  /**
   * "- **增收**：实际12万元，比目标多0.624万元，完成率105.49%": a row named only in short, which the figures
   * after it in the sentence settle (all of one row). A number left unsupported before them is that row's
   * figure when its role word (实际, 目标) names one of the row's figures and the value is that figure's.
   */
  private rowsNamedLater(): void {
    const { mentions, findings, folded, structure } = this
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!
      // (a mismatch with the project's 合计 row, taken by default, is reconsidered too)
      const byDefault =
        m.status === 'mismatch' &&
        m.factIds.length === 1 &&
        isTotalRowFact(this.p, this.analysis.sheet.byId.get(m.factIds[0]!)!)
      if (!(m.status === 'unsupported' && !m.factIds.length) && !byDefault) continue
      if (m.value === null) continue
      const role = LATER_ROLE.find(([re]) => re.test(folded.slice(Math.max(0, m.start - 6), m.start)))?.[1]
      if (!role) continue
      const end = structure.sentenceEnd(m.start)
      const rows = new Set<string>()
      let row: Fact | undefined
      // (the figures right after it: a long sentence must still be read in linear time)
      for (let j = i + 1; j < mentions.length && j <= i + MAX_LATER && mentions[j]!.start < end; j++) {
        const later = mentions[j]!
        if (later.status !== 'verified' || !later.factIds.length) continue
        for (const id of later.factIds) {
          const f = this.analysis.sheet.byId.get(id)
          if (!f || !INDICATOR_FACT.test(f.id)) continue
          rows.add(`${f.table}|${f.subject}`)
          row = f
        }
      }
      if (rows.size !== 1 || !row) continue
      const fact = this.analysis.sheet.facts.find(
        (f) => f.table === row!.table && f.subject === row!.subject && f.role === role,
      )
      const value = Decimal.parse(m.value)
      const agrees = !!fact?.unit && fact.unit === m.unit && fact.exact.eq(value)
      if (byDefault) {
        // the sentence is about that row, not the project's total: no correction to the total's figure
        const k = findings.findIndex((f) => f.code === 'NUMBER_MISMATCH' && f.start === m.start)
        if (k < 0) continue
        findings.splice(k, 1)
        if (agrees) {
          mentions[i] = { ...m, status: 'verified', factIds: [fact!.id], note: '该行由同句后面的数字确定' }
          delete mentions[i]!.expected
        } else {
          mentions[i] = { ...m, status: 'unsupported', factIds: [], note: '数据中没有对应的数值' }
          delete mentions[i]!.expected
          findings.push({
            severity: 'error',
            code: 'NUMBER_UNSUPPORTED',
            start: m.start,
            end: m.end,
            message: message.unsupported(m.text),
          })
        }
        continue
      }
      if (!agrees) continue
      mentions[i] = { ...m, status: 'verified', factIds: [fact!.id], note: '该行由同句后面的数字确定' }
      const k = findings.findIndex((f) => f.code === 'NUMBER_UNSUPPORTED' && f.start === m.start)
      if (k >= 0) findings.splice(k, 1)
    }
  }

  /**
   * "两者相差约26.81万元", "两种口径相差约0.76分": the clause points back to two figures and asks for their
   * difference — of the last two verified figures of the number's unit (or of none) before it, in its
   * sentence or a little before it.
   */
  private twoBefore(
    n: FoundNumber,
    reading: Reading,
  ): { op: 'difference'; factIds: string[]; formula: string; exact: Decimal } | null {
    if (n.unit === null) return null
    const clause = this.folded.slice(Math.max(this.structure.clauseStart(n.start), n.start - WINDOW), n.start)
    const both = BOTH_DIFFER.test(clause)
    // "比办公所需成本（15万元）多20万元": a word of difference right before the number, and a
    // comparison in its own sentence
    const word = both ? null : DIFFER_BEFORE.exec(clause)
    if (!both && !word) return null
    /** the sign the word gives subject − object (多, 高出: more; 少: less); 0 for 相差 */
    const sign = word ? (/^少/.test(word[1]!) ? -1 : /^(?:多|高|超)/.test(word[1]!) ? 1 : 0) : 0
    // (within a short reach before the sentence: a table's last row, the sentence before)
    const sentence = this.structure.sentenceStart(n.start)
    // (a clause after a semicolon may compare the subject of the one before: "A 35万元；比B多20万元")
    const semicolon = this.semicolonBefore(sentence)
    const own = semicolon < 0 ? sentence : this.structure.sentenceStart(semicolon)
    const from = both ? Math.max(0, sentence - TWO_REACH) : own
    const unit = n.unit === '百分点' ? '%' : n.unit
    const figures: Mention[] = []
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!
      if (m.start < from) break
      if (m.status === 'verified' && m.value !== null && (m.unit === unit || m.unit === null)) figures.unshift(m)
    }
    // (which of the last two is the subject no word says: only a difference with no direction)
    const pairs = both ? [figures.slice(-2)] : this.comparedPairs(figures, own, n.start, sign === 0)
    const written = unsigned(reading.written)
    for (const pair of pairs) {
      if (pair.length < 2) continue
      const [a, b] = [Decimal.parse(pair[0]!.value!), Decimal.parse(pair[1]!.value!)]
      const diff = a.sub(b)
      if (sign !== 0 && diff.sign !== sign) continue
      if (!valueMatches(written, computedValue(diff.abs(), n.unit, 2))) continue
      return {
        op: 'difference',
        factIds: [...pair[0]!.factIds, ...pair[1]!.factIds],
        formula: `= ${a.abs().trimmed().toString()} − ${b.abs().trimmed().toString()}`,
        exact: diff,
      }
    }
    return null
  }

  /** The semicolon the sentence at `start` follows, or -1 (a list item may end in one: "…超过一半；⏎- 比B多") */
  private semicolonBefore(start: number): number {
    let i = start - 1
    while (i >= 0 && start - i <= 4 && /[\s\-*•·]/.test(this.folded[i]!)) i--
    return i >= 0 && SEMICOLON.test(this.folded[i]!) ? i : -1
  }

  /**
   * The figures a comparison sets side by side, subject first: the last one after its word (比, 与, 较)
   * against the last one before it or the first of the sentence (its subject: "A 35万元，占B的54%；
   * 比C（15万元）多"); with no such word, the last two (when `unordered` allows it).
   */
  private comparedPairs(figures: Mention[], from: number, at: number, unordered: boolean): Mention[][] {
    const words = this.folded.slice(from, at)
    let mark = -1
    for (const m of words.matchAll(COMPARED_WITH)) mark = from + m.index
    if (mark < 0) return unordered ? [figures.slice(-2)] : []
    const object = figures.filter((m) => m.start > mark).at(-1)
    const before = figures.filter((m) => m.end <= mark)
    if (!object || !before.length) return []
    return before.length > 1
      ? [
          [before.at(-1)!, object],
          [before[0]!, object],
        ]
      : [[before[0]!, object]]
  }

  /**
   * Where what a count points back to begins: in a list, its first item (up to a blank line); else the
   * sentence before the count's own, within its block.
   */
  private backFrom(at: number): number {
    const { folded, structure } = this
    const block = Math.max(lastIndexWithin(folded, '\n\n', at, BLOCK_REACH / 4), at - BLOCK_REACH / 4, 0)
    let line = folded.lastIndexOf('\n', at - 1) + 1
    if (LIST_ITEM.test(folded.slice(line, line + 4))) {
      while (line > block) {
        const prev = folded.lastIndexOf('\n', line - 2) + 1
        if (prev < block || !LIST_ITEM.test(folded.slice(prev, prev + 4))) break
        line = prev
      }
      return line
    }
    const sentence = structure.sentenceStart(at)
    return Math.max(block, sentence > 0 ? structure.sentenceStart(sentence - 1) : 0)
  }

  /**
   * "| 其余8项指标 | 80 | 80 | 80 |": a cell that adds up one kind of points over the rows of the rest;
   * "其余8项指标实际值均为100": a figure each row of the rest has.
   */
  private restSum(
    n: FoundNumber,
    reading: Reading,
  ): { op: string; factIds: string[]; formula: string } | 'differs' | null {
    const clause = this.folded.slice(Math.max(this.structure.clauseStart(n.start), n.start - WINDOW), n.start)
    // "两项都比目标高出5个百分点": each of the rows a count just pointed back to
    const back = this.backRows
    if (back && n.start >= back.from && n.start < back.clauseEnd && EACH.test(this.folded.slice(back.from, n.start))) {
      // (a direction word keeps its sign: 两项都比目标低5个百分点 is not what 高出 is)
      const w = reading.written
      const agrees = (f: Fact) => (w.signed ? valueMatches(w, f) : valueMatches(w, { ...f, exact: f.exact.abs() }))
      for (const facts of eachOfRows(back.rows, this.analysis.sheet.facts)) {
        if (facts.every(agrees))
          return {
            op: 'each',
            factIds: facts.map((f) => f.id),
            formula: `= ${facts.map((f) => `“${f.subject}”${f.display}`).join('、')}`,
          }
      }
    }
    if (EACH_OF_REST.test(clause)) {
      const rest = this.restOf(n, true)
      if (!rest) return null
      const rows = rest.rows.rows.filter((r) => r !== EXECUTION).map((r) => `${rest.project.key}|${r}`)
      for (const facts of rows.length === rest.rows.rows.length ? eachOfRows(rows, this.analysis.sheet.facts) : []) {
        if (facts.every((f) => valueMatches(unsigned(reading.written), { ...f, exact: f.exact.abs() })))
          return {
            op: 'each',
            factIds: facts.map((f) => f.id),
            formula: `= ${rest.rows.rows.map((r, i) => `“${r}”${facts[i]!.display}`).join('、')}`,
          }
      }
      return 'differs'
    }
    if (n.unit !== '分' && n.unit !== null) return null
    const rest = this.restOf(n, false)
    if (!rest) return null
    for (const facts of restPoints(rest.project, rest.rows, this.analysis.sheet.byId)) {
      const sum = facts.reduce((a, f) => a.add(f.exact), Decimal.ZERO)
      if (valueMatches(unsigned({ ...reading.written, unit: '分' }), computedValue(sum, '分', 2)))
        return {
          op: 'sum',
          factIds: facts.map((f) => f.id),
          formula: `= ${facts.map((f) => formatNumber(f.exact, f.precision)).join(' + ')}（${rest.rows.rows.join('、')}）`,
        }
    }
    return null
  }

  /** The verified mention that starts at `start`, if any. */
  private verifiedAt(start: number): Mention | undefined {
    return this.mentions.find((m) => m.start === start && m.status === 'verified')
  }

  /** The last `count` verified mentions with a value, from `since` on, that `accept` takes: the latest first. */
  private lastVerified(since: number, accept: (m: Mention) => boolean, count = 2): Mention[] {
    const out: Mention[] = []
    for (let i = this.mentions.length - 1; i >= 0 && out.length < count; i--) {
      const m = this.mentions[i]!
      if (m.start < since) break
      if (m.status === 'verified' && m.value !== null && accept(m)) out.push(m)
    }
    return out
  }

  /** A term of a formula at the exact figure of the one fact it was verified as, when it rounds that figure; else as written. */
  private exactTerm(o: FoundNumber): Decimal {
    const ids = this.verifiedAt(o.start)?.factIds ?? []
    const f = ids.length === 1 ? this.analysis.sheet.byId.get(ids[0]!) : undefined
    return f && f.unit === (o.unit ?? f.unit) && !f.exact.eq(o.value) && f.value.eq(o.value) ? f.exact : o.value
  }

  /**
   * The money unit the bare terms of a formula were verified in, when it is not the result's and no
   * term is written in money: null otherwise.
   */
  private bareTermsUnit(operands: readonly FoundNumber[], unit: string | null): string | null {
    if (!isMoneyUnit(unit) || operands.some((o) => moneyPart(o.unit) !== null)) return null
    let found: string | null = null
    for (const o of operands) {
      const m = this.verifiedAt(o.start)
      const f = m?.factIds[0] ? this.analysis.sheet.byId.get(m.factIds[0]) : undefined
      if (!f || !isMoneyUnit(f.unit)) continue
      if (found !== null && found !== f.unit) return null
      found = f.unit
    }
    return found === unit ? null : found
  }

  /** "317.04 + 3.9 = 320.94万元": the result of arithmetic the draft writes out. */
  private arithmeticResult(n: FoundNumber, k: number, reading: Reading): boolean {
    const sum = writtenArithmetic(this.folded, this.numbers, k)
    if (!sum) return false
    const derivation = { op: 'arithmetic', factIds: [], formula: sum.formula }
    if (sum.byZero) {
      this.mentions.push(toMention(n, 'mismatch', reading, { derivation, note: '除数为0' }))
      this.findings.push({
        severity: 'error',
        code: 'NUMBER_MISMATCH',
        start: Math.min(n.start, ...sum.operands.map((o) => o.start)),
        end: Math.max(n.end, ...sum.operands.map((o) => o.end)),
        message: message.divisionByZero(sum.formula, n.text),
        factIds: [],
      })
      return true
    }
    // "287.8 ÷（1 + 10%）≈ 261.64万元": bare terms found in the table's 万元 work out in 万元, not in the result's unit
    const from = this.bareTermsUnit(sum.operands, n.unit)
    const fits = (x: Decimal) => {
      const v = from ? convertUnit(x, from, n.unit) : x
      return v !== null && valueMatches(unsigned(reading.written), computedValue(v.abs(), n.unit ?? '', 2))
    }
    const agrees =
      [sum.exact, ...(sum.alternatives ?? [])].some(fits) || reworked(n, sum, (o) => this.exactTerm(o)).some(fits)
    if (sum.loose && !agrees) return false
    // "= 0.9511 = 95.11%": a result written again stands only on a result that is right
    if (sum.operands.length === 1 && !this.verifiedAt(sum.operands[0]!.start)) return false
    if (agrees) {
      this.mentions.push(toMention(n, 'verified', reading, { derivation, note: '文中列出的算式，结果正确' }))
      // "…合计5500吨的储备规模测算，每吨…约354元": a result the sentence goes on to divide by
      if (n.unit)
        this.remember(
          n.start,
          derivedFact({ op: 'sum', factIds: [], formula: sum.formula, exact: sum.exact, unit: n.unit }, []),
        )
    } else {
      const expected =
        formatNumber((from && convertUnit(sum.exact, from, n.unit)) || sum.exact, Math.max(2, n.decimals)) +
        (n.unit ?? '')
      this.mentions.push(toMention(n, 'mismatch', reading, { derivation, expected }))
      this.findings.push({
        severity: 'error',
        code: 'NUMBER_MISMATCH',
        // the whole expression: which of its numbers is wrong, the words cannot tell
        start: Math.min(n.start, ...sum.operands.map((o) => o.start)),
        end: Math.max(n.end, ...sum.operands.map((o) => o.end)),
        message: message.arithmetic(sum.formula, expected, n.text),
        factIds: [],
      })
    }
    return true
  }

  /** "四十三万二千元（43.2万元）": a number restated in brackets right after another is that number. */
  private restated(n: FoundNumber, k: number, reading: Reading): boolean {
    const prev = restatement(this.folded, this.numbers, k, this.mentions)
    if (!prev) return false
    // "约占全年预算的四分之三（75.63%）": a rounded figure, then the exact one: read on its own
    const rounded = this.numbers[k - 1]?.qualifier
    if (!sameAmount(prev, n) && rounded && rounded !== 'atLeast' && rounded !== 'atMost') return false
    if (sameAmount(prev, n)) {
      this.mentions.push(
        toMention(n, prev.status === 'mismatch' ? 'mismatch' : prev.status, reading, {
          factIds: prev.factIds,
          note: '括号内为前一数字的另一种写法',
        }),
      )
    } else {
      this.mentions.push(toMention(n, 'mismatch', reading, { factIds: prev.factIds, expected: prev.text }))
      this.findings.push({
        severity: 'error',
        code: 'NUMBER_MISMATCH',
        start: n.start,
        end: n.end,
        message: message.restated(prev.text, n.text),
        factIds: prev.factIds,
      })
    }
    return true
  }

  /** A number followed by [P1.F0.rate] is judged against that fact only. */
  private cited(n: FoundNumber, k: number, reading: Reading): boolean {
    const cited = this.citations.bound.get(k)
    if (!cited) return false
    judgeCited(this.p, n, reading, cited, this.mentions, this.findings)
    return true
  }

  /**
   * The rows the sentence names decide: around the number, then its own clause alone, the row an
   * anaphor (该项) refers to, a project's total score, and the rows of a 分别 list.
   */
  private byNames(n: FoundNumber, k: number, reading: Reading): Named {
    const { p, folded, structure, nameText, track } = this
    const from = Math.max(structure.previousSentenceStart(n.start), n.start - LOOK_BACK)
    const anchor = respectiveAnchor(folded, structure, this.numbers, k)
    const window: Window =
      anchor === null
        ? { start: n.start, end: n.end, from, to: afterNumber(folded, n.end, reading.clauseTo) }
        : { start: anchor, end: anchor, from, to: anchor }
    const projects = this.scope.at(n.start)
    const decideIn = (w: Window) =>
      decide(p, folded, reading, { names: () => nameRelevance(p.subjects, nameText, track, structure, w), projects })
    let decision = decideIn(window)
    if (anchor === null) {
      // a verified figure of a sub-row named before may still be the project's figure (ownClause)
      if (decision.kind !== 'verified' || !decision.facts.every((f) => isTotalRowFact(p, f)))
        decision = this.ownClause(n, window, decision, decideIn)
      decision = this.anaphor(n, decision, decideIn)
      if (decision.kind !== 'verified') decision = this.categoryRowOfAnaphor(n, reading) ?? decision
      if (decision.kind === 'unsupported') decision = this.shortRowName(n, reading, projects) ?? decision
      decision = this.underHeading(n, decision, decideIn)
    }
    decision = this.projectScore(reading, decision, projects)
    if (anchor === null && decision.kind !== 'verified') {
      // "办公、维修（维护）、绿化水电等三项成本15万元、35万元、14.8万元": names and numbers in order, no 分别
      const implicit = implicitAnchor(folded, structure, this.numbers, k)
      if (implicit !== null) {
        const again = decideIn({ start: implicit, end: implicit, from, to: implicit })
        if (again.kind === 'verified') decision = again
      }
    }
    if (anchor === null && decision.kind !== 'verified') decision = this.respectively(n, reading, decision)
    return { decision, projects, from }
  }

  /**
   * A row named in an earlier clause of the sentence ("追加当年财政拨款20.5万元，全年预算调整为520.5万元")
   * does not hold for a clause that names none: read it again with its own words only — and take
   * only the row such a clause is about by default, the project's 合计 row. Not for a target
   * ("高于90%的目标值" is the target of the row named before, never the 合计 row's).
   */
  private ownClause(n: FoundNumber, window: Window, decision: Decision, decideIn: (w: Window) => Decision): Decision {
    const { p, folded, structure, nameText, track } = this
    if (TARGET_AFTER.test(folded.slice(n.end, n.end + 8))) return decision
    const clauseFrom = structure.clauseStart(n.start)
    if (clauseFrom <= window.from) return decision
    // an indicator named before ("新建管网长度：…，完成率96%，得9.6分") goes on: the 合计 row is a funding row's whole
    const about = decision.kind === 'verified' ? decision.facts[0] : decision.kind === 'mismatch' ? decision.fact : null
    if (about && INDICATOR_FACT.test(about.id)) return decision
    const added = this.earlierRowAdded(window.from, clauseFrom)
    if (decision.kind === 'verified' && !added) return decision
    const own = { ...window, from: clauseFrom }
    // "上年结转资金50万元未作调整，全年实际支出498.36万元，执行率为95.75%": the sentence's last figure was
    // the 合计 row's, so the row named before it no longer holds — a match of the 合计 row is taken
    if (decision.kind === 'mismatch' && !isTotalRowFact(p, decision.fact) && this.lastWasTotal(n.start)) {
      const again = decideIn(own)
      if (again.kind === 'verified' && again.facts.every((f) => isTotalRowFact(p, f))) return again
    }
    const scores = nameRelevance(p.subjects, nameText, track, structure, own)
    // a name counts when a pair of its characters is there: 项目全年 does not name 年度目标 by 年 and 目
    const ownText = nameText.slice(own.from, own.to)
    const names = (k: number) => scores.coverage[k]! >= EVIDENCE && sharesBigram(p.subjects.keys[k]!, ownText)
    if (scores.named.some(names)) return decision
    const again = decideIn(own)
    if (again.kind === 'verified') return again.facts.every((f) => isTotalRowFact(p, f)) ? again : decision
    // "追加当年财政拨款20.5万元，…。全年实际执行450.36万元": a row named as what the budget added is
    // not what the next clause is about; its figure is the project's, and another is flagged
    if (!added) return decision
    return again.kind === 'mismatch' ? (isTotalRowFact(p, again.fact) ? again : decision) : again
  }

  /** A total or category score by the scoring rule beside a different one the table states. */
  private ruleTotalDisputed(f: Fact): boolean {
    const theirs = /\.score\.total$/.test(f.id)
      ? f.id.replace(/total$/, 'theirTotal')
      : /\.sub\.L1\.\d+\.score$/.test(f.id)
        ? f.id.replace(/score$/, 'theirs')
        : null
    const stated = theirs ? this.analysis.sheet.byId.get(theirs) : undefined
    if (stated !== undefined && !stated.exact.eq(f.exact.round(stated.precision))) return true
    // "两项实际值都可以填100%，…总分100分": our total leaves out the rows that could not be compared, so it
    // is no figure to correct a total to
    const left = theirs ? this.analysis.sheet.byId.get(`${f.id.split('.')[0]}.count.notComparable`) : undefined
    return left !== undefined && !left.exact.isZero
  }

  /**
   * The mismatch is with a project's 合计 row, which the words did not name, while the figures the
   * sentence verified before `at` are all of one other row (an indicator's).
   */
  private aboutAnotherRow(at: number, f: Fact): boolean {
    if (!isTotalRowFact(this.p, f)) return false
    const sentence = this.structure.sentenceStart(at)
    if (WHOLE_WORDS.test(this.sentenceBefore(at))) return false
    const earlier = this.verifiedIn.get(sentence) ?? []
    if (!earlier.length) return false
    const rows = new Set(earlier.map((g) => `${g.table}|${g.subject}`))
    const only = earlier[0]!
    return rows.size === 1 && only.group === 'indicator' && !isTotalRowFact(this.p, only)
  }

  /** Whether the last figure verified in the sentence before `at` was a project's 合计 row's. */
  private lastWasTotal(at: number): boolean {
    const last = this.verifiedIn.get(this.structure.sentenceStart(at))?.at(-1)
    return last !== undefined && isTotalRowFact(this.p, last)
  }

  /** Whether the nearest earlier clause in the window that names a row names it as what the budget added (追加当年财政拨款). */
  private earlierRowAdded(from: number, clauseFrom: number): boolean {
    const { p, folded, structure } = this
    if (!ADDED.test(folded.slice(from, clauseFrom))) return false
    for (let end = clauseFrom - 1, steps = 0; end > from && steps < MAX_EARLIER_CLAUSES; steps++) {
      const start = Math.max(from, structure.clauseStart(end))
      const clause = folded.slice(start, end).replace(/[\s*#>-]+/g, '')
      const names = p.subjects.keys.filter((k) => k.length >= 2 && clause.includes(k))
      if (names.length) return names.some((k) => OBJECT_VERB.test(clause.slice(0, clause.indexOf(k))))
      end = start - 1
    }
    return false
  }

  /** 该项 after one row named in full in its own sentence: that row's verdict, when it verifies. */
  private ownRowOfAnaphor(n: FoundNumber, decideIn: (w: Window) => Decision): Decision | null {
    const sentence = Math.max(this.structure.sentenceStart(n.start), n.start - WINDOW)
    const at = this.folded.slice(sentence, n.start).search(ANAPHOR)
    return at < 0 ? null : this.oneRow(sentence, sentence + at, decideIn)
  }

  /**
   * "### 1. 政策知晓率 ⏎- 实际完成值：98%": a line that names no row, under a heading that names one, may be
   * about that row — a match only: it never turns a number into a mismatch.
   */
  private underHeading(n: FoundNumber, decision: Decision, decideIn: (w: Window) => Decision): Decision {
    // (a figure the project's 合计 row was taken for, by default, may be the heading's row's)
    const byDefault = decision.kind === 'mismatch' && isTotalRowFact(this.p, decision.fact)
    if (decision.kind !== 'unsupported' && !byDefault) return decision
    const h = headingAbove(this.folded, n.start) ?? this.leadAbove(n.start)
    return (h && this.oneRow(h.start, h.end, decideIn)) ?? decision
  }

  /**
   * "维修（维护）所需成本是三项里最大的一块：⏎- 金额35万元": a list item under the line that leads
   * into its list (a line ending in a colon) is about the row that line names.
   */
  private leadAbove(at: number): { start: number; end: number } | null {
    const { folded } = this
    const line = folded.lastIndexOf('\n', at - 1) + 1
    if (!LIST_ITEM.test(folded.slice(line, line + 4))) return null
    return headingLineAbove(folded, at, HEADING_REACH, (l) => LEAD_LINE.test(l) && l.length <= MAX_LEAD)
  }

  /**
   * The verdict over the one row named in full in [from, to) (a category or a section names many),
   * when it verifies on that row's own facts.
   */
  private oneRow(from: number, to: number, decideIn: (w: Window) => Decision): Decision | null {
    const text = this.folded.slice(from, to)
    // ("### 2. 全县参合人数" heads the row the table numbers 指标1:全县参合人数)
    const names = this.p.maskNames.flatMap((x) => {
      if (text.includes(x)) return [x]
      const bare = x.replace(NUMBERED, '')
      return bare.length >= 4 && bare !== x && text.includes(bare) ? [bare] : []
    })
    const rows = names.filter((x) => !names.some((y) => y !== x && y.includes(x)))
    if (rows.length !== 1) return null
    const row = rows[0]!
    const start = from + text.lastIndexOf(row)
    const again = decideIn({ start: start + row.length, end: start + row.length, from: start, to: start + row.length })
    return again.kind === 'verified' && again.facts.every((f) => foldText(f.subject).includes(row)) ? again : null
  }

  /**
   * "社会效益方面，办学条件得到改善，该项分值15分": 该项 after a category named in its sentence that
   * holds one indicator only is that indicator — a match on its own figures, never a correction.
   */
  private categoryRowOfAnaphor(n: FoundNumber, reading: Reading): Decision | null {
    const { folded, analysis } = this
    const sentence = Math.max(this.structure.sentenceStart(n.start), n.start - WINDOW)
    const before = folded.slice(sentence, n.start)
    const at = before.search(ANAPHOR)
    if (at < 0) return null
    const head = before.slice(0, at)
    // the category named last before 该项, and its one row (index −1: it has several)
    let best: { at: number; key: string; index: number } | null = null
    for (const project of analysis.projects) {
      const byCategory = new Map<string, number[]>()
      project.table.indicators.forEach((row, i) => {
        for (const name of [row.level1, row.level2 ?? '']) {
          const core = categoryCore(name)
          if (core.length >= 2) byCategory.set(core, [...(byCategory.get(core) ?? []), i])
        }
      })
      for (const [core, indices] of byCategory) {
        const i = head.lastIndexOf(core)
        if (i >= 0 && (!best || i > best.at))
          best = { at: i, key: project.key, index: indices.length === 1 ? indices[0]! : -1 }
      }
    }
    if (!best || best.index < 0) return null
    const prefix = `${best.key}.I${best.index}.`
    const facts = analysis.sheet.facts.filter(
      (f) => f.id.startsWith(prefix) && valueMatches(unsigned(reading.written), f),
    )
    return facts.length ? { kind: 'verified', facts } : null
  }

  /**
   * "办公15万元 + 维修35万元": a row named by the first word of its name (办公所需成本, 维修（维护）所需成本)
   * right before its figure — when that word begins no other row's name — on its own figures only.
   * (The last words of a name, 付息及时率 of 县级储备粮贷款付息及时率, were tried: they let wrong figures
   * through on the fresh drafts as often as they saved a false alarm.)
   */
  private shortRowName(n: FoundNumber, reading: Reading, projects: ProjectRelevance): Decision | null {
    const before = this.folded.slice(Math.max(0, n.start - 10), n.start).replace(/[\s*：:为是约]+$/, '')
    const run = /[\u4e00-\u9fff]{2,}$/.exec(before)?.[0]
    if (!run) return null
    const { p } = this
    const subject = shortName(p.rowHeads, run, 2, 4)
    if (subject) {
      const facts = p.analysis.sheet.facts.filter(
        (f) =>
          f.subject === subject &&
          // a funding row in the role its clause names (年初预算…其中当年财政拨款450万元)
          (f.group !== 'funding' || !reading.cue?.roles.size || reading.cue.roles.has(f.role)) &&
          // an indicator's target only where the words say target
          (f.role !== 'target' || reading.cue?.roles.has('target') === true) &&
          (projects.context.get(f.table) ?? (f.table === 'D' ? 1 : 0)) >= 0.5 &&
          valueMatches(reading.written, f),
      )
      return facts.length ? { kind: 'verified', facts } : null
    }
    return null
  }

  /**
   * "（一）新建管网长度。…该项分值10分": 该项/该指标 is the row the paragraph's heading names (its
   * verdict stands: a figure of another row is no longer taken) or else the sentence before (only a
   * match is taken from it).
   */
  private anaphor(n: FoundNumber, decision: Decision, decideIn: (w: Window) => Decision): Decision {
    // "资金到位及时率实际值同为100%，但…，该项自评7分": the one row named in full earlier in the sentence
    const own = this.ownRowOfAnaphor(n, decideIn)
    if (own && decision.kind !== 'verified') return own
    const topic = anaphorTopic(this.folded, this.structure, n.start)
    if (!topic || (!topic.heading && decision.kind === 'verified')) return decision
    const again = decideIn({ start: topic.end, end: topic.end, from: topic.start, to: topic.end })
    return again.kind === 'verified' || (topic.heading && again.kind !== 'implied') ? again : decision
  }

  /**
   * "综治、平安建设经费得分98.51分": in a department's report a project named with a score is its
   * total score, even where an indicator is named like the project (综治平安经费).
   */
  private projectScore(reading: Reading, decision: Decision, projects: ProjectRelevance): Decision {
    const { analysis } = this
    const scoreMismatch = decision.kind === 'mismatch' && decision.fact.role === 'score'
    // ("测算得98.51分": no score word the reading knows, but points of a project named)
    const points = decision.kind === 'unsupported' && reading.written.unit === '分'
    if (!(scoreMismatch || points) || analysis.projects.length <= 1) return decision
    const totals = analysis.projects
      .filter((x) => (projects.sentence.get(x.key) ?? 0) >= 0.5)
      .flatMap((x) => [`${x.key}.score.total`, `${x.key}.score.theirTotal`])
      .map((id) => analysis.sheet.byId.get(id))
      .filter((f): f is Fact => f !== undefined && valueMatches(reading.written, f))
    return totals.length ? { kind: 'verified', facts: totals } : decision
  }

  /**
   * 分别 with no list of names to pair ("两个项目预算执行率分别为85.11%和151.33%"): each number is one
   * of the rows in scope — a project's 合计 row or the department's own lines — and a row the list
   * has already used cannot be used again.
   */
  private respectively(n: FoundNumber, reading: Reading, decision: Decision): Decision {
    const { p, folded, structure } = this
    // bounded: the clause, and at most WINDOW characters of it
    const from = Math.max(structure.clauseStart(n.start), n.start - WINDOW)
    const found = folded.slice(from, n.start).lastIndexOf('分别')
    if (found < 0) return decision
    const at = from + found
    const used = this.usedRows.get(at) ?? this.usedRows.set(at, new Set()).get(at)!
    const rowOf = (f: Fact) => `${f.table}|${f.subject}`
    const hits = [...candidateSet(p, reading.written.unit, reading.cue)].filter(
      (f) => (f.table === 'D' || isTotalRowFact(p, f)) && !used.has(rowOf(f)) && valueMatches(reading.written, f),
    )
    if (hits.length !== 1) return decision
    used.add(rowOf(hits[0]!))
    return { kind: 'verified', facts: hits }
  }

  /**
   * Counts, points lost, derivations and quotes for a number no named row holds. Null when the
   * number is settled here; else the decision to conclude with.
   */
  private derivedOrQuoted(n: FoundNumber, reading: Reading, named: Named): Decision | null {
    // every window below is bounded: one 50,000-character sentence must still be read in linear time
    const clause = Math.max(this.structure.clauseStart(n.start), n.start - WINDOW)
    const earlier = this.verifiedIn.get(this.structure.sentenceStart(n.start))?.slice() ?? []
    const decision = this.counted(n, reading, named, clause, earlier)
    if (decision === null) return null
    const pool = sentencePool(this.p, this.nameText, this.track, this.structure, n, named.projects, earlier)
    const hit = this.derivation(n, reading, named, decision, clause, earlier, pool)
    const quote = hit ? null : this.quote(n, reading, decision)
    if (quote) {
      const f = quote.fact
      this.remember(n.start, f)
      this.mentions.push(
        toMention(n, 'verified', reading, {
          factIds: f.group === 'note' ? [] : [f.id],
          note: f.group === 'note' ? '引自用户说明' : '引自表内文字',
          source: f.source,
        }),
      )
      return null
    }
    if (!hit) return decision
    const d = hit.derivation
    const derivation = { op: d.op, factIds: d.factIds, formula: d.formula }
    if (!hit.flipped) {
      this.mentions.push(toMention(n, 'verified', reading, { factIds: d.factIds, derivation }))
      this.remember(n.start, derivedFact(d, pool.named.concat(pool.totals)))
      return null
    }
    const expected = `${hit.rightly ?? directionWord(d.sign === -1 ? -1 : 1, reading.direction)}${formatNumber(d.exact.abs(), Math.max(2, n.decimals))}${d.unit === '百分点' ? '个百分点' : d.unit}`
    this.mentions.push(toMention(n, 'mismatch', reading, { factIds: d.factIds, expected, derivation }))
    this.findings.push({
      severity: 'error',
      code: 'DIRECTION_MISMATCH',
      start: reading.direction ? reading.direction.start : n.start,
      end: n.end,
      message: message.derivedDirection(
        expected,
        reading.direction ? this.folded.slice(reading.direction.start, n.end) : n.text,
        d.formula,
        pool.named.some((f) => f.group === 'note' && d.factIds.includes(f.id)),
      ),
      factIds: d.factIds,
    })
    return null
  }

  /**
   * Counts (of the sheet, of a list just written, of the rows the sentence gave figures for) and the
   * points lost of a total score. Null when one settles the number; else the decision, which a
   * count or the points lost may turn into their mismatch.
   */
  private counted(
    n: FoundNumber,
    reading: Reading,
    named: Named,
    clause: number,
    earlier: readonly Fact[],
  ): Decision | null {
    const { folded, analysis } = this
    let decision = named.decision
    // "其余8项指标": the rows the block has not named yet
    const rest = this.restOf(n, REST.test(folded.slice(Math.max(0, n.start - 4), n.start)))
    if (rest && restCount(rest.rows, reading.written)) {
      const derivation = {
        op: 'count',
        factIds: [],
        formula: `= ${rest.rows.named.length + rest.rows.rows.length}项 − 已列出的${rest.rows.named.length}项（${rest.rows.named.join('、')}）`,
      }
      this.mentions.push(toMention(n, 'verified', reading, { derivation }))
      return null
    }
    // "两项都按公式算", "这两项可能需要补材料": the rows the sentence before named
    const back = this.rowsBefore(n, reading)
    if (back) {
      const derivation = {
        op: 'count',
        factIds: [],
        formula: `= ${back.map((r) => `“${r}”`).join('、')}，共${back.length}项`,
      }
      this.mentions.push(toMention(n, 'verified', reading, { derivation }))
      return null
    }
    // (the rest is not all the rows: 其余9项 when 9 is the count of every row is no count of the rest)
    if (rest && (reading.written.unit === '项' || reading.written.unit === '个')) return { kind: 'unsupported' }
    const projects = projectCount(this.p.counts, reading.written, folded.slice(n.end, n.end + 6))
    const count = projects ? { fact: projects } : this.sheetCount(n, reading, named, clause)
    if (count && 'fact' in count) {
      this.mentions.push(toMention(n, 'verified', reading, { factIds: [count.fact.id] }))
      this.remember(n.start, count.fact)
      return null
    }
    // "16项指标中有12项目标值为100%": the rows whose target (or actual) is that figure
    const byCell = this.countByCell(n, reading, named)
    if (byCell === 'differs') return { kind: 'unsupported' }
    if (byCell) {
      this.mentions.push(toMention(n, 'verified', reading, { factIds: byCell.factIds, derivation: byCell }))
      // (and the figure after it is those rows' cell: "12项目标值为100%")
      this.cellValues.set(byCell.valueAt, byCell.factIds)
      return null
    }
    // "14项指标中有12项实际完成值与指标值完全一致": the rows whose actual is their target
    const equal = this.countEqual(n, reading, named)
    if (equal === 'differs') return { kind: 'unsupported' }
    if (equal) {
      this.mentions.push(toMention(n, 'verified', reading, { factIds: equal.factIds, derivation: equal }))
      return null
    }
    // "完成率低于80%的有5项": the rows whose completion is on that side of the bound
    const bounded = this.countByCompletion(n, reading, named, clause)
    if (bounded === 'differs') return { kind: 'unsupported' }
    if (bounded) {
      this.mentions.push(toMention(n, 'verified', reading, { factIds: bounded.factIds, derivation: bounded }))
      return null
    }
    const listed = this.listed(n, reading, clause)
    if (listed) {
      const derivation = {
        op: 'count',
        factIds: [],
        formula: `= ${listed.map((s) => `“${s.replace(/·/g, '、')}”`).join('、')}，共${listed.length}项`,
      }
      this.mentions.push(toMention(n, 'verified', reading, { derivation }))
      return null
    }
    // ("写成小于等于的话，做0个也算完成": a count in a supposition is no claim to correct)
    if (count && decision.kind !== 'mismatch' && !SUPPOSED.test(this.sentenceBefore(n.start)))
      decision = { kind: 'mismatch', fact: count.mismatch, direction: false, backward: false, sure: true }
    // "项目总得分94分，扣6分": the points lost of the total score the sentence gave
    const lost = totalLost(analysis, earlier, folded.slice(clause, n.start))
    if (lost && valueMatches(unsigned(reading.written), lost)) {
      this.mentions.push(toMention(n, 'verified', reading, { factIds: [lost.id] }))
      this.remember(n.start, lost)
      return null
    }
    // and when it does not agree, the points lost are what it should be, not the score
    if (lost && decision.kind === 'mismatch')
      decision = { kind: 'mismatch', fact: lost, direction: false, backward: false, sure: true }
    const points = this.categoryPoints(n, reading, clause)
    if (points) return null
    const sum = this.projectsSum(n, reading, clause)
    if (sum) {
      const derivation = { op: sum.op, factIds: sum.factIds, formula: sum.formula }
      this.mentions.push(toMention(n, 'verified', reading, { factIds: sum.factIds, derivation }))
      // (a share of the sum later in the sentence builds on it: 实际投入合计53.34万元，占项目支出的68.37%)
      this.remember(n.start, derivedFact(sum, this.analysis.sheet.facts))
      return null
    }
    const rows = earlierRowsCount(reading.written, folded.slice(n.end, n.end + 4), earlier)
    if (rows) {
      const derivation = {
        op: 'count',
        factIds: rows.map((f) => f.id),
        formula: `= ${rows.map((f) => `“${f.subject}”`).join('、')}，共${rows.length}项`,
      }
      this.mentions.push(toMention(n, 'verified', reading, { derivation }))
      return null
    }
    return decision
  }

  /** "产出指标4项各得12.5分", "产出指标分值50分，自评得分50分": a category's points (category-points.ts). */
  private categoryPoints(n: FoundNumber, reading: Reading, clause: number): boolean {
    const { p, folded, analysis } = this
    if (reading.written.unit !== '分' && reading.written.unit !== '%') return false
    const context = this.scope.at(n.start).context
    const projects = analysis.projects.map((x) => x.key).filter((k) => p.singleProject || (context.get(k) ?? 0) >= 0.5)
    // bounded: one 50,000-character sentence must still be read in linear time; a short sentence
    // before ("1.产出指标。分值合计40分…", "（一）项目决策。") is the heading the category is named in
    const start = this.structure.sentenceStart(n.start)
    const previous = start > 0 ? this.structure.sentenceStart(start - 1) : start
    const from = start - previous <= SHORT_HEADING ? previous : start
    let sentence = folded.slice(Math.max(from, n.start - WINDOW), n.start)
    // "本部分分值30分": the part the heading above names ("（三）项目产出。")
    const heading = /本部分|该部分|此部分|本类|该类/.test(sentence) ? this.partHeading(n.start) : null
    if (heading) sentence = folded.slice(heading.start, heading.end) + sentence
    const before = folded.slice(clause, n.start)
    const q = { a: analysis, projects, written: reading.written, sentenceBefore: sentence, clauseBefore: before }
    const rate = categoryRate(q)
    if (rate) {
      this.mentions.push(toMention(n, 'verified', reading, { factIds: rate.factIds, derivation: rate }))
      return true
    }
    const each = eachIndicator(q)
    if (each) {
      this.mentions.push(toMention(n, 'verified', reading, { factIds: each.factIds, derivation: each }))
      this.remember(n.start, analysis.sheet.byId.get(each.factIds[0]!)!)
      return true
    }
    const subtotal = categorySubtotal(q)
    if (!subtotal) return false
    this.mentions.push(toMention(n, 'verified', reading, { factIds: [subtotal.id] }))
    this.remember(n.start, subtotal)
    return true
  }

  /**
   * The heading of the part a number is in: the paragraph's own short first sentence when it is
   * one ("（三）项目产出。学生2370人…"), else the heading line above.
   */
  private partHeading(at: number): { start: number; end: number } | null {
    const { folded, structure } = this
    const paragraph = structure.paragraphStart(at)
    const sentence = structure.sentenceStart(at)
    if (paragraph < sentence) {
      const end = structure.sentenceEnd(paragraph)
      // (measured before it is read: a paragraph of one 50,000-character sentence has no heading)
      if (end < sentence && end - paragraph <= MAX_HEADING && HEADING_LINE.test(folded.slice(paragraph, end)))
        return { start: paragraph, end }
    }
    return headingAbove(folded, at)
  }

  /**
   * "两个项目合计支出53.34万元": in a department's report, the sum of its self-evaluated projects'
   * totals in the role the clause names, when N is their number. Null when it does not agree.
   */
  private projectsSum(n: FoundNumber, reading: Reading, clause: number) {
    const { p, analysis, folded } = this
    // "两个项目年初预算合计51万元，实际支出合计53.34万元": the projects counted earlier in the sentence
    const m =
      PROJECTS_TOGETHER.exec(folded.slice(clause, n.start)) ??
      (TOGETHER_BEFORE.test(folded.slice(clause, n.start))
        ? lastMatch(PROJECTS_COUNTED_ALL, this.sentenceBefore(n.start))
        : null)
    if (!m || analysis.projects.length < 2 || !reading.cue) return null
    if (!isProjectsCount(m[1]!, analysis.projects.length)) return null
    const role = (['actual', 'full-year-budget', 'budget'] as const).find((r) => reading.cue!.roles.has(r))
    if (!role) return null
    const facts = analysis.projects.map((x) =>
      analysis.sheet.facts.find((f) => f.table === x.key && f.role === role && isTotalRowFact(p, f)),
    )
    if (facts.some((f) => !f) || new Set(facts.map((f) => f!.unit)).size !== 1) return null
    const exact = Decimal.sum(facts.map((f) => f!.exact))
    if (!valueMatches(unsigned(reading.written), computedValue(exact, facts[0]!.unit, 2))) return null
    return {
      op: 'sum' as const,
      factIds: facts.map((f) => f!.id),
      formula: `= ${facts.map((f) => f!.exact.toString()).join(' + ')}`,
      exact,
      unit: facts[0]!.unit,
    }
  }

  /** A count of the sheet the clause names (counts.ts): its fact, the mismatch it makes, or null. */
  private sheetCount(n: FoundNumber, reading: Reading, named: Named, clause: number) {
    const { p, folded, structure } = this
    let counts = p.counts.filter((f) => inProjectScope(p, named.projects.context, f))
    // "效益指标8项": a category named right before the count is what it counts, not the indicators
    // in all (whose noun 指标 the category's name holds)
    const tail = folded.slice(Math.max(reading.clauseFrom, n.start - 12), n.start).replace(CATEGORY_TAIL, '')
    if (counts.some((f) => isCategoryCount(f) && tail.endsWith(f.subject)))
      counts = counts.filter((f) => !ALL_INDICATORS.has(f.subject))
    // "…、绩效指标2项": the indicators in all, named right before, whatever categories the list named
    else if (/绩效指标$/.test(tail)) counts = counts.filter((f) => ALL_INDICATORS.has(f.subject))
    // "效益指标5项中完成4项", "效益指标（5项）：4项达标": the category may be named before the number before
    // (a bracket after the count lists what it counts, "三个指标（安全率、…、学生满意度）": its row names
    // name no category)
    // (up to the next item of a list: "产出指标5项、效益指标2项" — 效益 names the next count, not this one)
    const after = folded.slice(n.end, reading.clauseTo).replace(ASIDE, '').replace(OPEN_BRACKET, '').split('、')[0]!
    const wide = countMatch(counts, reading.written, folded.slice(countFrom(folded, structure, n.start), n.end) + after)
    const narrow = countMatch(counts, reading.written, folded.slice(reading.clauseFrom, n.end) + after)
    let count = wide && 'fact' in wide ? wide : narrow && 'fact' in narrow ? narrow : (wide ?? narrow)
    // the sentence's words before the count's clause may name what it counts (a match only):
    // "自评总分96分，共扣4分，集中在两项" a count with no noun of its own; "满意度占10分，你们两项都达标"
    // a status count whose category the sentence named earlier
    const open = !count || ('mismatch' in count && STATUS_COUNTS.has(count.mismatch.subject))
    if (open) {
      const from = Math.max(structure.sentenceStart(n.start), n.start - WINDOW)
      const sentence = countMatch(counts, reading.written, folded.slice(from, n.end) + after)
      const fits = (f: Fact) => (count ? f.subject.includes('·') : SENTENCE_COUNTS.has(f.subject))
      if (sentence && 'fact' in sentence && fits(sentence.fact)) count = sentence
    }
    // "储备到位率、库存数量真实率等8项比率类指标": a group the writer names, not a count of the sheet;
    // "已达成13个小区的建设任务": a count of the things the noun after it names, not of indicators
    const other =
      /等\s*$/.test(folded.slice(clause, n.start)) || (THINGS_COUNTED.test(after) && !COUNT_NOUN.test(after))
    return count && 'mismatch' in count && other ? null : count
  }

  /**
   * The indicators whose completion rate is below (or above) the bound the clause writes, when as
   * many as the count; 'differs' when the clause writes such a bound and the count is another.
   */
  private countByCompletion(n: FoundNumber, reading: Reading, named: Named, clause: number) {
    if (!['项', '个'].includes(reading.written.unit ?? '')) return null
    const m = COMPLETION_BOUND.exec(this.folded.slice(clause, n.start))
    if (!m) return null
    const bound = Decimal.parse(m[2]!)
    const below = /低于|不足|小于|未达/.test(m[1]!)
    const rows = this.analysis.sheet.facts.filter(
      (f) =>
        f.role === 'completion' &&
        INDICATOR_FACT.test(f.id) &&
        inProjectScope(this.p, named.projects.context, f) &&
        (below ? f.exact.lt(bound) : f.exact.gt(bound)),
    )
    // (a count of other rows than those met is no correction to theirs: flagged as it stands)
    if (!reading.written.value.eq(Decimal.of(BigInt(rows.length)))) return 'differs' as const
    return {
      op: 'count',
      factIds: rows.map((f) => f.id),
      formula: `= ${rows.map((f) => `“${f.subject}”（${formatNumber(f.exact, 2)}%）`).join('、')}，共${rows.length}项`,
    }
  }

  /**
   * "14项指标中有12项实际完成值与指标值完全一致": a count of the rows whose actual equals their target (the
   * same figure in the same unit, or the same words); 'differs' when the words say so and the count is another.
   */
  private countEqual(n: FoundNumber, reading: Reading, named: Named) {
    if (!['项', '个'].includes(reading.written.unit ?? '')) return null
    if (!EQUAL_COUNT.test(this.folded.slice(n.end, n.end + 30))) return null
    const { analysis, p } = this
    const rows: string[] = []
    for (const x of analysis.projects) {
      if (!projectInScope(p, named.projects.context, x.key)) continue
      x.table.indicators.forEach((r, i) => {
        const target = analysis.sheet.byId.get(`${x.key}.I${i}.target`)
        const actual = analysis.sheet.byId.get(`${x.key}.I${i}.actual`)
        const same =
          target && actual
            ? target.unit === actual.unit && target.exact.eq(actual.exact)
            : !target && !actual && r.target.trim() !== '' && r.target.trim() === r.actual.trim()
        if (same) rows.push(r.name)
      })
    }
    if (!reading.written.value.eq(Decimal.of(BigInt(rows.length)))) return 'differs' as const
    return { op: 'count', factIds: [], formula: `= ${rows.map((r) => `“${r}”`).join('、')}，共${rows.length}项` }
  }

  /** "9项指标里有5项的目标值是100%": a count of the rows whose target or actual is the figure after it. */
  private countByCell(n: FoundNumber, reading: Reading, named: Named) {
    if (!['项', '个'].includes(reading.written.unit ?? '')) return null
    const k = this.numbers.indexOf(n)
    const next = this.numbers[k + 1]
    if (!next || next.ignored !== null || next.unit === null) return null
    const m = CELL_COUNT.exec(this.folded.slice(n.end, next.start))
    if (!m) return null
    const role = /目标|指标值/.test(m[1]!) ? 'target' : 'actual'
    const rows = this.analysis.sheet.facts.filter(
      (f) =>
        f.role === role &&
        INDICATOR_FACT.test(f.id) &&
        f.unit === next.unit &&
        inProjectScope(this.p, named.projects.context, f) &&
        f.exact.eq(next.value),
    )
    if (!reading.written.value.eq(Decimal.of(BigInt(rows.length)))) return 'differs' as const
    return {
      op: 'count',
      factIds: rows.map((f) => f.id),
      formula: `= ${rows.map((f) => `“${f.subject}”`).join('、')}，共${rows.length}项`,
      valueAt: next.start,
    }
  }

  /** "预算编制和审计两项": the items of the list the count follows; "即A和B，两项合计…": of the clause before. */
  private listed(n: FoundNumber, reading: Reading, clause: number): string[] | null {
    const { p, folded, structure } = this
    const opens = /^[\s这此上述以上]*$/.test(folded.slice(clause, n.start)) && clause > 0
    const listFrom = opens ? Math.max(structure.clauseStart(clause - 1), clause - WINDOW) : clause
    const listed = listCount(
      protectNames(folded.slice(listFrom, opens ? clause - 1 : n.start), p.maskNames),
      reading.written,
    )
    if (listed) return listed
    // "除政策性挂账利息补贴保障率1项外": one row, named in full right before its count
    if (!reading.written.value.eq(Decimal.ONE) || !['项', '个'].includes(reading.written.unit ?? '')) return null
    const before = folded.slice(Math.max(0, n.start - 40), n.start).replace(/[\s*“”"]+$/, '')
    const name = p.maskNames.find((x) => before.endsWith(x))
    return name ? [name] : null
  }

  /** The derivation the clause's words ask for, over the rows the sentence names (derive.ts). */
  private derivation(
    n: FoundNumber,
    reading: Reading,
    named: Named,
    decision: Decision,
    clause: number,
    earlier: readonly Fact[],
    pool: ReturnType<typeof sentencePool>,
  ) {
    const { p, folded, structure } = this
    // "维修（维护）成本占比最高，达54.01%": a clause that only links the number reads the one before it
    const linkOnly = clause > 0 && LINK_ONLY.test(folded.slice(clause, n.start))
    const from = linkOnly ? Math.max(structure.clauseStart(clause - 1), clause - WINDOW) : clause
    return derive({
      written: reading.written,
      direction: reading.direction?.sign ?? null,
      before: folded.slice(from, n.start),
      after: folded.slice(n.end, Math.min(structure.clauseEnd(n.end), n.end + WINDOW)),
      pool: pool.named,
      earlier,
      totals: pool.totals,
      // ("…30.64万元，执行率85.11%，比年初预算少用了53600元": the last figure of the number's kind)
      subject: NO_SUBJECT.test(folded.slice(clause, n.start)) ? lastOfKind(earlier, reading.written.unit) : null,
      contradicts: decision.kind === 'mismatch' ? decision.fact.role : null,
      yoy: reading.cue?.yoy ?? false,
      object: objectChars(reading.cue?.object),
      heads: p.heads.filter((f) => inProjectScope(p, named.projects.context, f)),
      rowCounts: p.counts.filter(
        (f) => f.id.endsWith('.count.indicators') && inProjectScope(p, named.projects.context, f),
      ),
      changeOf: p.changeOf,
      recent: this.recentAmounts(n.start),
    })
  }

  /** The amounts verified in the two sentences before the one at `at`, back to a heading or a blank line. */
  private recentAmounts(at: number): Fact[] {
    const { structure, folded } = this
    const out: Fact[] = []
    let start = structure.sentenceStart(at)
    for (let k = 0; k < RECENT_SENTENCES && start > 0; k++) {
      const prev = structure.sentenceStart(start - 1)
      if (prev >= start || BLOCK_BREAK.test(folded.slice(prev, start))) break
      for (const f of this.verifiedIn.get(prev) ?? [])
        if (!f.id.startsWith('~') && f.unit !== '%' && f.unit !== '分' && f.unit !== '倍' && !out.includes(f))
          out.push(f)
      start = prev
    }
    return out
  }

  /**
   * A figure quoted from the table's text or the user's notes, in their words. The table's text is
   * quoted only where the clause names no role of the data (实际投入, 执行率 …), or for a goal the
   * clause calls a goal and a reason cell repeated in many of its words.
   */
  /** Whether the number stands alone in quotation marks (“=95%”). */
  /** Whether the number stands in quotation marks around the whole text of the fact's cell (“采购的原原种合格率≥90%”). */
  private quotesCell(n: FoundNumber, f: Fact): boolean {
    const text = f.quote?.text.trim()
    if (!text) return false
    const from = n.start - (f.quote!.start - (f.quote!.text.length - f.quote!.text.trimStart().length))
    return (
      OPEN_QUOTE.includes(this.folded[from - 1] ?? '') &&
      this.folded.startsWith(foldText(text), from) &&
      CLOSE_QUOTE.includes(this.folded[from + text.length] ?? '')
    )
  }

  private inQuotes(n: FoundNumber): boolean {
    return OPEN_QUOTE.includes(this.folded[n.start - 1] ?? '') && CLOSE_QUOTE.includes(this.folded[n.end] ?? '')
  }

  /** A number in quotation marks equal, in value and unit, to one verified earlier in its sentence. */
  private quotedRepeat(n: FoundNumber): Mention | null {
    if (!this.inQuotes(n)) return null
    // ("…满意率为97.14%。建议实际值栏直接填“97.14%”": a proposal may repeat the sentence before's figure)
    let sentence = this.structure.sentenceStart(n.start)
    if (sentence > 0 && PROPOSES.test(this.folded.slice(sentence, n.start)))
      sentence = this.structure.sentenceStart(sentence - 1)
    for (let i = this.mentions.length - 1; i >= 0 && this.mentions[i]!.start >= sentence; i--) {
      const m = this.mentions[i]!
      if (m.status === 'verified' && m.value !== null && m.unit === n.unit && Decimal.parse(m.value).eq(n.value))
        return m
    }
    return null
  }

  /**
   * "原因栏里的“=95%”应当删掉": a number in quotation marks that is the whole text of a cell (a reason
   * cell reading "=95%") quotes that cell, whatever words are around it.
   */
  private wholeCellQuoted(n: FoundNumber): Fact | null {
    if (!this.inQuotes(n)) return null
    return this.p.quoted.find((f) => f.quote !== undefined && f.quote.text.trim() === n.text) ?? null
  }

  private quote(n: FoundNumber, reading: Reading, decision: Decision) {
    const { p, folded, structure } = this
    const sentence = structure.sentenceStart(n.start)
    const quotesTable = decision.kind !== 'mismatch' && (!reading.cue || reading.cue.word === '')
    const context = folded.slice(
      Math.max(sentence, n.start - WINDOW),
      Math.min(structure.sentenceEnd(n.end), n.end + WINDOW),
    )
    // "实际完成情况写的是30万元、30万元和29.99万元": the sentence says it quotes a goal cell
    const said = folded.slice(Math.max(sentence, n.start - WINDOW), n.start)
    // ("按目标里的39户算": the goal's own figure)
    const cites = (GOAL_CELL.test(said) && QUOTING.test(said)) || GOAL_OWN.test(said)
    // "其他资金栏执行率填为0": what the words say a row's cell was filled with is that cell as printed
    const filledIn = FILLED_IN.test(said.slice(-8))
    // (the value as printed, whatever unit the sentence lends a bare 0: "填为0" beside 1.8万元)
    const printed = filledIn
      ? p.quoted.find((f) => isPrintedRate(f) && said.includes(f.subject) && f.exact.eq(n.value.abs()))
      : undefined
    const quoted =
      (printed ? { fact: printed, shared: 0 } : null) ??
      quotedMatch([...p.quoted, ...this.notes], unsigned(reading.written), context) ??
      (cites ? quotedMatch(p.quoted.filter(isGoalQuote), unsigned(reading.written), context, 0) : null) ??
      // "建议改成实际调查结果96.5%": a distinctive figure the user gave is theirs, whatever the words around
      (isDistinctive(n) ? quotedMatch(this.notes, unsigned(reading.written), context, 0) : null) ??
      // "按39户计算": a count of things in their own measure word (户, 吨, 亩 …), written as the table's text
      // writes it, is that text's figure in other words
      (isQuotedMeasure(reading.written) ? quotedMatch(p.quoted, unsigned(reading.written), context, 0) : null)
    if (!quoted) {
      const whole = this.wholeCellQuoted(n)
      return whole ? { fact: whole, shared: 0 } : null
    }
    // a goal the clause calls a goal (目标为落实39户…), or a plan (原安排的30万元), may be quoted from the
    // goal cell; never what was done: the goal text restates targets as achieved
    const cell = quoted.fact.source.kind === 'cell' ? quoted.fact.source.path : ''
    const roles = reading.cue?.roles
    const goal =
      (cell === 'goal.target' && (roles?.has('target') === true || roles?.has('budget') === true)) ||
      // and what was done from the cell of what was achieved ("设计、规划、测绘实际完成29.99万元"), unless a
      // row the words name has another figure
      (cell === 'goal.achieved' && roles?.has('actual') === true && decision.kind !== 'mismatch')
    // a reason cell repeated in its words ("已完工，剩余3%尾款未付") whatever role word is near
    const reason = cell.endsWith('.reason') && decision.kind !== 'mismatch'
    // "个人慰问对象合计571人": the total of a cell's figures of one measure, said to be a total
    const total = isQuotedTotal(quoted.fact) && TOTAL_WORD.test(reading.cue?.word ?? '')
    // "指标值为“采购的原原种合格率≥90%”": a target (or actual) cell that is no value, quoted in quotation
    // marks in its role
    const ownCell =
      this.quotesCell(n, quoted.fact) &&
      ((cell.endsWith('.target') && roles?.has('target') === true) ||
        (cell.endsWith('.actual') && roles?.has('actual') === true))
    const strong =
      total ||
      ownCell ||
      (cites && cell.startsWith('goal.')) ||
      (filledIn && isPrintedRate(quoted.fact)) ||
      ((goal || reason) && quoted.shared >= (decision.kind === 'mismatch' ? QUOTE_OVER_MISMATCH : QUOTE_OVER_CUE))
    return quoted.fact.group === 'note' || quotesTable || strong ? quoted : null
  }

  /** The verdict: a plan's target left alone, else verified, mismatch, an uncited estimate or unsupported. */
  private conclude(n: FoundNumber, reading: Reading, named: Named): void {
    const { folded, structure, analysis, mentions } = this
    const { decision, from } = named
    // A plan's target ("力争2023年执行率达到90%以上") is no claim about the data: unless it
    // happens to agree with a fact, it is left alone rather than flagged.
    if (
      decision.kind !== 'verified' &&
      decision.kind !== 'implied' &&
      (isForwardLooking(folded, structure, n.start, analysis.table.year) ||
        (isBound(n, folded) && inMeasuresSection(folded, n.start)) ||
        isSetTarget(folded, n.start))
    ) {
      mentions.push(toMention(n, 'ignored', reading, { note: '计划或目标值，不是本年数据' }))
      return
    }
    switch (decision.kind) {
      case 'verified': {
        if (this.boundReversed(n, reading, decision.facts)) return
        // "知晓率为100%" with no role word, where 100% is the row's target and not what it achieved (98%):
        // a figure named by its row alone is what the row achieved
        const achieved = this.targetOnly(reading, decision.facts)
        if (achieved) {
          this.mismatch(n, reading, { kind: 'mismatch', fact: achieved, direction: false, backward: false })
          return
        }
        const precise = decision.facts.find((f) => onlyAtTablePrecision(reading.written, f))
        mentions.push(
          toMention(n, 'verified', reading, {
            factIds: decision.facts.map((f) => f.id),
            ...(precise ? { note: `文中数字比表中（${precise.display}）更精确，按表中精度一致` } : {}),
          }),
        )
        break
      }
      case 'mismatch':
        if (!decision.direction && this.shareOfLastTwo(n, reading)) return
        if (!decision.direction && this.noCorrection(n, reading, decision)) this.unsupported(n, reading)
        else if (!decision.direction && this.otherRow(n, reading, decision.fact)) return
        else this.mismatch(n, reading, decision)
        break
      case 'implied':
        this.implied(n, reading, decision.fact, from)
        break
      case 'unsupported':
        if (!this.gapOfLastTwo(n, reading) && !this.shareOfLastTwo(n, reading) && !this.shareOfCellTotal(n, reading))
          this.unsupported(n, reading)
        break
    }
  }

  /**
   * The actual of the one indicator row a number verified only as its target, when no word of any role
   * stands before it, it is written with no bound's sign and the row achieved another figure; null otherwise.
   */
  private targetOnly(reading: Reading, facts: readonly Fact[]): Fact | null {
    // (a bound written with its sign, ≤40万元, is the target as written)
    if (reading.cue || reading.written.qualifier || !facts.length || facts.some((f) => f.role !== 'target')) return null
    const row = facts[0]!.id.replace(/\.target$/, '')
    if (facts.some((f) => f.id !== `${row}.target`)) return null
    const actual = this.analysis.sheet.byId.get(`${row}.actual`)
    return actual && actual.unit === facts[0]!.unit && !actual.value.eq(facts[0]!.value) ? actual : null
  }

  /**
   * "问卷回收280份，其中272份表示满意，满意率为97.14%": a rate that is the share of the last of two figures of
   * one unit the sentence has just verified in the first (the user's figures or the table's text), in the clause
   * of a word of rates or shares. It stands for the sentence's next figures (比目标值高出2.14个百分点).
   */
  private shareOfLastTwo(n: FoundNumber, reading: Reading): boolean {
    if (n.unit !== '%' || !SHARE_OF_TWO.test(this.folded.slice(reading.clauseFrom, n.start))) return false
    const two = this.lastVerified(this.structure.sentenceStart(n.start), (m) => m.unit !== null && m.unit !== '%')
    if (two.length < 2 || two[0]!.unit !== two[1]!.unit) return false
    // only figures of the user's notes or the table's text: a share of the table's own figures is derive's,
    // which knows the base the words name (an accidental share of two table figures would let an error through)
    const own = (m: Mention) => m.factIds.every((id) => this.analysis.sheet.byId.get(id)?.role === 'quoted')
    if (!own(two[0]!) || !own(two[1]!)) return false
    const [part, whole] = two.map((m) => Decimal.parse(m.value!)) as [Decimal, Decimal]
    if (!part.lt(whole)) return false
    const share = part.div(whole, 12)?.mul(Decimal.HUNDRED)
    if (!share || !valueMatches(unsigned(reading.written), computedValue(share, '%', 2))) return false
    const factIds = [...new Set([...two[0]!.factIds, ...two[1]!.factIds])]
    const formula = `= ${part.toString()} ÷ ${whole.toString()} × 100%`
    this.mentions.push(toMention(n, 'verified', reading, { derivation: { op: 'share', factIds, formula } }))
    this.remember(n.start, derivedFact({ op: 'share', factIds, formula, exact: share, unit: '%' }, []))
    return true
  }

  /**
   * "| 边海防官兵 | 320人 | 56.04% |", "320人，占56.04%": a rate right after a figure quoted from a cell, with a
   * word of shares between, where the cell's figures of that measure add up to a quoted total (571人): that
   * figure's share of the total.
   */
  private shareOfCellTotal(n: FoundNumber, reading: Reading): boolean {
    if (n.unit !== '%') return false
    const m = this.mentions[this.mentions.length - 1]
    if (m?.status !== 'verified' || m.value === null || m.factIds.length !== 1) return false
    // (a table row is read as "边海防官兵占比56.04%": its label and the column's header come between)
    const between = this.folded.slice(m.end, n.start)
    if (between.length > 24 || /\d/.test(between) || !SHARE_WORD.test(between)) return false
    const part = this.analysis.sheet.byId.get(m.factIds[0]!)
    if (part?.role !== 'quoted' || part.source.kind !== 'cell') return false
    const path = part.source.path
    const whole = this.p.quoted.find(
      (f) => isQuotedTotal(f) && f.unit === part.unit && f.source.kind === 'cell' && f.source.path === path,
    )
    const share = whole && part.exact.div(whole.exact, 12)?.mul(Decimal.HUNDRED)
    if (!whole || !share || !valueMatches(unsigned(reading.written), computedValue(share, '%', 2))) return false
    const formula = `= ${part.exact.toString()} ÷ ${whole.exact.toString()} × 100%`
    this.mentions.push(
      toMention(n, 'verified', reading, { derivation: { op: 'share', factIds: [part.id, whole.id], formula } }),
    )
    return true
  }

  /**
   * "两者相差3.8分", "相差0.01分": the gap between the last two figures of the number's unit the text
   * has verified just before it (the writer's own figures, worked out or stated, possibly a paragraph up).
   */
  private gapOfLastTwo(n: FoundNumber, reading: Reading): boolean {
    if (!GAP_OF_TWO.test(this.folded.slice(Math.max(0, n.start - 12), n.start))) return false
    const two = this.lastVerified(n.start - GAP_REACH, (m) => m.unit === n.unit)
    if (two.length < 2) return false
    const [b, a] = two.map((m) => Decimal.parse(m.value!)) as [Decimal, Decimal]
    if (!valueMatches(unsigned(reading.written), computedValue(a.sub(b).abs(), n.unit ?? '', 2))) return false
    const derivation = {
      op: 'difference',
      factIds: [...new Set([...two[1]!.factIds, ...two[0]!.factIds])],
      formula: `= ${a.toString()} − ${b.toString()}`,
    }
    this.mentions.push(toMention(n, 'verified', reading, { derivation, note: '文中前两个数之差' }))
    return true
  }

  /**
   * A figure that disagrees with the fact the words tie it to, where saying what it should be would be a
   * guess: it is flagged without a correction (a wrong correction tells the officer to overwrite a right figure).
   */
  private noCorrection(n: FoundNumber, reading: Reading, decision: Extract<Decision, { kind: 'mismatch' }>): boolean {
    const f = decision.fact
    return (
      // a role the words did not name is enough to verify a figure, not to say what it should be; with no
      // role word at all (财政拨款9.9万元: its budget or its actual?) which figure it should be is a guess
      (!decision.sure && (reading.cue?.inferred || !reading.cue || reading.cue.word === '')) ||
      // "各占年初预算90万元的33.33%", "两项合计60万元": words of a derivation none of ours gave
      (!decision.sure && this.derivedWords(n, reading, f)) ||
      // "按精确口径，总分应为96.17分": a total by our rule where the table gives its own, other one
      this.ruleTotalDisputed(f) ||
      // "…其他资金实际支出应为20.84万元，我委将据此更正": the figure the writer proposes instead of the table's
      PROPOSED.test(this.folded.slice(Math.max(reading.clauseFrom, n.start - 8), n.start)) ||
      // "增收：12万元，目标≥11.376万元，…超0.624万元": the sentence speaks of another row than the 合计 taken by default
      this.aboutAnotherRow(n.start, f) ||
      // "如果都按90%计，…总分97分", "| 按年初预算 | 99.67% | 9.97 |": a score on another footing, the writer's what-if
      (f.unit === '分' && WHAT_IF.test(this.sentenceBefore(n.start))) ||
      // "两个项目…实际支出合计53.34万元": a sentence about some of the projects is not about 项目支出 in all
      (f.id === 'D.P.total' && this.someProjects(n.start)) ||
      // "两个项目…合并执行率104.59%": nor about one project's figure
      (/^P\d+$/.test(f.table) &&
        this.analysis.projects.length > 1 &&
        COMBINED.test(this.folded.slice(this.structure.clauseStart(n.start), n.start)) &&
        (this.projectsCounted(n.start)?.gt(Decimal.ONE) ?? false)) ||
      // "截至11月底累计支出52万元", "最后一个月集中支出12.8万元": a part of the year, not the year's figure
      (PART_OF_YEAR.test(this.folded.slice(Math.max(this.structure.sentenceStart(n.start), n.start - 30), n.start)) &&
        !PART_OF_YEAR.test(f.label))
    )
  }

  /** The sentence counts projects (两个项目, 2个项目) other than the department's project lines. */
  private someProjects(at: number): boolean {
    const lines = this.analysis.sheet.byId.get('D.count.projects')
    const counted = this.projectsCounted(at)
    return lines !== undefined && counted !== null && !lines.exact.eq(counted)
  }

  /** How many projects the sentence counts before `at` (两个项目 → 2), null when it counts none. */
  private projectsCounted(at: number): Decimal | null {
    const m = lastMatch(PROJECTS_COUNTED_ALL, this.sentenceBefore(at))
    return m ? projectsNumeral(m[1]!) : null
  }

  /** The clause asks for a derivation (占, 倍, 合计, 人均, 相差 …) and the fact is a stated figure of another kind. */
  private derivedWords(n: FoundNumber, reading: Reading, f: Fact): boolean {
    const clause = Math.max(this.structure.clauseStart(n.start), n.start - WINDOW)
    // "- 比办公所需成本（15万元）多20万元": the clause names only the object compared with; the subject
    // is a figure before it, so the object's own figures are no correction
    if (NO_SUBJECT.test(this.folded.slice(clause, n.start).replace(/^[\s\-*•·]+/, ''))) return true
    // "该项分值15分": one row's, never a category's subtotal
    if (/\.sub\./.test(f.id) && ANAPHOR.test(this.folded.slice(clause, n.start))) return true
    if (DERIVED_ROLES.has(f.role)) return false
    const before = this.folded.slice(Math.max(reading.clauseFrom, n.start - WINDOW), n.start)
    return DERIVED_WORDS.test(before)
  }

  /** Another row of the same kind has the figure (other-row.ts): flagged with both readings. */
  private otherRow(n: FoundNumber, reading: Reading, meant: Fact): boolean {
    const { p } = this
    const others = otherRowsWith(
      p,
      this.scope.at(n.start).context,
      reading.written,
      meant,
      this.analysis.sheet.byId,
      isDistinctive(n),
    )
    if (!others.length) return false
    const expected = expectedText(meant, null)
    this.mentions.push(
      toMention(n, 'unsupported', reading, {
        factIds: [...others.map((f) => f.id), meant.id],
        note: '与表中另一行的数值相同，所指哪一行须核对',
      }),
    )
    this.findings.push({
      severity: 'error',
      code: 'NUMBER_OTHER_ROW',
      start: n.start,
      end: n.end,
      message: message.otherRow(p, others, meant, expected, n.text),
      factIds: [...others.map((f) => f.id), meant.id],
    })
    return true
  }

  /**
   * "目标为不高于98%" where the table's target is ≥98%: the bound the words give is the reverse of the
   * target's own operator. Flagged as a direction mismatch when every fact the number matches is such a target.
   */
  private boundReversed(n: FoundNumber, reading: Reading, facts: readonly Fact[]): boolean {
    // (only the words of a bound — 不低于, ≥, 不超过: 超过 and 没有达到 compare, and 未超过 negates)
    const q = n.qualifier
    const up = q === 'atLeast'
    const down = q === 'atMost'
    if (!up && !down) return false
    const reversed = (f: Fact) =>
      f.role === 'target' &&
      f.operator !== undefined &&
      (up ? f.operator === '<=' || f.operator === '<' : f.operator === '>=' || f.operator === '>')
    if (!facts.length || !facts.every(reversed)) return false
    const f = facts[0]!
    this.mentions.push(toMention(n, 'mismatch', reading, { factIds: [f.id], expected: f.display }))
    this.findings.push({
      severity: 'error',
      code: 'DIRECTION_MISMATCH',
      start: n.start,
      end: n.end,
      message: message.bound(this.p, f, n.text),
      factIds: [f.id],
    })
    return true
  }

  /** A figure the data has otherwise: the mention, and the finding with the right value. */
  private mismatch(n: FoundNumber, reading: Reading, decision: Extract<Decision, { kind: 'mismatch' }>): void {
    const { p, folded } = this
    const f = decision.fact
    const expected = expectedText(f, reading.direction, decision.backward)
    const dirText = reading.direction ? folded.slice(reading.direction.start, n.end) : n.text
    this.mentions.push(toMention(n, 'mismatch', reading, { factIds: [f.id], expected }))
    this.findings.push({
      severity: 'error',
      code: decision.direction ? 'DIRECTION_MISMATCH' : 'NUMBER_MISMATCH',
      start: decision.direction && reading.direction ? reading.direction.start : n.start,
      end: n.end,
      message: decision.direction
        ? message.direction(p, f, expected, dirText)
        : message.mismatch(p, f, expected, n.text),
      factIds: [f.id],
    })
  }

  /** An estimate is a fact only when the sentence says it is one ("按此推算…增加约22.91万元"). */
  private implied(n: FoundNumber, reading: Reading, fact: Fact, from: number): void {
    if (SAYS_ESTIMATE.test(this.folded.slice(from, n.start))) {
      this.mentions.push(
        toMention(n, 'verified', reading, { factIds: [fact.id], note: '按增减幅度推算的估计值，文中已写明为推算' }),
      )
      return
    }
    this.mentions.push(
      toMention(n, 'unsupported', reading, { factIds: [fact.id], note: '按增减幅度推算的估计值，须标注来源才能引用' }),
    )
    this.findings.push({
      severity: 'error',
      code: 'IMPLIED_VALUE_UNCITED',
      start: n.start,
      end: n.end,
      message: message.implied(this.p, fact, n.text),
      factIds: [fact.id],
    })
  }

  private unsupported(n: FoundNumber, reading: Reading): void {
    this.mentions.push(toMention(n, 'unsupported', reading, { note: '数据中没有对应的数值' }))
    this.findings.push({
      severity: 'error',
      code: 'NUMBER_UNSUPPORTED',
      start: n.start,
      end: n.end,
      message: message.unsupported(n.text),
    })
  }

  /** Citations bound to no number, and names the data does not have (warnings). */
  private flagLeftovers(): void {
    for (const c of this.citations.unbound) {
      this.findings.push({
        severity: 'warning',
        code: 'CITATION_UNBOUND',
        start: c.start,
        end: c.end,
        message: message.citationUnbound(c.id),
      })
    }
    for (const u of findUnknownNames(this.folded, this.numbers, this.structure, this.p.knownNames)) {
      this.findings.push({
        severity: 'warning',
        code: 'UNKNOWN_NAME',
        start: u.start,
        end: u.end,
        message: message.unknownName(u.name),
      })
    }
  }
}

function maskNames(t: string, names: WordTable<true>): string {
  // every occurrence of every name is inside the longest name starting where it starts; the text
  // is rebuilt from slices (not split into an array of characters): this runs for every draft
  let out = ''
  /** masked up to here */
  let done = 0
  for (let i = 0; i < t.length; i++) {
    const hit = names.at(t, i)
    if (!hit) continue
    const end = i + hit[0].length
    if (end <= done) continue
    out += t.slice(done, i) + MASK.repeat(end - Math.max(i, done))
    done = end
  }
  return done ? out + t.slice(done) : t
}

const MASK = '□'
/** a sentence this short before a number's is a heading (1.产出指标。) */
const SHORT_HEADING = 16
/** words of a figure a writer derives */
const DERIVED_WORDS = /占|比重|比例|倍|人均|户均|每|平均|合计|共计|总计|两项|三项|两者|相差|差额|差距/
/** the roles of facts that are themselves derived figures of that kind */
const DERIVED_ROLES: ReadonlySet<FactRole> = new Set([
  'share',
  'sum',
  'difference',
  'full-year-difference',
  'deviation',
  'total',
  'count',
])
/** how far above a number its heading may be, and what a heading line looks like */
const HEADING_REACH = 400
/** words that propose what to fill in: 建议…填, 改为, 更正为 */
const PROPOSES = /建议|改为|改成|填为|直接填|填写为|更正为|调整为|应填/
/** the words of a total (合计571人, 共计, 总计) */
const TOTAL_WORD = /合计|共计|总计|^共$|总数/
/** what asks for the gap of the two figures before: 两者相差, 只差, 差距为 */
const GAP_OF_TWO = /(?:相差|只差|仅差|差距|差额|差值|(?:两者|二者|两数)[^，。；\n]{0,3}差)(?:了|为|是|约)?\s*\**\s*$/
/** the words of a share (占, 比重, 比例) */
const SHARE_WORD = /占|比重|比例/
/** the words of a rate or share a figure's clause has before it: 满意率为, 占, 比例 */
const SHARE_OF_TWO = new RegExp(`率|${SHARE_WORD.source}`)
/** how far back those two figures may be */
const GAP_REACH = 300
/** a bracketed aside the clause ends inside (a closed one is reading.ts's ASIDE) */
const OPEN_BRACKET = /[（(][^（）()]*$/
/** what may stand between a category's name and its count: 效益指标（2项）, 产出指标共5项 */
const CATEGORY_TAIL = /(共|有|设|设置|计|合计)?[\s（(：:*]*$/
/** a noun right after a count ("13个小区"): what it counts, unless COUNT_NOUN says it is the sheet's rows (then no correction) */
const THINGS_COUNTED = /^\**[\u4e00-\u9fff]/
/** the words after a count of the sheet's indicators, projects or their status ("8项指标", "5项均达成", "2个项目") */
const COUNT_NOUN =
  /^\**的?(?:[^，。；、\n]{0,4}指标|项目|自评|一级|二级|三级|未|已|均|全|都|达|完成|实现|中|扣|失分|满分|有|存在|没有|无|不|为|是|计|定性|定量|分项|子项|偏差|得|获|拿|产出|效益|满意|成本|质量|数量|时效|社会|经济|生态|可持续|合计|共|分别|各|里|之中|当中|以上|以下|左右|实际|目标|完成值|填|因|由于|开展|部分|加|相加|得分|分值)/
/** the counts of every indicator, whose noun is 指标 */
const ALL_INDICATORS = new Set(['绩效指标', '三级指标'])
/** a count of one category's rows (产出指标, 数量指标), not of those met in it */
function isCategoryCount(f: Fact): boolean {
  return /^P\d+\.count\.L[12]\.\d+$/.test(f.id)
}

/**
 * The one row whose name a word at the end of `run` begins, the longest such word first; null when
 * none, or when the longest begins several rows' names.
 */
function shortName(names: ReadonlyMap<string, ReadonlySet<string>>, run: string, min: number, max: number) {
  for (let len = Math.min(max, run.length); len >= min; len--) {
    const rows = names.get(run.slice(-len))
    if (!rows) continue
    return rows.size === 1 ? [...rows][0]! : null
  }
  return null
}

/** The last of the figures before whose unit measures what `unit` does (money with money). */
function lastOfKind(earlier: readonly Fact[], unit: string | null): Fact | null {
  const kind = dimensionKey(unit)
  for (let i = earlier.length - 1; i >= 0; i--) if (dimensionKey(earlier[i]!.unit) === kind) return earlier[i]!
  return earlier[earlier.length - 1] ?? null
}

/** measure words a count of things is written in, specific enough to quote a table's text by */
const QUOTED_MEASURES = new Set([
  '户',
  '人',
  '人次',
  '吨',
  '亩',
  '只',
  '头',
  '株',
  '棵',
  '公里',
  '米',
  '平方米',
  '台',
  '辆',
  '座',
  '所',
  '家',
  '名',
  '份',
  '册',
  '套',
])
/** a figure in such a measure word, 10 or more (a small count agrees with some text by chance) */
function isQuotedMeasure(w: WrittenValue): boolean {
  return w.unit !== null && QUOTED_MEASURES.has(w.unit) && w.qualifier === null && w.value.abs().gte(TEN)
}
const TEN = Decimal.of(10n)
/** a clause with no words of its own before the number: "，达54.01%", "，为33.33%" */
const LINK_ONLY = /^[\s*]*(达到|达|约为|约|为|是|仅为|仅|只有)?[\s*]*$/
/** a line that leads into a list */
const LEAD_LINE = /[:：]$/
const MAX_LEAD = 80
const HEADING_LINE =
  /^(#{1,6}\s|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．]\s*[\u4e00-\u9fff*]|\*\*[^*]+\*\*[:：]?$)/
/** 由A调增至B: A is where a change starts … */
const CHANGE_FROM = /[由从]\s*$/
const CHANGE_WORD = '(?:调增|调减|调整|增加|减少|追加|追减|提高|降低|下降|上升|增长|压减|核减|增|减|升|降)?'
const CHANGE_TO = new RegExp(`^\\s*${CHANGE_WORD}\\s*(?:至|到)`)
/** … and B where it ends */
const CHANGE_TO_ALL = new RegExp(`^\\s*${CHANGE_WORD}\\s*(?:至|到)\\s*$`)
/** how far back a ratio or a per-unit figure looks for its amounts */
const RECENT_SENTENCES = 2
/** a heading or a blank line: the sentences before are another block */
const BLOCK_BREAK = /\n\s*\n|^\s*#|\n\s*#/

/**
 * "受益农户增加收入12万元" for the row 带动增加受益农户收入: a direction word of a name, written
 * between two characters of that name (its words in another order), is part of the name, not a
 * direction. "收入较上年增加12万元" is still one: a number, not the name, follows the word.
 */
function maskNamedDirections(t: string, words: WordTable<ReadonlySet<string>>): string {
  let out = ''
  /** masked up to here */
  let done = 0
  for (let i = 1; i < t.length; i++) {
    const hit = words.at(t, i)
    if (!hit) continue
    const [word, chars] = hit
    if (!chars.has(t[i - 1]!) || !chars.has(t[i + word.length] ?? '')) continue
    const end = i + word.length
    if (end <= done) continue
    out += t.slice(done, i) + MASK.repeat(end - Math.max(i, done))
    done = end
  }
  return done ? out + t.slice(done) : t
}

/** A number inside a project's name ("生成的测试项目（120项指标）") is part of the name. */
function markNamedNumbers(t: string, numbers: FoundNumber[], names: readonly string[], note = NAME_NOTE) {
  for (const name of names) {
    if (!/\d|[一二三四五六七八九十]/.test(name)) continue
    for (let at = t.indexOf(name); at >= 0; at = t.indexOf(name, at + name.length)) {
      for (const n of numbers) if (n.ignored === null && n.start >= at && n.end <= at + name.length) n.ignored = note
    }
  }
}

const NAME_NOTE = '项目名称的一部分，不是数据'
const INDICATOR_NAME_NOTE = '指标名称的一部分，不是数据'

function blankNumbers(t: string, numbers: readonly FoundNumber[]): string {
  let out = ''
  let at = 0
  for (const n of numbers) {
    if (n.ignored !== null) continue
    out += t.slice(at, n.start) + ' '.repeat(n.end - n.start)
    at = n.end
  }
  // The whole of a share ("占基本支出的90.78%") names what it is a share of, not the row it is about.
  return (out + t.slice(at)).replace(SHARE_OBJECT, (_, object: string) => `占${' '.repeat(object.length)}的`)
}

/**
 * "年初预算36万元，全部为财政拨款；全年实际投入30.64万元": a source the whole is made of describes that
 * whole, and "无其他资金" a source that is not there; neither makes the source the row of the figures
 * that follow.
 */
function blankComposition(t: string): string {
  return t.replace(COMPOSITION, (all, marker: string) => marker + ' '.repeat(all.length - marker.length))
}

/** 全部为财政拨款 (what the whole is made of) and 无其他资金 (a source that is not there) */
const COMPOSITION =
  /(全部|均|全额|全数|无|没有)(?:(?:为|是|来自|系|属于)[\u4e00-\u9fff]{1,10}|(?<=[无有])[\u4e00-\u9fff]{1,8}(?=[，。；,;、\n]))/g

const SIDE_REACH = 24
const STATED_SCORE = /自评|表中|表内|表上/g
const COMPUTED_SCORE = /计算|应为|应得|复核|按规则|按评分规则|核定|测算|重算|按比例|按公式/g

function lastIndex(t: string, re: RegExp): number {
  let at = -1
  for (const m of matchesOf(re, t)) at = m.index
  return at
}

/** The same score on the other side: the stated score of a computed one, and back. */
function counterpart(a: TableAnalysis, p: Prepared, id: string): Fact | null {
  const k = id.slice(0, id.indexOf('.'))
  const pairs: [RegExp, string][] = [
    [/\.I(\d+)\.score$/, '.I$1.theirScore'],
    [/\.I(\d+)\.theirScore$/, '.I$1.score'],
    [/\.score\.total$/, '.score.theirTotal'],
    [/\.score\.theirTotal$/, '.score.total'],
    [/\.sub\.L1\.(\d+)\.score$/, '.sub.L1.$1.theirs'],
    [/\.sub\.L1\.(\d+)\.theirs$/, '.sub.L1.$1.score'],
    [/\.sub\.lost$/, '.sub.theirLost'],
    [/\.sub\.theirLost$/, '.sub.lost'],
  ]
  for (const [re, to] of pairs) if (re.test(id)) return a.sheet.byId.get(id.replace(re, to)) ?? null
  if (id.endsWith('.score.execution'))
    return (
      a.sheet.facts.find(
        (f) => f.table === k && f.role === 'score' && /\.F\d+\.score$/.test(f.id) && isTotalRowFact(p, f),
      ) ?? null
    )
  if (/\.F\d+\.score$|\.score\.executionTheirs$/.test(id)) return a.sheet.byId.get(`${k}.score.execution`) ?? null
  return null
}

/** Whether two adjacent characters of a name occur in the text. */
function sharesBigram(name: string, text: string): boolean {
  for (let i = 0; i + 1 < name.length; i++) if (text.includes(name.slice(i, i + 2))) return true
  return name.length === 1 && text.includes(name)
}

/**
 * Where the words naming what a count counts may begin: its clause, the heading before a colon, or
 * a heading sentence that opens the paragraph ("（一）产出指标。共设置三级指标5个，完成4个").
 */
function countFrom(t: string, s: TextStructure, at: number): number {
  const clause = s.clauseStart(at)
  if (/[：:]\s*$/.test(t.slice(Math.max(0, clause - 2), clause)))
    return Math.max(s.clauseStart(clause - 1), at - WINDOW)
  const sentence = s.sentenceStart(at)
  const heading = sentence > 0 ? s.sentenceStart(sentence - 1) : sentence
  const isHeading = heading < sentence && HEADING_SENTENCE.test(t.slice(heading, sentence))
  return Math.max(isHeading ? heading : clause, at - WINDOW)
}

/** 完成率低于80%的有: a bound on the completion rate, and its side */
/** between a count and a figure: the rows' cell is that figure (5项的目标值是100%, 12项目标值为100%) */
const CELL_COUNT =
  /^\s*(?:指标)?的?\s*(目标值|指标值|年度指标值|实际值|实际完成值)\s*(?:均|都)?\s*(?:设定|设置|设|填写|填报|填|定)?(?:为|是)\s*[=＝≥≧]?\s*$/
/** after a count: 实际完成值与指标值完全一致, 的实际值和目标值相同 */
const EQUAL_COUNT =
  /^[\s*]*(?:指标)?的?(?:实际完成值|实际值|完成值|实际)(?:与|和|同|跟)(?:年度)?(?:指标值|目标值|目标|计划值)(?:完全|均|都)?(?:一致|相同|相等|持平)/
const COMPLETION_BOUND =
  /(?:完成率|完成比例|完成程度)\s*(低于|不足|小于|未达到?|高于|超过|大于)\s*(\d+(?:\.\d+)?)\s*%\s*的(?:指标)?(?:有|共有|共)?\s*$/

/** counts a sentence's words may give before the count's own clause */
const SENTENCE_COUNTS = new Set(['扣分指标', '满分指标', '已达成指标', '未达成指标'])

/** counts of a status over the whole table: a category named earlier may narrow them */
const STATUS_COUNTS = new Set(['已达成指标', '未达成指标'])

/** a short numbered heading sentence: （一）产出指标。 1. 效益指标： 二、满意度指标 */
const HEADING_SENTENCE =
  /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、])[^，。；\n]{1,12}[。：:\n]\s*$/

/** Words of a measure, not of a row: 完成率 does not name 工程完工率 (outside the sheet's own names). */
const MEASURE_WORDS = /实际完成值|实际完成|完成值|完成率|完成比例|指标值|目标值|偏差率/g

function blankMeasureWords(t: string, masked: string): string {
  let out: string[] | null = null
  for (const m of masked.matchAll(MEASURE_WORDS)) {
    out ??= t.split('')
    for (let i = m.index; i < m.index + m[0].length; i++) out[i] = ' '
  }
  return out ? out.join('') : t
}

/** "基本支出中人员经费287.8万元": the container named before 中 is not the row the number is about. */
function blankContainers(t: string, names: readonly string[]): string {
  let out = t
  for (const name of names) {
    for (let at = out.indexOf(`${name}中`); at >= 0; at = out.indexOf(`${name}中`, at + name.length)) {
      if (!/[\u4e00-\u9fff]/.test(out[at + name.length + 1] ?? '')) continue
      out = out.slice(0, at) + ' '.repeat(name.length) + out.slice(at + name.length)
    }
  }
  return out
}

const SHARE_OBJECT = /占([^，。；、,;\n占]{1,12}?)的/g

/** Where the words after a number stop being about it: 8 characters, the clause's end, or a list's 、. */
function afterNumber(t: string, end: number, clauseTo: number): number {
  const to = Math.min(clauseTo, end + AFTER_NUMBER)
  for (let i = end; i < to; i++) {
    if (t[i] === '、') return i
    // "瓜果蔬菜29.5亩（桃树1.5亩、苹果树5亩…）": a bracket of figures after the number breaks it down; its
    // names are its parts', not the number's
    if ((t[i] === '（' || t[i] === '(') && /^[^）)]{0,12}\d/.test(t.slice(i + 1, i + 14))) return i
  }
  return to
}

/** How far the derivation, quoting and count readers look around a number. */
const WINDOW = 120
/** How many figures of a sentence later numbers may build on. */
/** a line (a table's row, a list item) that opens with the rest: 其余8项指标, 其他3项 */
const REST_LINE = /^[\s>*\-•·]*(?:其余|其他|其它|剩余|余下)的?\s*(?:\d{1,2}|[两二三四五六七八九十]{1,3})\s*[项个]/
/** the writer proposes a figure instead of the table's: 应为, 应改为, 更正为, 应填 */
const PROPOSED = /(?:应|应当|应该)(?:为|是|改为|调整为|更正为|填为|填|写为)\s*$|更正为\s*$|改为\s*$/
/** how far back the words of a number's sentence are read (rule words, 如果, the whole's names) */
const SENTENCE_REACH = 120
/** how far back a line's start is looked for */
const LINE_REACH = 400

/** The last index of `what` that ends before `at`, looking back at most `reach` characters; −1 if none. */
function lastIndexWithin(t: string, what: string, at: number, reach: number): number {
  const from = Math.max(0, at - reach)
  const i = t.slice(from, at).lastIndexOf(what)
  return i < 0 ? -1 : from + i
}

/** how many figures after a number may settle its row */
const MAX_LATER = 8
/** the role word right before a number whose row the later figures settle */
const LATER_ROLE: readonly [RegExp, FactRole][] = [
  [/实际(?:完成值?|值|达到|完成)?[为是:：]?\s*$/, 'actual'],
  [/(?:目标|指标)值?[为是:：]?\s*$/, 'target'],
]
/** how far before its sentence the two figures a clause points back to may be */
const TWO_REACH = 160
/** the clause points back to two figures and asks for their difference: 两者相差, 两种口径相差约, 二者差 */
/** a word of difference right before a figure: 多20万元, 相差39.96万元, 差0.01 */
const DIFFER_BEFORE = /(相差|差距|差额|差了?|多出?|少了?|高出|超出?|超过)(?:约|了|为|达)?\s*\**\s*$/
/** the word that sets a figure against another: 比办公所需成本（15万元）, 与全年执行数498.36万元 */
const COMPARED_WITH = /比|较|与|同|跟|对照/g
const SEMICOLON = /[；;]/
/** 控制在, 压减到: before the limit a figure was kept within (numbers/scan.ts reads it as a bound) */
const KEPT_WITHIN = /(?:控制|压减|压缩|限定|限制)(?:在|于|到)\s*$/
const LIMITS = roles('target', 'budget', 'full-year-budget')
/** the points a table lost in all */
const TABLE_LOSS = /\.sub\.(?:rowsLost|theirLost|lost)$/
/** words of a whole before the points lost: 共扣, 合计扣, 总分 */
const WHOLE_LOSS = /共|合计|总|累计|全部|全表|各项|整体/
const BOTH_DIFFER = /(?:两者|二者|两种口径|两个口径|两个数|两数)(?:之间)?(?:只|仅)?(?:相差|差距|差额|差)/
/** a word of money right before a bare number: 预算36, 财政拨款9.8, 调整后251.89 (not 实际: an indicator's 实际12 is no amount) */
const MONEY_BEFORE =
  /(?:预算|预算数|实际支出|实际投入|投入|拨款|资金|执行数|全年执行|结余|年初|调整后)(?:为|是|数)?[:：]?\s*$/
/** a word of points right before a bare number: 得分10, 分值10, 扣分2 */
const POINTS_BEFORE = /(?:得分|分值|扣分|满分|权重)(?:为|是|了)?[:：]?\s*$/
/** how far a bracket of added terms reaches either side of a number in it */
const BRACKET_REACH = 40
/** a part of the year a figure is of: 截至11月底, 1-11月, 上半年, 第四季度, 最后一个月, 12月份 */
const PART_OF_YEAR =
  /(截至|截止|到|至)\s*(?!12\s*月[底末])\d{1,2}\s*月|\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月|最后一个月|[上下]半年|前三季度|第?[一二三四]季度|\d{1,2}\s*月份/

/** [start, end) lies within one of `spans` (sorted, not overlapping): a binary search */
function withinSpans(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (spans[mid]![1] < end) lo = mid + 1
    else hi = mid
  }
  return lo < spans.length && spans[lo]![0] <= start
}

/** the numbering some templates print before an indicator's name (指标1:, ★) */
const NUMBERED = /^(?:★|指标\d+[:：]?)+/
/** between a comparing word and a figure: what the figure is compared with (低于指标值43.2万元, 超过年初预算的36万元) */
// (the word's roles are the cue table's: 年初预算 the budget at the start of the year, 指标值 the target …)
const BASE_OF_COMPARISON =
  /^[\s*]*(?:年度)?(指标值|目标值|计划值|计划数|目标|年初预算数?|全年预算数?|预算数?|控制数|控制标准)[\s*]*的?[\s*]*$/
/** a bracket right after the word for a target: 指标值（≥90%）, 目标值(95%) */
const TARGET_IN_BRACKETS = /(?:指标值|目标值|年度指标值|预期目标|(?<![年总])目标)\s*[（(]\s*$/
/** an indicator row's facts: P1.I12.target → P1.I12 */
const INDICATOR_ROW_OF = /^(P\d+\.I\d+)\./
/** a supposition: 如果, 假如, …的话, 即使 */
const SUPPOSED = /如果|假如|假设|倘若|若是|的话|即使|哪怕|即便/
/** a score on another footing: 如果, 假如, 若按, 按年初预算 */
const WHAT_IF = /如果|假如|假设|倘若|若按|如按|若是|按年初预算|按年初口径|按全年预算/
/** words that name the project's whole: the 合计 row is then what the sentence speaks of */
const WHOLE_WORDS = /合计|总额|资金总额|整体|项目总|全部资金|全年预算|年初预算|实际投入|执行率/
/** each of them: 都, 均, 各 */
const EACH = /都|均|各/
/** The role a term's name in a formula in words gives (年初预算数, 全年预算数, 全年执行数), or null. */
function termRole(term: string | undefined): FactRole | null {
  if (!term) return null
  if (/年初预算/.test(term)) return 'budget'
  if (/全年预算|调整后预算/.test(term)) return 'full-year-budget'
  if (/执行数|实际支出|实际投入|支出数/.test(term)) return 'actual'
  return null
}

/** a line that is an item of a list: - , * , 1. , 1、 */
const LIST_ITEM = /^\s*(?:[-*•·]\s|\d{1,2}[.、)）])/
/** how far back a block (a paragraph, a table) may begin */
const BLOCK_REACH = 2000
const MAX_EARLIER = 12

/** How far after a number its clause still names what the number is ("30.64万元的实际投入"). */
const AFTER_NUMBER = 8
/** How far back names are looked for: the sentence before, but not a whole paragraph of it. */
const LOOK_BACK = 100
/** A clause that opens with the comparison (", 与合计实际投入相差…") takes the number before it as its subject. */
const NO_SUBJECT = /^\s*(与|比|较|同|和|相比|对比)/
/** Words that present a number as an estimate derived from the data. */
const SAYS_ESTIMATE = /推算|测算|估算/

/** A derived figure as a fact, so that a later number of the sentence may build on it (两项合计…，占…). */
function derivedFact(d: Derivation, facts: readonly Fact[]): Fact {
  const inputs = d.factIds.map((id) => facts.find((f) => f.id === id)).filter((f): f is Fact => f !== undefined)
  const first = inputs[0]
  const unit = d.unit === '百分点' ? '%' : d.unit
  return {
    id: `~${d.op}`,
    label: d.formula,
    value: d.exact,
    exact: d.exact,
    unit,
    precision: 2,
    display: d.formula,
    role: d.op === 'sum' ? 'sum' : d.op === 'difference' ? 'difference' : d.op === 'share' ? 'share' : 'value',
    group: first?.group ?? 'funding',
    table: first?.table ?? '',
    tableName: first?.tableName ?? '',
    subject: inputs.map((f) => f.subject).join('、'),
    source: { kind: 'formula', formula: d.formula, expression: d.op, inputs: d.factIds },
  }
}

/** 不低于95%, ≥90%, 10%以内, 300份以上: a bound, as targets are written */
function isBound(n: FoundNumber, t: string): boolean {
  return (
    n.qualifier === 'atLeast' ||
    n.qualifier === 'atMost' ||
    n.qualifier === 'over' ||
    n.qualifier === 'under' ||
    /^[\s*]*(以内|以上|以下|之内)/.test(t.slice(n.end, n.end + 4))
  )
}

/** The mention a bracketed number restates: the number that ends right before the bracket. */
function restatement(
  t: string,
  numbers: readonly FoundNumber[],
  k: number,
  mentions: readonly Mention[],
): Mention | null {
  const n = numbers[k]!
  const prev = numbers[k - 1]
  if (!prev || prev.ignored !== null || !/^[（(]$/.test(t.slice(prev.end, n.start))) return null
  if (!/^[）)]/.test(t.slice(n.end, n.end + 1))) return null
  // "约有14.89%（5.36万元）没有用完": a figure of another kind in brackets goes with it, not restates it
  if (prev.unit && n.unit && dimensionKey(prev.unit) !== dimensionKey(n.unit)) return null
  const m = mentions[mentions.length - 1]
  return m && m.start === prev.start && m.status !== 'ignored' ? m : null
}

/** The same amount in two writings (四十三万二千元 and 43.2万元). */
function sameAmount(m: Mention, n: FoundNumber): boolean {
  if (m.value === null) return false
  const a = Decimal.parse(m.value)
  if (m.unit === n.unit) return a.eq(n.value)
  // "387664.62元（约38.77万元）": in another unit, written at its own precision
  const x = isMoneyUnit(m.unit) && isMoneyUnit(n.unit) ? convertUnit(a, m.unit, n.unit) : null
  return x !== null && roundAt(x, n.decimals).eq(n.value)
}

/** The number agrees with the fact only at the table's precision (1329120.67元 for 132.912万元). */
function onlyAtTablePrecision(w: WrittenValue, f: Fact): boolean {
  const exact = factInTextUnit(f, w.unit)
  if (exact === null) return false
  const x = w.signed ? w.value : w.value.abs()
  return !roundAt(w.signed ? exact : exact.abs(), w.decimals).eq(x) && morePrecise(w, f, exact)
}

/** The sheet's points lost (扣分合计) of a total score verified earlier in the sentence, after 扣. */
function totalLost(a: TableAnalysis, earlier: readonly Fact[], before: string): Fact | null {
  if (!/扣|失分|丢分/.test(before)) return null
  for (const f of earlier) {
    const m = /^(.+)\.score\.(total|theirTotal)$/.exec(f.id)
    const lost = m ? a.sheet.byId.get(`${m[1]}.sub.${m[2] === 'total' ? 'lost' : 'theirLost'}`) : undefined
    if (lost) return lost
  }
  // "合计扣3.82分" after the categories' scores: the table's points lost in all (a single project's)
  if (a.projects.length === 1 && /(合计|共计|总共|累计|一共|共)扣(了)?[\s*]*$/.test(before))
    return a.sheet.byId.get(`${a.projects[0]!.key}.sub.theirLost`) ?? null
  return null
}

/** word pairs shared with the goal cell's text around its number for a goal quoted as a goal to stand (against a mismatch, more) */
const QUOTE_OVER_CUE = 3
const OPEN_QUOTE = '“"「『‘'
const CLOSE_QUOTE = '”"」』’'
const MAX_EARLIER_CLAUSES = 4
const INDICATOR_FACT = /^P\d+\.I\d+\./
/** What follows a fact after a slash: a score's weight (P1.I3.theirScore → P1.I3.weight), an actual's target. */
function pairedIdOf(id: string): string | null {
  const m = /^(P\d+\.(?:I|F)\d+)\.(score|theirScore)$/.exec(id)
  if (m) return `${m[1]}.weight`
  const a = /^(P\d+\.I\d+)\.actual$/.exec(id)
  if (a) return `${a[1]}.target`
  return /^P\d+\.score\.execution(Theirs)?$/.test(id) ? id.replace(/execution(Theirs)?$/, 'executionWeight') : null
}

/** words of what a table's weights lack, and of the 100 they lack it from */
const SHORT_BEFORE = /(少|差|缺|不足|差的|缺的|缺了)\s*$/
const SHORT_AFTER = /^\s*(还没|未填|没填|空缺|缺失|尚未|未设)/
const FULL_WORDS = /满意度|百分制|100分|满分/

/** "执行率100%，得分10分", "执行率85.11%（得8.51分）" */
const RATE_THEN_SCORE = /^[，,、；;：:\s*（(]*(得分|得|计分|评分)(为|了)?[：:\s*]*约?$/
const EXECUTION_RATE = /^P\d+\.F\d+\.(rate|fullYearRate)$/
const SCORED = /(应得|可得|计得|能得|得分|只能得|应为)(为|了)?[\s*]*约?$/
/** a rate's name (…合格率, …成活率), then at most 为/达到/是 and emphasis, right before the number */
const RATE_NAMED = /[\u4e00-\u9fff]{2}率[\s*]*(为|达到|达|是|：|:)?[\s*]*$/
const RATE_OF_ROW: readonly FactRole[] = [
  'actual',
  'target',
  'value',
  'execution-rate',
  'full-year-execution-rate',
  'prior-year',
  'change-pct',
]
/** The roles a rate named right before its number may have: its own value, not its completion or deviation. */
function withoutCompletion(of: ReadonlySet<FactRole> | undefined): ReadonlySet<FactRole> {
  return roles(...(of ? [...of].filter((r) => RATE_OF_ROW.includes(r)) : RATE_OF_ROW))
}
const isGoalQuote = (f: Fact) => f.source.kind === 'cell' && f.source.path.startsWith('goal.')
/** right before a figure: the words of what a cell was filled with */
const FILLED_IN = /(?:填为|填成|填的是|填报为|填写为|误填为|印的是|写的是|写成|填了)\s*[“"]?\s*$/
/** a funding row's printed rate, quoted as text (text-facts.ts) */
const isPrintedRate = (f: Fact) => f.source.kind === 'cell' && /^funding\[\d+\]\.rate$/.test(f.source.path)
/** words naming a goal cell, and a verb saying what it holds: 目标中写明, 实际完成情况写的是 */
const GOAL_CELL = /年度目标|总体目标|绩效目标|目标中|目标栏|实际完成情况|完成情况栏/
const QUOTING = /写明|写的是|写着|写为|表述为|载明|列明|填写的是|填的是|所列|列为|所写|显示|来看|看，/
/** a figure the words call the goal's own, right before it: 目标里的39户, 年度目标中的 */
const GOAL_OWN = /目标(?:里|中|内|所列)的?[\s*]*$/
/** a figure of several rows taken together: 合并执行率, 综合执行率, 总体, 平均 */
const COMBINED = /合并|综合|总体|整体|合计|共计|总计|加权|平均/
/** 合计 right before the number, with a role word between at most */
const TOGETHER_BEFORE = /(?:合计|共计|总计|累计|涉及资金|涉及金额)[^，。；]{0,4}$/
/** 两个项目, 3个自评项目: a count of projects anywhere before (the last one: 4个项目中，仅…2个项目) */
const PROJECTS_COUNTED_ALL = new RegExp(PROJECTS_COUNTED, 'g')

/** The last match of a global pattern in `t`, or null. */
function lastMatch(re: RegExp, t: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null
  re.lastIndex = 0
  for (let m = re.exec(t); m !== null; m = re.exec(t)) {
    last = m
    if (m[0] === '') re.lastIndex++
  }
  return last
}
/** 两个项目合计, 三个自评项目共: a count of projects taken together */
const PROJECTS_TOGETHER = new RegExp(
  `${PROJECTS_COUNTED}[^，。；]{0,8}?(?:合计|共计|共|总计|累计|加起来)[^，。；]{0,6}$`,
)
/** a change to the budget whose object a row's name is (追加当年财政拨款): the budget, not the row, goes on */
const OBJECT_VERB = /(追加|追减|调增|调减)[^，。；]{0,4}$/
const ADDED = /追加|追减|调增|调减/
const QUOTE_OVER_MISMATCH = 4

const TARGET_AFTER = /^[\s*]*的?(目标|指标|计划|预期)/

/** Names that hold 、 or 和 (综治、平安建设经费) written as one word, so that a list splits between names. */
function protectNames(t: string, names: readonly string[]): string {
  let out = t
  for (const name of names)
    if (/[、和与及]/.test(name) && out.includes(name)) out = out.split(name).join(name.replace(/[、和与及]/g, '·'))
  return out
}

/** 该项, 该指标, 此项: a row named before, not in this sentence */
const ANAPHOR = /该项(?!目)|该指标|此项(?!目)|本项指标|这项(?!目)|该分项/
const MAX_HEADING = 40
const ANAPHOR_REACH = 40

/** A heading line (### 政策知晓率, （一）产出指标, 1. 资金到位及时率, **…**) within a few lines above `at`. */
function headingAbove(t: string, at: number): { start: number; end: number } | null {
  return headingLineAbove(t, at, HEADING_REACH, (line) => HEADING_LINE.test(line) && line.length <= MAX_HEADING)
}

/**
 * The span that names the row an anaphor (该项分值10分) refers to: the paragraph's heading
 * ("（一）新建管网长度。") when the paragraph has a short first sentence, else the sentence before.
 */
function anaphorTopic(
  t: string,
  s: TextStructure,
  at: number,
): { start: number; end: number; heading: boolean } | null {
  const sentence = s.sentenceStart(at)
  // bounded: a 50,000-character sentence must still be read in linear time
  if (!ANAPHOR.test(t.slice(Math.max(sentence, at - ANAPHOR_REACH), at))) return null
  const paragraph = s.paragraphStart(at)
  if (paragraph < sentence) {
    const headingEnd = s.sentenceEnd(paragraph)
    if (headingEnd < sentence && headingEnd - paragraph <= MAX_HEADING)
      return { start: paragraph, end: headingEnd, heading: true }
  }
  const before = s.previousSentenceStart(at)
  if (before < sentence) return { start: before, end: sentence - 1, heading: false }
  // "- 只有“工程资金金额”一项未达标：…；⏎- 若按…计算，该项应得8.62分": the list item just before
  const lineEnd = t.lastIndexOf('\n', sentence - 1)
  if (lineEnd <= 0 || !LIST_ITEM.test(t.slice(sentence, sentence + 4))) return null
  const line = t.lastIndexOf('\n', lineEnd - 1) + 1
  if (lineEnd - line > ITEM_REACH || !LIST_ITEM.test(t.slice(line, line + 4))) return null
  return { start: line, end: lineEnd, heading: false }
}
/** how long a list item before may be to be the topic of 该项 */
const ITEM_REACH = 300
