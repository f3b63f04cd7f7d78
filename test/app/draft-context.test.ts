import { describe, expect, it } from 'vitest'
import { buildDraftContext } from '../../src/app/draft-context.ts'
import { formatFactLine } from '../../src/app/draft-prompts.ts'
import { InputError } from '../../src/core/input-error.ts'
import { draftWithTemplate } from '../../src/core/template-draft/index.ts'
import { seedDepartment, zongzhiWithoutReasons } from '../fixtures/seed-analysis.ts'
import { verifyDraft } from '../../src/core/verify.ts'

const ids = (ctx: { facts: { id: string }[] }) => ctx.facts.map((f) => f.id)

describe('what a prompt sees', () => {
  it('formats a fact as id, label, display value and formula', async () => {
    const a = await seedDepartment()
    expect(formatFactLine(a.sheet.byId.get('P1.F0.rate')!)).toBe(
      '[P1.F0.rate] "合计·预算执行率" = 85.11%（实际投入 ÷ 年初预算 × 100%）',
    )
    expect(formatFactLine(a.sheet.byId.get('P1.F0.actual')!)).toBe('[P1.F0.actual] "合计·实际投入" = 30.64万元')
  })

  it('gives one funding row its own figures, the sources it should add up from, and its warning', async () => {
    const ctx = buildDraftContext({ analysis: await seedDepartment(), section: 'variance', row: 'P1.F0' })
    expect(ctx.subject).toBe('综治、平安建设经费·资金情况·“合计”行')
    expect(ids(ctx)).toEqual([
      'P1.F0.budget',
      'P1.F0.actual',
      'P1.F0.diff',
      'P1.F0.rate',
      'P1.F0.unspentShare',
      'P1.F1.budget',
      'P1.F1.actual',
      'P1.F1.diff',
      'P1.F1.rate',
      'P1.F1.unspentShare',
      'P1.F2.actual',
      'P1.sum.actual',
      'P1.sum.actualGap',
    ])
    expect(ctx.warnings.map((w) => w.code)).toEqual(['FUNDING_SUM_MISMATCH'])
    expect(ctx.questions).toEqual([])
  })

  it('puts the row’s own reason first, then the project’s other reasons and the unit’s notes', async () => {
    const ctx = buildDraftContext({ analysis: await seedDepartment(), section: 'variance', row: 'P1.I4' })
    expect(ctx.causes[0]).toEqual({
      source: '综治、平安建设经费·绩效指标·“综治平安经费”',
      text: '本年减少了对各乡镇、社区的维稳、综治等工作的补助经费支出',
    })
    expect(ctx.causes.map((c) => c.text)).toContain('单位用其它资金弥补该项经费支出')
    expect(ctx.causes.map((c) => c.source)).toContain('部门报告中单位的说明')
    // the other project's reasons and the "=95%" in a reason column are not causes
    expect(ctx.causes.map((c) => c.text)).not.toContain('本年按文件要求对乡镇、社区的小区奖励经费支出')
    expect(ctx.causes.map((c) => c.text)).not.toContain('=95%')
  })

  it('without a row, explains every row with a variance or an actual that is not a value, like the template engine', async () => {
    const analysis = await seedDepartment()
    const ctx = buildDraftContext({ analysis, section: 'variance' })
    // the cost indicators met under their ceiling (P1.I4, P2.I3) need no paragraph (issue 13)
    const keys = ['P1.F0', 'P1.F1', 'P1.F2', 'P1.I7', 'P2.F0', 'P2.F2', 'P2.I0', 'P2.I6']
    expect(ctx.rows.map((r) => r.key)).toEqual(keys)
    // the template engine explains the same rows, one paragraph each
    expect(draftWithTemplate(analysis, 'variance').paragraphs).toHaveLength(keys.length)
    expect(ctx.subject.split('\n')[0]).toBe('- 综治、平安建设经费·资金情况·“合计”行')
  })

  it('gives the problems section the totals and the rows with variances, not outcomes or staffing', async () => {
    const ctx = buildDraftContext({ analysis: await seedDepartment(), section: 'problems' })
    expect(ctx.subject).toBe('中共南岳区委政法委员会2022年度部门整体支出绩效评价报告')
    for (const id of ['D.B.total', 'D.B.change', 'D.P.total', 'D.total', 'P1.F0.rate', 'P1.F1.rate', 'P2.F0.rate']) {
      expect(ids(ctx)).toContain(id)
    }
    expect(ids(ctx).filter((id) => /^D\.(O|S)/.test(id) || /^D\.P\.L\d+\.share|prior/.test(id))).toEqual([])
    expect(ctx.warnings).toHaveLength(9)
  })

  it('lists the figures a warning quotes, so every number in the prompt has an id', async () => {
    const ctx = buildDraftContext({ analysis: await seedDepartment(), section: 'problems' })
    const yoy = ctx.warnings.find((w) => w.code === 'YOY_INCONSISTENT')!
    expect(yoy.message).toContain('推算增加26.16万元')
    const quoted = ['D.B.L0.share', 'D.B.L0.impliedChange', 'D.B.L1.share', 'D.B.L1.impliedChange', 'D.B.impliedChange']
    expect(ids(ctx).filter((id) => quoted.includes(id))).toEqual(quoted)
  })

  it('asks the user for the cause of each variance the table does not explain', async () => {
    const ctx = buildDraftContext({ analysis: await zongzhiWithoutReasons(), section: 'variance', row: 'P1.F1' })
    expect(ctx.causes).toEqual([])
    expect(ctx.questions).toEqual(['请说明综治、平安建设经费‘财政拨款’实际投入低于预算的原因'])
  })

  it('does not ask for a cause a row of the same money states, nor one the user gave', async () => {
    // the seed's 财政拨款 cell holds a label, no cause; the 合计 row and the cost indicator state one
    const seed = await seedDepartment()
    const related = buildDraftContext({ analysis: seed, section: 'variance', row: 'P1.F1' })
    expect(related.causes.filter((c) => c.explains)).toHaveLength(2)
    expect(related.questions).toEqual([])
    const cause = '工程已完工，剩余质保金尾款未支付'
    const bare = await zongzhiWithoutReasons()
    const answered = buildDraftContext({
      analysis: bare,
      section: 'variance',
      row: 'P1.F1',
      userNotes: [{ text: cause, kind: 'cause', row: 'P1.F1' }],
    })
    expect(answered.questions).toEqual([])
    expect(answered.causes).toEqual([
      { source: '用户说明的原因（综治、平安建设经费·资金情况·“财政拨款”行）', text: cause },
    ])
  })

  it('adds the user’s notes as causes, with phone numbers and the manager’s name masked', async () => {
    const ctx = buildDraftContext({
      analysis: await zongzhiWithoutReasons(),
      section: 'variance',
      row: 'P1.F1',
      notes: ['财政资金分批下达，详询刘雄 13875709408', '  '],
    })
    expect(ctx.causes).toEqual([{ source: '用户补充说明', text: '财政资金分批下达，详询【已隐去】 【已隐去】' }])
  })

  it('refuses a row that does not exist, listing the rows that do', async () => {
    const analysis = await seedDepartment()
    expect(() => buildDraftContext({ analysis, section: 'variance', row: 'P9.F0' })).toThrow(InputError)
    try {
      buildDraftContext({ analysis, section: 'variance', row: 'P9.F0' })
    } catch (e) {
      expect((e as InputError).problems[0]!.message).toMatch(/^找不到要说明的行“P9\.F0”。可选的行：P1\.F0、P1\.F1/)
    }
  })
})

