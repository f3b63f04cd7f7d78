// Shared by the verifier's tests: the sample tables analysed once, and compact views of a result.
import { loadTableFile } from '../../src/adapters/fs-table-source.ts'
import { analyzeTable, type TableAnalysis } from '../../src/core/analyze.ts'
import type { Verification } from '../../src/core/verification.ts'
import { verifyDraft } from '../../src/core/verify.ts'

export const SAMPLES = {
  zongzhi: 'data/samples/zongzhi-2022.json',
  sixing: 'data/samples/sixing-xiaoqu-2022.json',
  department: 'data/samples/nanyue-zhengfawei-2022-department.json',
  /** a real table with 年初 and 全年 budgets, a cost indicator and stated scores */
  national: 'test/fixtures/import/national-2022.json',
  /** real, from test/corpus: an indicator of money with unitless cells */
  hebei: 'test/corpus/tables/hebei-langfang-nuantong-2019.json',
  /** real, from test/corpus: a 年度资金总额 row printed 0 */
  guichi: 'test/corpus/tables/anhui-guichi-tangxi-2022.json',
  /** real, from test/corpus: a goal cell with figures, 其中 sub-rows of an indicator */
  hexi: 'test/corpus/tables/anhui-xiaoxian-hexi-2023.json',
  /** real, from test/corpus: an indicator named with figures (5000吨稻谷、500吨成品粮储备到位率) */
  hengshan: 'test/corpus/tables/hunan-hengshan-chubeiliang-2020.json',
  /** real, from test/corpus: stated scores below the weight on two rows (points lost 3 and 1, 4 in all) */
  yongde: 'test/corpus/tables/yunnan-yongde-yingyang-2022.json',
  /** real, from test/corpus: cost indicators, one named with half-width parentheses (维修(维护)所需成本) */
  ningxia: 'test/corpus/tables/ningxia-yinchuan-gongyong-2021.json',
  /** real, from test/corpus: 年初预算 0 on every funding row, all the money added in the year */
  bayannaoer: 'test/corpus/tables/neimenggu-bayannaoer-ziranziyuan-2024.json',
  /** real, from test/corpus: 25 indicators, 14 of them not met */
  jishan: 'test/corpus/tables/shanxi-jishan-gongwei-2021.json',
  /** real, from test/corpus: both indicators' actuals blank (not comparable, 90 points unscored) */
  qingshen: 'test/corpus/tables/sichuan-qingshen-gongzi-2023.json',
  /** real, from test/corpus: four indicators weighted 25, 25, 30 and 10 (one named 完成率) */
  gaoling: 'test/corpus/tables/hebei-chengan-gaoling-2020.json',
  /** real, from test/corpus: indicator names numbered by the template (指标1:全县参合人数), unitless counts */
  jiandang: 'test/corpus/tables/shanxi-jishan-jiandang-2020.json',
  /** real, from test/corpus: an indicator named with counts of several measures (…50人;…6户;…8家;…320人) */
  baoshan: 'test/corpus/tables/yunnan-baoshan-weiwen-2022.json',
} as const

const cache = new Map<string, Promise<TableAnalysis>>()

export function sample(name: keyof typeof SAMPLES): Promise<TableAnalysis> {
  const file = SAMPLES[name]
  if (!cache.has(file))
    cache.set(
      file,
      loadTableFile(file).then((t) => analyzeTable(t)),
    )
  return cache.get(file)!
}

/** Verifies a draft against a sample table. */
export async function check(name: keyof typeof SAMPLES, text: string, notes?: string[]): Promise<Verification> {
  return verifyDraft(text, await sample(name), notes ? { notes } : undefined)
}

/** Each number that is a data value as "text status factIds". */
export function statuses(v: Verification): string[] {
  return v.mentions
    .filter((m) => m.status !== 'ignored')
    .map((m) => `${m.text} ${m.status} ${m.factIds.join(',')}`.trim())
}

export function codes(v: Verification): string[] {
  return v.findings.map((f) => `${f.severity}:${f.code}`)
}
