// The problems of the indicators: targets not reached (with the causes the unit gave) and actuals
// not filled in as values ("≥95%" copied from the target, a blank). What the user said about an
// indicator in the chat is its cause, or — figures — shown as 用户说明 beside it, never a cause.
import type { TableAnalysis } from '../analyze.ts'
import { clauseOf } from '../cause-themes.ts'
import { indicatorName, rowCauses, usableCauses, type StatedCause, type UserCauses } from '../row-causes.ts'
import { factText, quotedNames } from './phrases.ts'
import { causeSentence, plural, userCausesOf, type Named, type Problem } from './problem-parts.ts'

export function unmetIndicators(a: TableAnalysis, name: Named, user?: UserCauses): Problem | null {
  const parts: string[] = []
  const stated: StatedCause[] = []
  const own = new Set<string>()
  const measures: string[] = []
  const names: string[] = []
  const projects = new Set<string>()
  const questions: string[] = []
  for (const p of a.projects) {
    const unmet = p.indicators.filter((r) => r.status === 'not-met' || r.status === 'partial')
    if (!unmet.length) continue
    const rows = unmet.map((r) => {
      const key = `${p.key}.I${r.index}`
      const n = indicatorName(r)
      names.push(n)
      const target = factText(a, `${key}.target`)
      const actual = factText(a, `${key}.actual`)
      const completion = factText(a, `${key}.completion`)
      let s = `“${n}”`
      s += target ? `指标值${target.replace(/^=/, '')}` : `指标值为“${r.target.raw.trim()}”`
      s +=
        actual && r.actualDefinite ? `，实际完成${actual.replace(/^=/, '')}` : `，实际完成值为“${r.actual.raw.trim()}”`
      if (completion) s += `，完成指标值的${completion}`
      const c = rowCauses(p, { kind: 'indicator', row: r }, user)
      const use = usableCauses(c)
      stated.push(...use)
      own.add(key)
      measures.push(...c.measures)
      if (!use.length) questions.push(`请说明${p.table.project}“${n}”未达到指标值的原因。`)
      return s
    })
    parts.push(`${name(p)}${rows.join('；')}`)
    projects.add(p.table.project)
  }
  if (!parts.length) return null
  const cause = causeSentence(stated, own, [], '指标未达到指标值的原因')
  return {
    kind: 'unmet-indicator',
    title: '部分绩效指标未达到预期目标',
    body: `${parts.join('；')}。${cause.text}`,
    projects: [...projects],
    indicators: names,
    cellMeasures: measures,
    questions,
    userCauses: userCausesOf(stated),
  }
}

/** `said` gives the figures the user stated about a row ("P1.I7"), shown as 用户说明. */
export function indefiniteActuals(
  a: TableAnalysis,
  name: Named,
  said: (row: string) => readonly string[] = () => [],
): Problem | null {
  const parts: string[] = []
  const names: string[] = []
  const projects = new Set<string>()
  for (const p of a.projects) {
    const bounds = p.indicators.filter((r) => r.actual.kind === 'number' && !r.actualDefinite && r.status !== 'not-met')
    // an actual left blank; "无" with the unit's reason is an answer, not a blank
    const empty = p.indicators.filter(
      (r) =>
        r.actual.kind === 'empty' &&
        r.target.kind !== 'empty' &&
        !(r.actual.raw.trim() && rowCauses(p, { kind: 'indicator', row: r }).own.length),
    )
    const told: string[] = []
    if (bounds.length) {
      told.push(
        `${quotedNames(bounds.map(indicatorName))}${plural(bounds.length, '指标', '指标')}的实际完成值按指标值填写，未填写实际完成数值`,
      )
    }
    if (empty.length) {
      told.push(`${quotedNames(empty.map(indicatorName))}${plural(empty.length, '指标', '指标')}未填写实际完成值`)
    }
    if (!told.length) continue
    const listed = [...bounds, ...empty]
    const stated = listed.flatMap((r) => {
      const texts = said(`${p.key}.I${r.index}`).map(clauseOf)
      if (!texts.length) return []
      return [listed.length > 1 ? `“${indicatorName(r)}”：${texts.join('；')}` : texts.join('；')]
    })
    names.push(...listed.map(indicatorName))
    parts.push(`${name(p)}${told.join('，')}${stated.length ? `（用户说明：${stated.join('；')}）` : ''}`)
    projects.add(p.table.project)
  }
  if (!parts.length) return null
  return {
    kind: 'indefinite-actual',
    title: '绩效指标完成值填报不够规范',
    body: `${parts.join('；')}，绩效指标完成情况的计量和记录不够到位。`,
    projects: [...projects],
    indicators: names,
    cellMeasures: [],
    questions: [],
  }
}
