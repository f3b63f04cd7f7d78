// Issue 9: what writers derive and how they lay it out — derivations on demand, counts and score
// subtotals, quoted text and the user's notes, 年初/全年 roles, Markdown, and the bugs seen.
import { describe, expect, it } from 'vitest'
import { analyzeTable } from '../../src/core/analyze.ts'
import { loadTableFile } from '../../src/adapters/fs-table-source.ts'
import { parseCanonicalTable as parseTable } from '../../src/app/schema.ts'
import { bareProject } from '../core/table-builders.ts'
import { verifyDraft } from '../../src/core/verify.ts'
import { Decimal } from '../../src/core/decimal.ts'
import { findNumbers } from '../../src/core/numbers/find-numbers.ts'
import { NATIONAL_PROFILE } from '../../src/core/scoring-profile.ts'
import { ruleFigure } from '../../src/core/verify/rule-figures.ts'
import { check, codes, sample, statuses } from './helpers.ts'

const derived = (v: Awaited<ReturnType<typeof check>>) =>
  v.mentions.filter((m) => m.derivation).map((m) => `${m.text} ${m.derivation!.op} ${m.derivation!.formula}`)

describe('derivations on demand', () => {
  it('verifies a share, a sum, a ratio, a gap in points and the unspent share, with their formulas', async () => {
    const v = await check(
      'zongzhi',
      '财政拨款占实际支出的比重为31.98%。财政拨款和其他资金共19.8万元。其他资金是财政拨款的1.02倍。执行率85.11%，未执行比例14.89%，较100%低14.89个百分点。',
    )
    expect(v.ok).toBe(true)
    expect(derived(v)).toEqual([
      '31.98% share = 9.8 ÷ 30.64 × 100%',
      '19.8万元 sum = 10 + 9.8',
      '1.02倍 ratio = 10 ÷ 9.8',
      '14.89个百分点 pp-gap = 85.111111% − 100%',
    ])
    expect(v.mentions.find((m) => m.text === '100%')!.status).toBe('ignored')
    // the unspent share is on the fact sheet: 未执行比例 reads it, never the rate
    expect(v.mentions.find((m) => m.text === '14.89%')!.factIds).toEqual(['P1.F0.unspentShare'])
  })

  it('catches a wrong share base, an arithmetic slip and a flipped direction in a derived figure', async () => {
    const base = await check('zongzhi', '财政拨款占实际支出的比重为27.22%。')
    expect(base.ok).toBe(false)
    const slip = await check('zongzhi', '财政拨款和其他资金共19.9万元。')
    expect(slip.ok).toBe(false)
    const flip = await check('zongzhi', '财政拨款比其他资金多0.2万元。')
    expect(flip.findings.map((f) => f.code)).toEqual(['DIRECTION_MISMATCH'])
    expect(flip.mentions[0]!.expected).toBe('少0.2万元')
  })

  it('builds on a figure derived earlier in the sentence (两项合计…，占…)', async () => {
    const v = await check(
      'department',
      '两个自评项目综治、平安建设经费和四型平安小区以奖代拨经费实际投入合计53.34万元，占项目支出的68.37%。',
    )
    expect(v.ok).toBe(true)
    expect(derived(v).at(-1)).toBe('68.37% share = 53.34 ÷ 78.02 × 100%')
  })

  it('checks a sum written with the terms’ names and 共 (种植面积29.5亩 + 鱼塘3亩，共32.5亩)', async () => {
    const v = await check('hexi', '种植面积 3亩 + 鱼塘 3亩，共 **6亩**。')
    expect(derived(v)).toEqual(['6亩 arithmetic = 3 + 3'])
    const slip = await check('hexi', '补助鱼塘面积3亩 + 大棚蔬菜3亩，共7亩。')
    expect(slip.mentions.at(-1)!.status).toBe('mismatch')
    expect(slip.mentions.at(-1)!.expected).toBe('6亩')
  })

  it('checks arithmetic written out and a figure restated in brackets', async () => {
    expect((await check('department', '上年基本支出为317.04 + 3.9 = 320.94万元。')).ok).toBe(true)
    expect((await check('department', '上年基本支出为317.04 + 3.9 = 321.94万元。')).ok).toBe(false)
    expect((await check('zongzhi', '项目年初预算三十六万元（36万元）。')).ok).toBe(true)
    expect((await check('zongzhi', '项目年初预算三十六万元（30.64万元）。')).ok).toBe(false)
  })
})

describe('counts, subtotals and year-on-year rates on the fact sheet', () => {
  it('verifies counts of indicators per category and status, and flags a wrong one', async () => {
    const v = await check('zongzhi', '本项目共设置绩效指标8项，其中产出指标5项、效益指标2项、满意度指标1项。')
    expect(statuses(v)).toEqual([
      '8项 verified P1.count.indicators',
      '5项 verified P1.count.L1.0',
      '2项 verified P1.count.L1.1',
      '1项 verified P1.count.L1.2',
    ])
    expect((await check('zongzhi', '本项目共设置绩效指标8项，其中产出指标6项。')).ok).toBe(false)
  })

  it('counts the items a clause has just listed', async () => {
    expect((await check('zongzhi', '公众安全感民意调查和“平安县市区”工作考评两项均为10次。')).ok).toBe(true)
    expect((await check('zongzhi', '公众安全感民意调查和“平安县市区”工作考评三项均为10次。')).ok).toBe(false)
  })

  it('holds the department’s year-on-year rates where the prior amount is known', async () => {
    const v = await check('department', '部门整体支出较上年的492.6万元下降19.80%，基本支出较上年下降1.22%。')
    expect(statuses(v)).toEqual([
      '492.6万元 verified D.prior',
      '19.80% verified D.changePct',
      '1.22% verified D.B.changePct',
    ])
  })

  it('reads points lost against the execution weight', async () => {
    const v = await check('zongzhi', '预算执行率得分8.51分，扣1.49分。')
    expect(v.ok).toBe(true)
    expect(derived(v)).toEqual(['1.49分 score-lost = 10 − 8.511111'])
  })
})

describe('numbers quoted from the table and from the user', () => {
  it('verifies a figure of a reason cell quoted in its words, not the same figure elsewhere', async () => {
    const table = bareProject({
      project: '暖通改造',
      funding: [{ source: '合计', budget: 43.2, actual: 37.24, reason: '已完工,剩余3%尾款未付' }],
    })
    const a = analyzeTable(table)
    const quoted = verifyDraft('工程已完工，剩余3%的尾款尚未支付。', a)
    expect(quoted.ok).toBe(true)
    expect(quoted.mentions[0]).toMatchObject({
      status: 'verified',
      note: '引自表内文字',
      source: { kind: 'cell', path: 'funding[0].reason' },
    })
    expect(verifyDraft('预算执行率为3%。', a).ok).toBe(false)
  })

  it('verifies the user’s own figures as user-stated facts, marked as such', async () => {
    const a = await sample('zongzhi')
    const notes = ['满意度调查实际结果为96.3%，共发放问卷300份']
    const v = verifyDraft('本年共发放满意度调查问卷300份，满意度调查结果为96.3%。', a, { notes })
    expect(v.ok).toBe(true)
    expect(v.mentions.map((m) => `${m.text} ${m.note}`)).toEqual(['300份 引自用户说明', '96.3% 引自用户说明'])
    expect(v.mentions[0]!.source).toEqual({ kind: 'note', note: notes[0], index: 0 })
    expect(verifyDraft('本年共发放满意度调查问卷300份。', a).ok).toBe(false)
    // a distinctive figure of the notes in other words is still the user's; a round one is not
    expect(verifyDraft('建议将实际完成值改为调查得到的96.3%。', a, { notes }).mentions[0]!.note).toBe('引自用户说明')
    expect(verifyDraft('建议将实际完成值改为调查得到的96.4%。', a, { notes }).ok).toBe(false)
    expect(
      verifyDraft('建议把样本扩大到300份。', a, { notes: ['满意度调查实际结果为96.3%，共发放问卷300份'] }).mentions[0],
    ).toMatchObject({ text: '300份', status: 'unsupported' })
  })
})

describe('roles made precise', () => {
  it('checks a 年初预算 claim against 年初预算 only, and a rate against the base the sentence names', async () => {
    const a = analyzeTable(
      parseTable(
        JSON.parse(
          await import('node:fs').then((fs) => fs.readFileSync('test/fixtures/import/national-2022.json', 'utf8')),
        ),
        'n.json',
      ),
    )
    expect(verifyDraft('项目全年预算520.5万元。', a).ok).toBe(true)
    expect(verifyDraft('项目年初预算520.5万元。', a).ok).toBe(false)
    expect(verifyDraft('按全年预算计算，执行率为95.75%。', a).ok).toBe(true)
    expect(verifyDraft('按年初预算计算，执行率为95.75%。', a).ok).toBe(false)
    expect(verifyDraft('全年实际执行498.36万元，较全年预算结余22.14万元。', a).ok).toBe(true)
  })

  it('never reads the unspent share as the execution rate', async () => {
    expect((await check('zongzhi', '资金结余比例为85.11%。')).ok).toBe(false)
    expect((await check('zongzhi', '资金结余比例为14.89%。')).ok).toBe(true)
  })
})

describe('reading', () => {
  it('checks fractions in words (三成, 八成以上, 一半) instead of ignoring them', async () => {
    expect((await check('zongzhi', '财政拨款执行率不足三成。')).ok).toBe(true)
    expect((await check('zongzhi', '项目执行率八成以上。')).ok).toBe(true)
    expect((await check('zongzhi', '项目执行率不足六成。')).ok).toBe(false)
    expect((await check('zongzhi', '有一半以上资金未执行。')).ok).toBe(false)
    // 成 in a word is no fraction
    expect((await check('zongzhi', '各项工作一成不变，队伍稳定，陆续开展。')).mentions).toEqual([])
  })

  it('reads "低于95%的目标值" as the target compared with, not a bound', async () => {
    const v = await check('zongzhi', '满意度低于95%的目标值。')
    expect(statuses(v)).toEqual(['95% verified P1.I7.target'])
  })

  it('still checks the past figures of a sentence that goes on to a plan', async () => {
    const v = await check('zongzhi', '2022年执行率75.11%，下一步力争执行率达到95%。')
    expect(v.mentions.map((m) => `${m.text} ${m.status}`)).toEqual(['2022年 ignored', '75.11% mismatch', '95% ignored'])
  })
})

describe('Markdown and layout', () => {
  it('strips emphasis inside words and maps every index back to the draft', async () => {
    const text = '实际比预算少**5.36万元**。'
    const v = await check('zongzhi', text)
    expect(v.ok).toBe(true)
    expect(text.slice(v.mentions[0]!.start, v.mentions[0]!.end)).toBe('5.36万元')
  })

  it('reads a Markdown table: the header’s unit for bare cells, the row label, no 序号', async () => {
    const text = [
      '| 序号 | 资金来源 | 年初预算（万元） | 实际投入（万元） | 执行率 |',
      '|---|---|---|---|---|',
      '| 1 | 合计 | 36 | 30.64 | 85.11% |',
      '| 2 | **财政拨款** | 36 | 9.8 | 27.22% |',
    ].join('\n')
    const v = await check('zongzhi', text)
    expect(statuses(v)).toEqual([
      '36 verified P1.F0.budget',
      '30.64 verified P1.F0.actual',
      '85.11% verified P1.F0.rate',
      '36 verified P1.F1.budget',
      '9.8 verified P1.F1.actual',
      '27.22% verified P1.F1.rate',
    ])
    const wrong = await check('zongzhi', text.replace('| 9.8 |', '| 10 |'))
    expect(wrong.findings.map((f) => text.replace('| 9.8 |', '| 10 |').slice(f.start, f.end))).toEqual(['10'])
  })
})

describe('what officers write about budgets, limits and scores', () => {
  it('reads 全年预算比年初预算 as the year’s additions, not the actual’s difference', async () => {
    const v = await check('national', '全年预算比年初预算增加20.5万元。')
    expect(statuses(v)).toEqual(['20.5万元 verified P1.F0.fullYearBudget,P1.F0.budget'])
    expect(derived(v)).toEqual(['20.5万元 difference = 520.5 − 500'])
    const flip = await check('national', '全年预算比年初预算减少20.5万元。')
    expect(flip.findings.map((f) => f.code)).toEqual(['DIRECTION_MISMATCH'])
    expect((await check('national', '全年预算比年初预算增加20.6万元。')).ok).toBe(false)
  })

  it('takes a limit or a target as the object of 较 (较成本上限节约4.5%), whatever its characters', async () => {
    expect(statuses(await check('national', '单处工程改造成本较成本上限节约4.5%。'))).toEqual([
      '4.5% verified P1.I4.deviationRate',
    ])
    const flip = await check('national', '单处工程改造成本较成本上限超出4.5%。')
    expect(flip.mentions[0]!.expected).toBe('节约4.5%')
  })

  it('reads 自评得分 beside 预算执行率 as that row’s score, not the total', async () => {
    expect(statuses(await check('national', '预算执行率指标分值10分，自评得分9.58分。'))).toEqual([
      '10分 verified P1.F0.weight,P1.score.executionWeight',
      '9.58分 verified P1.F0.score,P1.score.executionTheirs',
    ])
    expect(statuses(await check('national', '项目自评总分96.18分。'))).toEqual(['96.18分 verified P1.score.theirTotal'])
  })

  it('reads 该项 as the row of the paragraph’s heading, and a figure of another row there as unsupported', async () => {
    const heading = '（一）新建管网长度。指标值为不少于35公里，实际完成33.6公里。'
    const v = await check('national', `${heading}该项分值10分，自评得分9.6分，扣0.4分。`)
    expect(statuses(v).slice(2)).toEqual([
      '10分 verified P1.I1.weight',
      '9.6分 verified P1.I1.theirScore',
      '0.4分 verified P1.I1.weight,P1.I1.theirScore',
    ])
    // 该项目 is the project, not 该项: a short first sentence is then no row's heading
    const project = await check(
      'national',
      '三是部分绩效指标未达到预期目标。该项目“新建管网长度”指标值≥35公里，实际完成33.6公里，完成率96%。',
    )
    expect(project.ok).toBe(true)
    // 9.58分 is the execution row's score: under this heading it is no figure of 该项
    const other = await check('national', `${heading}该项分值10分，自评得分9.58分。`)
    expect(other.mentions.find((m) => m.text === '9.58分')!.status).not.toBe('verified')
  })
})

describe('amounts and shares in an officer’s words', () => {
  it('reads 未执行金额 as the funding row’s difference, and builds its share of the budget on it', async () => {
    const v = await check(
      'zongzhi',
      '该项目年初预算三十六万元，执行率约为85%，未执行金额5.36万元，占年初预算的14.89%。',
    )
    expect(statuses(v).slice(2)).toEqual(['5.36万元 verified P1.F0.diff', '14.89% verified P1.F0.diff,P1.F0.budget'])
  })

  it('counts the rows a sentence has given figures for (两项合计) and divides a year by its months (每月)', async () => {
    const v = await check(
      'department',
      '与上年相比，基本支出减少三万九千元，项目支出减少93.64万元，两项合计减少97.54万元。',
    )
    expect(derived(v)).toContain('两项 count = “基本支出”、“项目支出”，共2项')
    expect(
      (await check('department', '与上年相比，基本支出减少三万九千元，项目支出减少93.64万元，三项合计减少97.54万元。'))
        .ok,
    ).toBe(false)
    expect(derived(await check('national', '全年平均每月实际支出约41.53万元。'))).toEqual([
      '约41.53万元 per-unit = 498.36 ÷ 12',
    ])
    expect((await check('national', '全年平均每月实际支出约42.53万元。')).ok).toBe(false)
  })

  it('reads a gap to the row’s own target (比目标高1.2个百分点) and catches 高 written for 低', async () => {
    expect(statuses(await check('national', '农村自来水普及率达到91.2%，比目标高1.2个百分点。'))).toEqual([
      '91.2% verified P1.I5.actual',
      '1.2个百分点 verified P1.I5.gap',
    ])
    const flip = await check('national', '农村自来水普及率达到91.2%，比目标低1.2个百分点。')
    expect(flip.findings.map((f) => f.code)).toEqual(['DIRECTION_MISMATCH'])
    expect(flip.mentions[1]!.expected).toBe('高1.2个百分点')
  })

  it('reads a percentage after a budget word as the rate on that budget (按全年预算计算为95.75%)', async () => {
    expect(statuses(await check('national', '按全年预算计算为95.75%；如果误用年初预算，会得到99.67%。'))).toEqual([
      '95.75% verified P1.F0.fullYearRate',
      '99.67% verified P1.F0.rate',
    ])
    expect((await check('national', '按全年预算计算为99.67%。')).mentions[0]!.expected).toBe('95.75%')
  })

  it('names 其他资金 by the description its reason cell gives', async () => {
    expect(statuses(await check('sixing', '其中财政拨款15万元全部执行，另使用财政返还的奖励经费7.7万元。'))).toEqual([
      '15万元 verified P1.F1.budget,P1.F1.actual',
      '7.7万元 verified P1.F2.actual',
    ])
    expect((await check('sixing', '另使用财政返还的奖励经费8.7万元。')).ok).toBe(false)
  })

  it('reads a bound before 百分之 (不低于百分之九十五)', async () => {
    expect(statuses(await check('zongzhi', '人民群众满意度不低于百分之九十五。'))).toEqual([
      '不低于百分之九十五 verified P1.I7.target,P1.I7.actual',
    ])
    expect((await check('zongzhi', '人民群众满意度不低于百分之九十。')).ok).toBe(false)
  })

  it('counts the list of the clause before when a clause opens with the count, names with 、 kept whole', async () => {
    const v = await check('department', '即综治、平安建设经费和四型平安小区以奖代拨经费，两项合计实际投入53.34万元。')
    expect(derived(v)[0]).toBe('两项 count = “综治、平安建设经费”、“四型平安小区以奖代拨经费”，共2项')
    expect(
      (await check('department', '即综治、平安建设经费和四型平安小区以奖代拨经费，三项合计实际投入53.34万元。')).ok,
    ).toBe(false)
  })

  it('reads the overspend as a share of the amount spent (超支部分占实际支出的33.92%), not the overspend rate', async () => {
    expect(derived(await check('sixing', '超支部分占实际支出的33.92%。'))).toEqual(['33.92% share = 7.7 ÷ 22.7 × 100%'])
    // 51.33% is the overspend against the budget: of the amount spent it is the wrong base
    expect((await check('sixing', '超支部分占实际支出的51.33%。')).ok).toBe(false)
  })

  it('reads an amount named unspent after it (还有20.14万元未执行) as the row’s difference', async () => {
    expect(statuses(await check('national', '当年财政拨款按全年预算470.5万元计，还有20.14万元未执行。'))).toEqual([
      '470.5万元 verified P1.F1.fullYearBudget',
      '20.14万元 verified P1.F1.fullYearDiff',
    ])
    expect((await check('national', '当年财政拨款还有21.14万元未执行。')).ok).toBe(false)
  })

  it('reads 占…的 as a share when a number of the whole stands between (占参评小区40个的37.5%)', async () => {
    const v = await check('sixing', '全年共评出五星级小区15个，占参评小区40个的37.5%。')
    // no row holds 40 or the share: unsupported, never a mismatch against the execution rate
    expect(v.mentions.find((m) => m.text === '37.5%')!.status).toBe('unsupported')
  })
})

