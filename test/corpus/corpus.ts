// The verifier's corpus (test/corpus/README.md): correct drafts with every number annotated, the
// held-out rule of SPLIT.md, and one-error mutants of the kinds models make. Shared by
// corpus.test.ts and `npm run bench -- corpus`.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadTableFile } from '../../src/adapters/fs-table-source.ts'
import { analyzeTable, type TableAnalysis } from '../../src/core/analyze.ts'
import { Decimal } from '../../src/core/decimal.ts'
import type { Fact } from '../../src/core/facts.ts'
import type { Verification } from '../../src/core/verification.ts'
import { verifyDraft } from '../../src/core/verify.ts'

export type AnnotatedNumber = {
  text: string
  op: string
  facts?: string[]
  formula?: string
  why?: string
}

export type CorpusDraft = {
  id: string
  table: string
  style: 'officer' | 'chat'
  notes?: string[]
  text: string
  numbers: AnnotatedNumber[]
  /** 1: written 2026-12-02 before the verifier was tuned; 2: written later by someone who never read the verifier (SPLIT.md) */
  batch?: number
  heldOut: boolean
}

const DIR = 'test/corpus'

/** The tables batch 4a added (SPLIT.md): held out whole, the second fresh figure. */
export const BATCH_4A_TABLES: readonly string[] = ['shanghai-putuo-tiyu-2022.json', 'hubei-qu-fuwumaoyi-2020.json']
/** The tables batch 7a added (SPLIT.md): held out whole, the third fresh figure. */
export const BATCH_7A_TABLES: readonly string[] = [
  'chongqing-zhongxian-tujing-2021.json',
  'beijing-haidian-xueyuanlu-2016.json',
]

/** The tables batch 8a added (SPLIT.md): held out whole, the fourth fresh figure. */
export const BATCH_8A_TABLES: readonly string[] = [
  'hunan-lingling-linye-2021.json',
  'sichuan-langzhong-chegoushui-2021.json',
]

/** The tables batch 9a added (SPLIT.md): held out whole, the fifth fresh figure. */
export const BATCH_9A_TABLES: readonly string[] = ['yunnan-longyang-huafei-2022.json']

/** The table batch 10a added (SPLIT.md): held out whole, the sixth fresh figure. */
export const BATCH_10A_TABLES: readonly string[] = ['anhui-suixi-linshijiuzhu-2019.json']

/** The table batch 11a added (SPLIT.md): held out whole, the seventh fresh figure. */
export const BATCH_11A_TABLES: readonly string[] = ['yunnan-linxiang-maluken-2023.json']

/** The table batch 12a added (SPLIT.md): held out whole, the eighth fresh figure. */
export const BATCH_12A_TABLES: readonly string[] = ['anhui-jinzhai-meilixiangcun-2023.json']

/** The table batch 12b added (SPLIT.md): fresh on arrival, then a tuning table (ids .04 and .08 held out). */
export const BATCH_12B_TABLES: readonly string[] = ['shanxi-jishan-jiandang-2020.json']

/** The table batch 13a added (SPLIT.md): held out whole, the ninth fresh figure. */
export const BATCH_13A_TABLES: readonly string[] = ['ningxia-yuanzhou-malingshu-2022.json']

/** The table batch 13b added (SPLIT.md): fresh on arrival, then a tuning table (ids .04 and .08 held out). */
export const BATCH_13B_TABLES: readonly string[] = ['yunnan-baoshan-weiwen-2022.json']

