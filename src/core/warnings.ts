// Warnings about the data the unit filled in. Codes are stable: tests, the UI and the drafting
// engine key on them. Each names the rows involved and the numbers.

const WARNING_CODES = {
  FUNDING_SUM_MISMATCH: '资金来源之和与合计不符',
  FUNDING_TOTAL_EMPTY: '合计行未填，按各资金来源之和计算',
  COST_INDICATOR_MISMATCH: '成本指标与资金情况不符',
  ACTUAL_NOT_DEFINITE: '实际完成值不是确定的数值',
  ACTUAL_QUALITATIVE: '数量型指标的实际完成值为文字表述',
  REASON_LOOKS_LIKE_VALUE: '原因栏填写的是数值',
  VARIANCE_WITHOUT_REASON: '存在偏差但未说明原因',
  VALUE_UNREADABLE: '数值无法识别',
  INDICATOR_NOT_COMPARABLE: '指标无法比较',
  UNIT_ASSUMED: '实际完成值未写单位',
  TARGET_FROM_NAME: '指标值写在指标名称中',
  SCORE_DIFFERS: '自评得分与按规则计算的得分不同',
  SCORE_WITHOUT_REASON: '得分低于分值但未说明原因',
  WEIGHTS_SUM: '分值合计不是100分',
  RATE_PRINTED_DIFFERS: '填报的执行率与计算结果不同',
  YOY_INCONSISTENT: '同比变化前后矛盾',
  BASIC_LINES_SUM_MISMATCH: '基本支出各项之和与合计不符',
  PROJECT_LINE_MISMATCH: '项目支出与项目自评表实际投入不符',
  PROJECT_YEAR_MISMATCH: '项目自评表年度与部门年度不同',
} as const

export type WarningCode = keyof typeof WARNING_CODES

export type RowRef = {
  /** JSON path of the row in its table ("funding[1]", "indicators[7]") */
  path: string
  /** how the row is named on the form ("财政拨款", "人民群众满意度") */
  label: string
}

export type TableWarning = {
  code: WarningCode
  severity: 'warning' | 'info'
  /** Chinese, for the user, with the numbers */
  message: string
  /** English, for logs */
  messageEn: string
  /** table key ("P1", "D") and name */
  table: string
  tableName: string
  rows: RowRef[]
  /** the numbers involved, as exact decimal text */
  values: Record<string, string>
}