describe('what real tables leave unsaid', () => {
  it('reads the unitless cells of a money indicator of the project’s size in 万元', async () => {
    const v = await check('hebei', '工程资金金额指标值为43.2万元，实际完成37.24万元，完成率86.2%。')
    // 完成率 is a measure, not part of the name 工程完工率: the rate is the one of the row named
    expect(statuses(v)).toEqual([
      '43.2万元 verified P1.I0.target',
      '37.24万元 verified P1.I0.actual',
      '86.2% verified P1.I0.completion',
    ])
    expect((await check('hebei', '工程资金金额指标值为43.2元。')).mentions[0]!.expected).toBe('43.2万元')
    // the cells stay as written on the fact sheet, and a bare number still reads them
    expect(statuses(await check('hebei', '“指标1工程资金金额”指标值43.2，实际完成37.24。'))).toEqual([
      '43.2 verified P1.I0.target',
      '37.24 verified P1.I0.actual',
    ])
    expect((await sample('hebei')).sheet.byId.get('P1.I0.target')!.display).toBe('43.2')
  })

  it('quotes a reason cell repeated in its words, even under a heading word (产生差异的原因)', async () => {
    const v = await check('hebei', '产生差异的原因：已完工，剩余3%尾款未付，且最高限价低于预算金额。')
    expect(statuses(v)).toEqual(['3% verified P1.T2'])
    expect((await check('hebei', '产生差异的原因：已完工，剩余5%尾款未付。')).ok).toBe(false)
  })

  it('verifies a zero the form was filled with, named by its row', async () => {
    expect(statuses(await check('guichi', '自评表“年度资金总额”栏填报为0，执行率得分填报0分。'))).toEqual([
      '0 verified P1.F0.budget,P1.F0.fullYearBudget,P1.F0.actual,P1.F0.diff,P1.F0.fullYearDiff',
      '0分 verified P1.F0.score,P1.score.executionTheirs',
    ])
  })

  it('verifies a goal the sentence calls a goal, quoted from the goal cell, and nothing else by it', async () => {
    const v = await check('hexi', '年初设定的目标为落实39户特色种养业奖补政策。')
    expect(statuses(v)).toEqual(['39户 verified P1.T0'])
    expect(v.mentions[0]!.note).toBe('引自表内文字')
    expect((await check('hexi', '年初设定的目标为落实38户特色种养业奖补政策。')).ok).toBe(false)
  })

  it('knows a 其中 sub-row by what sets it apart from its siblings (羊 for 其中羊养殖数量)', async () => {
    expect(
      statuses(await check('hexi', '补助羊180只、猪12头，家畜家禽合计192只。另有苹果树5亩、大棚蔬菜3亩、桃树1.5亩。')),
    ).toEqual([
      '180只 verified P1.I8.actual',
      '12头 verified P1.I9.actual',
      '192只 verified P1.I7.actual',
      '5亩 verified P1.I2.actual',
      '3亩 verified P1.I4.actual',
      '1.5亩 verified P1.I1.actual',
    ])
    expect((await check('hexi', '补助羊170只。')).ok).toBe(false)
  })

  it('reads the figures of an indicator’s name as its name, and the gap of that row’s own pair', async () => {
    const v = await check(
      'hengshan',
      '5000吨稻谷、500吨成品粮储备到位率100%，市民满意度调查结果为100%，高于≥90%的目标值10个百分点。',
    )
    expect(statuses(v)).toEqual([
      '100% verified P1.I0.actual',
      '100% verified P1.I15.actual',
      '≥90% verified P1.I15.target',
      '10个百分点 verified P1.I15.actual,P1.I15.target',
    ])
    expect(v.mentions[0]!.note).toBe('指标名称的一部分，不是数据')
  })

  it('reads a count before a numbered word (16项三级指标) and the points lost (扣6分)', async () => {
    expect(statuses(await check('hengshan', '项目共设置16项三级指标，其中15项已达成。'))).toEqual([
      '16项 verified P1.count.indicators',
      '15项 verified P1.count.met',
    ])
    expect(statuses(await check('hengshan', '按全国默认规则测算，项目总得分94分，扣6分。'))).toEqual([
      '94分 verified P1.score.total',
      '6分 verified P1.sub.lost',
    ])
    expect((await check('hengshan', '按全国默认规则测算，项目总得分94分，扣7分。')).mentions[1]!.expected).toBe('6分')
  })

  it('holds the indicators’ weights without the execution rate’s, and adds a subtotal the sentence gave', async () => {
    const v = await check('national', '八项绩效指标分值合计90分，加上预算执行率分值10分，共100分。')
    expect(statuses(v).slice(1)).toEqual([
      '90分 verified P1.sub.indicatorWeights',
      '10分 verified P1.F0.weight,P1.score.executionWeight',
      '100分 verified P1.sub.indicatorWeights,P1.F0.weight',
    ])
    expect((await check('national', '绩效指标分值合计80分。')).ok).toBe(false)
    // 自评总分 names the total score: the execution row's 9.58分 is no total
    expect((await check('national', '项目自评总分9.58分。')).ok).toBe(false)
  })

  it('divides 户均/人均 by a count of 户 or 人 of the project, its goal text included', async () => {
    const v = await check('hexi', '项目投入9.48万元，户均补贴约0.24万元，人均约1053元。')
    expect(derived(v)).toEqual(['约0.24万元 per-unit = 9.48 ÷ 39', '约1053元 per-unit = 9.48 ÷ 90'])
    expect((await check('hexi', '项目投入9.48万元，户均补贴约0.26万元。')).ok).toBe(false)
  })

  it('reads a project named with a score as its total score, not an indicator named like it', async () => {
    const v = await check('department', '综治、平安建设经费得分98.51分；四型平安小区以奖代拨经费得分100分。')
    expect(statuses(v).filter((s) => s.includes('分 '))).toEqual([
      '98.51分 verified P1.score.total',
      '100分 verified P2.score.total',
    ])
    expect((await check('department', '综治、平安建设经费得分97.51分。')).ok).toBe(false)
  })

  it('never takes a target compared with (高于…的目标值) for the 合计 row’s figure', async () => {
    const v = await check('national', '满意度方面，受益群众满意度93%，高于100%的目标值。')
    // 100% is 工程验收合格率's target: flagged with both readings, not corrected
    expect(statuses(v)).toEqual(['93% verified P1.I7.actual', '100% unsupported P1.I2.target,P1.I7.target'])
    expect(codes(v)).toEqual(['error:NUMBER_OTHER_ROW'])
  })
})

describe('a whole and its parts', () => {
  it('reads an amount inside the object of 占 as the whole, by its own words', async () => {
    const v = await check('guichi', '每项各占年初预算90万元的三分之一。')
    expect(statuses(v)).toContain('90万元 verified P1.F1.budget')
  })

  it('gives the parts of a 其中 breakdown the role of their whole', async () => {
    const right = await check('national', '项目年初预算500万元，其中当年财政拨款450万元、上年结转资金50万元。')
    expect(statuses(right)).toEqual([
      '500万元 verified P1.F0.budget',
      '450万元 verified P1.F1.budget',
      '50万元 verified P1.F2.budget',
    ])
    // 450.36 is the 当年财政拨款 row's actual, not its 年初预算
    const wrong = await check('national', '项目年初预算500万元，其中当年财政拨款450.36万元、上年结转资金48万元。')
    expect(statuses(wrong).slice(1)).toEqual(['450.36万元 unsupported', '48万元 mismatch P1.F2.budget'])
  })

  it('reads an amount with no role word, followed by the spending, as the budget', async () => {
    expect((await check('hebei', '该项目年度资金总额43.2万元，全年执行37.24万元。')).ok).toBe(true)
    const swapped = await check('hebei', '该项目年度资金总额37.24万元，全年执行37.24万元。')
    expect(statuses(swapped)[0]).toBe('37.24万元 mismatch P1.F0.budget')
  })

  it('does not take the source a whole is made of (全部为财政拨款, 无其他资金) as the row of what follows', async () => {
    const right = await check('zongzhi', '年初预算36万元，全部为财政拨款；全年实际投入30.64万元，预算执行率85.11%。')
    expect(right.ok).toBe(true)
    // 9.8 is the 财政拨款 row's actual; the clause speaks of the project's
    const wrong = await check('zongzhi', '年初预算36万元，全部为财政拨款；全年实际投入9.8万元，预算执行率85.11%。')
    expect(statuses(wrong)[1]).toBe('9.8万元 unsupported P1.F1.actual,P1.F0.actual')
    expect(wrong.findings[0]!.message).toBe(
      '文中“9.8万元”是财政拨款的实际投入；若此处说的是合计的实际投入，应为30.64万元（来源：资金情况·合计·实际投入），请核对所指',
    )
    const none = await check(
      'hexi',
      '本项目全年预算9.48万元，全部为本年财政拨款，无其他资金。截至年底实际支出9.48万元，预算执行率100%。',
    )
    expect(none.ok).toBe(true)
  })
})

describe('counts within a category, and sums of a list', () => {
  it('checks met and not-met counts within a category, from the clause or the heading before a colon', async () => {
    const v = await check('hengshan', '效益指标5项中完成4项。- **效益指标（5项）**：4项达标；')
    expect(statuses(v)).toEqual([
      '5项 verified P1.count.L1.1',
      '4项 verified P1.count.L1.1.met',
      '5项 verified P1.count.L1.1',
      '4项 verified P1.count.L1.1.met',
    ])
    // (3 is also the count of 一级指标: a count shares its value with some other count too often to say
    // the writer meant that one, so it is corrected, not flagged as another row's figure)
    const wrong = await check('hengshan', '效益指标5项中完成3项。')
    expect(wrong.mentions.find((m) => m.text === '3项')).toMatchObject({ status: 'mismatch', expected: '4项' })
  })

  it('gives no verdict on a count the writer groups (等8项), and counts rows not compared with those 未完成', async () => {
    const group = await check('hengshan', '产出指标中，储备到位率、库存数量真实率等8项比率类指标均达到100%。')
    expect(group.mentions.find((m) => m.text === '8项')!.status).toBe('unsupported')
    // one row's actual is “无”: not comparable, which a writer may count as not done (so it verifies
    // as that count), but a count of neither kind is no verdict on the rows not met
    const unsure = await check('hengshan', '效益指标5项中1项未完成。')
    expect(unsure.mentions.find((m) => m.text === '1项')).toMatchObject({
      status: 'verified',
      factIds: ['P1.count.notComparable'],
    })
    const two = await check('hengshan', '效益指标5项中2项未完成。')
    expect(two.mentions.find((m) => m.text === '2项')!.status).toBe('unsupported')
  })

  it('quotes a goal cell the sentence says it quotes, and sums the list past its count (三项合计)', async () => {
    const v = await check('guichi', '实际完成情况写的是 30万元、30万元 和 29.99万元，三项合计 **89.99万元**。')
    expect(v.ok).toBe(true)
    expect(v.mentions.slice(0, 3).map((m) => m.note)).toEqual(['引自表内文字', '引自表内文字', '引自表内文字'])
    expect(v.mentions.at(-1)!.derivation).toMatchObject({ formula: '= 30 + 30 + 29.99' })
    // a figure the cell does not hold is not quoted from it
    expect((await check('guichi', '实际完成情况写的是 30万元、30万元 和 29.98万元。')).ok).toBe(false)
  })

  it('checks the sum of a list in words (A、B合计C) and reads a total that disagrees as the table’s', async () => {
    const v = await check('hengshan', '按5000吨稻谷、500吨成品粮合计5500吨的储备规模测算。')
    expect(v.mentions.at(-1)).toMatchObject({ status: 'verified', derivation: { formula: '= 5000 + 500' } })
    expect((await check('hengshan', '按5000吨稻谷、500吨成品粮合计5600吨的储备规模测算。')).ok).toBe(false)
    // the table's 合计 row (30.64) is not the sum of its sources (19.8): the total is read as the table's
    const total = await check('zongzhi', '财政拨款9.8万元、其他资金10万元，合计30.64万元。')
    expect(statuses(total)[2]).toBe('30.64万元 verified P1.F0.actual')
  })
})

describe('the row a clause is about', () => {
  it('does not read 执行 of a spending verb as naming the 预算执行率 score row', async () => {
    const v = await check('national', '追加当年财政拨款20.5万元。全年实际执行498.36万元。')
    expect(statuses(v)[1]).toBe('498.36万元 verified P1.F0.actual')
  })

  it('keeps an indicator named earlier in the sentence instead of falling back to the 合计 row', async () => {
    // 95.75% is the project's rate on the full-year budget; the sentence is about 新建管网长度 (96%)
    const v = await check('national', '新建管网长度实际33.6公里，为95.75%。')
    // flagged; which of the row's figures it should be the words do not say (no role word)
    expect(v.mentions[1]!.status).toBe('unsupported')
  })

  it('reads the figures after a budget addition (追加当年财政拨款) as the project’s, not the added row’s', async () => {
    const text = (x: string) => `年度执行中追加当年财政拨款20.5万元，全年预算调整为520.5万元。全年实际执行${x}万元。`
    expect((await check('national', text('498.36'))).ok).toBe(true)
    // 450.36 is the 当年财政拨款 row's actual: the project spent 498.36
    expect((await check('national', text('450.36'))).ok).toBe(false)
    // a row that opens its own sentence still goes on into the next (财政拨款实际投入9.8万元。执行率为27.22%。)
    expect((await check('zongzhi', '财政拨款实际投入9.8万元。执行率为27.22%。')).ok).toBe(true)
  })
})

describe('scores as reports lay them out', () => {
  it('reads a Markdown score table whose headers (分值, 得分) give no unit', async () => {
    const table = [
      '| 一级指标 | 分值 | 得分 |',
      '|---|---|---|',
      '| 产出指标 | 50 | 49.6 |',
      '| 效益指标 | 30 | 27 |',
      '| 预算执行率 | 10 | 9.58 |',
      '| 合计 | 100 | 96.18 |',
    ].join('\n')
    const v = await check('national', table)
    expect(v.ok).toBe(true)
    expect(statuses(v)).toContain('9.58 verified P1.F0.score,P1.score.executionTheirs')
    expect(statuses(v)).toContain('96.18 verified P1.score.theirTotal')
    expect((await check('national', table.replace('| 27 |', '| 28 |'))).ok).toBe(false)
  })

  it('verifies 扣0分 only where nothing the sentence names lost points', async () => {
    const full = await check('national', '满意度指标分值10分，得分10分，扣0分。')
    expect(full.mentions.at(-1)).toMatchObject({ status: 'verified', derivation: { formula: '= 10 − 10' } })
    // 效益指标 lost 3 points: a row inside it with full marks is no ground for 扣0分
    const lost = await check('national', '效益指标分值30分，得分27分，扣0分。')
    expect(lost.mentions.at(-1)!.status).toBe('unsupported')
  })

  it('keeps the table’s score (自评, 表中) and the rules’ score (计算, 应为) apart', async () => {
    const v = await check('hebei', '预算执行率：表中自评 9分；若按“执行率 × 10”计算应为 **8.62分**。')
    expect(statuses(v)).toEqual([
      '9分 verified P1.F0.score,P1.score.executionTheirs',
      '8.62分 verified P1.score.execution',
    ])
    // the computed score called the table's, and back
    expect((await check('hebei', '预算执行率：表中自评 8.62分。')).ok).toBe(false)
    expect((await check('national', '按评分规则计算，总得分应为96.18分。')).ok).toBe(false)
  })

  it('reads a number in points after a row word as that row’s score (预算执行率9.58分)', async () => {
    const v = await check('national', '其中产出指标49.6分、效益指标27分、满意度指标10分、预算执行率9.58分。')
    expect(v.ok).toBe(true)
    // flagged, but not corrected: the words named a row, not that the number is its score
    const wrong = await check('national', '预算执行率9.68分。')
    expect(wrong.mentions[0]!.status).toBe('unsupported')
  })

  it('reads a score table whose rows name the points (总分, 扣分) and whose labels carry a count', async () => {
    const byRows = ['| | 自评表 | 按规则复核 |', '|---|---|---|', '| 总分 | 98 | 97.24 |', '| 扣分 | 2 | 2.76 |'].join(
      '\n',
    )
    expect(statuses(await check('hebei', byRows))).toEqual([
      '98 verified P1.score.theirTotal',
      '97.24 verified P1.score.total',
      '2 verified P1.sub.theirLost',
      '2.76 verified P1.sub.lost',
    ])
    const counted = ['| 指标 | 分值 | 表中得分 |', '|---|---|---|', '| 效益指标（3项） | 30 | 30 |'].join('\n')
    expect(statuses(await check('guichi', counted))).toEqual([
      '3项 verified P1.count.L1.1',
      '30 verified P1.sub.L1.1.weight',
      '30 verified P1.sub.L1.1.theirs',
    ])
  })

  it('reads 全年执行 as the amount spent, in a Markdown column', async () => {
    const table = [
      '| 资金来源 | 全年预算（万元） | 全年执行（万元） |',
      '|---|---|---|',
      '| 本年财政拨款 | 89.974 | 89.974 |',
    ].join('\n')
    expect(statuses(await check('guichi', table))).toEqual([
      '89.974 verified P1.F1.fullYearBudget',
      '89.974 verified P1.F1.actual',
    ])
  })
})

describe('what a paragraph or a department report takes for granted', () => {
  it('counts met indicators of the category a numbered heading names', async () => {
    const v = await check('national', '三、绩效指标完成情况\n（一）产出指标。共设置三级指标5个，完成4个。')
    expect(statuses(v)).toEqual(['5个 verified P1.count.L1.0', '4个 verified P1.count.L1.0.met'])
  })

  it('reads a bound before 的目标 as the target compared with, spaces and bold allowed', async () => {
    const v = await check('hexi', '特色产业带动受益农户增收 **12万元**，超过 ≥11.376万元 的目标 **0.624万元**。')
    expect(v.ok).toBe(true)
    expect(statuses(v)[1]).toBe('≥11.376万元 verified P1.I12.target')
  })

  it('sums the self-evaluated projects a department report takes together (两个项目合计)', async () => {
    const v = await check('department', '两个自评项目实际投入合计53.34万元。')
    expect(v.mentions.at(-1)).toMatchObject({
      status: 'verified',
      derivation: { op: 'sum', factIds: ['P1.F0.actual', 'P2.F0.actual'], formula: '= 30.64 + 22.7' },
    })
    expect((await check('department', '两个自评项目实际投入合计53.44万元。')).ok).toBe(false)
  })

  it('counts all the projects for 全部N个项目, not only those evaluated', async () => {
    expect(statuses(await check('department', '三是对全部4个项目开展绩效自评。'))).toEqual([
      '4个 verified D.count.projects',
    ])
  })
})

describe('chat models’ typography', () => {
  it('takes keycap emoji (1️⃣) as list markers and a qualifier across the space bold leaves (近 **195万元**)', async () => {
    const v = await check('hengshan', '### 1️⃣ 资金\n资金近 **195万元** 全部执行到位。')
    expect(v.mentions.map((m) => `${m.text} ${m.status}`)).toEqual(['1 ignored', '近 **195万元 verified'])
    expect((await check('hengshan', '资金近 **180万元** 全部执行到位。')).ok).toBe(false)
  })
})

describe('arithmetic shown beside its result', () => {
  it('checks a formula in brackets after its result, its bare terms read as the table’s amounts', async () => {
    const v = await check('hebei', '执行率精确计算为 **86.20%**（37.24 ÷ 43.2）。')
    expect(v.ok).toBe(true)
    expect(v.mentions[0]!.derivation).toMatchObject({ op: 'arithmetic', formula: '= 37.24 ÷ 43.2' })
    expect((await check('hebei', '执行率精确计算为 86.30%（37.24 ÷ 43.2）。')).ok).toBe(false)
  })

  it('reads a bare term at a line’s start as a term, not a section number (251.89 ÷ 238.93)', async () => {
    const v = await check('national', '按全年预算：\n498.36 ÷ 520.5 = 95.75%')
    expect(v.mentions.map((m) => m.status)).toEqual(['verified', 'verified', 'verified'])
  })

  it('takes a term the sentence has already given (破案33起 … （33 ÷ 111）)', async () => {
    const v = await check('department', '电信诈骗立案 111起，破案 33起，破案率 29.73%（33 ÷ 111）。')
    expect(v.ok).toBe(true)
    expect(v.mentions.at(-1)!.factIds).toEqual(v.mentions[0]!.factIds)
  })
})

describe('names and plans a clause only touches', () => {
  it('does not take single characters for a name (项目全年预算 does not name 年度目标)', async () => {
    const v = await check('national', '年度执行中，县财政追加当年财政拨款，项目全年预算调整为5,205,000元。')
    expect(statuses(v)).toEqual(['5,205,000元 verified P1.F0.fullYearBudget'])
  })

  it('checks a number that names the plan it is compared with against the plan only (低于40万元的上限)', async () => {
    expect((await check('national', '新建管网实际完成33.6公里，较35公里的目标少1.4公里。')).ok).toBe(true)
    // the actual written where the target belongs: flagged, not taken for the actual
    const v = await check('national', '单处工程改造成本38.2万元，低于38.2万元的上限。')
    expect(v.mentions[1]!.status).toBe('unsupported')
    expect((await check('national', '受益群众满意度为93%，比93%的目标值高3个百分点。')).ok).toBe(false)
  })

  it('reads a number before 的…标准 as the plan compared with', async () => {
    const v = await check('national', '单处改造平均成本38.2万元，比40万元的成本控制标准低4.5%。')
    expect(statuses(v)[1]).toBe('40万元 verified P1.I4.target')
  })

  it('counts the projects a department carried out (共实施项目4个)', async () => {
    expect(statuses(await check('department', '全年共实施项目4个，其中2个开展了绩效自评。'))).toEqual([
      '4个 verified D.count.projects',
      '2个 verified D.count.selfEvaluations',
    ])
  })
})

describe('a rate named right before its number', () => {
  it('is that rate’s own value, never its completion (种植作物成活率100% where the rate is 95%)', async () => {
    const right = await check('hexi', '种植作物成活率95%，养殖家畜家禽成活率100%，均达到年度指标值。')
    expect(statuses(right)).toEqual(['95% verified P1.I10.actual', '100% verified P1.I11.actual'])
    // 95 of 95 is a completion of 100%, but the words name the rate
    const wrong = await check('hexi', '种植作物成活率95%，种植作物成活率100%，均达到年度指标值。')
    expect(wrong.mentions[1]).toMatchObject({ status: 'unsupported' })
    expect(wrong.findings[0]!.message).toContain('若此处说的是种植作物成活率的实际完成值，应为95%')
    const other = await check('hexi', '种植作物成活率95%，种植作物成活率97%，均达到年度指标值。')
    expect(other.mentions[1]).toMatchObject({ status: 'mismatch', expected: '95%' })
    // a completion named as one still reads as one
    expect((await check('hexi', '种植作物成活率完成率100%。')).ok).toBe(true)
  })
})

describe('corrections only where the words say what the number is', () => {
  it('flags a wrong figure with no role word without suggesting one of the row’s figures', async () => {
    // 财政拨款 has a budget (36) and an actual (9.8): 9.9 is wrong, but which was meant is a guess
    const v = await check('zongzhi', '其中财政拨款9.9万元。')
    expect(v.mentions[0]).toMatchObject({ status: 'unsupported' })
    expect(v.mentions[0]!.expected).toBeUndefined()
    // with the role named, the right value is given
    const named = await check('zongzhi', '其中财政拨款实际支出9.9万元。')
    expect(named.mentions[0]).toMatchObject({ status: 'mismatch', expected: '9.8万元' })
  })
})

describe('the bugs seen', () => {
  it('does not carry one sentence’s row into the next', async () => {
    const v = await check('zongzhi', '财政拨款实际投入9.8万元。预算执行率为85.11%。')
    expect(statuses(v)).toEqual(['9.8万元 verified P1.F1.actual', '85.11% verified P1.F0.rate'])
  })

  it('falls back from a total row left at 0 to the row that carries the money', () => {
    const a = analyzeTable(
      bareProject({
        project: '委托业务',
        funding: [
          { source: '年度资金总额', budget: 0, actual: 0, reason: '' },
          { source: '本年财政拨款', budget: 90, actual: 89.974, reason: '' },
        ],
      }),
    )
    expect(verifyDraft('委托业务项目年初预算90万元，全年实际支出89.974万元。', a).ok).toBe(true)
    expect(verifyDraft('委托业务项目全年实际支出89.975万元。', a).ok).toBe(false)
  })

  it('accepts a figure more precise than the table when it agrees at the table’s precision', () => {
    const a = analyzeTable(
      bareProject({ year: 2023, funding: [{ source: '合计', budget: '150', actual: '132.912', reason: '' }] }),
    )
    const v = verifyDraft('项目实际投入1329120.67元。', a)
    expect(v.mentions[0]).toMatchObject({
      status: 'verified',
      note: '文中数字比表中（132.912万元）更精确，按表中精度一致',
    })
    expect(verifyDraft('项目实际投入1329130.67元。', a).ok).toBe(false)
  })
})