/** The held-out tables of SPLIT.md: batch 1's two (named when they were the last two in byte order), and every table added in batch 2. */
export const HELD_OUT_TABLES: readonly string[] = [
  'sichuan-zhongjiang-shuibiaochi-2022.json',
  'yunnan-changning-shengzhu-2022.json',
  // batch 2 (SPLIT.md): every table added from here on is held out whole
  'anhui-tianchang-shuihan-2022.json',
  'yunnan-lijiang-weipian-2020.json',
  // batch 4a (SPLIT.md): fresh tables, held out whole
  ...BATCH_4A_TABLES,
  // batch 7a (SPLIT.md): fresh tables, held out whole
  ...BATCH_7A_TABLES,
  // batch 8a (SPLIT.md): fresh tables, held out whole
  ...BATCH_8A_TABLES,
  // batch 9a (SPLIT.md): fresh tables, held out whole
  ...BATCH_9A_TABLES,
  // batch 10a (SPLIT.md): a fresh table, held out whole
  ...BATCH_10A_TABLES,
  // batch 11a (SPLIT.md): a fresh table, held out whole
  ...BATCH_11A_TABLES,
  // batch 12a (SPLIT.md): a fresh table, held out whole
  ...BATCH_12A_TABLES,
  // batch 13a (SPLIT.md): a fresh table, held out whole
  ...BATCH_13A_TABLES,
]

/** The paths drafts give for corpus tables named by file (`d.table` is one of them). */
export function tablePaths(files: readonly string[]): ReadonlySet<string> {
  return new Set(files.map((f) => join(DIR, 'tables', f)))
}

/** SPLIT.md: the drafts of the held-out tables, and ids ending in a multiple of 4. */
export function loadCorpus(): CorpusDraft[] {
  const heldTables = tablePaths(HELD_OUT_TABLES)
  return readdirSync(join(DIR, 'drafts'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const d = JSON.parse(readFileSync(join(DIR, 'drafts', f), 'utf8')) as Omit<CorpusDraft, 'heldOut'>
      const n = Number(/(\d+)$/.exec(d.id)?.[1] ?? '1')
      return { ...d, batch: d.batch ?? 1, heldOut: heldTables.has(d.table) || n % 4 === 0 }
    })
}

const analyses = new Map<string, Promise<TableAnalysis>>()
export function analysisOf(table: string): Promise<TableAnalysis> {
  if (!analyses.has(table))
    analyses.set(
      table,
      loadTableFile(table).then((t) => analyzeTable(t)),
    )
  return analyses.get(table)!
}

export function verify(d: Pick<CorpusDraft, 'notes'>, text: string, a: TableAnalysis): Verification {
  return verifyDraft(text, a, d.notes?.length ? { notes: d.notes } : undefined)
}

/** Where each annotated number is in the text: found in turn, after the previous one. */
export function locate(d: CorpusDraft): { n: AnnotatedNumber; start: number; end: number }[] {
  const out: { n: AnnotatedNumber; start: number; end: number }[] = []
  let at = 0
  for (const n of d.numbers) {
    const i = d.text.indexOf(n.text, at)
    if (i < 0) throw new Error(`${d.id}: “${n.text}” not found after position ${at}`)
    out.push({ n, start: i, end: i + n.text.length })
    at = i + n.text.length
  }
  return out
}

const overlaps = (a: { start: number; end: number }, s: number, e: number) => a.start < e && s < a.end

export type Alarm = { draft: string; number: string; status: string; message: string; context: string }

export type CorrectResult = {
  /** data numbers (not `not-data`) */
  numbers: number
  verified: number
  /** numbers called a mismatch / unsupported, and error findings on no annotated number */
  mismatch: Alarm[]
  unsupported: Alarm[]
  /** data numbers the verifier did not read as data (ignored or not found): no alarm, but unchecked */
  unchecked: string[]
}

