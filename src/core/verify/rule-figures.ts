// Figures of the scoring rules, not of the table: "按财预〔2020〕10号的模板，满意度指标一般占10分，加上后满分
// 才是100分", "按规则“达成”可得该项分值的80%至100%", "部分达成取60%". They are checked against the profile
// the table is scored with, and only where the words say they speak of the rules: a table's own
// 满意度 weight of 20 is not made right by the rule's 10.
import { Decimal } from '../decimal.ts'
import type { ScoringProfile } from '../scoring-profile.ts'
import type { WrittenValue } from './value-match.ts'

/** words that say the sentence speaks of the rules or the template */
const RULE_WORDS = /一般|通常|常见|通行|通用|模板|默认|规则|办法|财预〔2020〕10号|按规定|标准做法|可得(?:该项)?分值的/
/** the full marks of the whole table */
const FULL = /满分|总分|百分制|100分制/

export type RuleFigure = { formula: string }

/**
 * The rule the number states, when the sentence before it (`sentence`, up to the number) names the
 * rules and the number is one of the profile's: a category's or the execution's points, the full 100,
 * or a qualitative band's bound.
 */
export function ruleFigure(profile: ScoringProfile, written: WrittenValue, sentence: string): RuleFigure | null {
  if (written.qualifier !== null) return null
  if (written.unit === '分' && written.value.eq(Decimal.fromNumber(100)) && fullMarksDue(sentence))
    return { formula: `${profile.name}：满分100分` }
  if (!RULE_WORDS.test(sentence)) return null
  const v = written.value
  // (a profile's points need not be whole: 12.5)
  const is = (x: number) => v.eq(Decimal.fromNumber(x))
  // the part of the clause right before the number names what the figure is of ("（预算执行率10分、产出指标
  // 50分、效益指标30分": each after its own 、), and a score got is no rule ("得分10分")
  const clause = sentence.slice(lastSeparator(sentence) + 1)
  if (/(?<!可)得分(?!值)|得了|自评|评分为|打分/.test(clause)) return null
  if (written.unit === '分') {
    const w = profile.categoryWeights
    const named: [RegExp, number, string][] = [
      [/产出/, w.产出, '产出指标'],
      [/效益/, w.效益, '效益指标'],
      [/满意度/, w.满意度, '满意度指标'],
      [/执行率|资金执行/, profile.executionWeight, '预算执行率'],
    ]
    for (const [word, points, what] of named)
      if (word.test(clause) && is(points)) return { formula: `${profile.name}：${what}${points}分` }
    if (FULL.test(clause) && is(100)) return { formula: `${profile.name}：满分100分` }
    return null
  }
  if (written.unit === '%') {
    const b = profile.qualitativeBands
    const bands: [RegExp, { min: number; max: number }, string][] = [
      [/部分达成|部分完成|基本达成/, b.partial, '部分达成'],
      [/未达成|未完成/, b.notAchieved, '未达成'],
      [/达成|完成/, b.achieved, '达成'],
    ]
    // (the band's name may be in an earlier clause: "属于“部分达成”，可得分值的60%～80%")
    const named = bands.find(([word]) => word.test(clause)) ? clause : sentence
    for (const [word, band, what] of bands)
      if (word.test(named) && (is(band.min) || is(band.max)))
        return { formula: `${profile.name}：${what}得该项分值的${band.min}%～${band.max}%` }
  }
  return null
}

/** the weights of a table's rows add up to 100 by the rules: 分值合计…不是100分, 使分值合计达到100分 */
const WEIGHTS_SUM = /分值合计|分值之和|分值总和|总分值|权重合计/
const DUE =
  /(不是|不足|而非|应为|应达到|应是|使[^，。；]*达到|才(是|能|够)|补(足|齐|到)[^，。；]*|与|较|比|距离?|离|低于|少于|不到)$/

function fullMarksDue(sentence: string): boolean {
  const clause = sentence.slice(Math.max(0, sentence.length - 30))
  return WEIGHTS_SUM.test(sentence) && DUE.test(clause)
}

function lastSeparator(s: string): number {
  let at = -1
  for (const c of ['，', '；', '、', '（', '(', '：', '。']) at = Math.max(at, s.lastIndexOf(c))
  return at
}