describe('what a department’s drafts say of its projects together', () => {
  it('reads N个项目 as the count of the projects, and their rates’ gap over both (两个项目的执行率相差)', async () => {
    const v = await check('department', '两个项目的执行率相差66.22个百分点。两个项目合计支出53.34万元。')
    expect(v.ok).toBe(true)
    expect(statuses(v).slice(0, 1)).toEqual(['两个 verified D.count.selfEvaluations'])
    expect(derived(v)).toEqual(['66.22个百分点 pp-gap = 85.111111% − 151.333333%', '53.34万元 sum = 30.64 + 22.7'])
    // a gap the rates do not give, and a count neither of the projects’ counts agrees with
    expect((await check('department', '两个项目的执行率相差65.22个百分点。')).ok).toBe(false)
    expect((await check('department', '三个项目的执行率相差66.22个百分点。')).ok).toBe(false)
  })

  it('reads 100% on the row of a share table’s whole as its own share, and not on a part’s row', async () => {
    const table =
      '| 资金来源 | 实际支出（万元） | 占实际支出比重 |\n|---|---|---|\n| 其他资金 | 7.7 | 33.92% |\n| 合计 | 22.7 | 100% |'
    const v = await check('sixing', table)
    expect(v.ok).toBe(true)
    expect(derived(v)).toEqual(['33.92% share = 7.7 ÷ 22.7 × 100%', '100% share = 22.7 ÷ 22.7 × 100%'])
    expect((await check('sixing', table.replace('7.7 | 33.92%', '7.7 | 100%'))).ok).toBe(false)
  })
})

describe('what a department’s drafts say of one project after another', () => {
  it('ends an item of a list at the 、 after its figure (人员经费增长10%、公用经费下降10%), not across a comma', async () => {
    const v = await check('department', '人员经费增长10%、公用经费下降10%。')
    expect(statuses(v)).toEqual(['10% verified D.B.L0.changePct', '10% verified D.B.L1.changePct'])
    expect((await check('department', '人员经费增长10%、日常公用经费增长10%。')).ok).toBe(false)
    const s = analyzeTable(await loadTableFile('test/corpus/tables/shanxi-jishan-gongwei-2021.json'))
    const both = verifyDraft('高血压规范管理3224人、糖尿病规范管理695人，完成率分别为84.69%和80.53%。', s)
    expect(both.ok).toBe(true)
  })

  it('reads a project named in short (综治项目) as its sentence’s project, not the one named before', async () => {
    const v = await check(
      'department',
      '四型平安小区以奖代拨经费年初预算15万元、实际投入22.7万元。\n\n一是综治项目财政拨款36万元仅支出9.8万元。',
    )
    expect(statuses(v).slice(2)).toEqual(['36万元 verified P1.F1.budget', '9.8万元 verified P1.F1.actual'])
    const wrong = await check(
      'department',
      '四型平安小区以奖代拨经费实际投入22.7万元。\n\n一是综治项目财政拨款仅支出15万元。',
    )
    expect(wrong.ok).toBe(false)
  })

  it('reads points written after a project’s name with no score word it knows (测算得98.51分) as its total', async () => {
    const v = await check('department', '综治、平安建设经费按全国默认评分办法测算得98.51分。')
    expect(statuses(v)).toEqual(['98.51分 verified P1.score.total'])
    expect((await check('department', '综治、平安建设经费按全国默认评分办法测算得98.52分。')).ok).toBe(false)
  })
})