/** Checks a correct draft: every error finding is a false alarm. */
export function checkCorrect(d: CorpusDraft, v: Verification): CorrectResult {
  const r: CorrectResult = { numbers: 0, verified: 0, mismatch: [], unsupported: [], unchecked: [] }
  const spans = locate(d)
  for (const s of spans) {
    if (s.n.op === 'not-data') continue
    r.numbers++
    const ms = v.mentions.filter((m) => overlaps(s, m.start, m.end))
    if (
      ms.some((m) => m.status === 'verified') &&
      !ms.some((m) => m.status === 'mismatch' || m.status === 'unsupported')
    )
      r.verified++
    else if (!ms.some((m) => m.status === 'mismatch' || m.status === 'unsupported'))
      r.unchecked.push(`${d.id}: ${s.n.text} (${s.n.op})`)
  }
  for (const f of v.findings) {
    if (f.severity !== 'error') continue
    const s = spans.find((x) => overlaps(x, f.start, f.end))
    const alarm = {
      draft: d.id,
      number: s ? `${s.n.text} [${s.n.op}]` : d.text.slice(f.start, f.end),
      status: f.code,
      message: f.message,
      context: d.text.slice(Math.max(0, f.start - 50), f.end + 15).replace(/\n/g, '⏎'),
    }
    if (f.code === 'NUMBER_MISMATCH' || f.code === 'DIRECTION_MISMATCH' || f.code === 'CITATION_MISMATCH')
      r.mismatch.push(alarm)
    else r.unsupported.push(alarm)
  }
  return r
}

// ---------------------------------------------------------------------------------------------
// Mutants: one planted error each, of the kinds models make.

export const MUTANT_KINDS = {
  arithmetic: 'arithmetic slip in a derived figure',
  rounding: 'wrong rounding or precision',
  'swap-rows': 'another row’s figure',
  'budget-actual': 'budget ↔ actual',
  'initial-full-year': '年初预算 ↔ 全年预算',
  unit: 'unit slip (万元 ↔ 元)',
  direction: 'flipped direction word',
  invented: 'invented figure',
  'share-base': 'wrong base of a share',
  'wrong-indicator': 'right number on the wrong indicator',
  yoy: 'unsupported year-on-year claim',
} as const

export type MutantKind = keyof typeof MUTANT_KINDS

export type Mutant = { kind: MutantKind; text: string; start: number; end: number; what: string }

const DERIVED_OPS = new Set([
  'difference',
  'pp-gap',
  'ratio',
  'share',
  'unspent-share',
  'overspend-rate',
  'sum',
  'per-unit',
  'yoy',
  'score-lost',
  'score-subtotal',
])
const ARABIC = /[-+]?\d+(?:,\d{3})*(?:\.\d+)?/

function replace(text: string, start: number, end: number, by: string): string {
  return text.slice(0, start) + by + text.slice(end)
}

function plant(d: CorpusDraft, kind: MutantKind, start: number, end: number, by: string, what: string): Mutant {
  return { kind, text: replace(d.text, start, end, by), start, end: start + by.length, what: `${d.id}: ${what}` }
}

/** The numeral of an annotated number: its position in the text and its value. */
function numeral(_d: CorpusDraft, s: { n: AnnotatedNumber; start: number; end: number }) {
  const m = ARABIC.exec(s.n.text)
  if (!m) return null
  const raw = m[0].replace(/,/g, '')
  const value = Decimal.tryParse(raw)
  if (!value) return null
  const decimals = raw.includes('.') ? raw.length - raw.indexOf('.') - 1 : 0
  return { start: s.start + m.index, end: s.start + m.index + m[0].length, value, decimals, text: m[0] }
}

function write(v: Decimal, decimals: number): string {
  return v.round(decimals).toFixed(decimals)
}

const DIRECTION_PAIRS: [string, string][] = [
  ['增加', '减少'],
  ['上升', '下降'],
  ['增长', '下降'],
  ['提高', '降低'],
  ['高于', '低于'],
  ['超出', '低于'],
  ['超额完成', '未完成'],
  ['多', '少'],
  ['节约', '超支'],
  ['结余', '超支'],
]
const OPPOSITE = new Map<string, string>()
for (const [a, b] of DIRECTION_PAIRS) {
  if (!OPPOSITE.has(a)) OPPOSITE.set(a, b)
  if (!OPPOSITE.has(b)) OPPOSITE.set(b, a)
}

