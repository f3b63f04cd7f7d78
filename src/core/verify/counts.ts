// Counts a writer states ("共设置8项绩效指标", "其中产出指标5项", "两项未达成", "项目支出共4项"):
// a count fact of the sheet whose noun the clause uses — 指标 for the indicators, the category's
// own word (产出, 数量 …) for a category, 达成/完成 for those met, 未达成 for those not met.
import { Decimal } from '../decimal.ts'
import type { Fact } from '../facts.ts'
import { parseChineseNumeral } from '../numbers/chinese-numerals.ts'
import { valueMatches, type WrittenValue } from './value-match.ts'

/** counts whose rows a writer may draw otherwise: verified when they agree, never corrected */
const UNSURE_KINDS = new Set(['计分指标', '未计分指标', '定性指标', '定量指标'])

const COUNT_UNITS = new Set(['项', '个', '条', '类', '行'])

const NOT_MET =
  /未(能)?(全部|完全)?(达成|完成|达到|实现|达标)|没有(达成|完成|达到)|未达|不达标|存在偏差|有偏差|出现偏差|部分(达成|完成|实现)/
// (实际完成值, 完成率, 完成时间 are the names of a column or an indicator, not a status)
const MET = /(?<!未|没有|未能|部分)(达成|完成|达到|实现|达标)(?!值|率|情况|时间|时限)/

type Names = (clause: string) => boolean
const words =
  (re: RegExp): Names =>
  (clause) =>
    re.test(clause)

/** Whether a clause names a count's subject: the words it is named by in a draft. */
function nouns(f: Fact): Names | null {
  switch (f.subject) {
    case '绩效指标':
    case '三级指标':
      // (not "一级指标9项": a clause naming a level counts that level's rows, unless it names these too)
      return (clause) =>
        /指标/.test(clause) && (!/[一二]级/.test(clause) || /绩效指标|三级|全部指标|所有指标/.test(clause))
    case '一级指标':
      return words(/一级/)
    case '二级指标':
      return words(/二级/)
    case '已达成指标':
      return words(MET)
    case '未达成指标':
      return words(NOT_MET)
    case '无法比较指标':
      // (and the rows whose actual is "无" or blank: 1项实际值填"无", 无实际完成值)
      return words(
        /无法(比较|计分|评价)|不可比|无法对比|(实际(完成)?值|完成值)[^，。；]{0,3}["“”]?无["“”]|无实际(完成)?值|未填(写)?实际/,
      )
    case '项目支出项目':
      // "对全部4个项目开展绩效自评": all the projects, not those evaluated so far
      return words(/项目支出|支出项目|(全部|所有|全)[\d两三四五六七八九十]*个?项目|实施(了)?项目|项目(总数|共)/)
    case '绩效自评项目':
      return words(/自评/)
    case '扣分指标':
      return words(/扣分|失分|未得满分|扣了分|打了?折扣|打折|扣了?[\d.]+分/)
    case '定性指标':
      return words(/定性/)
    case '定量指标':
      return words(/定量/)
    case '计分指标':
      return words(/(?<!没|没有|无|未设|未|不)(有|带|设置?了?)分值|(?<!不|未|没有)(计分|赋分)的?(指标|项)/)
    case '未计分指标':
      return words(/(没|没有|无|未设置?|不设)分值|不计分|未计分|没有计分|其中.{0,3}(分项|子项)|子项|分项/)
    case '满分指标':
      return words(/(?<!未|没有|未能)(得|获|拿|为|是)满分|满分(?!少)|全额得分|不扣分|未扣分|没有扣分/)
    default: {
      // a category (产出指标 → 产出, 满意度指标 → 满意), and with a status its met or not-met rows
      const [category = '', status] = f.subject.split('·')
      const core = category.replace(/指标$/, '').slice(0, 2)
      if (!core) return null
      if (!status) return (clause) => clause.includes(core)
      const word = status === '已达成' ? MET : NOT_MET
      return (clause) => clause.includes(core) && word.test(clause)
    }
  }
}

/** How specific a count is: a category or a status says more than "the indicators". */
function specificity(f: Fact): number {
  if (f.subject === '绩效指标' || f.subject === '三级指标') return 0
  if (f.subject === '项目支出项目') return 0
  return f.subject.includes('·') ? 2 : 1
}