describe('what officers and chat models write about changes, scores and the lines before', () => {
  const table = async (name: string) => analyzeTable(await loadTableFile(`test/corpus/tables/${name}.json`))

  it('reads 由A调增至B as the budget before a change and the level after it, not as a difference', async () => {
    const a = analyzeTable(await loadTableFile('test/fixtures/import/national-2022.json'))
    const v = verifyDraft('全年预算由500万元调增至520.5万元。', a)
    expect(v.mentions.map((m) => `${m.text} ${m.status} ${m.factIds.join(',')}`)).toEqual([
      '500万元 verified P1.F0.budget',
      '520.5万元 verified P1.F0.fullYearBudget',
    ])
    // the level after the change is still checked, and no correct figure is called a mismatch
    expect(verifyDraft('全年预算由500万元增加到530.5万元。', a).mentions[1]).toMatchObject({
      status: 'mismatch',
      expected: '520.5万元',
    })
    expect(verifyDraft('全年预算由500万元增加到520.5万元。', a).ok).toBe(true)
  })

  it('reads 未执行…万元，占全年预算的…% as the unspent amount’s share of the budget it names, not the rate', async () => {
    const a = analyzeTable(await loadTableFile('test/fixtures/import/national-2022.json'))
    const v = verifyDraft('全年执行498.36万元，未执行22.14万元，占全年预算的4.25%。', a)
    expect(v.ok).toBe(true)
    expect(v.mentions[2]!.derivation).toMatchObject({
      op: 'share',
      factIds: ['P1.F0.fullYearDiff', 'P1.F0.fullYearBudget'],
    })
    // 4.43% is the share of 年初预算 (500万元): on 全年预算 it is the wrong base
    expect(verifyDraft('全年执行498.36万元，未执行22.14万元，占年初预算的4.43%。', a).ok).toBe(true)
    expect(verifyDraft('全年执行498.36万元，未执行22.14万元，占全年预算的4.43%。', a).ok).toBe(false)
  })

  it('checks arithmetic written with ≈ and a percentage of an amount (10 × 85.11% ≈ 8.51分), marking the expression', async () => {
    const v = await check(
      'zongzhi',
      '计算方法：实际投入 ÷ 年初预算 = 30.64 ÷ 36 ≈ 85.11%。得分：10 × 85.11% ≈ 8.51分。',
    )
    expect(v.ok).toBe(true)
    expect(derived(v)).toEqual(['85.11% arithmetic = 30.64 ÷ 36', '8.51分 arithmetic = 10 × 85.11%'])
    const wrong = await check('zongzhi', '计算方法：30.64 ÷ 36 ≈ 86.11%。')
    expect(wrong.findings.map((f) => [f.code, '计算方法：30.64 ÷ 36 ≈ 86.11%。'.slice(f.start, f.end)])).toEqual([
      ['NUMBER_MISMATCH', '30.64 ÷ 36 ≈ 86.11%'],
    ])
  })

  it('leaves a precision (保留两位小数) and the writer’s own points (另外提醒两点) alone, but checks a count of the data', async () => {
    const v = await check('zongzhi', '建议保留两位小数。另外有两个容易算错的地方。另外提醒两点。共设置8项指标。')
    expect(v.mentions.map((m) => `${m.text} ${m.status}`)).toEqual([
      '两位 ignored',
      '两个 ignored',
      '两 ignored',
      '8项 verified',
    ])
    expect((await check('zongzhi', '另外提醒两点。共设置9项指标。')).ok).toBe(false)
  })

  it('reads a computed column beside columns of points (| 分值 | 自评得分 | 按公式计算 |) in points', async () => {
    const a = await table('hebei-langfang-nuantong-2019')
    const md = '| 项目 | 分值 | 自评得分 | 按公式计算 |\n|---|---|---|---|\n| 预算执行率 | 10 | 9 | 8.62 |'
    const v = verifyDraft(md, a)
    expect(v.ok).toBe(true)
    expect(v.mentions.map((m) => `${m.text} ${m.factIds[0]}`)).toEqual([
      '10 P1.F0.weight',
      '9 P1.F0.score',
      '8.62 P1.score.execution',
    ])
    expect(verifyDraft(md.replace('8.62', '8.72'), a).ok).toBe(false)
  })

  it('gives each indicator of a category its points (各得10分) only when they all have them', async () => {
    const v = await check('sixing', '产出指标4项各得12.5分，效益指标2项各得15分。')
    expect(v.ok).toBe(true)
    expect(derived(v)).toEqual([
      '12.5分 score = 12.5、12.5、12.5、12.5（产出指标各项）',
      '15分 score = 15、15（效益指标各项）',
    ])
    expect((await check('sixing', '产出指标4项各得15分。')).ok).toBe(false)
  })

  it('counts one row named in full (除…保障率1项外) and rows not compared with those not met (1项存在偏差)', async () => {
    const a = await table('hunan-hengshan-chubeiliang-2020')
    const v = verifyDraft(
      '除政策性挂账利息补贴保障率1项因全年没有轮换而未实际发生外，其余15项指标均达到年度指标值。16项指标中15项达到，1项存在偏差。',
      a,
    )
    expect(v.ok).toBe(true)
    expect(v.mentions.filter((m) => m.text === '1项').map((m) => m.derivation?.formula ?? m.factIds[0])).toEqual([
      '= “政策性挂账利息补贴保障率”，共1项',
      'P1.count.notComparable',
    ])
    expect(verifyDraft('16项指标中15项达到，2项存在偏差。', a).ok).toBe(false)
  })

  it('derives what is left of a plan (剩余1.4公里, 未使用的资金约5.4万元), the rest of the one row named, and a gap to the whole', async () => {
    const a = analyzeTable(await loadTableFile('test/fixtures/import/national-2022.json'))
    const v = verifyDraft(
      '年度计划新建管网35公里，实际完成33.6公里，主要是部分路段征地未完成，剩余1.4公里顺延至次年实施。项目年初预算500万元，年中追加20.5万元。',
      a,
    )
    expect(v.ok).toBe(true)
    expect(derived(v)).toEqual(['1.4公里 difference = 33.6 − 35', '20.5万元 difference = 520.5 − 500'])
    // a row of a list of sources is no row of its own to take the rest of: 48万元 is not 450.36 − 498.36
    expect(verifyDraft('年初预算500万元，其中当年财政拨款450万元、上年结转资金48万元。', a).ok).toBe(false)
    const z = await check(
      'zongzhi',
      '执行率较满额执行低14.89个百分点，未使用的资金约5.4万元。财政拨款执行率为27.22%，较项目整体执行率低57.89个百分点。',
    )
    expect(z.ok).toBe(true)
  })

  it('reads a table in 元: a restatement in 万元 at its precision, 人均 over 人次, a share of two counts, the rows that lost points', async () => {
    const a = await table('yunnan-yongde-yingyang-2022')
    const v = verifyDraft(
      '全年预算数为387664.62元（约38.77万元）。按全年受资助735人次计算，人均补助约527.43元。全部9项指标中，达成8项，达成率88.89%。本项目有两项指标存在扣分。',
      a,
    )
    expect(v.ok).toBe(true)
    expect(derived(v)).toEqual(['约527.43元 per-unit = 387664.62 ÷ 735', '88.89% share = 8 ÷ 9 × 100%'])
    expect(v.mentions.at(-1)!.factIds).toEqual(['P1.count.lostPoints'])
    for (const wrong of [
      '全年预算数为387664.62元（约38.78万元）。',
      '全部9项指标中，达成8项，达成率87.89%。',
      '本项目有三项指标存在扣分。',
      '全部9项指标中，达成9项，达成率100%。',
    ])
      expect(verifyDraft(wrong, a).ok, wrong).toBe(false)
    // all of them met: 100%
    expect((await check('zongzhi', '共8个三级指标，达成8个，指标完成率100%。')).ok).toBe(true)
  })

  it('reads a share said unspent after it, and an amount of another kind in brackets as its companion, not a restatement', async () => {
    const v = await check('zongzhi', '也就是说，年初预算中约有14.89%（5.36万元）没有用完。')
    expect(statuses(v)).toEqual(['14.89% verified P1.F0.unspentShare', '5.36万元 verified P1.F0.diff'])
    expect((await check('zongzhi', '年初预算中约有14.89%（6.36万元）没有用完。')).ok).toBe(false)
    expect((await check('zongzhi', '年初预算中约有15.89%没有用完。')).ok).toBe(false)
  })

  it('reads the lines under a heading that names one row as that row’s (### 1. 政策知晓率 ⏎- 实际完成值：98%)', async () => {
    const a = await table('yunnan-yongde-yingyang-2022')
    const md =
      '### 1. 政策知晓率（未达标）\n- 年度指标值：100%\n- 实际完成值：**98%**，差**2个百分点**\n- 自评得分：9分'
    const v = verifyDraft(md, a)
    expect(v.ok).toBe(true)
    expect(v.mentions.filter((m) => m.status === 'verified').map((m) => m.factIds.join(','))).toEqual([
      'P1.I5.target',
      'P1.I5.actual',
      'P1.I5.gap',
      'P1.I5.theirScore',
    ])
    // the points lost are that row's weight − its score
    const lost = verifyDraft('### 1. 政策知晓率（未达标）\n- 自评得分：9分（满分10分，扣1分）', a)
    expect(lost.mentions.at(-1)!.derivation).toMatchObject({ op: 'score-lost', formula: '= 10 − 9' })
    expect(verifyDraft('### 1. 政策知晓率（未达标）\n- 自评得分：9分（满分10分，扣2分）', a).ok).toBe(false)
    // another figure of the row is still wrong on its line, and a heading naming no single row names none
    expect(verifyDraft(md.replace('**98%**', '**100%**'), a).ok).toBe(false)
    expect(verifyDraft('### 产出指标\n- 实际完成值：**98%**', a).ok).toBe(false)
  })

  it('reads a share of two amounts the sentence wrote, the whole written after 占 (各占年初预算90万元的33.33%)', async () => {
    const a = await table('anhui-guichi-tangxi-2022')
    const text = '年初按预算编制、审计和设计规划测绘三项业务各安排30万元，每项各占年初预算90万元的33.33%。'
    const v = verifyDraft(text, a)
    expect(v.ok).toBe(true)
    expect(derived(v).at(-1)).toBe('33.33% share = 30 ÷ 90 × 100%')
    expect(verifyDraft(text.replace('33.33%', '43.33%'), a).ok).toBe(false)
  })

  it('reads 合计扣N分 as the table’s points lost in all, and 比满分少 as points lost', async () => {
    const a = analyzeTable(await loadTableFile('test/fixtures/import/national-2022.json'))
    expect(verifyDraft('满意度指标分值10分，得分10分。合计扣3.82分。', a).mentions.at(-1)!.factIds).toEqual([
      'P1.sub.theirLost',
    ])
    expect(verifyDraft('满意度指标分值10分，得分10分。合计扣4.82分。', a).ok).toBe(false)
    const z = await check('zongzhi', '如果按“执行率 × 10分”的常用口径，这一项能得8.51分，比满分少1.49分。')
    expect(derived(z)).toEqual(['1.49分 score-lost = 10 − 8.511111'])
  })

  it('flags a figure in words of a derivation none of ours gave without correcting it to a stated figure', async () => {
    const a = await table('anhui-guichi-tangxi-2022')
    const derivedWords = verifyDraft('实际执行中，预算编制和审计两项合计支出60万元。', a)
    expect(derivedWords.mentions.at(-1)).toMatchObject({ status: 'unsupported' })
    expect(derivedWords.mentions.at(-1)!.expected).toBeUndefined()
    // without such words the stated figure is still the correction
    expect(verifyDraft('全年实际支出60万元。', a).mentions[0]).toMatchObject({
      status: 'mismatch',
      expected: '89.974万元',
    })
    // a clause that names only the object compared with, and 该项 against a category's subtotal: no correction
    const y = await table('ningxia-yinchuan-gongyong-2021')
    const object = verifyDraft('- 维修（维护）所需成本35万元；\n- 比办公所需成本（15万元）多25万元；', y)
    expect(object.mentions.at(-1)).toMatchObject({ status: 'unsupported' })
    const item = verifyDraft('2.项目效益。社会效益方面，办学条件得到改善，该项分值16分。', y)
    expect(item.mentions.at(-1)).toMatchObject({ text: '16分', status: 'unsupported' })
    expect(item.mentions.at(-1)!.expected).toBeUndefined()
  })

  it('holds the indicators’ own scores in all (绩效指标自评得分合计) beside their weights', async () => {
    const a = await table('ningxia-yinchuan-gongyong-2021')
    const v = verifyDraft('绩效指标分值合计90分，自评得分合计84分。', a)
    // 银川 scores its execution rate as an indicator row: its weights total 90 either way
    expect(v.mentions.map((m) => m.factIds.join(','))).toEqual(['P1.sub.indicatorWeights', 'P1.sub.indicatorTheirs'])
    expect(a.sheet.byId.get('P1.sub.weights')!.exact.toString()).toBe('90')
    expect(verifyDraft('以上四部分分值合计90分。', a).ok).toBe(true)
    expect(verifyDraft('以上四部分分值合计100分。', a).ok).toBe(false)
    expect(verifyDraft('绩效指标分值合计90分，自评得分合计85分。', a).ok).toBe(false)
  })

  it('divides by a sum the sentence wrote out (合计5500吨…每吨约354元)', async () => {
    const a = await table('hunan-hengshan-chubeiliang-2020')
    const text = '全年执行194.9万元。按5000吨稻谷、500吨成品粮合计5500吨的储备规模测算，每吨储备粮全年资金投入约354元。'
    const v = verifyDraft(text, a)
    expect(v.ok).toBe(true)
    expect(derived(v).at(-1)).toBe('约354元 per-unit = 194.9 ÷ 5500')
    expect(verifyDraft(text.replace('约354元', '约364元'), a).ok).toBe(false)
  })

  it('leaves a bound in the section of measures alone as a target (五、改进措施 …不低于95%), not a figure elsewhere', async () => {
    const measures = await check('zongzhi', '五、改进措施\n二是完善绩效指标，如考评合格率不低于97%、满意度不低于92%。')
    expect(measures.ok).toBe(true)
    expect(measures.mentions.filter((m) => m.unit === '%').map((m) => m.status)).toEqual(['ignored', 'ignored'])
    // the same bound under another heading is checked, and a past figure in the measures section too
    expect((await check('zongzhi', '三、绩效目标完成情况\n满意度不低于92%。')).ok).toBe(false)
    expect((await check('zongzhi', '五、改进措施\n本年执行率仅为86.11%，下一步加快执行。')).ok).toBe(false)
  })

  it('reads an amount in 元 written in a 万元 table at two decimals (387664.62元 → 38.77), not at one', async () => {
    const a = await table('yunnan-yongde-yingyang-2022')
    const md = '| 项目 | 全年预算数（万元） | 全年执行数（万元） |\n|---|---|---|\n| 年度资金总额 | 38.77 | 38.77 |'
    expect(verifyDraft(md, a).ok).toBe(true)
    expect(verifyDraft(md.replaceAll('38.77', '38.76'), a).ok).toBe(false)
    expect(verifyDraft('全年预算38.8万元。', a).ok).toBe(false)
  })

  it('names a category by the table’s own first-level names and a short heading sentence (（一）项目决策。…分值10分，自评10分)', async () => {
    const a = await table('ningxia-yinchuan-gongyong-2021')
    const text =
      '（二）项目管理。设预算执行率、财务管理制度有效性、绩效监控有效性、管理制度有效性4项指标，分值25分，自评24分，得分率96%。'
    const v = verifyDraft(text, a)
    expect(v.ok).toBe(true)
    expect(v.mentions.filter((m) => m.unit === '分').map((m) => m.factIds[0])).toEqual([
      'P1.sub.L1.1.weight',
      'P1.sub.L1.1.theirs',
    ])
    expect(derived(v)).toEqual(['96% share = 24 ÷ 25 × 100%'])
    expect(verifyDraft(text.replace('自评24分', '自评23分'), a).ok).toBe(false)
  })

  it('pairs categories listed with their subtotals in order (分值分别为40分、30分、20分) and reads a category’s 得分率', async () => {
    const a = await table('yunnan-yongde-yingyang-2022')
    const text =
      '本项目设产出指标4项、效益指标3项、满意度指标2项，分值分别为40分、30分、20分，自评依次得37分、29分、20分。其中效益指标得分率为96.67%。'
    const v = verifyDraft(text, a)
    expect(v.ok).toBe(true)
    expect(v.mentions.filter((m) => m.unit === '分').map((m) => m.factIds[0])).toEqual([
      'P1.sub.L1.0.weight',
      'P1.sub.L1.1.weight',
      'P1.sub.L1.2.weight',
      'P1.sub.L1.0.theirs',
      'P1.sub.L1.1.theirs',
      'P1.sub.L1.2.weight',
    ])
    expect(derived(v)).toEqual(['96.67% share = 29 ÷ 30 × 100%'])
    // out of order, or a wrong rate, is not let through
    expect(verifyDraft(text.replace('分值分别为40分、30分', '分值分别为30分、40分'), a).ok).toBe(false)
    expect(verifyDraft(text.replace('96.67%', '97.67%'), a).ok).toBe(false)
  })

  it('reads 该项 after one row named in its own sentence, 分值合计 as a weight, 本部分 as the heading’s category', async () => {
    const y = await table('yunnan-yongde-yingyang-2022')
    const v = verifyDraft(
      '资金到位及时率实际值同为100%，但个别批次资金下达与开学供餐衔接不够紧密，该项自评7分。\n2.效益指标。分值合计30分，自评得分29分。',
      y,
    )
    expect(v.mentions.filter((m) => m.unit === '分').map((m) => m.factIds[0])).toEqual([
      'P1.I2.theirScore',
      'P1.sub.L1.1.weight',
      'P1.sub.L1.1.theirs',
    ])
    expect(verifyDraft('资金到位及时率实际值同为100%，该项自评8分。', y).ok).toBe(false)
    const n = await table('ningxia-yinchuan-gongyong-2021')
    const part = verifyDraft('（三）项目产出。\n经费于年内使用完毕。本部分分值30分，自评29分。', n)
    expect(part.mentions.filter((m) => m.unit === '分').map((m) => m.factIds[0])).toEqual([
      'P1.sub.L1.2.weight',
      'P1.sub.L1.2.theirs',
    ])
    // the heading may be the paragraph's own first sentence
    const inline = verifyDraft('（三）项目产出。学生2370人，经费于年内使用完毕。本部分分值30分，自评29分。', n)
    expect(inline.mentions.filter((m) => m.unit === '分').map((m) => m.factIds[0])).toEqual([
      'P1.sub.L1.2.weight',
      'P1.sub.L1.2.theirs',
    ])
    expect(verifyDraft('（三）项目产出。学生2370人，经费于年内使用完毕。本部分分值30分，自评30分。', n).ok).toBe(false)
  })

  it('reads a category’s weight and points (产出指标分值50分，自评得分50分) as its subtotals', async () => {
    const a = await table('anhui-guichi-tangxi-2022')
    const v = verifyDraft('产出指标分值50分，自评得分50分；效益指标分值30分，自评得分30分。', a)
    expect(v.mentions.map((m) => `${m.text} ${m.factIds.join(',')}`)).toEqual([
      '50分 P1.sub.L1.0.weight',
      '50分 P1.sub.L1.0.theirs',
      '30分 P1.sub.L1.1.weight',
      '30分 P1.sub.L1.1.theirs',
    ])
    expect(verifyDraft('产出指标分值50分，自评得分40分。', a).ok).toBe(false)
  })

  it('reads a percentage a row reached (实际完成37.24万元，完成86.2%) as its completion', async () => {
    const a = await table('hebei-langfang-nuantong-2019')
    const v = verifyDraft('工程资金金额目标43.2万元，实际完成37.24万元，完成86.2%。', a)
    expect(v.mentions[2]).toMatchObject({ status: 'verified', factIds: ['P1.I0.completion'] })
    expect(verifyDraft('工程资金金额目标43.2万元，实际完成37.24万元，完成88.2%。', a).ok).toBe(false)
  })

  it('reads a score the words compute (应得8.62分) and the gap between two scores the sentence wrote', async () => {
    const a = await table('hebei-langfang-nuantong-2019')
    const v = verifyDraft('按“执行率 × 分值”计算应得8.62分，表中给了9分，多给了0.38分。', a)
    expect(v.ok).toBe(true)
    expect(v.mentions[0]!.factIds).toContain('P1.score.execution')
    expect(verifyDraft('按公式口径总分为97.24分，比自评的98分低0.76分。', a).ok).toBe(true)
    expect(verifyDraft('按公式口径总分为97.24分，比自评的98分低0.86分。', a).ok).toBe(false)
  })

  it('reads a direction word inside a row’s name as the name (受益农户增加收入), and builds 人均 on the lines before', async () => {
    const a = await table('anhui-xiaoxian-hexi-2023')
    const v = verifyDraft('带动受益农户增加收入12万元，是项目补助资金的1.27倍；受益人口90人，人均增收约1333元。', a)
    expect(v.ok).toBe(true)
    expect(v.mentions[0]).toMatchObject({ status: 'verified', factIds: ['P1.I12.actual'] })
    expect(v.mentions[3]!.derivation).toMatchObject({ op: 'per-unit', formula: '= 12 ÷ 90' })
    // a direction after the name is still one, and a wrong per-person figure is not let through
    expect(verifyDraft('受益农户收入较上年增加12万元。', a).ok).toBe(false)
    expect(verifyDraft('带动受益农户增加收入12万元；受益人口90人，人均增收约1433元。', a).ok).toBe(false)
  })

  it('adds up a Markdown table’s 小计 row over the verified cells above it, and only then', async () => {
    const a = await table('ningxia-yinchuan-gongyong-2021')
    const md = (sub: string, theirs: string) =>
      `| 一级指标 | 分值 | 自评得分 |\n|---|---|---|\n| 项目决策 | 10 | 10 |\n| 项目管理 | 25 | ${theirs} |\n| **小计** | **${sub}** | **34** |`
    const v = verifyDraft(md('35', '24'), a)
    expect(v.ok).toBe(true)
    const cells = v.mentions.filter((m) => m.derivation?.op === 'sum')
    expect(cells.map((m) => [m.text, m.derivation!.formula])).toEqual([
      ['35', '= 10 + 25（表中本列以上各行之和）'],
      ['34', '= 10 + 24（表中本列以上各行之和）'],
    ])
    expect(cells[1]!.factIds).toEqual(['P1.sub.L1.0.theirs', 'P1.sub.L1.1.theirs'])
    // a total that does not add up is not taken, and neither is one over a wrong cell
    expect(verifyDraft(md('36', '24'), a).ok).toBe(false)
    const wrongCell = verifyDraft(md('35', '23'), a)
    expect(wrongCell.mentions.filter((m) => m.status !== 'verified').map((m) => m.text)).toEqual(['23', '34'])
  })

  it('takes the 合计 row for a clause after a sentence that named only blank rows (未安排上年结转资金)', async () => {
    const a = await table('yunnan-yongde-yingyang-2022')
    const v = verifyDraft('全部为当年财政拨款，未安排上年结转资金和其他资金。预算执行率100%。', a)
    expect(v.mentions.at(-1)).toMatchObject({ status: 'verified', factIds: ['P1.F0.fullYearRate'] })
    expect(verifyDraft('未安排上年结转资金和其他资金。预算执行率98%。', a).ok).toBe(false)
  })

  it('counts the rows scored their whole weight (9项指标中有7项得满分, 其余7项均为满分)', async () => {
    const a = await table('yunnan-yongde-yingyang-2022')
    expect(a.sheet.byId.get('P1.count.fullPoints')!.exact.toString()).toBe('7')
    const v = verifyDraft('9项指标中有7项得满分。其余7项指标均为满分。', a)
    expect(v.mentions.map((m) => `${m.text} ${m.status} ${m.factIds.join(',')}`)).toEqual([
      '9项 verified P1.count.indicators',
      '7项 verified P1.count.fullPoints',
      '7项 verified P1.count.fullPoints',
    ])
    expect(verifyDraft('9项指标中有6项得满分。', a).mentions[1]).toMatchObject({ status: 'mismatch', expected: '7项' })
  })

  it('reads a clause that only links its number (，达54.01%) with the clause before it (占比最高)', async () => {
    const a = await table('ningxia-yinchuan-gongyong-2021')
    const text = (x: string) => `三项成本分别按15万元、35万元和14.8万元测算，其中维修（维护）成本占比最高，达${x}%。`
    const v = verifyDraft(text('54.01'), a)
    expect(v.mentions.at(-1)).toMatchObject({
      status: 'verified',
      derivation: { op: 'share', formula: '= 35 ÷ 64.8 × 100%' },
    })
    expect(verifyDraft(text('55.01'), a).ok).toBe(false)
  })

  it('quotes a count in its own measure word from the table’s text (按39户计算), not a count near it', async () => {
    const a = await table('anhui-xiaoxian-hexi-2023')
    const v = verifyDraft('按39户计算，户均补贴约2431元。', a)
    expect(v.ok).toBe(true)
    expect(v.mentions[0]).toMatchObject({ status: 'verified', note: '引自表内文字' })
    expect(verifyDraft('按38户计算，户均补贴约2495元。', a).ok).toBe(false)
  })

  it('reads 该项 after a category of one indicator named in its sentence (社会效益方面…该项分值15分) as that indicator', async () => {
    const a = await table('ningxia-yinchuan-gongyong-2021')
    const v = verifyDraft('2.项目效益。社会效益方面，办学条件得到改善，该项分值15分，自评13分。', a)
    expect(v.mentions.map((m) => `${m.text} ${m.status} ${m.factIds[0]}`).slice(-2)).toEqual([
      '15分 verified P1.I14.weight',
      '13分 verified P1.I14.theirScore',
    ])
    expect(verifyDraft('2.项目效益。社会效益方面，该项分值15分，自评12分。', a).ok).toBe(false)
    // a category of several indicators names no one of them
    expect(verifyDraft('项目产出方面，该项分值5分。', a).ok).toBe(false)
  })

  it('reads an amount in 万元 at two decimals against a cell kept to the yuan (207.45 of 207.4538), not one rounded wrong', async () => {
    const a = await table('shanxi-jishan-gongwei-2021')
    expect(verifyDraft('项目资金全年预算207.45万元，实际支出207.45万元。', a).ok).toBe(true)
    expect(verifyDraft('项目资金全年预算207.45万元，实际支出207.46万元。', a).mentions[1]).toMatchObject({
      status: 'mismatch',
    })
    expect(verifyDraft('项目资金全年预算207.5万元。', a).ok).toBe(false)
  })

  it('reads a 行次 column of names as the rows’ labels, and a 单位 line under a table as its cells’ unit', async () => {
    const a = await table('anhui-guichi-tangxi-2022')
    const md = (label: string, cell: string) =>
      `| 行次 | 年初预算 | 全年预算 | 全年执行 |\n|---|---|---|---|\n| ${label} | 90 | ${cell} | 89.974 |\n\n单位：万元\n`
    const v = verifyDraft(md('本年财政拨款', '89.974'), a)
    expect(v.mentions.map((m) => `${m.text} ${m.status} ${m.factIds.join(',')}`)).toEqual([
      '90 verified P1.F1.budget',
      '89.974 verified P1.F1.fullYearBudget',
      '89.974 verified P1.F1.actual',
    ])
    expect(verifyDraft(md('本年财政拨款', '89.96'), a).ok).toBe(false)
    // a 行次 column of numbers is still left out
    const serial = verifyDraft('| 行次 | 项目 | 全年执行（万元） |\n|---|---|---|\n| 1 | 本年财政拨款 | 89.974 |', a)
    expect(serial.mentions.map((m) => `${m.text} ${m.status}`)).toEqual(['89.974 verified'])
  })

  it('counts the rows a table weighs and those it does not (有分值的7项, 7行“其中”子项), and reads 分值/得分 cells (20/20)', async () => {
    const a = await table('anhui-xiaoxian-hexi-2023')
    const v = verifyDraft('表中一共14行指标，其中有分值的7项，另外7行是“其中”子项，没有分值。', a)
    expect(v.mentions.map((m) => `${m.text} ${m.factIds.join(',')}`)).toEqual([
      '14行 P1.count.indicators',
      '7项 P1.count.weighted',
      '7行 P1.count.unweighted',
    ])
    // a count of them that differs is flagged, but not corrected (does the writer count the execution rate?)
    expect(verifyDraft('表中一共14行指标，其中有分值的6项。', a).mentions[1]).toMatchObject({ status: 'unsupported' })
    const md = (cell: string) =>
      `| 指标 | 指标值 | 完成值 | 分值/得分 |\n|---|---|---|---|\n| 种植作物成活率 | 95% | 95% | ${cell} |`
    const pair = verifyDraft(md('5/5'), a)
    expect(pair.mentions.slice(2).map((m) => `${m.text} ${m.unit} ${m.status} ${m.factIds[0]}`)).toEqual([
      '5 分 verified P1.I10.weight',
      '5 分 verified P1.I10.score',
    ])
    expect(verifyDraft(md('5/4'), a).mentions[3]).toMatchObject({ status: 'mismatch', expected: '5分' })
  })

  it('counts qualitative and quantitative indicators (六项定性指标) without correcting a count drawn otherwise', async () => {
    const a = await table('anhui-guichi-tangxi-2022')
    expect(verifyDraft('六项定性指标的实际完成值均填“达成预期指标”。', a).mentions[0]).toMatchObject({
      status: 'verified',
      factIds: ['P1.count.qualitative'],
    })
    expect(verifyDraft('定量指标3项。', a).mentions[0]!.factIds).toEqual(['P1.count.quantitative'])
    expect(verifyDraft('五项定性指标的实际完成值均填“达成预期指标”。', a).mentions[0]!.status).toBe('unsupported')
  })

  it('narrows a count of those met to the category its sentence named before (满意度…你们两项都达标)', async () => {
    const a = await table('hunan-hengshan-chubeiliang-2020')
    const v = verifyDraft('按全国通行做法满意度占10分，你们两项都达标，可以按满分填。', a)
    expect(v.mentions[1]).toMatchObject({ status: 'verified', factIds: ['P1.count.L1.2.met'] })
    expect(verifyDraft('满意度占10分，你们三项都达标。', a).ok).toBe(false)
  })

  it('reads a rate a row prints where none can be computed (执行率0.00%), 部分完成 as not met, 打了折扣 as points lost', async () => {
    const q = await table('sichuan-qingshen-gongzi-2023')
    expect(verifyDraft('财政专户管理资金执行率0.00%。', q).mentions[0]!.factIds).toEqual(['P1.F2.printedRate'])
    expect(q.sheet.byId.get('P1.F1.printedRate')).toBeUndefined()
    const national = analyzeTable(await loadTableFile('test/fixtures/import/national-2022.json'))
    const v = verifyDraft('八项指标中六项达标，两项部分完成。', national)
    expect(v.mentions.map((m) => m.factIds[0])).toEqual(['P1.count.indicators', 'P1.count.met', 'P1.count.notMet'])
    const s = await table('shanxi-jishan-gongwei-2021')
    expect(verifyDraft('产出指标里有13项自评打了折扣。', s).mentions[0]!.factIds).toEqual(['P1.count.lostPoints'])
    expect(verifyDraft('产出指标里有12项自评打了折扣。', s).ok).toBe(false)
  })

  it('reads a bare number right after a word of weight (权重60, 分值10) in points', async () => {
    const q = await table('sichuan-qingshen-gongzi-2023')
    const v = verifyDraft('发放(缴纳)覆盖率权重60，完成值、得分空白；执行率权重10。', q)
    expect(v.mentions.map((m) => `${m.text} ${m.unit} ${m.status}`)).toEqual(['60 分 verified', '10 分 verified'])
    expect(verifyDraft('发放(缴纳)覆盖率权重50，完成值、得分空白。', q).ok).toBe(false)
  })

  it('reads a row named by the first word of its name right before its figure (办公15万元 + 维修35万元)', async () => {
    const a = await table('ningxia-yinchuan-gongyong-2021')
    const v = verifyDraft('成本指标是按预算拆的：办公15万元 + 维修35万元 + 绿化水电14.8万元。', a)
    expect(v.mentions.map((m) => m.factIds.join(','))).toEqual([
      'P1.I11.actual',
      'P1.I12.actual',
      'P1.I13.target,P1.I13.actual',
    ])
    // another row's figure under the word is not taken
    expect(verifyDraft('成本指标是按预算拆的：办公35万元。', a).ok).toBe(false)
  })

  it('reads 指标分值合计 as the indicators’ weights beside 分值合计, and adds up the points the rows lost (合计扣6分)', async () => {
    const s = await table('shanxi-jishan-gongwei-2021')
    const v = verifyDraft('22项指标分值合计43分，加上预算执行率10分，分值合计53分。', s)
    expect(v.mentions.slice(0, 3).map((m) => m.factIds.includes('P1.F0.weight') || m.factIds[0])).toEqual([
      'P1.count.indicators',
      'P1.sub.indicatorWeights',
      true,
    ])
    // (the sentence named 指标分值合计 before it: 分值合计53分 is read as the sum it wrote, 43 + 10)
    expect(v.mentions[3]).toMatchObject({ status: 'verified', value: '53' })
    // 22 indicators weigh 43: the 53 of 分值合计 (with the execution rate's 10) is not what 指标分值合计 names
    expect(verifyDraft('22项指标分值合计53分。', s).ok).toBe(false)
    const n = await table('ningxia-yinchuan-gongyong-2021')
    expect(n.sheet.byId.get('P1.sub.rowsLost')!.source).toMatchObject({ formula: '1 + 1 + 2 + 2' })
    expect(verifyDraft('共4项扣分，合计扣6分。', n).mentions[1]!.factIds).toEqual(['P1.sub.rowsLost'])
    expect(verifyDraft('共4项扣分，合计扣7分。', n).ok).toBe(false)
  })

  it('takes a figure with no word of a target for what the row reached (知晓率100% of a row at 98%), and 10.00 as round', async () => {
    const y = await table('yunnan-yongde-yingyang-2022')
    expect(verifyDraft('政策知晓率98%，低于目标2个百分点。', y).ok).toBe(true)
    expect(verifyDraft('政策知晓率100%，低于目标2个百分点。', y).mentions[0]!.status).not.toBe('verified')
    const s = await table('shanxi-jishan-gongwei-2021')
    expect(verifyDraft('健康教育宣传咨询活动开展96次，为计划的8倍。', s).mentions[0]!.status).toBe('verified')
    // the row planned 12 and held 96: 开展12次 is not what it reached
    expect(verifyDraft('健康教育宣传咨询活动开展12次，为计划的8倍。', s).mentions[0]!.status).toBe('unsupported')
    expect(verifyDraft('政策知晓率目标值为100%。', y).mentions[0]!.status).toBe('verified')
    const n = await table('ningxia-yinchuan-gongyong-2021')
    // 10.00 is no more distinctive than 10: the 执行率 row's 10 points do not stand for 项目管理's 24
    expect(verifyDraft('逐项相加：项目决策10分、项目管理10.00分（满分25分）。', n).ok).toBe(false)
  })

  it('reads a bare 0 as every zero of the row the words name (金额和执行率全部填为0, 执行率及得分也为0)', async () => {
    const a = await table('anhui-guichi-tangxi-2022')
    const v = verifyDraft('“年度资金总额”一行的预算数、执行数均填为0，执行率及得分也为0。', a)
    expect(v.mentions.filter((m) => m.status !== 'ignored').map((m) => `${m.status} ${m.factIds[0]}`)).toEqual([
      'verified P1.F0.actual',
      'verified P1.F0.score',
    ])
    // a row whose figures are not 0 is not said to be
    expect(verifyDraft('本年财政拨款执行率为0。', a).ok).toBe(false)
  })

  it('reads a funding row named in short only in the role its clause names', async () => {
    const n = analyzeTable(await loadTableFile('test/fixtures/import/national-2022.json'))
    // 年初预算 of 当年财政拨款 is 450: its actual 450.36 under that word is no match
    expect(verifyDraft('年初预算500万元，其中当年财政拨款450.36万元。', n).ok).toBe(false)
    // 财政 (of 财政拨款) is the row, but under 年初预算 its spent 9.8万元 is no match; under 实际支出 it is
    const z = analyzeTable(await loadTableFile('data/samples/zongzhi-2022.json'))
    expect(verifyDraft('年初预算36万元，其中财政9.8万元。', z).mentions[1]!.status).toBe('unsupported')
    expect(verifyDraft('实际支出30.64万元，其中财政9.8万元。', z).mentions[1]).toMatchObject({
      status: 'verified',
      factIds: ['P1.F1.actual'],
    })
  })

  it('adds figures joined by 加 (9.8万元加其他资金10万元为19.8万元), and compares a subject-less 比 with the last figure of its kind', async () => {
    const z = analyzeTable(await loadTableFile('data/samples/zongzhi-2022.json'))
    const sum = verifyDraft('表中财政拨款9.8万元加其他资金10万元为19.8万元。', z)
    expect(sum.mentions[2]).toMatchObject({ status: 'verified', derivation: { op: 'sum' } })
    expect(verifyDraft('表中财政拨款9.8万元加其他资金10万元为20.8万元。', z).ok).toBe(false)
    const text = (x: string) => `全年实际投入30.64万元，预算执行率为85.11%，比年初预算少用了${x}元。`
    expect(verifyDraft(text('53600'), z).mentions[2]).toMatchObject({
      status: 'verified',
      derivation: { op: 'difference' },
    })
    expect(verifyDraft(text('43600'), z).ok).toBe(false)
  })

  it('adds up points the sentence wrote (…（10分）和…（43分），合计53分), and takes a figure after 比 as the object', async () => {
    const s = await table('shanxi-jishan-gongwei-2021')
    const points = (total: string) => `自评得分方面，现表预算执行10分全得，产出指标43分中自评38.8分，合计${total}分。`
    expect(verifyDraft(points('48.8'), s).mentions.at(-1)).toMatchObject({
      status: 'verified',
      derivation: { op: 'sum', formula: '= 10 + 38.8' },
    })
    expect(verifyDraft(points('49.8'), s).ok).toBe(false)
    const n = await table('ningxia-yinchuan-gongyong-2021')
    const text = (dir: string) => `绩效指标得分合计84分，加上预算执行率10分，共94分，比分值合计90分${dir}4分。`
    expect(verifyDraft(text('多'), n).ok).toBe(true)
    expect(verifyDraft(text('少'), n).findings.map((f) => f.code)).toContain('DIRECTION_MISMATCH')
    // the object a figure of the user's notes, named by no row
    const noted = (dir: string) => `绩效指标得分合计84分，加上预算执行率10分，共94分，比表头自评得分98分${dir}4分。`
    const notes = { notes: ['表头自评得分98分'] }
    expect(verifyDraft(noted('少'), n, notes).ok).toBe(true)
    expect(verifyDraft(noted('多'), n, notes).findings.map((f) => f.code)).toContain('DIRECTION_MISMATCH')
  })

  it('lets a row named early in a sentence go once a figure of the 合计 row came after it', async () => {
    const n = analyzeTable(await loadTableFile('test/fixtures/import/national-2022.json'))
    const text = (rate: string) => `上年结转资金50万元未作调整，全年实际支出498.36万元，按全年预算计算执行率为${rate}。`
    expect(verifyDraft(text('95.75%'), n).mentions.at(-1)).toMatchObject({
      status: 'verified',
      factIds: ['P1.F0.fullYearRate'],
    })
    expect(verifyDraft(text('94.75%'), n).ok).toBe(false)
    // with no 合计 figure between, the row named before still holds
    expect(verifyDraft('上年结转资金全年预算50万元，实际执行48万元，执行率95.75%。', n).ok).toBe(false)
  })

  it('flags a total score that is neither ours nor the table’s without correcting it to ours', async () => {
    const n = analyzeTable(await loadTableFile('test/fixtures/import/national-2022.json'))
    expect(n.sheet.byId.get('P1.score.total')!.exact.round(2).toString()).toBe('93.17')
    expect(n.sheet.byId.get('P1.score.theirTotal')!.exact.toString()).toBe('96.18')
    const v = verifyDraft('按精确口径，总分应为96.17分。', n)
    expect(v.mentions[0]).toMatchObject({ status: 'unsupported' })
    expect(v.mentions[0]!.expected).toBeUndefined()
    expect(verifyDraft('自评总分96.18分。', n).ok).toBe(true)
  })

  it('does not correct a figure to the 合计 row taken by default when another row has it in the same role', async () => {
    const s = analyzeTable(await loadTableFile('data/samples/sixing-xiaoqu-2022.json'))
    const v = verifyDraft('以奖代拨经费支出15万元，与成本指标一致。', s)
    expect(v.mentions[0]).toMatchObject({ status: 'unsupported' })
    expect(v.mentions[0]!.expected).toBeUndefined()
    // a figure no row has is still corrected to the 合计 row's
    expect(verifyDraft('以奖代拨经费支出16万元。', s).mentions[0]).toMatchObject({
      status: 'mismatch',
      expected: '22.7万元',
    })
  })

  it('reads a count whose noun the sentence gave before its clause (共扣4分，集中在两项) — a match only', async () => {
    const y = await table('yunnan-yongde-yingyang-2022')
    expect(verifyDraft('自评总分96分，共扣4分，集中在两项：', y).mentions[2]).toMatchObject({
      status: 'verified',
      factIds: ['P1.count.lostPoints'],
    })
    expect(verifyDraft('自评总分96分，共扣4分，集中在三项：', y).mentions[2]!.status).toBe('unsupported')
  })

  it('counts the rows on one side of a bound on their completion (完成率低于80%的有5项), flagging another count uncorrected', async () => {
    const s = await table('shanxi-jishan-gongwei-2021')
    const v = verifyDraft('其中完成率低于80%的有5项。', s)
    expect(v.mentions.at(-1)).toMatchObject({ status: 'verified', derivation: { op: 'count' } })
    expect(v.mentions.at(-1)!.factIds).toHaveLength(5)
    const wrong = verifyDraft('其中完成率低于80%的有6项。', s).mentions.at(-1)!
    expect(wrong.status).toBe('unsupported')
    expect(wrong.expected).toBeUndefined()
  })
})