describe('figures the user stated, in the fact list', () => {
  const note = '满意度调查实际结果为96.3%，共发放问卷300份'

  it('lists them with the ids the verifier gives them (N{i}.{k}) and the clause they stand in', async () => {
    const ctx = buildDraftContext({
      analysis: await seedDepartment(),
      section: 'problems',
      notes: ['财政资金分批下达，详询 13875709408'],
      userNotes: [{ text: note, kind: 'figures', row: 'P1.I7' }],
    })
    // the first note's only number is a phone: masked, never listed; the user's note is the second
    expect(ctx.facts.filter((f) => f.group === 'note').map(formatFactLine)).toEqual([
      '[N1.0] "用户说明2：“满意度调查实际结果为96.3%”中的数字" = 96.3%',
      '[N1.1] "用户说明2：“共发放问卷300份”中的数字" = 300份',
    ])
  })

  it('verifies a draft that cites one ([N0.0]) against the note', async () => {
    const v = verifyDraft('人民群众满意度调查实际结果为96.3%[N0.0]，共发放问卷300份[N0.1]。', await seedDepartment(), {
      notes: [note],
    })
    expect(v.findings).toEqual([])
    expect(v.mentions.map((m) => [m.text, m.status, m.note])).toEqual([
      ['96.3%', 'verified', '引自用户说明'],
      ['300份', 'verified', '引自用户说明'],
    ])
    expect(v.ok).toBe(true)
  })
})

describe('the measures plan for a model', () => {
  it('tells the model to answer the cause the user gave for a row', async () => {
    const cause = '工程已完工，剩余质保金尾款未支付'
    const ctx = buildDraftContext({
      analysis: await zongzhiWithoutReasons(),
      section: 'measures',
      userNotes: [{ text: cause, kind: 'cause', row: 'P1.F0' }],
    })
    const low = ctx.plan.find((p) => p.measure.startsWith('科学编制项目预算'))!
    expect(low.measure).toBe(
      `科学编制项目预算，加快预算执行进度；针对“${cause}”的情况，加强项目实施进度和合同履约管理，及时组织验收结算，按合同约定的时限办理资金支付`,
    )
  })

  it('adds a measure for the cause the user gave for no row, marked as the user’s', async () => {
    const cause = '受疫情影响，部分培训活动未能开展'
    const ctx = buildDraftContext({
      analysis: await zongzhiWithoutReasons(),
      section: 'measures',
      userNotes: [{ text: cause, kind: 'cause', row: null }],
    })
    expect(ctx.plan.at(-1)).toEqual({
      title: '用户说明的原因',
      projects: [],
      measure: `针对用户说明的“${cause}”的情况，提前研判疫情、天气等客观因素的影响，制定备选方案，合理调整工作安排，确保年度任务如期完成`,
    })
  })
})
