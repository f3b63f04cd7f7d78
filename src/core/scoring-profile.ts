// Scoring rules as data. The national default follows 财预〔2020〕10号 附件 (项目支出绩效自评表 and
// its notes) as printed on real forms; a province's variant is another profile, not a code change.

export type Band = { min: number; max: number }

export type ScoringProfile = {
  id: string
  name: string
  /** where the rules come from, shown beside the score */
  source: string
  /** points for 预算执行率 (national 10; Hubei and some Yunnan counties 20) */
  executionWeight: number
  /** default weights spread evenly over a category's rows when a table carries none */
  categoryWeights: { 产出: number; 效益: number; 满意度: number }
  /**
   * "≤" indicators (costs, durations, incidents) over target: 'linear' scores
   * weight × (1 − (actual − target) ÷ target), 0 at twice the target (the finance ministry's
   * system); 'ratio' scores weight × target ÷ actual (older provincial notes).
   */
  lessIsBetterRule: 'linear' | 'ratio'
  /** in 成本指标 rows a bare or "=" amount is a ceiling: spending less meets it */
  costTargetIsCeiling: boolean
  /** qualitative bands in percent of the weight */
  qualitativeBands: { achieved: Band; partial: Band; notAchieved: Band }
  /** which point of a band our score takes: a distrustful reviewer prefers 'lower' below 达成 */
  qualitativePick: { achieved: 'max' | 'min'; partial: 'max' | 'min'; notAchieved: 'max' | 'min' }
  /** grade thresholds, highest first */
  grades: ReadonlyArray<{ min: number; grade: '优' | '良' | '中' | '差' }>
  /** when a reason must be stated */
  reasons: {
    /** the scored execution rate below this percent needs a reason (national: any shortfall) */
    executionBelowPct: number
    /** another funding row whose actual differs from its budget by this share needs one */
    fundingDeviationPct: number
    /** an indicator scored below its weight needs one */
    indicatorBelowWeight: boolean
  }
  /** rates and scores are shown at this many digits after the point */
  displayScale: number
}

export const NATIONAL_PROFILE: ScoringProfile = {
  id: 'national',
  name: '全国默认（财预〔2020〕10号）',
  source:
    '财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）附件“项目支出绩效自评表”：预算执行率 10 分、产出 50 分、效益 30 分、满意度 10 分',
  executionWeight: 10,
  categoryWeights: { 产出: 50, 效益: 30, 满意度: 10 },
  lessIsBetterRule: 'linear',
  costTargetIsCeiling: true,
  qualitativeBands: {
    achieved: { min: 80, max: 100 },
    partial: { min: 60, max: 80 },
    notAchieved: { min: 0, max: 60 },
  },
  qualitativePick: { achieved: 'max', partial: 'min', notAchieved: 'min' },
  grades: [
    { min: 90, grade: '优' },
    { min: 80, grade: '良' },
    { min: 60, grade: '中' },
    { min: 0, grade: '差' },
  ],
  reasons: { executionBelowPct: 100, fundingDeviationPct: 10, indicatorBelowWeight: true },
  displayScale: 2,
}

/** Hubei: execution worth 20 points, qualitative bands 80/50. */
export const HUBEI_PROFILE: ScoringProfile = {
  ...NATIONAL_PROFILE,
  id: 'hubei',
  name: '湖北省',
  source:
    '湖北省变体：预算执行率 20 分；定性指标 达成 80–100%、部分达成 50–80%、未达成 0–50%。产出 40 分为假设（执行率多出的 10 分从产出扣减），使用前请按本省通知核对',
  executionWeight: 20,
  categoryWeights: { 产出: 40, 效益: 30, 满意度: 10 },
  qualitativeBands: {
    achieved: { min: 80, max: 100 },
    partial: { min: 50, max: 80 },
    notAchieved: { min: 0, max: 50 },
  },
}

/** Sichuan: a reason is required whenever execution is below 90%. */
export const SICHUAN_PROFILE: ScoringProfile = {
  ...NATIONAL_PROFILE,
  id: 'sichuan',
  name: '四川省',
  source: '四川省项目支出绩效自评：预算执行率低于 90% 须说明原因',
  reasons: { ...NATIONAL_PROFILE.reasons, executionBelowPct: 90 },
}

export const PROFILES: Readonly<Record<string, ScoringProfile>> = {
  national: NATIONAL_PROFILE,
  hubei: HUBEI_PROFILE,
  sichuan: SICHUAN_PROFILE,
}
