// Messages and views in the user's terms: figures at the precision written, rows left out of the
// score explained, the help's example asked in the direction the money went.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { varianceExample } from '../../src/app/help-example.ts'
import { parseCanonicalTable } from '../../src/app/schema.ts'
import { tableViewToJson } from '../../src/app/table-view.ts'
import { analyzeTable } from '../../src/core/analyze.ts'
import { Decimal } from '../../src/core/decimal.ts'

const sample = (name: string) => JSON.parse(readFileSync(`data/samples/${name}.json`, 'utf8'))
const analyze = (json: unknown) => analyzeTable(parseCanonicalTable(json, 'x.json'))
const sum = (xs: string[]) => Decimal.sum(xs.map((x) => Decimal.parse(x))).toString()
const sub = (a: string, b: string) => Decimal.parse(a).sub(Decimal.parse(b)).toString()

describe('words for people', () => {
  it('shows a figure at the precision the table wrote it, and a difference exact at that precision', () => {
    const t = sample('zongzhi-2022')
    t.funding[1].actual = 9.874
    t.funding[1].budget = '36.000'
    const row = tableViewToJson(analyze(t)).projects[0]!.funding[1]!
    expect(row).toMatchObject({ actual: '9.874', budget: '36.000', difference: '-26.126' })
    // computed rates stay at 2 decimals
    expect(row.executionRate).toBe('27.43')
  })

  it('shows a department’s sums and stated changes at the precision of the figures summed', () => {
    const d = sample('nanyue-zhengfawei-2022-department')
    d.basicExpenditure.lines[0].actual = '287.805'
    d.projectExpenditure.lines[0].actual = '30.645'
    d.projectExpenditure.changeFromPriorYear = '-3.905'
    const view = tableViewToJson(analyze(d)).department!
    const lines = d.projectExpenditure.lines.map((l: { actual: unknown }) => String(l.actual))
    expect(view.basic.linesSum).toBe('317.045')
    // 30.645 + the other lines as written: exact, not rounded to 2 decimals
    expect(view.project.total).toBe(sum(lines))
    expect(view.project.change).toBe('-3.905')
    expect(view.project.prior).toBe(sub(sum(lines), '-3.905'))
    expect(view.total).toBe(sum([String(d.basicExpenditure.total), ...lines]))
  })

  it('says how many rows could not be compared and how many points they carry', () => {
    const t = sample('zongzhi-2022')
    for (const i of [0, 1, 2]) {
      t.indicators[i].target = '良好'
      t.indicators[i].actual = '100'
    }
    const score = tableViewToJson(analyze(t)).projects[0]!.score
    expect(score.unscored).toEqual([0, 1, 2])
    // the default weights: 产出 50 spread over its 5 rows, 10 each
    expect(score.unscoredNote).toBe('3行无法比较，未计分，共30分')
    expect(score.max).toBe('70')
    expect(tableViewToJson(analyze(sample('zongzhi-2022'))).projects[0]!.score.unscoredNote).toBeNull()
  })

  it('asks about 超出预算 for a project that overspent and 低于预算 for one that underspent', () => {
    expect(varianceExample(analyze(sample('sixing-xiaoqu-2022')))).toBe(
      '为什么四型平安小区以奖代拨经费实际支出超出预算？',
    )
    expect(varianceExample(analyze(sample('zongzhi-2022')))).toBe('为什么综治、平安建设经费实际支出低于预算？')
  })
})