const INVENTED = [
  '，惠及群众1286人次',
  '，节约资金3.17万元',
  '，覆盖率达到87.5%',
  '，累计开展培训23场次',
  '，带动就业416人',
]

export function mutants(d: CorpusDraft, a: TableAnalysis, base: Verification): Mutant[] {
  const out: Mutant[] = []
  const spans = locate(d)
  const flagged = (s: number, e: number) =>
    base.findings.some((f) => f.severity === 'error' && overlaps({ start: s, end: e }, f.start, f.end))
  const facts = a.sheet.facts
  const byId = a.sheet.byId
  // the verifier leaves 【待补充：…】 placeholders alone by design: nothing to plant there
  const placeholders = [...d.text.matchAll(/【[^】\n]*】/g)].map((m) => [m.index, m.index + m[0].length] as const)
  const inPlaceholder = (i: number) => placeholders.some(([a, b]) => i >= a && i < b)
  spans.forEach((s, k) => {
    if (s.n.op === 'not-data' || flagged(s.start, s.end) || inPlaceholder(s.start)) return
    const num = numeral(d, s)
    const ids = s.n.facts ?? []
    const one = ids.length === 1 ? byId.get(ids[0]!) : undefined
    if (num) {
      // arithmetic slip: one more in the last digit written
      if (DERIVED_OPS.has(s.n.op)) {
        const step = Decimal.of(1n, num.decimals)
        out.push(
          plant(
            d,
            'arithmetic',
            num.start,
            num.end,
            write(num.value.add(step), num.decimals),
            `${s.n.text} (${s.n.op}) +1 in the last digit`,
          ),
        )
      }
      // rounding the wrong way one digit coarser (85.11 → 85.2)
      if (num.decimals >= 1) {
        const coarse = num.decimals - 1
        const right = num.value.round(coarse)
        const wrong =
          num.value.gt(right) || num.value.eq(right)
            ? right.sub(Decimal.of(1n, coarse))
            : right.add(Decimal.of(1n, coarse))
        if (!wrong.isZero && wrong.sign > 0)
          out.push(plant(d, 'rounding', num.start, num.end, write(wrong, coarse), `${s.n.text} rounded the wrong way`))
      }
      // another row's figure of the same role and unit
      if (one && s.n.op === 'stated') {
        const other = facts.find(
          (f) =>
            f.table === one.table &&
            f.role === one.role &&
            f.unit === one.unit &&
            f.subject !== one.subject &&
            !f.value.abs().eq(one.value.abs()) &&
            f.group === one.group,
        )
        if (other)
          out.push(
            plant(
              d,
              'swap-rows',
              num.start,
              num.end,
              write(other.value.abs(), Math.max(num.decimals, other.value.scale)),
              `${s.n.text} → ${other.display} (${other.id})`,
            ),
          )
        // budget ↔ actual of the same row
        const twin = sameRowOther(facts, one)
        if (twin && !twin.value.eq(one.value))
          out.push(
            plant(
              d,
              'budget-actual',
              num.start,
              num.end,
              write(twin.value, twin.value.scale),
              `${s.n.text} → ${twin.display} (${twin.id})`,
            ),
          )
        // the right number, but the sentence names another indicator
        if (one.group === 'indicator') {
          const at = d.text.lastIndexOf(one.subject, s.start)
          const sentenceStart = Math.max(d.text.lastIndexOf('。', s.start), d.text.lastIndexOf('\n', s.start))
          const other = facts.find(
            (f) =>
              f.table === one.table &&
              f.group === 'indicator' &&
              f.role === one.role &&
              f.unit === one.unit &&
              f.subject !== one.subject &&
              !f.value.eq(one.value) &&
              f.subject.length >= 3,
          )
          if (at > sentenceStart && other && one.subject.length >= 3)
            out.push({
              ...plant(
                d,
                'wrong-indicator',
                at,
                at + one.subject.length,
                other.subject,
                `${one.subject} → ${other.subject} (${s.n.text})`,
              ),
              end: s.end - one.subject.length + other.subject.length,
            })
        }
      }
      // unit slip
      const wan = s.n.text.indexOf('万元')
      if (wan >= 0) out.push(plant(d, 'unit', s.start + wan, s.start + wan + 2, '元', `${s.n.text}: 万元 → 元`))
      else if (/\d元/.test(s.n.text)) {
        const yuan = s.n.text.indexOf('元')
        out.push(plant(d, 'unit', s.start + yuan, s.start + yuan + 1, '万元', `${s.n.text}: 元 → 万元`))
      }
      // a share over another whole
      if (s.n.op === 'share' && ids.length === 2) {
        const part = byId.get(ids[0]!)
        const whole = byId.get(ids[1]!)
        const alt = part && whole ? sameRowOther(facts, whole) : undefined
        if (part && alt && !alt.value.isZero && !alt.value.eq(whole!.value)) {
          const share = part.value.div(alt.value, 8)!.mul(Decimal.HUNDRED)
          const text = write(share, num.decimals)
          if (text !== num.text)
            out.push(plant(d, 'share-base', num.start, num.end, text, `${s.n.text} → ${text}% (over ${alt.label})`))
        }
      }
    }
    // 年初预算 ↔ 全年预算 before a budget figure in its clause, where the two differ or one is missing
    const other =
      one &&
      facts.find(
        (f) =>
          f.table === one.table &&
          f.subject === one.subject &&
          f.role === (one.role === 'budget' ? 'full-year-budget' : 'budget'),
      )
    if (one && (one.role === 'budget' || one.role === 'full-year-budget') && !other?.value.eq(one.value)) {
      const clause = clauseBefore(d.text, s.start)
      for (const [w, o] of [
        ['年初预算', '全年预算'],
        ['全年预算', '年初预算'],
      ] as const) {
        const at = d.text.lastIndexOf(w, s.start)
        if (at >= clause) {
          out.push({
            ...plant(d, 'initial-full-year', at, at + w.length, o, `${w} → ${o} before ${s.n.text}`),
            end: s.end,
          })
          break
        }
      }
    }
    // a flipped direction word governing the number
    if (s.n.op !== 'stated' || (one && /difference|deviation|change/.test(one.role))) {
      const clause = clauseBefore(d.text, s.start)
      const prev = k > 0 ? spans[k - 1]!.end : 0
      const from = Math.max(clause, prev)
      let best: { at: number; w: string } | null = null
      for (const w of OPPOSITE.keys()) {
        const at = d.text.lastIndexOf(w, s.start - w.length)
        // the word that ends last, and of those the longest (减少, not the 少 inside it)
        const end = at + w.length
        const bestEnd = best ? best.at + best.w.length : -1
        if (at >= from && (!best || end > bestEnd || (end === bestEnd && w.length > best.w.length))) best = { at, w }
      }
      if (best && !(best.w.length === 1 && best.at + 1 !== s.start))
        out.push({
          ...plant(
            d,
            'direction',
            best.at,
            best.at + best.w.length,
            OPPOSITE.get(best.w)!,
            `${best.w} → ${OPPOSITE.get(best.w)} before ${s.n.text}`,
          ),
          end: s.end - best.w.length + OPPOSITE.get(best.w)!.length,
        })
    }
  })
  // invented figures and an unsupported year-on-year claim, after a clause of a stated amount
  const stated = spans.filter((s) => s.n.op === 'stated' && !flagged(s.start, s.end))
  stated.slice(0, 3).forEach((s, i) => {
    const after = clauseEnd(d.text, s.end)
    const phrase = INVENTED[(i + d.id.length) % INVENTED.length]!
    out.push(plant(d, 'invented', after, after, phrase, `inserted “${phrase.slice(1)}”`))
  })
  const money = stated.find((s) => /万元|元/.test(s.n.text))
  if (money)
    out.push(plant(d, 'yoy', money.end, money.end, '，同比增长12.6%', `inserted “同比增长12.6%” after ${money.n.text}`))
  return out
}