describe('batch 8 readings: tables, fractions, formulas and plans', () => {
  it('reads a bare amount under a money header with no unit in the sheet’s unit of money', async () => {
    const v = await check(
      'national',
      '| 资金来源 | 年初预算 | 全年预算 | 全年执行 |\n|---|---:|---:|---:|\n| 年度资金总额 | 500 | 520.5 | 498.36 |\n',
    )
    expect(statuses(v)).toEqual([
      '500 verified P1.F0.budget',
      '520.5 verified P1.F0.fullYearBudget',
      '498.36 verified P1.F0.actual',
    ])
    // a wrong amount there is still flagged
    const wrong = await check(
      'national',
      '| 资金来源 | 年初预算 | 全年执行 |\n|---|---:|---:|\n| 年度资金总额 | 500 | 489.36 |\n',
    )
    expect(wrong.ok).toBe(false)
  })

  it('takes the rows’ names, not their category, as a table’s labels (| 一级指标 | 三级指标 |)', async () => {
    const table = (score: string) =>
      `| 一级指标 | 三级指标 | 分值 | 自评得分 |\n|---|---|---:|---:|\n| 产出 | 新建管网长度 | 10 | ${score} |\n| 产出 | 集中供水工程改造数量 | 15 | 15 |\n`
    expect((await check('national', table('9.6'))).ok).toBe(true)
    const wrong = await check('national', table('9.8'))
    expect(wrong.mentions.find((m) => m.text === '9.8')!.status).not.toBe('verified')
  })

  it('reads 八成六 as 86% and a bound on a share across its whole (不到预算的三成)', async () => {
    const v = await check('hebei', '全年实际支付三十七万余元，执行率八成六左右。')
    expect(statuses(v)).toEqual([
      '三十七万余元 verified P1.F0.actual',
      '八成六左右 verified P1.F0.rate,P1.F0.fullYearRate',
    ])
    expect((await check('hebei', '执行率七成六左右。')).ok).toBe(false)
    const under = await check('zongzhi', '财政拨款当年实际支出9.8万元，不到预算的三成。')
    expect(statuses(under)).toEqual(['9.8万元 verified P1.F1.actual', '三成 verified P1.F1.rate'])
    expect((await check('zongzhi', '财政拨款当年实际支出9.8万元，不到预算的两成。')).ok).toBe(false)
  })

  it('checks the terms of a score’s formula as rates and points when its result is written', async () => {
    const v = await check('national', '新建管网长度：33.6 ÷ 35 × 10 = 9.6分。')
    expect(v.ok).toBe(true)
    expect(v.mentions.find((m) => m.text === '10')).toMatchObject({ status: 'verified', note: '算式中的数' })
    // a term that breaks the formula is caught by its result
    expect((await check('national', '新建管网长度：33.6 ÷ 35 × 12 = 9.6分。')).ok).toBe(false)
  })

  it('leaves a value a measure sets for later alone, in the section of measures only', async () => {
    const plan = '## 改进措施\n将受益群众满意度目标调整为95%，自来水普及率提高到95%。'
    const v = await check('national', plan)
    expect(v.ok).toBe(true)
    expect(v.mentions.find((m) => m.text === '95%')).toMatchObject({ status: 'ignored' })
    // the same words outside it state this year's figures
    expect((await check('national', '受益群众满意度目标调整为95%。')).ok).toBe(false)
  })

  it('flags a target’s bound written the other way round (不高于98% for ≥98%) as a direction mismatch', async () => {
    const table = {
      kind: 'project-self-evaluation',
      year: 2020,
      project: '高龄津贴',
      unit: '民政局',
      moneyUnit: '万元',
      funding: [{ source: '年度资金总额', budget: 6.84, fullYearBudget: 6.84, actual: 6.84 }],
      indicators: [
        {
          level1: '产出指标',
          level2: '质量指标',
          name: '覆盖率',
          target: '>=98%(百分比)',
          actual: '100%',
          weight: 25,
          score: 25,
        },
      ],
    }
    const a = analyzeTable(parseTable(table))
    expect(verifyDraft('覆盖率目标为不低于98%，实际达到100%。', a).ok).toBe(true)
    const v = verifyDraft('覆盖率目标为不高于98%，实际达到100%。', a)
    expect(codes(v)).toEqual(['error:DIRECTION_MISMATCH'])
    expect(v.findings[0]!.message).toContain('覆盖率的指标值为≥98%')
    // 未超过, 没有达到 compare with the target: no bound on it
    expect(verifyDraft('覆盖率实际100%，没有低于98%的目标。', a).ok).toBe(true)
  })

  it('reads a precise figure in brackets after a rounded one on its own (约占四分之三（75.63%）)', async () => {
    const v = await check('national', '项目全年执行约五百万元（498.36万元）。')
    expect(v.ok).toBe(true)
    const wrong = await check('national', '项目全年执行约五百万元（489.36万元）。')
    expect(wrong.ok).toBe(false)
  })

  it('takes 预算数 heading the funding rows as their total, and divides 人均 by a count of 名 in the project’s name', async () => {
    const table = {
      kind: 'project-self-evaluation',
      year: 2020,
      project: '19名百岁老人高龄津贴',
      unit: '民政局',
      moneyUnit: '万元',
      funding: [
        { source: '预算数', budget: null, fullYearBudget: 6.84, actual: 6.84 },
        { source: '其中：财政资金', budget: null, fullYearBudget: 6.84, actual: 6.84 },
        { source: '其他', budget: null, fullYearBudget: 0, actual: 0 },
      ],
      indicators: [{ level1: '产出指标', level2: '质量指标', name: '补贴发放率', target: '>=75%', actual: '100%' }],
    }
    const a = analyzeTable(parseTable(table))
    expect(a.projects[0]!.funding.total?.row.source).toBe('预算数')
    const v = verifyDraft('全年发放6.84万元，按19名老人计算，人均发放3600元，即人均全年0.36万元。', a)
    expect(v.ok).toBe(true)
    expect(v.mentions.find((m) => m.text === '3600元')!.derivation).toMatchObject({ formula: '= 6.84 ÷ 19' })
    expect(verifyDraft('按19名老人计算，人均发放3800元。', a).ok).toBe(false)
  })

  it('reads a table whose first column is the category (所属类别) by its rows’ names', async () => {
    const table = (score: string) =>
      `| 所属类别 | 三级指标 | 分值/得分 |\n|---|---|---|\n| 产出指标 | 新建管网长度 | 10/${score} |\n| 产出指标 | 集中供水工程改造数量 | 15/15 |\n`
    expect((await check('national', table('9.6'))).ok).toBe(true)
    expect((await check('national', table('9.8'))).ok).toBe(false)
  })

  it('counts the rows a block has not named yet (其余8项) and adds up their points', async () => {
    const table = (count: string, points: string) =>
      `| 项目 | 分值 | 自评得分 |\n|---|---|---|\n| 预算执行率 | 10 | 9 |\n| 指标1工程资金金额 | 10 | 9 |\n| 其余${count}项指标 | ${points} | 80 |\n`
    const v = await check('hebei', table('8', '80'))
    expect(v.ok).toBe(true)
    expect(v.mentions.find((m) => m.text === '8项')!.derivation).toMatchObject({
      formula: '= 10项 − 已列出的2项（指标1工程资金金额、预算执行率）',
    })
    expect((await check('hebei', table('7', '80'))).ok).toBe(false)
    expect((await check('hebei', table('8', '70'))).ok).toBe(false)
    // in prose: the rows of the paragraph named before it; the execution row only when named
    expect((await check('hebei', '工程资金金额指标自评9分，其余8项指标实际值均为100，得满分。')).ok).toBe(true)
    expect((await check('hebei', '工程资金金额指标自评9分，其余9项指标实际值均为100。')).ok).toBe(false)
    // nothing named before: no count of the rest
    expect((await check('hebei', '其余8项指标实际值均为100。')).mentions[0]!.status).not.toBe('verified')
  })

  it('counts the rows a count points back to (两项都, 这两项) and reads what follows as each one’s', async () => {
    const list = (count: string, gap: string, word = '高出') =>
      `- 受益群众满意度：指标值≥90%，实际93%\n- 工程验收合格率：指标值≥95%，实际100%\n- ${count}都比目标${word}${gap}个百分点`
    // the two rows' gaps differ (3 and 5): no figure is each one's
    const v = await check('national', list('两项', '3'))
    expect(v.mentions.find((m) => m.text === '两项')!.derivation).toMatchObject({
      formula: '= “受益群众满意度”、“工程验收合格率”，共2项',
    })
    expect(v.mentions.find((m) => m.text === '3个百分点')!.status).not.toBe('verified')
    expect((await check('national', list('三项', '3'))).mentions.find((m) => m.text === '三项')!.status).not.toBe(
      'verified',
    )
    const same = await check(
      'hexi',
      '- 种植作物成活率：目标95%，实际95%\n- 养殖家畜家禽成活率：目标95%，实际100%\n- 这两项的目标值都是95%',
    )
    expect(same.ok).toBe(true)
    expect(same.mentions.at(-1)!.derivation).toMatchObject({ op: 'each' })
  })

  it('reads 高于/低于 right before a gap in points as its direction, not a bound (低于5个百分点)', async () => {
    const right = await check('national', '受益群众满意度指标值≥90%，实际93%，高于3个百分点。')
    expect(right.ok).toBe(true)
    const flipped = await check('national', '受益群众满意度指标值≥90%，实际93%，低于3个百分点。')
    expect(codes(flipped)).toEqual(['error:DIRECTION_MISMATCH'])
    // as a bound it would have let 低于5个百分点 pass for a gap of 3
    expect((await check('national', '受益群众满意度指标值≥90%，实际93%，高于5个百分点。')).ok).toBe(false)
  })

  it('reads 相当于…的N% as a share', async () => {
    const v = await check('department', '追赃挽损110万元，相当于被骗损失的12.37%。')
    expect(v.ok).toBe(true)
    expect(v.mentions.at(-1)!.derivation).toMatchObject({ op: 'share' })
    expect((await check('department', '追赃挽损110万元，相当于被骗损失的13.37%。')).ok).toBe(false)
  })

  it('checks figures of the scoring rules against the profile, only where the words speak of the rules', async () => {
    const v = await check('hexi', '按财预〔2020〕10号的通用模板，满意度指标通常占10分，加上后满分才是100分。')
    expect(v.ok).toBe(true)
    expect(v.mentions.find((m) => m.text === '10分')!.derivation).toMatchObject({
      op: 'rule',
      formula: '全国默认（财预〔2020〕10号）：满意度指标10分',
    })
    expect((await check('hexi', '按财预〔2020〕10号的通用模板，满意度指标通常占20分。')).ok).toBe(false)
    expect((await check('national', '按规则，部分达成取60%。')).ok).toBe(true)
    // each figure after its own name; a score got is no rule
    expect((await check('sixing', '按默认分值（预算执行率10分、产出指标50分、效益指标10分）测算。')).ok).toBe(false)
    expect((await check('zongzhi', '按照评分规则，预算执行率得分10分。')).ok).toBe(false)
  })

  it('flags without a correction a figure the writer proposes instead of the table’s (应为…，我委将据此更正)', async () => {
    const v = await check('zongzhi', '按合计数倒算，其他资金实际支出应为20.84万元，我委将据此更正自评表。')
    expect(v.mentions.find((m) => m.text === '20.84万元')).toMatchObject({ status: 'unsupported' })
    expect(codes(v)).toEqual(['error:NUMBER_UNSUPPORTED'])
    // stated as a fact, the same figure is corrected
    const stated = await check('zongzhi', '其他资金实际支出20.84万元。')
    expect(stated.mentions[0]).toMatchObject({ status: 'mismatch', expected: '10万元' })
  })

  it('works a prior-year figure back from its 同比 rate (上年约28人), and the change (比上年多37人)', async () => {
    const v = await check('department', '打击电信诈骗刑拘65人，同比上升132.14%（上年约28人）。')
    expect(v.ok).toBe(true)
    expect(v.mentions.at(-1)!.derivation).toMatchObject({ op: 'prior-year', formula: '= 65 ÷ (1 + 132.14%)' })
    expect((await check('department', '打击电信诈骗刑拘65人，同比上升132.14%（上年约35人）。')).ok).toBe(false)
    expect((await check('department', '打击电信诈骗刑拘65人，比上年多37人。')).ok).toBe(true)
    expect((await check('department', '打击电信诈骗刑拘65人，比上年多39人。')).ok).toBe(false)
  })

  it('flags a score on another footing (如果…, 按年初预算) without correcting it to the table’s', async () => {
    const v = await check('sixing', '如果都按90%计，效益指标合计就是27分，总分97分。')
    expect(v.mentions.find((m) => m.text === '97分')).toMatchObject({ status: 'unsupported' })
    expect(v.findings.every((f) => f.code !== 'NUMBER_MISMATCH')).toBe(true)
    // the same figure stated as the table's total is corrected
    const stated = await check('sixing', '项目总分97分。')
    expect(stated.mentions.find((m) => m.text === '97分')).toMatchObject({ status: 'mismatch' })
  })

  it('checks a number against the arithmetic written after it, in words and in figures (95.75% = 全年执行数 ÷ 全年预算数 = 498.36 ÷ 520.5)', async () => {
    const both =
      '- **95.75%** = 全年执行数 ÷ 全年预算数 = 498.36 ÷ 520.5\n- **99.67%** = 全年执行数 ÷ 年初预算数 = 498.36 ÷ 500'
    const v = await check('national', both)
    expect(v.ok).toBe(true)
    expect(v.mentions.find((m) => m.text === '520.5')).toMatchObject({
      status: 'verified',
      factIds: ['P1.F0.fullYearBudget'],
    })
    // a result that the figures do not give
    expect((await check('national', '- **99.67%** = 全年执行数 ÷ 年初预算数 = 498.36 ÷ 520.5')).ok).toBe(false)
    // a term whose name in words is another role's: 500 is 年初预算, not 全年预算数
    const named = await check('national', '- **99.67%** = 全年执行数 ÷ 全年预算数 = 498.36 ÷ 500')
    expect(named.mentions.find((m) => m.text === '500')!.status).toBe('unsupported')
  })

  it('reads a bare number right after a word of money in the sheet’s unit of money (财政拨款9.8 + 其他资金10)', async () => {
    expect((await check('zongzhi', '预算36、财政拨款9.8，均未说明。')).ok).toBe(true)
    expect((await check('zongzhi', '预算36、财政拨款9.9，均未说明。')).ok).toBe(false)
    // not after 实际 alone: an indicator's actual is often a bare number
    const v = await check('national', '集中供水工程改造数量实际12。')
    expect(v.mentions[0]!.unit).toBeNull()
    expect(v.mentions[0]!.status).not.toBe('mismatch')
  })

  it('counts the rows whose target is the figure that follows (16项指标中有12项目标值为100%)', async () => {
    const v = await check('hengshan', '16项指标中有12项目标值为100%。')
    expect(v.mentions.find((m) => m.text === '12项')!.derivation).toMatchObject({ op: 'count' })
    expect((await check('hengshan', '16项指标中有11项目标值为100%。')).ok).toBe(false)
  })

  it('takes the difference of the two figures a clause points back to (两种口径相差约0.76分)', async () => {
    const v = await check('hebei', '总分自评98分，按公式97.24分，两种口径相差约0.76分。')
    expect(v.ok).toBe(true)
    expect(v.mentions.at(-1)!.derivation).toMatchObject({ op: 'difference', formula: '= 98 − 97.24' })
    expect((await check('hebei', '总分自评98分，按公式97.24分，两种口径相差约0.86分。')).ok).toBe(false)
  })

  it('takes the difference of the two figures a comparison sets side by side, in the direction its word gives', async () => {
    const v = await check('ningxia', '维修(维护)所需成本35万元，比办公所需成本（15万元）多20万元。')
    expect(v.ok).toBe(true)
    expect(v.mentions.at(-1)!.derivation).toMatchObject({ op: 'difference', formula: '= 35 − 15' })
    // the subject of a clause after a semicolon is the figure of the one before
    const after = await check(
      'ningxia',
      '维修(维护)所需成本35万元，占全年支出64.8万元的54.0%；比办公所需成本（15万元）多20万元。',
    )
    expect(after.mentions.at(-1)!.derivation).toMatchObject({ formula: '= 35 − 15' })
    // a slip, and the direction flipped, are errors
    expect((await check('ningxia', '维修(维护)所需成本35万元，比办公所需成本（15万元）多21万元。')).ok).toBe(false)
    expect((await check('ningxia', '维修(维护)所需成本35万元，比办公所需成本（15万元）少20万元。')).ok).toBe(false)
  })

  it('does not take a funding row’s figure for the project a heading names faintly (（一）综治…。实际投入9.80万元)', async () => {
    const v = await check(
      'department',
      '（一）综治、平安建设经费。年初预算36万元，实际投入9.80万元，预算执行率85.11%。',
    )
    expect(v.mentions.find((m) => m.text === '9.80万元')!.status).toBe('unsupported')
    // the project's own figure verifies, and the funding row named verifies its own
    const right = await check(
      'department',
      '（一）综治、平安建设经费。年初预算36万元，实际投入30.64万元，预算执行率85.11%。',
    )
    expect(right.ok).toBe(true)
    const named = await check('department', '（一）综治、平安建设经费。其中财政拨款实际投入9.8万元。')
    expect(named.mentions.find((m) => m.text === '9.8万元')).toMatchObject({
      status: 'verified',
      factIds: ['P1.F1.actual'],
    })
  })

  it('matches the limit a cost was kept within (控制在40万元以内) to the target, not to the cost itself', async () => {
    const v = await check('national', '单处工程改造成本38.2万元，控制在40万元以内。')
    expect(v.ok).toBe(true)
    expect(v.mentions.at(-1)).toMatchObject({ status: 'verified', factIds: ['P1.I4.target'] })
    // a limit that is no target: 38.2万元 was "kept within" 38.2 and 39, but neither is the target
    for (const limit of ['38.2', '39']) {
      const wrong = await check('national', `单处工程改造成本38.2万元，控制在${limit}万元以内。`)
      expect(wrong.mentions.at(-1)!.status).toBe('unsupported')
    }
  })

  it('takes the points lost in a sentence about one row as that row’s, not the table’s in all', async () => {
    const row = '资金到位及时率实际为100%，已达到目标，但自评只得7分（分值10分），'
    const right = await check('yongde', `${row}扣了3分。`)
    expect(right.ok).toBe(true)
    expect(right.mentions.at(-1)!.derivation).toMatchObject({ formula: '= 10 − 7' })
    // 4 is what the table lost in all: not this row's
    expect((await check('yongde', `${row}扣了4分。`)).mentions.at(-1)!.status).toBe('unsupported')
    // … which a sentence about the whole still says
    expect((await check('yongde', '自评总分96分，扣4分。')).ok).toBe(true)
  })

  it('reads a list item with the row named by the line that leads into the list', async () => {
    const text =
      '从数字上看，维修（维护）所需成本是三项成本里最大的一块：\n\n- 金额35万元，占全年支出64.8万元的54.0%；\n- 比办公所需成本（15万元）多20万元。'
    const v = await check('ningxia', text)
    expect(v.ok).toBe(true)
    expect(v.mentions.find((m) => m.text === '35万元')).toMatchObject({
      status: 'verified',
      factIds: ['P1.I12.actual'],
    })
    // a wrong amount there is still an error
    expect((await check('ningxia', text.replace('金额35万元', '金额36万元'))).ok).toBe(false)
    // with no lead line the item names no row: 35万元 is not taken for the cost row's
    const bare = await check('ningxia', '- 金额35万元，占全年支出64.8万元的54.0%。')
    expect(bare.mentions[0]!.factIds).not.toContain('P1.I12.actual')
  })

  it('settles a row named only in short by the figures after it in the sentence (- **增收**：实际12万元，比目标多0.624万元)', async () => {
    const v = await check('hexi', '- **增收**：实际12万元，比目标多0.624万元，完成率105.49%。')
    expect(v.ok).toBe(true)
    expect(v.mentions[0]).toMatchObject({ status: 'verified', factIds: ['P1.I12.actual'] })
    // a wrong figure there is flagged, and corrected to that row's (增收 is the short form of its name),
    // never to the project's total it was first read as
    const wrong = await check('hexi', '- **增收**：实际13万元，比目标多0.624万元，完成率105.49%。')
    expect(wrong.mentions[0]).toMatchObject({ status: 'mismatch', factIds: ['P1.I12.actual'], expected: '12万元' })
    expect(codes(wrong)).toEqual(['error:NUMBER_MISMATCH'])
  })

  it('reads a pair header of two amounts (年初预算/全年执行) with the sheet’s unit of money', async () => {
    const table = (actual: string) => `| 资金 | 年初预算/全年执行 |\n|---|---|\n| 年度资金总额 | 500/${actual} |\n`
    const v = await check('national', table('498.36'))
    expect(statuses(v)).toEqual(['500 verified P1.F0.budget', '498.36 verified P1.F0.actual'])
    expect((await check('national', table('489.36'))).ok).toBe(false)
  })

  it('reads a scoring profile’s points that are not whole (12.5) without failing', () => {
    const profile = { ...NATIONAL_PROFILE, categoryWeights: { 产出: 12.5, 效益: 30, 满意度: 10 } }
    const written = { value: Decimal.parse('12.5'), signed: false, unit: '分', decimals: 1, qualifier: null }
    expect(ruleFigure(profile, written, '按默认规则，产出指标')).toMatchObject({
      formula: expect.stringContaining('产出指标12.5分'),
    })
  })
  it('reads a counted list (维修和办公两项) as naming the rows whose names begin so, for their sum and share', async () => {
    const v = await check('ningxia', '维修和办公两项合计50万元，占总支出的77.16%。')
    expect(v.ok).toBe(true)
    expect(v.mentions.find((m) => m.text === '50万元')?.derivation?.formula).toBe('= 15 + 35')
    expect(v.mentions.find((m) => m.text === '77.16%')?.derivation?.formula).toBe('= 50 ÷ 64.8 × 100%')
    // a wrong sum is still an error
    expect((await check('ningxia', '维修和办公两项合计51万元，占总支出的77.16%。')).ok).toBe(false)
    // the count must be the items': three words counted as 两项 name no rows
    const miscounted = await check('ningxia', '维修、办公和绿化两项合计50万元。')
    expect(miscounted.mentions.find((m) => m.text === '50万元')?.status).toBe('unsupported')
  })
  it('checks a count right after a category’s name against that category (效益指标8项), not the indicators in all', async () => {
    const v = await check('zongzhi', '项目共设绩效指标8项，其中产出指标5项、效益指标8项、满意度指标1项。')
    expect(statuses(v)).toEqual([
      '8项 verified P1.count.indicators',
      '5项 verified P1.count.L1.0',
      // (the next item of the list, 满意度指标1项, is not what this count counts: the same as alone)
      '8项 mismatch P1.count.L1.1',
      '1项 verified P1.count.L1.2',
    ])
    const alone = await check('zongzhi', '效益指标8项。')
    expect(alone.mentions[0]).toMatchObject({ status: 'mismatch', factIds: ['P1.count.L1.1'], expected: '2项' })
    // the right count verifies, and 8项指标 before a category is still the indicators in all
    expect(statuses(await check('zongzhi', '8项指标中，效益指标2项。'))).toEqual([
      '8项 verified P1.count.indicators',
      '2项 verified P1.count.L1.1',
    ])
  })
  it('works percentages multiplied or divided into a percentage as fractions (98% ÷ 100% = 98%)', async () => {
    const v = await check('yongde', '政策知晓率：98% ÷ 100% = 98%，10 × 98% = 9.8分。')
    expect(v.ok).toBe(true)
    expect(derived(v)).toContain('98% arithmetic = 98% ÷ 100%')
    const wrong = await check('yongde', '政策知晓率：98% ÷ 100% = 97%。')
    expect(wrong.mentions.find((m) => m.text === '97%')).toMatchObject({ status: 'mismatch', expected: '98%' })
  })
  it('reads no category in a bracket after a count that lists what it counts (三个指标（…、学生满意度）)', async () => {
    const v = await check('hebei', '这张表“偏差原因”一栏里有三个指标填的是“0”（安全率、学校发展能力、学生满意度）。')
    expect(v.mentions[0]).toMatchObject({ text: '三个', status: 'unsupported' })
    expect(statuses(await check('hebei', '共9项指标（含满意度1项）。'))).toEqual([
      '9项 verified P1.count.indicators',
      '1项 verified P1.count.L1.2',
    ])
    // named before the count, the category still counts
    expect((await check('hebei', '满意度指标三个。')).mentions[0]).toMatchObject({
      status: 'mismatch',
      expected: '1项',
    })
  })
  it('leaves a bracketed aside’s role word to its own figure (全年预算2.38万元（年初预算为0，…），其中其他资金1.8万元)', async () => {
    const text = '全年预算 2.38万元（年初预算为 0，资金均在年度中追加安排），其中财政拨款 0.58万元、其他资金 1.8万元。'
    expect(statuses(await check('bayannaoer', text))).toEqual([
      '2.38万元 verified P1.F0.fullYearBudget',
      '0 verified P1.F0.budget',
      '0.58万元 verified P1.F1.fullYearBudget',
      '1.8万元 verified P1.F2.fullYearBudget',
    ])
    const wrong = await check('bayannaoer', text.replace('1.8万元', '1.7万元'))
    expect(wrong.mentions[3]).toMatchObject({
      status: 'mismatch',
      factIds: ['P1.F2.fullYearBudget'],
      expected: '1.8万元',
    })
  })
  it('reads 未完成 before a count as the rows it counts, not a sign, and 实际完成值 as no status', async () => {
    expect(statuses(await check('jishan', '未完成的14项指标均集中在孕产妇、老年人。'))).toEqual([
      '14项 verified P1.count.notMet',
    ])
    const wrong = await check('jishan', '未完成的13项指标均集中在孕产妇、老年人。')
    expect(wrong.mentions[0]).toMatchObject({ status: 'mismatch', factIds: ['P1.count.notMet'], expected: '14项' })
    // 实际完成值 names a column: "13项实际完成值填写规范" counts no rows met (14), so no correction to them
    const column = await check('hexi', '14项指标中有13项实际完成值填写规范。')
    expect(column.mentions[1]).toMatchObject({ text: '13项', status: 'unsupported' })
    expect((await check('hexi', '14项指标中有12项已完成。')).mentions[1]).toMatchObject({ status: 'mismatch' })
  })
  it('corrects no total score to ours when rows could not be compared (ours leaves them out)', async () => {
    const v = await check('qingshen', '总分90分。')
    expect(v.mentions[0]).toMatchObject({ status: 'unsupported' })
    expect(v.mentions[0]!.expected).toBeUndefined()
    expect(statuses(await check('qingshen', '总分10分。'))).toEqual(['10分 verified P1.score.total'])
  })
  it('reads 七成半 as 75%', async () => {
    expect((await check('bayannaoer', '其他资金占全年预算的七成半以上。')).ok).toBe(true)
    expect((await check('bayannaoer', '其他资金占全年预算的八成半以上。')).ok).toBe(false)
  })
  it('reads a note’s bare 万 about money as 万元, and corrects no figure of a part of the year to the year’s', async () => {
    const notes = ['用户补充：预算执行率扣1分是因为到11月底才支出了大概52万']
    const quoted = await check('ningxia', '截至11月底累计支出52万元。', notes)
    expect(quoted.mentions.find((m) => m.text === '52万元')).toMatchObject({ status: 'verified' })
    // without the note: flagged, but not corrected to the year's 64.8万元
    const part = await check('ningxia', '到11月底，实际支出52万元，最后一个月集中支出了约12.8万元。')
    const read = part.mentions.filter((x) => x.status !== 'ignored')
    expect(read.map((m) => `${m.text} ${m.status} ${m.expected ?? ''}`.trim())).toEqual([
      '52万元 unsupported',
      '约12.8万元 unsupported',
    ])
    // the year's figure is still corrected, 12月底 included
    expect((await check('ningxia', '截至12月底，实际支出52万元。')).mentions[1]).toMatchObject({
      status: 'mismatch',
      expected: '64.8万元',
    })
  })
  it('sums the projects a sentence counts for each role’s 合计 (两个项目年初预算合计…，实际支出合计…)', async () => {
    const v = await check('department', '两个项目年初预算合计51万元，实际支出合计53.34万元。')
    expect(derived(v)).toEqual(['51万元 sum = 36 + 15', '53.34万元 sum = 30.64 + 22.7'])
    // a wrong sum is flagged, and not corrected to 项目支出 of all four project lines
    const wrong = await check('department', '两个项目年初预算合计51万元，实际支出合计54.34万元。')
    expect(wrong.mentions.find((m) => m.text === '54.34万元')).toMatchObject({ status: 'unsupported' })
    // and the combined rate of the two sums
    const rate = await check('department', '两个项目年初预算合计51万元，实际支出合计53.34万元，合并执行率104.59%。')
    expect(rate.ok).toBe(true)
    expect(derived(rate).at(-1)).toBe('104.59% share = 53.34 ÷ 51 × 100%')
    const wrongRate = await check(
      'department',
      '两个项目年初预算合计51万元，实际支出合计53.34万元，合并执行率105.59%。',
    )
    expect(wrongRate.mentions.at(-1)).toMatchObject({ status: 'unsupported' })
    expect(wrongRate.mentions.at(-1)!.expected).toBeUndefined()
    // four projects are all of them: 项目支出 in all
    const all = await check('department', '四个项目实际支出合计53.34万元。')
    expect(all.mentions.find((m) => m.text === '53.34万元')).toMatchObject({
      status: 'mismatch',
      expected: '78.02万元',
    })
  })
  it('reads a bare number in a table as an indicator’s count in its own measure word (| 居民健康档案 | 38508 | 37442 |)', async () => {
    const table = (actual: string) =>
      `| 指标 | 指标值 | 实际值 |\n|---|---|---|\n| 老年人中医药规范管理数 | 5662 | 4044 |\n| 居民健康档案 | 38508 | ${actual} |\n`
    expect(statuses(await check('jishan', table('37442')))).toEqual([
      '5662 verified P1.I18.target',
      '4044 verified P1.I18.actual',
      '38508 verified P1.I0.target',
      '37442 verified P1.I0.actual',
    ])
    const wrong = await check('jishan', table('37443'))
    expect(wrong.mentions.at(-1)).toMatchObject({ status: 'mismatch', expected: '37442人' })
    // money is not a count: a bare 38508 is no 万元
    expect((await check('zongzhi', '| 项目 | 实际 |\n|---|---|\n| 综治 | 3064 |\n')).ok).toBe(false)
  })
  it('reads points after a word of achievement as the row’s score (公用经费完成时间：按期完成，得4分)', async () => {
    expect(statuses(await check('ningxia', '公用经费完成时间：按期完成，得4分。'))).toEqual([
      '4分 verified P1.I10.theirScore',
    ])
    expect((await check('ningxia', '公用经费完成时间：按期完成，得3分。')).ok).toBe(false)
  })
  it('counts the rows whose actual is their target (14项指标中有12项实际完成值与指标值完全一致)', async () => {
    const v = await check('hexi', '14项指标中有12项实际完成值与指标值完全一致。')
    expect(v.ok).toBe(true)
    expect(v.mentions[1]!.derivation).toMatchObject({ op: 'count', formula: expect.stringContaining('共12项') })
    const wrong = await check('hexi', '14项指标中有13项实际完成值与指标值完全一致。')
    expect(wrong.mentions[1]).toMatchObject({ status: 'unsupported' })
    // the same words count too (粮食储备设备维护及安全性: 高 and 高)
    expect((await check('hengshan', '指标共16项，其中14项实际值与指标值完全一致。')).ok).toBe(true)
  })
  it('counts the rows whose actual is “无” as those that could not be compared (1项实际值填“无”)', async () => {
    expect(statuses(await check('hengshan', '表中设绩效指标16项，15项达到指标值，1项实际值填"无"。'))).toEqual([
      '16项 verified P1.count.indicators',
      '15项 verified P1.count.met',
      '1项 verified P1.count.notComparable',
    ])
    expect((await check('hengshan', '2项实际值填"无"。')).mentions[0]).toMatchObject({
      status: 'mismatch',
      expected: '1项',
    })
  })
  it('quotes a figure the words call the goal’s own (按目标里的39户算)', async () => {
    const v = await check('hexi', '- 按目标里的 39户 算，户均补贴约 2431元。')
    expect(v.ok).toBe(true)
    expect(v.mentions[0]).toMatchObject({ text: '39户', status: 'verified', note: '引自表内文字' })
    expect((await check('hexi', '- 按目标里的 38户 算。')).ok).toBe(false)
  })
  it('checks a row’s 满分 as its weight; 满分100分 is the scale', async () => {
    expect(statuses(await check('yongde', '政策知晓率自评得了9分（满分10分）。'))).toEqual([
      '9分 verified P1.I5.theirScore',
      '10分 verified P1.I5.weight',
    ])
    expect((await check('ningxia', '公用经费完成时间自评4分（满分6分）。')).ok).toBe(false)
    expect(statuses(await check('yongde', '满分100分。'))).toEqual([])
  })
  it('takes a 其中 sub-row’s share of the row it is listed under (其中羊180只，占家畜家禽总数的93.75%)', async () => {
    const v = await check('hexi', '其中羊180只，占家畜家禽总数的93.75%。')
    expect(v.ok).toBe(true)
    expect(derived(v)).toEqual(['93.75% share = 180 ÷ 192 × 100%'])
    expect((await check('hexi', '其中羊180只，占家畜家禽总数的94.75%。')).ok).toBe(false)
  })
  it('reads a column of differences beside columns of points in points (| 分值 | 自评 | 按公式计算 | 差额 |)', async () => {
    const table = (gap: string) =>
      `| 项目 | 分值 | 表内自评得分 | 按公式计算 | 差额 |\n|---|---:|---:|---:|---:|\n| 预算执行率 | 10 | 9 | 8.62 | ${gap} |\n`
    const v = await check('hebei', table('+0.38'))
    expect(v.ok).toBe(true)
    expect(derived(v).at(-1)).toBe('+0.38 difference = 9 − 8.62')
    expect((await check('hebei', table('+0.48'))).ok).toBe(false)
  })
  it('reads points right after an execution rate as that rate’s points (执行率100%，得分10分)', async () => {
    expect(statuses(await check('hexi', '执行率100%，得分10分。'))).toEqual([
      '100% verified P1.F0.fullYearRate',
      '10分 verified P1.score.execution,P1.score.executionTheirs',
    ])
    expect((await check('hexi', '执行率100%，得分9分。')).ok).toBe(false)
    // (自评得分 after the rate is as often the project's total: not read as the rate's)
    expect((await check('zongzhi', '执行率仅85.11%，自评得分98.51分。')).ok).toBe(true)
  })
  it('gives a bare number before a slash the unit after it, and reads score/weight pairs (9.48/9.48万元, 得分10/10分)', async () => {
    const v = await check('hexi', '预算/执行：9.48/9.48万元。执行率：100%，得分10/10分。')
    expect(statuses(v)).toEqual([
      '9.48 verified P1.F0.fullYearBudget',
      '9.48万元 verified P1.F0.fullYearBudget,P1.F0.actual',
      '100% verified P1.F0.fullYearRate',
      '10 verified P1.score.execution,P1.score.executionTheirs',
      '10分 verified P1.score.executionWeight',
    ])
    const wrong = await check('hexi', '补助鱼塘面积3亩，得分10/20分。')
    expect(wrong.ok).toBe(false)
    expect(wrong.findings.at(-1)?.message).toContain('应为10分')
  })
  it('takes the only row measured in a unit for a figure in it that names no row (覆盖39户、90人)', async () => {
    expect(statuses(await check('hexi', '覆盖39户、90人。')).at(-1)).toBe('90人 verified P1.I13.actual')
    expect((await check('hexi', '覆盖39户、91人。')).ok).toBe(false)
  })
  it('leaves the writer’s own counts, decimal places and the one a ratio counts from unchecked', async () => {
    const v = await check(
      'hebei',
      '有1处算错、1处表述与表不符。正式报告一般保留1到2位小数，再取两位。优先处理第1、2条。每投入 1 元，按（1 + 10%）折算。',
    )
    expect(v.mentions.map((m) => `${m.text} ${m.note}`)).toEqual([
      '1处 文中自身内容的计数（表、方面、条目），不是数据',
      '1处 文中自身内容的计数（表、方面、条目），不是数据',
      '1 小数位数，不是数据',
      '2位 小数位数，不是数据',
      '两位 小数位数，不是数据',
      '1 序数，不是数据',
      '2条 序数，不是数据',
      '1 元 比较的基准（每1元、1 + 增幅），不是数据',
      '1 比较的基准（每1元、1 + 增幅），不是数据',
      '10% 数据中没有对应的数值',
    ])
    // (a count of places that is data stays data: 建设1处蓄水池)
    expect((await check('hebei', '建设1处蓄水池。')).mentions[0]!.status).not.toBe('ignored')
  })
  it('takes 100 points the weights should add up to as the rule’s scale (分值合计90分，不是100分)', async () => {
    const v = await check('hexi', '分值合计只有90分，不是100分。二是补齐满意度指标，使分值合计达到100分。')
    expect(v.ok).toBe(true)
    expect((await check('hexi', '分值合计100分。')).ok).toBe(false)
  })
  it('derives the points a table’s weights fall short of 100 by (满意度那10分还没填, 较百分制少10分)', async () => {
    const v = await check('hexi', '分值合计只有90分，满意度那10分还没填。表内无满意度指标，较100分制少10分。')
    expect(v.ok).toBe(true)
    expect(derived(v)).toEqual(['10分 difference = 100 − 90', '10分 difference = 100 − 90'])
    expect((await check('hexi', '满意度那20分还没填。')).ok).toBe(false)
    // (the figure must be the one the words say is missing: "分值合计只有10分" is the sum, and wrong)
    expect((await check('hexi', '满意度指标缺失，分值合计只有10分。')).ok).toBe(false)
  })
  it('takes a count’s share of every indicator row when the words name them (占指标总数的93.75%)', async () => {
    const v = await check('hengshan', '项目设置绩效指标16项。全年完成15项，占指标总数的93.75%。')
    expect(v.ok).toBe(true)
    expect(derived(v)).toEqual(['93.75% share = 15 ÷ 16 × 100%'])
    expect((await check('hengshan', '全年完成15项，占指标总数的94.75%。')).ok).toBe(false)
  })
  it('pairs names and a run of numbers joined by 、 in order with no 分别 (办公、维修、绿化三项成本15万元、35万元、14.8万元)', async () => {
    const text = (a: string, b: string) =>
      `成本方面，办公、维修（维护）、绿化及水电费等三项成本均按${a}、${b}、14.8万元的目标值执行到位。`
    const v = await check('ningxia', text('15万元', '35万元'))
    expect(v.ok).toBe(true)
    expect(statuses(v).slice(1)).toEqual([
      '15万元 verified P1.I11.actual',
      '35万元 verified P1.I12.actual',
      '14.8万元 verified P1.I13.target',
    ])
    expect((await check('ningxia', text('35万元', '15万元'))).ok).toBe(false)
  })
  it('reads a table of scores headed 自评 and 按规则重算 in points, each column on its side', async () => {
    const table = (ours: string) =>
      `### 重算后的得分\n\n| | 自评 | 按规则重算 |\n|---|---|---|\n| 预算执行率 | 9.58 | ${ours} |\n| 效益指标 | 27 | 24 |\n`
    const v = await check('national', table('9.57'))
    expect(statuses(v)).toEqual([
      '9.58 verified P1.F0.score,P1.score.executionTheirs',
      '9.57 verified P1.score.execution',
      '27 verified P1.sub.L1.1.theirs',
      '24 verified P1.sub.L1.1.score',
    ])
    // (the table's own 9.58 in the column of the rule's scores is the wrong side)
    expect((await check('national', table('9.58'))).ok).toBe(false)
  })
  it('reads bare numbers after a word of points, and the terms of a bracketed sum, in points (分值10、得分10; 90分（执行率10 + 产出50 + 效益30）)', async () => {
    expect(statuses(await check('hexi', '财政拨款一行也写了分值10、得分10。'))).toEqual([
      '10 verified P1.F1.weight',
      '10 verified P1.F1.score',
    ])
    const v = await check('hexi', '表上分值合计只有90分（执行率10 + 产出50 + 效益30）。')
    expect(v.ok).toBe(true)
    expect(v.mentions.map((m) => m.unit)).toEqual(['分', '分', '分', '分'])
    // (the execution rate's points printed on two rows are one term of a sum, not 10 + 10)
    expect((await check('hexi', '表上分值合计只有90分（执行率20 + 产出50 + 效益30）。')).ok).toBe(false)
  })
  it('does not take the names in a bracket of figures after a number for its own (瓜果蔬菜29.5亩（桃树1.5亩、苹果树5亩）)', async () => {
    const v = await check('hexi', '瓜果蔬菜29.5亩（桃树1.5亩、苹果树5亩）。')
    expect(statuses(v)).toEqual([
      '29.5亩 verified P1.I0.actual',
      '1.5亩 verified P1.I1.actual',
      '5亩 verified P1.I2.actual',
    ])
    expect((await check('hexi', '瓜果蔬菜28.5亩（桃树1.5亩、苹果树5亩）。')).ok).toBe(false)
  })
  it('reads a score 按比例 as the rule’s, and corrects no count in a supposition', async () => {
    expect(statuses(await check('jishan', '高血压规范管理完成84.69%，自评1.9分（按比例1.69分）。'))).toEqual([
      '84.69% verified P1.I12.completion',
      '1.9分 verified P1.I12.theirScore',
      '1.69分 verified P1.I12.score',
    ])
    expect((await check('jishan', '高血压规范管理完成84.69%，自评1.9分（按比例1.79分）。')).ok).toBe(false)
    const v = await check('bayannaoer', '写成小于等于的话，做0个也算完成。')
    expect(v.mentions.find((m) => m.text === '0个')?.status).not.toBe('mismatch')
  })
  it('takes a table line’s cells for the indicator row its other cells are of (| 带动农户增收 | ≥11.376万元 | 12万元 | 105.49% |)', async () => {
    const table = (rate: string) =>
      `| 项目 | 目标值 | 实际值 | 完成情况 |\n|---|---|---|---|\n| 带动农户增收 | ≥11.376万元 | 12万元 | ${rate} |\n`
    expect(statuses(await check('hexi', table('105.49%')))).toEqual([
      '≥11.376万元 verified P1.I12.target',
      '12万元 verified P1.I12.actual',
      '105.49% verified P1.I12.completion',
    ])
    // (the 合计 row's 100% is not this row's completion)
    expect((await check('hexi', table('100.00%'))).ok).toBe(false)
    // (in prose, a figure after the whole's is not taken for the whole's: 其中桃树29.5亩 is wrong)
    expect((await check('hexi', '补助瓜果蔬菜种植面积29.5亩，其中桃树29.5亩、苹果树5亩。')).ok).toBe(false)
  })
  it('asks for a difference named after the number (0.01分的尾差) and reads a band after 可得分值的', async () => {
    const v = await check('national', '其次是预算执行率得分有0.01分的尾差。')
    expect(derived(v)).toEqual(['0.01分 difference = 9.58 − 9.57464'])
    expect((await check('national', '其次是预算执行率得分有0.02分的尾差。')).ok).toBe(false)
    const band = await check('national', '实际“基本建立”，属于“部分达成”，可得分值的60%～80%。')
    expect(band.mentions.map((m) => m.status)).toEqual(['verified', 'verified'])
    expect((await check('national', '属于“部分达成”，可得分值的50%～80%。')).ok).toBe(false)
  })
  it('reads the figure after an actual and a slash as the row’s target (22584人/24694人)', async () => {
    expect(statuses(await check('jishan', '家庭医生签约率（22584人/24694人，91.46%）。'))).toEqual([
      '22584人 verified P1.I21.actual',
      '24694人 verified P1.I21.target',
      '91.46% verified P1.I21.completion',
    ])
    const wrong = await check('jishan', '家庭医生签约率（22584人/24794人，91.46%）。')
    expect(wrong.mentions[1]).toMatchObject({ status: 'mismatch', expected: '24694人' })
  })
  it('reads a figure in brackets after 指标值 as the target, and 指标3 as a label', async () => {
    expect(statuses(await check('hengshan', '市民满意度调查结果为100%，高于指标值（≥90%）10个百分点。'))).toEqual([
      '100% verified P1.I15.actual',
      '≥90% verified P1.I15.target',
      '10个百分点 verified P1.I15.gap',
    ])
    expect(
      (await check('hengshan', '市民满意度调查结果为100%，高于指标值（≥95%）10个百分点。')).mentions[1],
    ).toMatchObject({
      status: 'mismatch',
      expected: '≥90%',
    })
    expect((await check('jishan', '指标3至指标5疑似漏填。')).mentions.map((m) => m.status)).toEqual([
      'ignored',
      'ignored',
    ])
  })
  it('quotes the total of one cell’s figures in one measure, and divides by it (5000吨稻谷、500吨成品粮 → 5500吨, 每吨约354元)', async () => {
    const v = await check('hengshan', '全年执行194.9万元。按储备规模5500吨计算，每吨储备粮年均费用约354元。')
    expect(v.ok).toBe(true)
    expect(v.mentions[1]).toMatchObject({ text: '5500吨', status: 'verified', note: '引自表内文字' })
    expect(derived(v)).toEqual(['约354元 per-unit = 194.9 ÷ 5500'])
    expect((await check('hengshan', '按储备规模5600吨计算。')).ok).toBe(false)
  })
  it('flags a figure that is a term of the sum it would be corrected to with both readings, not a correction', async () => {
    const v = await check('department', '部分项目预算与实际执行偏离较大：实际支出30.64万元。')
    expect(codes(v)).toEqual(['error:NUMBER_OTHER_ROW'])
    expect(v.mentions[0]).toMatchObject({ status: 'unsupported', factIds: ['D.P.L0.actual', 'D.P.total'] })
  })
  it('flags a distinctive figure another row has in another role with both readings, but corrects a swap within the row', async () => {
    const other = await check('department', '基本支出30.64万元。')
    expect(codes(other)).toEqual(['error:NUMBER_OTHER_ROW'])
    expect(other.mentions[0]!.factIds).toEqual(['D.P.L0.actual', 'D.B.total'])
    expect(statuses(await check('department', '基本支出316.04万元。'))).toEqual(['316.04万元 mismatch D.B.total'])
    // (the row's own budget written for its spending keeps its correction)
    expect(statuses(await check('hebei', '该项目年度资金总额37.24万元，全年执行37.24万元。'))[0]).toBe(
      '37.24万元 mismatch P1.F0.budget',
    )
  })
  it('reads compound units of money as the cells write them (5830元/户, 583元/人·月, 3600元/人·年)', async () => {
    const a = analyzeTable(await loadTableFile('test/corpus/tables/anhui-suixi-linshijiuzhu-2019.json'))
    const v = verifyDraft('扶贫临时救助标准指标值≤5300元/户，实际完成5830元/户；农村低保标准实际583元/人*月。', a)
    expect(v.mentions.map((m) => `${m.text} ${m.unit} ${m.status}`)).toEqual([
      '≤5300元/户 元/户 verified',
      '5830元/户 元/户 verified',
      '583元/人*月 元/人·月 verified',
    ])
    // (5830元 with no 户 is no figure of the 合计 row's spending: never corrected to 30万元)
    expect(verifyDraft('实际完成5930元/户。', a).ok).toBe(false)
  })
  it('sums the projects the sentence counts last, with 涉及资金 as a word of together (4个项目中，仅…2个项目…涉及资金53.34万元)', async () => {
    const text = (share: string) =>
      `全年实施的4个项目中，仅综治、平安建设经费和四型平安小区以奖代拨经费2个项目开展了绩效自评，涉及资金53.34万元，占项目支出的${share}。`
    const v = await check('department', text('68.37%'))
    expect(v.ok).toBe(true)
    expect(derived(v)).toEqual(['53.34万元 sum = 30.64 + 22.7', '68.37% share = 53.34 ÷ 78.02 × 100%'])
    expect((await check('department', text('69.37%'))).ok).toBe(false)
  })
})