export function countMatch(
  counts: readonly Fact[],
  written: WrittenValue,
  clause: string,
): { fact: Fact } | { mismatch: Fact } | null {
  if (!written.unit || !COUNT_UNITS.has(written.unit)) return null
  const named = counts.filter((f) => nouns(f)?.(clause) === true).sort((a, b) => specificity(b) - specificity(a))
  if (!named.length) return null
  const hit = named.find((f) => valueMatches({ ...written, unit: '项' }, f))
  if (hit) return { fact: hit }
  // "15项达到，1项存在偏差": rows that could not be compared (实际完成值“无”) counted with those not met
  // (only the whole table's counts: a category's rows not compared are not counted apart)
  const notMet = named[0]?.subject === '未达成指标' ? named[0] : undefined
  const incomparable = counts.find((f) => f.subject === '无法比较指标')
  if (notMet && incomparable && !incomparable.value.isZero && written.value.eq(notMet.value.add(incomparable.value)))
    return { fact: incomparable }
  // the clause names a status or category whose count is different: a wrong count
  const top = named[0]!
  // rows that could not be compared (实际完成值“无”) may be counted as not met by the writer: no verdict
  const unsure = top.subject.endsWith('未达成指标') || top.subject.endsWith('·未达成')
  if (unsure && counts.some((f) => f.subject === '无法比较指标' && !f.value.isZero)) return null
  // whether a writer counts the execution rate among the rows with points, or a date among the
  // quantitative ones, is theirs to say: no correction
  if (UNSURE_KINDS.has(top.subject)) return null
  const specific = named.filter((f) => specificity(f) === specificity(top)).length === 1
  return specificity(top) > 0 && specific ? { mismatch: top } : null
}

/** "两个项目的执行率相差…", "对3个项目开展自评": a count of projects, not of 项目支出 lines */
const PROJECTS_NEXT = /^(?:自评|绩效自评)?项目(?!支出)/
/** "两个项目", "3个自评项目": the numeral of a count of projects (group 1); a prefix for other patterns */
export const PROJECTS_COUNTED = '([两二三四五六七八九十\\d]+)个(?:自评|绩效自评)?项目'

/** The count the numeral of PROJECTS_COUNTED (两, 3, 十二) says, or null when it reads as none. */
export function projectsNumeral(numeral: string): Decimal | null {
  return /^\d+$/.test(numeral) ? Decimal.parse(numeral) : parseChineseNumeral(numeral)
}

/** Whether the numeral of PROJECTS_COUNTED (两, 3, 十二) is the number of the sheet's projects. */
export function isProjectsCount(numeral: string, projects: number): boolean {
  return projectsNumeral(numeral)?.eq(Decimal.of(BigInt(projects))) ?? false
}

/**
 * A count written right before 项目 in a department's sheet: the projects the sheet holds, either
 * those with a self-evaluation or all of its project lines. The words do not say which, so a count
 * agreeing with neither is left to the other rules (a subset: "其中2个项目执行率低于90%").
 */
export function projectCount(counts: readonly Fact[], written: WrittenValue, after: string): Fact | null {
  if (!written.unit || !COUNT_UNITS.has(written.unit) || !PROJECTS_NEXT.test(after)) return null
  return (
    counts.find(
      (f) =>
        (f.subject === '绩效自评项目' || f.subject === '项目支出项目') && valueMatches({ ...written, unit: '项' }, f),
    ) ?? null
  )
}

const LIST_UNITS = new Set(['项', '个', '类', '处', '方面', '者', '行'])
const LIST_SPLIT = /、|以及|和|与|及/
const ITEM_COUNT = /[\d两二三四五六七八九十]+(?:项|个|类)$/

/**
 * "预算编制和审计两项合计支出60万元": a count of the items the clause has just listed. The items are
 * the words before the number, split at 、和与及; each must be a word of two characters or more.
 */
export function listCount(clauseBefore: string, written: WrittenValue): string[] | null {
  if (!written.unit || !LIST_UNITS.has(written.unit) || written.value.sign <= 0) return null
  const text = clauseBefore
    .replace(/(这|此|上述|以上|共|合计|均|各|等|总共|分别|共计)+$/, '')
    .replace(/^.*?(其中|包括|即|为|按|有)/, '')
  // ("“安全率”“学校发展能力”“学生满意度”三行": quoted items side by side are a list too)
  const items = text
    .replace(/[”"]\s*[“"]/g, '、')
    .split(LIST_SPLIT)
    .map((s) => s.replace(/[“”"'《》\s]/g, ''))
  // (an item that is itself a count, "其中产出指标5项、效益指标2项", lists nothing)
  if (items.length < 2 || items.some((s) => s.length < 2 || ITEM_COUNT.test(s))) return null
  return String(items.length) === written.value.toString() ? items : null
}

/** what a count of things just said is followed by: 两项合计, 两者均, 三个都 */
const TOGETHER = /^(合计|共计|共|均|都|各|分别|加起来|之和|相加|总计)/

/**
 * "基本支出减少三万九千元，项目支出减少93.64万元，两项合计减少97.54万元": a count followed by
 * 合计/均/各 counts the rows whose figures the sentence has verified before it.
 */
export function earlierRowsCount(written: WrittenValue, after: string, earlier: readonly Fact[]): Fact[] | null {
  if (!written.unit || !LIST_UNITS.has(written.unit) || written.value.sign <= 0 || !TOGETHER.test(after)) return null
  const rows = new Map<string, Fact>()
  for (const f of earlier)
    if (f.role !== 'count' && f.role !== 'quoted' && !f.id.startsWith('~')) rows.set(`${f.table}|${f.subject}`, f)
  return rows.size >= 2 && String(rows.size) === written.value.toString() ? [...rows.values()] : null
}
