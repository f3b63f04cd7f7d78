// What an import gives back: canonical tables as plain JSON (DESIGN.md §2, the shape of
// data/samples/*.json) and warnings that name the table, row or cell they are about.

export type {
  CanonicalJson,
  FundingRowJson,
  IndicatorRowJson,
  ProjectTableJson,
} from '../../app/schema.ts'
import type { CanonicalJson } from '../../app/schema.ts'

export const IMPORT_WARNING_CODES = {
  YEAR_FROM_DOCUMENT: '表格未注明年度，取自文档其他位置',
  YEAR_OVERRIDDEN: '按指定的年度导入，与表格标题中的年度不同',
  TABLE_SKIPPED: '不是绩效自评表，已跳过',
  COLUMN_NOT_IMPORTED: '此列不在规范格式中，未导入',
  CELL_INSTRUCTION: '单元格是填写说明，按空值处理',
  INDICATOR_WITHOUT_NAME: '指标行没有三级指标名称',
  PROJECT_FROM_TITLE: '项目名称取自表格标题',
  SELF_EVALUATION_PATH_KEPT: '上传的部门表引用了项目自评表文件，无法解析，原样保留',
  CONTENT_NOT_EXTENSION: '文件内容与扩展名不符，按内容读取',
} as const

export type ImportWarningCode = keyof typeof IMPORT_WARNING_CODES

export type ImportWarning = {
  code: ImportWarningCode
  /** Chinese, for the user */
  message: string
  /** English, for logs */
  messageEn: string
  /** the table, row or cell: "表格2 · 第5行 · 实际投入资金额", "Sheet1!C7", "粘贴文本第14行" */
  path: string
  /** index into `tables` when the warning is about one of them */
  table?: number
}

export type ImportResult = { tables: CanonicalJson[]; warnings: ImportWarning[] }

export type ImportInput = {
  fileName: string
  bytes: Uint8Array
  /**
   * The year of the tables, when the file does not say it. A year given here wins over one
   * found in the file (with a warning when they differ).
   */
  year?: number
}