describe('the direction of a derived or nearer figure', () => {
  const pair = async (name: Parameters<typeof check>[0], wrong: string, right: string, notes?: string[]) => {
    const bad = await check(name, wrong, notes)
    expect(codes(bad)).toContain('error:DIRECTION_MISMATCH')
    expect((await check(name, right, notes)).ok).toBe(true)
    return bad.findings.find((f) => f.code === 'DIRECTION_MISMATCH')!.message
  }
  it('reads 说明年初预算 as no plan for next year', async () => {
    await pair(
      'sixing',
      '执行率超过100%说明年初预算编少了：实际投入比预算少7.7万元。',
      '执行率超过100%说明年初预算编少了：实际投入比预算多7.7万元。',
    )
  })
  it('takes a figure of the user’s notes as what was reached against the table’s target', async () => {
    const notes = ['入户调查满意度为96.5%']
    const message = await pair(
      'sixing',
      '满意度为96.5%，低于目标值1.5个百分点。',
      '满意度为96.5%，高于目标值1.5个百分点。',
      notes,
    )
    expect(message).toBe(
      '按表中数据和用户说明计算（96.5% − 95%），应为高于1.5个百分点，文中为“低于目标值1.5个百分点”，增减方向与数据相反',
    )
  })
  it('signs a change against last year, a comparison from the figure before it, and a score against its weight', async () => {
    await pair(
      'department',
      '项目支出78.02万元，上年为171.66万元，增加93.64万元。',
      '项目支出78.02万元，上年为171.66万元，减少93.64万元。',
    )
    await pair(
      'department',
      '四型平安小区以奖代拨经费成本指标实际值为15万元，比该项目实际投入多7.7万元。',
      '四型平安小区以奖代拨经费成本指标实际值为15万元，比该项目实际投入少7.7万元。',
    )
    await pair(
      'ningxia',
      '项目效益部分分值25分，自评21分，较分值多4分。',
      '项目效益部分分值25分，自评21分，较分值少4分。',
    )
  })
  it('signs a sum of changes and what is left of a difference after its part', async () => {
    await pair(
      'department',
      '与上年相比，基本支出减少3.9万元，项目支出减少93.64万元，两项合计增加97.54万元。',
      '与上年相比，基本支出减少3.9万元，项目支出减少93.64万元，两项合计减少97.54万元。',
    )
    await pair(
      'national',
      '结余22.14万元，其中当年财政拨款结余20.14万元、上年结转资金超支2万元。',
      '结余22.14万元，其中当年财政拨款结余20.14万元、上年结转资金结余2万元。',
    )
  })
  it('reads 超支率 across 高达, and a saving share of a rate over 100% as the wrong way round', async () => {
    expect(await pair('zongzhi', '单看财政拨款，超支率高达72.78%。', '单看财政拨款，结余率高达72.78%。')).toContain(
      '应为结余率72.78%',
    )
    expect(
      await pair(
        'sixing',
        '实际投入22.7万元，预算执行率151.33%，节约率51.33%。',
        '实际投入22.7万元，预算执行率151.33%，超支率51.33%。',
      ),
    ).toContain('应为超支率51.33%')
    await pair(
      'department',
      '四型平安小区以奖代拨经费实际投入低于年初预算51.33%。',
      '四型平安小区以奖代拨经费实际投入超出年初预算51.33%。',
    )
  })
  it('holds the row named nearest to a figure it has the other way round, not a row named before', async () => {
    const message = await pair('department', '人员经费增长10%、公用经费上升10%。', '人员经费增长10%、公用经费下降10%。')
    expect(message).toContain('日常公用经费较上年增减幅度应为下降10%')
  })
})

