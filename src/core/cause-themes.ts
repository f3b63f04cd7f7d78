// Causes joined for a reader: the same cause stated twice (a reason cell and the unit's note)
// said once, and causes of one theme kept together. Themes are data: each with the cause that
// motivated it (南岳区政法委 2022 unless noted).
import { bigramCoverage, contentBigrams } from './text-overlap.ts'

type Theme = { name: string; pattern: RegExp; example: string }

const THEMES: readonly Theme[] = [
  {
    name: 'fiscal',
    pattern: /财政收入|财力|压减|压缩|过紧日子|实拨|拨付|调减|预算调整|疫情/,
    example: '受疫情封控影响，我区财政收入有所下降',
  },
  {
    name: 'sources',
    pattern: /其它资金|其他资金|自筹|返还|弥补|结转|资金来源/,
    example: '单位用其它资金弥补该项经费支出',
  },
  {
    name: 'work',
    pattern: /补助|培训|奖励|工作|任务|活动|政策|文件要求/,
    example: '本年减少了对各乡镇、社区的维稳、综治等工作的补助经费支出',
  },
  {
    name: 'progress',
    pattern: /完工|尾款|结算|工期|进度|开工|验收|采购|招标|限价|合同/,
    example: '已完工,剩余3%尾款未付（河北廊坊 暖通改造）',
  },
]

/** Two causes are the same when most of the shorter one's word pairs are in the longer one. */
export const SAME_CAUSE_COVERAGE = 0.6

/** A cause as report text: no closing punctuation, ASCII , ; : as 公文 punctuation. */
export function clauseOf(text: string): string {
  return text
    .trim()
    .replace(/[。；;，,、\s]+$/u, '')
    .replace(/,(?!\d{3})/g, '，')
    .replace(/;/g, '；')
    .replace(/:(?!\d)/g, '：')
}

/** Each cause once: a near-duplicate gives way to the fuller statement, in first-seen order. */
export function dedupeCauses(texts: readonly string[]): string[] {
  const out: string[] = []
  for (const raw of texts) {
    const t = clauseOf(raw)
    if (!t) continue
    const same = out.findIndex((o) => sameCause(o, t))
    if (same < 0) out.push(t)
    else if (t.length > out[same]!.length) out[same] = t
  }
  return out
}

function sameCause(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (long.includes(short)) return true
  const cover = bigramCoverage(short, contentBigrams(long))
  return cover !== null && cover >= SAME_CAUSE_COVERAGE
}

function themeOf(text: string): number {
  const i = THEMES.findIndex((t) => t.pattern.test(text))
  return i < 0 ? THEMES.length : i
}

/** Deduplicated causes, those of one theme next to each other (stable within a theme). */
export function groupCauses(texts: readonly string[]): string[][] {
  const groups = new Map<number, string[]>()
  for (const t of dedupeCauses(texts)) {
    const k = themeOf(t)
    groups.set(k, [...(groups.get(k) ?? []), t])
  }
  return [...groups.entries()].sort((x, y) => x[0] - y[0]).map(([, g]) => g)
}

/**
 * The causes after "主要原因" as one sentence without its full stop: "是甲" for one theme,
 * "：一方面，甲；另一方面，乙" for two, "：甲；乙；丙" for more (a theme's causes side by side).
 */
export function causeClause(texts: readonly string[]): string {
  const groups = groupCauses(texts).map((g) => g.join('；'))
  if (groups.length <= 1) return `是${groups[0] ?? ''}`
  if (groups.length === 2) return `：一方面，${groups[0]}；另一方面，${groups[1]}`
  return `：${groups.join('；')}`
}