/** The budget of an actual's row, or the actual of a budget's (the same row, the other column). */
function sameRowOther(facts: readonly Fact[], f: Fact): Fact | undefined {
  const want =
    f.role === 'actual'
      ? ['budget', 'full-year-budget', 'target']
      : f.role === 'budget' || f.role === 'full-year-budget' || f.role === 'target'
        ? ['actual']
        : f.role === 'total'
          ? ['actual']
          : []
  return facts.find((g) => g.table === f.table && g.subject === f.subject && want.includes(g.role) && g.unit === f.unit)
}

function clauseBefore(t: string, i: number): number {
  let j = i - 1
  while (j >= 0 && !/[，,；;。！？!?\n：:]/.test(t[j]!)) j--
  return j + 1
}

function clauseEnd(t: string, i: number): number {
  let j = i
  while (j < t.length && !/[，,；;。！？!?\n]/.test(t[j]!)) j++
  return j
}

/** A mutant is caught when an error finding lies on its span. */
export function caught(m: Mutant, v: Verification): boolean {
  return v.findings.some((f) => f.severity === 'error' && overlaps(m, f.start, f.end))
}

export type Figures = {
  drafts: number
  numbers: number
  verified: number
  mismatch: Alarm[]
  unsupported: Alarm[]
  unchecked: string[]
  mutants: Map<MutantKind, { caught: number; total: number; missed: string[] }>
}