describe('counts of a level and of the indicators in all', () => {
  it('counts 一级指标 as the first-level rows, never as all the indicators nor a sum of two levels', async () => {
    const v = await check('zongzhi', '项目共设一级指标8项，其中产出指标5项、效益指标2项、满意度指标1项。')
    expect(statuses(v)).toEqual([
      '8项 mismatch P1.count.level1',
      '5项 verified P1.count.L1.0',
      '2项 verified P1.count.L1.1',
      '1项 verified P1.count.L1.2',
    ])
    expect(v.mentions[0]!.expected).toBe('3项')
    expect((await check('zongzhi', '项目共设一级指标3项、绩效指标8项。')).ok).toBe(true)
  })
  it('reads 绩效指标 named right before a count in a list as all the indicators, and no list of counts as a list of names', async () => {
    const v = await check('zongzhi', '项目共设绩效指标8项，其中产出指标5项、绩效指标2项、满意度指标1项。')
    expect(statuses(v)[2]).toBe('2项 unsupported')
    expect(codes(v)).toEqual(['error:NUMBER_UNSUPPORTED'])
  })
  it('still adds two projects’ indicators up', async () => {
    const v = await check(
      'department',
      '综治、平安建设经费和四型平安小区以奖代拨经费2个项目的绩效指标共15项，全部达成。',
    )
    expect(v.ok).toBe(true)
    expect(derived(v)).toEqual(['15项 sum = 8 + 7'])
  })
})

describe('batch 11 readings', () => {
  it('reads two figures back to back after a direction word as the object and the gap', async () => {
    const right = await check('hexi', '特色产业带动受益农户增加总收入12万元，高于目标值11.376万元0.624万元。')
    expect(statuses(right)).toEqual([
      '12万元 verified P1.I12.actual',
      '11.376万元 verified P1.I12.target',
      '0.624万元 verified P1.I12.gap',
    ])
    expect(codes(await check('hexi', '特色产业带动受益农户增加总收入12万元，低于目标值11.376万元0.624万元。'))).toEqual(
      ['error:DIRECTION_MISMATCH'],
    )
  })
  it('reads a target in brackets after 目标', async () => {
    expect(statuses(await check('hengshan', '市民满意度100%，高于目标（≥90%）10个百分点。'))[1]).toBe(
      '≥90% verified P1.I15.target',
    )
  })
  it('compares a clause with no subject of its own with its figure’s own row (全年预算调整为520.5万元，较年初增加20.5万元)', async () => {
    const v = await check('national', '年中追加财政拨款后，全年预算调整为520.5万元，较年初增加20.5万元。')
    expect(derived(v)).toEqual(['20.5万元 difference = 520.5 − 500'])
    expect((await check('national', '年中追加财政拨款后，全年预算调整为520.5万元，较年初增加30.5万元。')).ok).toBe(
      false,
    )
  })
  it('takes a share of a gap the sentence worked out from its figures', async () => {
    const text = (share: string) =>
      `- 财政拨款9.8 + 其他资金10 = **19.8万元**，合计行却是 **30.64万元**，差 **10.84万元**，约占合计实际投入的${share}。`
    const v = await check('zongzhi', text('35.4%'))
    expect(v.ok).toBe(true)
    expect(derived(v).at(-1)).toBe('35.4% share = 10.84 ÷ 30.64 × 100%')
    expect((await check('zongzhi', text('36.4%'))).ok).toBe(false)
  })
  it('reads a sentence that names no row as about its list item’s lead, and a user’s figure against that row’s target', async () => {
    const notes = ['今年实际评出五星级小区15个']
    const text = (word: string) =>
      `1. **五星级小区评选**：目标“≥13个”，实际也写“≥13个”。您说今年实际评出 **15个**，那就应填“15个”，比目标${word}2个。`
    const v = await check('sixing', text('多'), notes)
    expect(derived(v)).toEqual(['2个 difference = 15 − 13'])
    expect(v.ok).toBe(true)
    expect(codes(await check('sixing', text('少'), notes))).toEqual(['error:DIRECTION_MISMATCH'])
  })
  it('compares the unit’s own score with the one the rules give (多给/少给)', async () => {
    const text = (word: string) =>
      `- **高血压规范管理数**：完成84.7%，自评1.9分；按2 × 84.7%算约1.69分，${word}约0.2分。`
    expect(derived(await check('jishan', text('多给')))).toContain('约0.2分 difference = 1.9 − 1.693722')
    expect(codes(await check('jishan', text('少给')))).toContain('error:DIRECTION_MISMATCH')
  })
})

describe('the whole of a share named by its role alone', () => {
  it('takes 占全年实际投入的 as the total’s, never a row the sentence names beside it', async () => {
    const text = (share: string) =>
      `超出部分由财政返还的市委政法委各项奖励经费等其他资金7.7万元解决，占全年实际投入的${share}；财政拨款占66.08%。`
    const right = await check('sixing', text('33.92%'))
    expect(right.ok).toBe(true)
    expect(derived(right)[0]).toBe('33.92% share = 7.7 ÷ 22.7 × 100%')
    // (7.7 ÷ 15, over 财政拨款's spending, is not a share of the whole)
    expect((await check('sixing', text('51.33%'))).ok).toBe(false)
    expect((await check('sixing', '财政拨款与其他资金分别占实际投入的66.08%和51.33%。')).ok).toBe(false)
    expect((await check('sixing', '财政拨款与其他资金分别占实际投入的66.08%和33.92%。')).ok).toBe(true)
  })
})

describe('gaps in a table of scores', () => {
  const table = (rows: string) =>
    `| 指标 | 指标值 | 实际值 | 自评 | 按比例应得 | 差异 |\n|---|---|---|---|---|---|\n${rows}`
  it('reads a bare gap after the unit’s own score and the rules’ score, with its direction', async () => {
    const v = await check('jishan', table('| 0-36月龄中医药管理 | 1228 | 770 | 1.8 | 1.25 | 多给0.55 |'))
    expect(v.ok).toBe(true)
    expect(derived(v)).toContain('0.55 difference = 1.8 − 1.254072')
    expect(codes(await check('jishan', table('| 0-36月龄中医药管理 | 1228 | 770 | 1.8 | 1.25 | 少给0.55 |')))).toEqual([
      'error:DIRECTION_MISMATCH',
    ])
  })
  it('never pairs the points lost as the unit’s score against the rules’ (they run the other way)', async () => {
    const v = await check('jishan', '自评合计48.8分，扣4.2分；按比例重算合计约48.3分，自评比按比例计算高了0.5分。')
    expect(codes(v)).not.toContain('error:DIRECTION_MISMATCH')
    expect(v.mentions.find((m) => m.text === '0.5分')?.derivation).toBeUndefined()
  })
  it('pairs the unit’s score, not the weight it equals, when the direction fits only that pair', async () => {
    const v = await check('jishan', table('| 居民健康档案 | 38508 | 37442 | 3 | 2.92 | 多给0.08 |'))
    expect(v.ok).toBe(true)
  })
})

describe('quotes of the table’s own text', () => {
  it('reads a number in quotation marks that is a whole cell’s text as that cell quoted', async () => {
    const v = await check('sixing', '“产生差异的原因”一栏填了“=95%”，应当删掉。')
    expect(v.mentions[0]).toMatchObject({ text: '=95%', status: 'verified', note: '引自表内文字' })
    expect((await check('sixing', '原因栏里的“=96%”应当删掉。')).ok).toBe(false)
  })
  it('reads the goal cell’s figures where the words say they look at it (栏所列, 从…完成情况看)', async () => {
    const v = await check(
      'guichi',
      '年度目标完成情况栏所列完成金额为89.97万元，其中设计、规划、测绘实际使用29.99万元。',
    )
    expect(v.mentions.map((m) => `${m.text} ${m.status} ${m.note ?? ''}`)).toEqual([
      '89.97万元 verified 引自表内文字',
      '29.99万元 verified 引自表内文字',
    ])
    expect((await check('guichi', '从年度目标完成情况看，设计、规划、测绘费用完成29.99万元。')).ok).toBe(true)
    expect((await check('guichi', '年度目标完成情况栏所列完成金额为89.98万元。')).ok).toBe(false)
  })
})

describe('short forms of indicator names', () => {
  it('knows 带动增加受益农户收入 as 增收 (and derives from it)', async () => {
    expect(statuses(await check('hexi', '增收12万元是总收入口径，没有扣除农户自己投入。'))).toEqual([
      '12万元 verified P1.I12.actual',
    ])
    expect((await check('hexi', '增收13万元。')).ok).toBe(false)
  })
})

describe('a cost indicator’s limit', () => {
  it('reads 控制标准 as the target, and a limit compared with (低于不超过40万元的控制标准) as no gap', async () => {
    expect(statuses(await check('national', '单处工程改造成本38.2万元，比控制标准40万元低1.8万元。'))).toEqual([
      '38.2万元 verified P1.I4.actual',
      '40万元 verified P1.I4.target',
      '1.8万元 verified P1.I4.deviation',
    ])
    expect(
      statuses(await check('national', '单处工程改造成本38.2万元，低于不超过40万元的控制标准，每处节约1.8万元。'))[1],
    ).toBe('不超过40万元 verified P1.I4.target')
    expect((await check('national', '单处工程改造成本38.2万元，比控制标准41万元低1.8万元。')).ok).toBe(false)
  })
})

describe('a user’s figure about the row discussed just before', () => {
  it('compares a figure of the notes with the target of the row the sentence before names', async () => {
    const notes = ['满意度问卷调查的结果是96.8%']
    const text = (word: string) =>
      `3. **满意度填错了栏**。“人民群众满意度”实际值填的是“≥95%”。按你给的问卷结果96.8%，应在实际值栏填96.8%，比指标值${word}1.8个百分点。`
    const v = await check('sixing', text('高出'), notes)
    expect(derived(v)).toEqual(['1.8个百分点 pp-gap = 96.8% − 95%'])
    expect(codes(await check('sixing', text('低'), notes))).toContain('error:DIRECTION_MISMATCH')
  })
})

describe('a count of rows by their cell', () => {
  it('verifies the cell value after the count (16项指标中有12项指标值设定为100%)', async () => {
    const v = await check('hengshan', '一是指标值设置偏保守。16项指标中有12项指标值设定为100%。')
    expect(v.ok).toBe(true)
    expect(v.mentions.find((m) => m.text === '100%')?.factIds).toHaveLength(12)
    expect((await check('hengshan', '16项指标中有12项目标值为90%。')).ok).toBe(false)
  })
})

describe('figures of the user’s notes in formulas', () => {
  const notes = ['满意度问卷共发放200份，回收196份，其中满意（含基本满意）188份']
  it('reads a bare term of a formula the notes give, and a quoted repeat of a figure the sentence verified', async () => {
    const v = await check(
      'sixing',
      '满意度为 **95.9%**（188 ÷ 196），可以直接填“95.9%”。另外，问卷回收率是98%（196 ÷ 200）。',
      notes,
    )
    expect(v.ok).toBe(true)
    expect(v.mentions.map((m) => m.note ?? '')).toContain('与前文刚核对过的数字相同')
    expect((await check('sixing', '另外，问卷回收率是98%（196 ÷ 201）。', notes)).ok).toBe(false)
    expect((await check('sixing', '满意度为 **95.9%**（188 ÷ 196），可以直接填“96.9%”。', notes)).ok).toBe(false)
  })
})

describe('a Markdown header with a unit among its bracket’s words', () => {
  it('reads 上年（推算，万元） as last year’s amounts in 万元', async () => {
    const table = (prior: string) =>
      `| 项目 | 2022年（万元） | 较上年增减（万元） | 上年（推算，万元） | 增减幅度 |\n|---|---|---|---|---|\n| 项目支出 | 78.02 | -93.64 | ${prior} | -54.55% |`
    const v = await check('department', table('171.66'))
    expect(v.ok).toBe(true)
    expect(v.mentions.find((m) => m.text === '171.66')?.factIds).toEqual(['D.P.prior'])
    expect((await check('department', table('181.66'))).ok).toBe(false)
  })
})