export async function measure(drafts: readonly CorpusDraft[]): Promise<Figures> {
  const fig: Figures = {
    drafts: drafts.length,
    numbers: 0,
    verified: 0,
    mismatch: [],
    unsupported: [],
    unchecked: [],
    mutants: new Map(),
  }
  for (const k of Object.keys(MUTANT_KINDS) as MutantKind[]) fig.mutants.set(k, { caught: 0, total: 0, missed: [] })
  for (const d of drafts) {
    const a = await analysisOf(d.table)
    const base = verify(d, d.text, a)
    const r = checkCorrect(d, base)
    fig.numbers += r.numbers
    fig.verified += r.verified
    fig.mismatch.push(...r.mismatch)
    fig.unsupported.push(...r.unsupported)
    fig.unchecked.push(...r.unchecked)
    for (const m of mutants(d, a, base)) {
      const t = fig.mutants.get(m.kind)!
      t.total++
      if (caught(m, verify(d, m.text, a))) t.caught++
      else t.missed.push(`${m.what}\n      ${m.text.slice(Math.max(0, m.start - 70), m.end + 20).replace(/\n/g, '⏎')}`)
    }
  }
  return fig
}

export function report(name: string, f: Figures): string {
  const alarms = f.mismatch.length + f.unsupported.length
  let caughtAll = 0
  let totalAll = 0
  const rows = [...f.mutants].map(([k, t]) => {
    caughtAll += t.caught
    totalAll += t.total
    const rate = t.total ? ((t.caught / t.total) * 100).toFixed(1) : '—'
    return `  ${MUTANT_KINDS[k].padEnd(40)} ${String(t.caught).padStart(4)} / ${String(t.total).padStart(4)}  ${rate}%`
  })
  return [
    `${name}: ${f.drafts} drafts, ${f.numbers} correct numbers, ${f.verified} verified, ${f.unchecked.length} not read as data`,
    `  false alarms: ${alarms} (${pct(alarms, f.numbers)} of correct numbers) — ${f.mismatch.length} mismatch, ${f.unsupported.length} unsupported`,
    `  mutants caught: ${caughtAll} / ${totalAll} (${pct(caughtAll, totalAll)})`,
    ...rows,
  ].join('\n')
}

export function pct(a: number, b: number): string {
  return b ? `${((a / b) * 100).toFixed(1)}%` : '—'
}