describe('the figure compared with, after a comparing word', () => {
  it('reads 低于指标值43.2万元 as the target, and the gap after the same words as the gap', async () => {
    const text = (x: string) => `只有“工程资金金额”一项未达标：实际37.24万元，低于指标值${x}万元，扣1分。`
    expect((await check('hebei', text('43.2'))).ok).toBe(true)
    expect((await check('hebei', text('5.96'))).ok).toBe(true)
    // neither the target nor the gap
    expect(codes(await check('hebei', text('40')))).toContain('error:NUMBER_MISMATCH')
    expect((await check('hexi', '带动受益农户增加收入12万元，超过指标值11.376万元，多增收0.624万元。')).ok).toBe(true)
  })

  it('reads 年初的500万元 as the budget at the start of the year', async () => {
    const text = (x: string) => `全年预算比年初的${x}万元增加了20.5万元。`
    const v = await check('national', text('500'))
    expect(v.ok).toBe(true)
    expect(v.mentions.find((m) => m.text === '500万元')?.factIds).toEqual(['P1.F0.budget'])
    expect(codes(await check('national', text('510')))).toContain('error:NUMBER_MISMATCH')
  })
})

describe('a share of a sum the sentence worked out', () => {
  it('keeps the sum in the pool however many rows the sentence names', async () => {
    const text = (x: string) =>
      `综治、平安建设和四型小区以奖代拨等2个项目开展了绩效自评，合计支出53.34万元，占项目支出的${x}%。`
    expect(derived(await check('department', text('68.37')))).toContain('68.37% share = 53.34 ÷ 78.02 × 100%')
    expect((await check('department', text('67.37'))).ok).toBe(false)
  })
})

describe('a heading naming a row the template numbers', () => {
  it('reads the list under “### 2. 全县参合人数” as the row 指标1:全县参合人数', async () => {
    const text = (x: string) => `### 2. 全县参合人数（扣2分）\n- 目标 **8755人**，实际 **${x}人**，少 **79人**`
    const v = await check('jiandang', text('8676'))
    expect(v.ok).toBe(true)
    expect(v.mentions.find((m) => m.text === '8676人')?.factIds).toEqual(['P1.I0.actual'])
    expect((await check('jiandang', text('8670'))).ok).toBe(false)
  })
})

describe('phrases that hold a role word but name no role', () => {
  it('does not read 支出 of 从支出结构看 as what the cost row spent', async () => {
    const text = (x: string) => `从支出结构看，办公所需成本${x}万元，占23.15%。`
    const v = await check('ningxia', text('15'))
    expect(v.ok).toBe(true)
    expect(v.mentions.find((m) => m.text === '15万元')?.factIds).toEqual(['P1.I11.actual'])
    expect((await check('ningxia', text('16'))).ok).toBe(false)
  })
})

describe('a 分别 list in table order', () => {
  const text = (list: string) => `四项指标的分值分别为${list}分，合计90分。`
  it('pairs the values with the indicator rows in the order of the table', async () => {
    const v = await check('gaoling', text('25、25、30、10'))
    expect(v.ok).toBe(true)
    expect(v.mentions.filter((m) => m.text === '25' || m.text === '30').map((m) => m.factIds)).toEqual([
      ['P1.I0.weight'],
      ['P1.I1.weight'],
      ['P1.I2.weight'],
    ])
  })
  it('names the one value that is not its row’s, and pairs nothing when the order is not the table’s', async () => {
    const slip = await check('gaoling', text('25、25、20、10'))
    expect(slip.findings.map((f) => f.code)).toEqual(['NUMBER_MISMATCH'])
    expect(slip.mentions.find((m) => m.text === '20')?.expected).toBe('30分')
    const shuffled = await check('gaoling', text('25、30、25、10'))
    expect(shuffled.mentions.filter((m) => m.status === 'verified').map((m) => m.text)).not.toContain('30')
  })
})

describe('a share of two point figures the sentence wrote', () => {
  it('reads 占该类分值50分的96% as 48 ÷ 50', async () => {
    const text = (x: string) => `产出指标自评合计48分，占该类分值50分的${x}%。`
    expect(derived(await check('jiandang', text('96')))).toContain('96% share = 48 ÷ 50 × 100%')
    expect((await check('jiandang', text('95'))).ok).toBe(false)
  })
})

describe('a figure of what was done, quoted from the cell of what was achieved', () => {
  it('verifies 设计、规划、测绘实际完成29.99万元 from the goal cell in its words, and not another figure', async () => {
    const text = (x: string) => `实际执行中预算编制和工程审计均足额使用，设计、规划、测绘实际完成${x}万元。`
    const v = await check('guichi', text('29.99'))
    expect(v.ok).toBe(true)
    expect(v.mentions.find((m) => m.text === '29.99万元')?.note).toBe('引自表内文字')
    expect((await check('guichi', text('29.98'))).ok).toBe(false)
  })
})

describe('该项 in a list item', () => {
  it('refers to the row the list item before it names', async () => {
    const text = (score: string, gap: string) =>
      `- 只有“工程资金金额”一项未达标：实际37.24万元，低于指标值43.2万元，扣1分；\n- 若按“实际÷指标值×分值”计算，该项应得${score}分，比自评的9分低${gap}分，建议复核。`
    const v = await check('hebei', text('8.62', '0.38'))
    expect(v.ok).toBe(true)
    expect(derived(v)).toContain('0.38分 difference = 8.62037 − 9')
    expect((await check('hebei', text('8.82', '0.18'))).ok).toBe(false)
  })
})

describe('the weight a rate is multiplied by', () => {
  it('verifies 执行率85.11% × 10 and 乘10 as the execution rate’s weight, and no other multiplier', async () => {
    const cell = (x: string) => `| 预算执行率 | 8.51 | 执行率85.11% × ${x} |`
    expect((await check('zongzhi', cell('10'))).mentions.at(-1)?.factIds).toEqual(['P1.score.executionWeight'])
    expect((await check('zongzhi', cell('20'))).mentions.at(-1)?.status).toBe('unsupported')
    const v = await check('national', '执行率精确值为95.7464%，乘10得9.5746。')
    expect(v.mentions.find((m) => m.text === '10')?.factIds).toEqual(['P1.score.executionWeight'])
  })
})

describe('the other side of a score, named by its side', () => {
  it('reads 比自评高3.8分 after the total by the rules as that total less the unit’s own', async () => {
    const text = (x: string) => `按计分规则复核，总分应为99.8分，比自评${x}分。`
    expect(derived(await check('yongde', text('高3.8')))).toContain('3.8分 difference = 99.8 − 96')
    expect(codes(await check('yongde', text('低3.8')))).toContain('error:DIRECTION_MISMATCH')
    expect((await check('yongde', text('高3.6'))).ok).toBe(false)
  })
})

describe('the unit’s total by the phrase of all its scores', () => {
  it('reads 各项自评得分合计96分 as the total of the unit’s own scores', async () => {
    const v = await check('yongde', '各项自评得分合计96分。')
    expect(v.mentions[0]?.factIds).toEqual(['P1.score.theirTotal'])
    expect((await check('yongde', '各项自评得分合计95分。')).ok).toBe(false)
  })
})

describe('满意率 for the one satisfaction row', () => {
  it('reads 满意率96.6%，比95%的目标高1.6个百分点 as the satisfaction row against the user’s survey', async () => {
    const notes = ['满意度问卷共发放240份，回收232份，满意率96.6%']
    const text = (gap: string) =>
      `按你提供的情况：本次共发放问卷240份，回收232份，满意率**96.6%**，比95%的目标高**${gap}个百分点**。`
    const v = await check('zongzhi', text('1.6'), notes)
    expect(v.ok).toBe(true)
    expect(derived(v)).toContain('1.6个百分点 pp-gap = 96.6% − 95%')
    expect((await check('zongzhi', text('2.6'), notes)).ok).toBe(false)
  })
})

describe('what a cell was filled with', () => {
  it('verifies 其他资金栏执行率填为0 as the rate the row prints, and no other value or row', async () => {
    const v = await check('bayannaoer', '其他资金栏执行率填为0，与实际执行1.8万元不符。')
    expect(v.ok).toBe(true)
    expect(v.mentions[0]?.note).toBe('引自表内文字')
    expect((await check('bayannaoer', '其他资金栏执行率填为10，与实际执行1.8万元不符。')).ok).toBe(false)
    expect((await check('bayannaoer', '财政拨款栏执行率填为0。')).ok).toBe(false)
  })
})

describe('a share of a budget, not its rate', () => {
  it('reads 年中追加12.96万元，占调整后预算的5.15% as a share, and 实际支出…占调整后预算的100% as the rate', async () => {
    const added = (x: string) => `一是年初预算编制不够精准，年中追加12.96万元，占调整后预算的${x}%。`
    expect(derived(await check('qingshen', added('5.15')))).toContain('5.15% share = 12.96 ÷ 251.89 × 100%')
    // the rate of the budget (100%) is no share of it
    expect((await check('qingshen', added('100.00'))).ok).toBe(false)
    const spent = await check('qingshen', '全年实际支出251.89万元，占调整后预算的100%。')
    expect(spent.ok).toBe(true)
    expect(spent.mentions.at(-1)?.factIds).toEqual(['P1.F0.fullYearRate'])
  })
})

describe('a 分别 list of shares', () => {
  it('takes each value as one part’s share, never two parts together', async () => {
    const text = (x: string) => `财政拨款与其他资金分别占实际投入的${x}%和33.92%。`
    expect((await check('sixing', text('66.08'))).ok).toBe(true)
    // 15 + 7.7 is all of 22.7, but 财政拨款 alone is 66.08% of it
    expect((await check('sixing', text('100.00'))).ok).toBe(false)
  })
})

describe('written arithmetic as writers type it', () => {
  it('reads a formula with no spaces around = (执行率=30.64÷36=85.11%), its terms included', async () => {
    const v = await check('zongzhi', '执行率=30.64÷36=85.11%。结余=36−9.8−10−10.84=5.36万元。')
    expect(v.ok).toBe(true)
    expect(derived(v)).toEqual(['=85.11% arithmetic = 30.64 ÷ 36', '=5.36万元 arithmetic = 36 - 9.8 - 10 - 10.84'])
    expect(v.mentions.find((m) => m.text === '=30.64')).toMatchObject({ status: 'verified', note: '算式中的数' })
    const wrong = '执行率=30.64÷36=86.11%。'
    expect((await check('zongzhi', wrong)).findings.map((f) => [f.code, wrong.slice(f.start, f.end)])).toEqual([
      ['NUMBER_MISMATCH', '=30.64÷36=86.11%'],
    ])
  })

  it('works brackets and precedence: (36−30.64)÷36 and 36 − 30.64 × 2 are not read left to right', async () => {
    const v = await check('zongzhi', '未执行比例（36−30.64）÷36≈14.89%。')
    expect(v.ok).toBe(true)
    expect(derived(v)).toEqual(['14.89% arithmetic = (36 - 30.64) ÷ 36'])
    // left to right 36 − 30.64 × 2 would be 10.72; by precedence it is −25.28: 10.72 is accepted only as
    // the order a calculator keys it in, 5.36 by neither
    expect((await check('zongzhi', '36−30.64×2=10.72万元。')).ok).toBe(true)
    expect(statuses(await check('zongzhi', '36−30.64×2=5.36万元。'))).toContain('=5.36万元 mismatch')
    expect(statuses(await check('zongzhi', '（36−30.64）÷36≈15.89%。'))).toContain('15.89% mismatch')
  })

  it('puts money of different units in 元 (19 × 300元 × 12 = 6.84万元) and bare terms in the unit they were found in', async () => {
    expect((await check('gaoling', '每人每月300元，19名 × 300元 × 12个月 = 6.84万元。')).findings).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ code: 'NUMBER_MISMATCH' })]),
    )
    expect(statuses(await check('gaoling', '6.84万元 ÷ 19人 = 3600元。'))).toContain('3600元 verified')
    expect(statuses(await check('gaoling', '6.84万元 ÷ 19人 = 3700元。'))).toContain('3700元 mismatch')
    // 287.8 is the table's 287.8万元: its result is in 万元, and the same figures in 元 are a unit slip
    const right = await check('department', '人员经费上年约为287.8 ÷（1 + 10%）≈ 261.64万元。')
    expect(right.ok).toBe(true)
    const slip = await check('department', '人员经费上年约为287.8 ÷（1 + 10%）≈ 261.64元。')
    expect(slip.findings.map((f) => f.message)).toContain(
      '文中算式287.8 ÷ (1 + 10%)的结果应为2616363.64元，文中为261.64元',
    )
  })

  it('takes a result written again in another form (= 0.8511 = 85.11%) only when that result is right', async () => {
    const v = await check('zongzhi', '30.64万元/36万元=0.8511=85.11%。')
    expect(v.ok).toBe(true)
    expect(derived(v)).toEqual(['=0.8511 arithmetic = 30.64 / 36', '=85.11% arithmetic = 0.8511'])
    const wrong = await check('zongzhi', '30.64万元/36万元=0.9511=95.11%。')
    expect(statuses(wrong)).toEqual(expect.arrayContaining(['=0.9511 mismatch', '=95.11% unsupported']))
  })
})

describe('counts of things that are not the sheet’s rows', () => {
  it('does not correct a count of the things the noun after it names (已达成13个小区) as a count of indicators', async () => {
    expect(statuses(await check('sixing', '已达成13个小区的建设任务。'))).toEqual(['13个 unsupported'])
    // a count of indicators is still corrected
    expect(statuses(await check('sixing', '已达成2个指标。'))).toEqual(['2个 mismatch P1.count.met'])
  })
})

describe('the rules’ own figures', () => {
  it('reads the full 100 a short sum of weights is compared with (较100分少10分), and a grade’s threshold written 90分（含）以上', async () => {
    const v = await check('hexi', '各项分值合计仅90分，与100分的总分口径相差10分。')
    expect(v.ok).toBe(true)
    expect(v.mentions.find((m) => m.text === '100分')).toMatchObject({ status: 'verified', note: '评分规则中的数' })
    expect((await check('hexi', '分值合计只有90分，较100分少20分。')).ok).toBe(false)
    const grade = await check('yongde', '都在90分（含）以上，等级都是“优”。')
    expect(grade.mentions.map((m) => `${m.text} ${m.status}`)).toEqual(['90分 ignored'])
  })
})

describe('the gap between the two figures just given', () => {
  it('verifies 两种算法相差3.01分 as the gap of the last two verified figures of its unit, and flags a wrong gap', async () => {
    const v = await check('national', '表中自评96.18分，按规则测算为93.17分。两种算法相差3.01分。')
    expect(v.ok).toBe(true)
    expect(derived(v)).toEqual(['3.01分 difference = 96.18 − 93.17'])
    expect(statuses(await check('national', '表中自评96.18分，按规则测算为93.17分。两种算法相差3.11分。'))).toContain(
      '3.11分 unsupported',
    )
    // a figure that is not verified is no side of the gap
    expect(statuses(await check('national', '表中自评97.18分，按规则测算为93.17分。两者相差4.01分。'))).toContain(
      '4.01分 unsupported',
    )
  })
})

describe('batch 13 readings', () => {
  it('masks a role word inside the project’s name written in short (营养改善计划 of 义务教育营养改善计划专项资金)', async () => {
    const v = await check('yongde', '家长对营养改善计划的补助标准和供餐方式了解不够，知晓率为98%。')
    expect(statuses(v)).toEqual(['98% verified P1.I5.actual'])
  })

  it('takes a rate as the share of the user’s two figures just given (280份, 272份 → 满意率97.14%), never of the table’s', async () => {
    const notes = ['满意度问卷共回收280份，其中272份表示满意']
    const v = await check('zongzhi', '问卷回收280份，其中272份表示满意，满意率为97.14%。', notes)
    expect(derived(v)).toEqual(['97.14% share = 272 ÷ 280 × 100%'])
    expect(statuses(await check('zongzhi', '问卷回收280份，其中272份表示满意，满意率为96.14%。', notes))).toContain(
      '96.14% mismatch P1.I7.actual',
    )
    // 9.8 of 30.64 is 31.98%, but 占年初预算的 names another base: no share of the last two table figures
    expect(statuses(await check('zongzhi', '实际投入30.64万元，其中财政拨款9.8万元，占年初预算的31.98%。'))).toContain(
      '31.98% unsupported',
    )
  })

  it('counts quoted names side by side as a list (“安全率”“学校发展能力”“学生满意度”三行)', async () => {
    const v = await check('hebei', '另外“安全率”“学校发展能力”“学生满意度”三行的偏差原因栏填了“0”。')
    expect(statuses(v)).toEqual(['三行 verified'])
  })

  it('reads a figure named by its row alone as what the row achieved, not its target (知晓率为100% when it achieved 98%)', async () => {
    expect(statuses(await check('yongde', '家长了解不够，知晓率为100%。'))[0]).toMatch(/^100% (mismatch|unsupported)/)
    expect(statuses(await check('yongde', '知晓率目标为100%。'))).toEqual(['100% verified P1.I5.target'])
    // a bound with its sign is the target as written
    expect((await check('national', '单处工程改造成本≤40万元。')).ok).toBe(true)
  })
})

describe('totals of a cell of several measures', () => {
  it('quotes the total of one measure word’s figures in a cell that mixes measures (571人 of 50人 … 320人, 6户, 8家), said as a total', async () => {
    const a = await sample('baoshan')
    expect(a.sheet.byId.get('P1.TU0')).toMatchObject({ display: '571人', role: 'quoted' })
    expect(statuses(await check('baoshan', '个人慰问对象合计571人。'))).toEqual(['571人 verified P1.TU0'])
    expect((await check('baoshan', '个人慰问对象合计572人。')).ok).toBe(false)
    // the ids of the figures and of a one-measure cell's total stay as they were
    expect(a.sheet.byId.get('P1.T6')?.display).toBe('320人')
  })
})

describe('a proposal, a span of years and a cell that is no value', () => {
  it('takes a quoted proposal repeating the sentence before’s verified figure (…97.14%。建议实际值栏直接填“97.14%”)', async () => {
    const notes = ['满意度问卷共回收280份，其中272份表示满意']
    const text = '问卷回收280份，其中272份表示满意，满意率为97.14%。建议实际值栏直接填“97.14%”。'
    expect(statuses(await check('zongzhi', text, notes)).at(-1)).toBe('97.14% verified')
    expect(statuses(await check('zongzhi', text.replace('填“97.14%”', '填“97.15%”'), notes)).at(-1)).toBe(
      '97.15% unsupported',
    )
  })

  it('leaves a span of years alone (参考近两年实际支出, 连续三年)', async () => {
    const v = await check('zongzhi', '参考近两年实际支出编制预算。')
    expect(v.mentions.map((m) => `${m.text} ${m.status}`)).toEqual(['近两年 ignored'])
  })

  it('quotes a target cell that is no value in its role, so the offline draft of such a table passes its own check', async () => {
    const a = analyzeTable(await loadTableFile('test/corpus/tables/ningxia-yuanzhou-malingshu-2022.json'))
    const v = verifyDraft('该项目质量指标“指标1采购的原原种合格率”指标值为“采购的原原种合格率≥90%”。', a)
    expect(v.ok).toBe(true)
    expect(v.mentions.find((m) => m.text.includes('90%'))?.source).toMatchObject({ path: 'indicators[3].target' })
    expect(verifyDraft('该项目质量指标“指标1采购的原原种合格率”指标值为“采购的原原种合格率≥95%”。', a).ok).toBe(false)
    // only the cell quoted whole, in quotation marks: a figure of it in the writer's words is not the cell's
    expect(verifyDraft('原原种合格率的指标值为≥90%。', a).ok).toBe(false)
  })
})

describe('formulas worked out in words', () => {
  it('reads 按37.24 ÷ 43.2 计算应为86.20% as written arithmetic, its terms included', async () => {
    const v = await check('hebei', '按 37.24 ÷ 43.2 计算应为 **86.20%**。')
    expect(v.ok).toBe(true)
    expect(derived(v)).toEqual(['86.20% arithmetic = 37.24 ÷ 43.2'])
    expect(statuses(await check('hebei', '37.24 ÷ 43.2 计算应为 87.20%。'))).toContain('87.20% mismatch')
  })

  it('takes a formula’s rounded term at the exact figure it stands for (95.75%×10 计算为9.57分, the rate being 95.7464%)', async () => {
    expect((await check('national', '按95.75%×10计算为9.57分。')).ok).toBe(true)
    expect(statuses(await check('national', '按95.75%×10计算为9.56分。'))).toContain('9.56分 mismatch')
  })
})

describe('a difference in a formula is no range', () => {
  it('reads 1−85.11%=14.89% as arithmetic (the 1 is not 1%), and a range still as a range', async () => {
    const v = await check('zongzhi', '1−85.11%=14.89%。')
    expect(derived(v)).toEqual(['=14.89% arithmetic = 1 - 85.11%'])
    expect(statuses(await check('zongzhi', '1−85.11%=15.89%。'))).toContain('=15.89% mismatch')
    expect(findNumbers('满意度在95%-100%之间').numbers.map((n) => n.range)).toEqual(['low', 'high'])
  })
})

describe('a division by zero written out', () => {
  it('flags a formula that divides by a zero the writer wrote (251.89 ÷ 0.00 = 100%), whatever its result', async () => {
    const v = await check('qingshen', '按全年预算：251.89 ÷ 0.00 = **100%**。')
    expect(v.findings.map((f) => f.message)).toEqual(['文中算式251.89 ÷ 0.00以0作除数，得不出100%，请核对除数'])
    expect((await check('qingshen', '按全年预算：251.89 ÷ 251.89 = **100%**。')).ok).toBe(true)
  })
})

describe('a share of a quoted figure in its cell’s total', () => {
  it('verifies 320人 …占56.04% as 320 of the cell’s 571人, in prose and in a Markdown table row, and flags a wrong one', async () => {
    const table = '| 对象 | 数量 | 占个人慰问对象比重 |\n|---|---|---|\n| 边海防官兵 | 320人 | 56.04% |'
    const v = await check('baoshan', table)
    expect(v.ok).toBe(true)
    expect(v.mentions.find((m) => m.text === '56.04%')?.derivation).toMatchObject({ formula: '= 320 ÷ 571 × 100%' })
    expect((await check('baoshan', '边海防官兵320人，占56.04%。')).ok).toBe(true)
    expect((await check('baoshan', '边海防官兵320人，占56.05%。')).ok).toBe(false)
  })
})
