// `jixiao --help` and `jixiao COMMAND --help`: what each command does, its options and an
// example, in Chinese (the users' language); option names and file names as typed.

const TABLE_FILE =
  '表格文件：规范 JSON（data/samples/*.json）、import 的输出（{"tables": […]}），或直接给 Word（.docx）、Excel（.xlsx）、CSV、文本（.txt）文件'
const TABLE_OPTION =
  '--table 序号|名称   文件里有几张表时选一张：序号从 1 起（同 import 的列表），名称为项目名称或单位名称（可只写一部分）'
const PROFILE_OPTION = '--profile 规则       评分规则：national（默认）、hubei、sichuan'

export const COMMAND_HELP: Record<string, string> = {
  facts: [
    '用法：jixiao facts 表格文件 [--table 序号|名称] [--json] [--profile 规则]',
    '',
    '列出表格的事实表（每个可引用的数字、它的来源单元格或计算公式）、得分和警告。',
    '',
    TABLE_FILE,
    '',
    '选项：',
    `  ${TABLE_OPTION}`,
    '  --json              输出 JSON：{"facts": […], "warnings": […], "scores": […]}',
    `  ${PROFILE_OPTION}`,
    '',
    '示例：',
    '  jixiao facts data/samples/zongzhi-2022.json',
    '  jixiao facts 自评表.docx --table 2 --json',
  ].join('\n'),
  draft: [
    '用法：jixiao draft 表格文件 --section variance|problems|measures [--row 行] [--provider template|openai] [--note 说明]… [--json]',
    '',
    '起草报告的一节并逐个核对其中的数字：定稿输出到标准输出，核对结果、问题和待补充的内容输出到标准错误。',
    '核对未通过时退出码为 1。',
    '',
    TABLE_FILE,
    '',
    '选项：',
    '  --section 节        variance 差异原因，problems 存在的问题及原因分析，measures 下一步改进措施',
    '  --row 行            只说明一行：行号（P1.F0）或行名（财政拨款、满意度）；行名对应多行时会列出各行供选择',
    '  --provider 引擎     template（默认，离线）或 openai（需要 OPENAI_API_KEY）',
    '  --stream            openai 引擎：把模型的流式输出写到标准错误（标准错误是终端时默认如此）；标准输出只有核对后的定稿',
    '  --note 说明         用户补充的原因说明，可多次给出；其中的数字按“用户说明”核对',
    '  --json              输出完整结果（正文、核对结果、问题、模型、提示词摘要）',
    `  ${TABLE_OPTION}`,
    `  ${PROFILE_OPTION}`,
    '',
    '示例：',
    '  jixiao draft data/samples/zongzhi-2022.json --section variance --row 财政拨款',
    '  jixiao draft 自评表.xlsx --section problems --provider openai > 问题.md',
  ].join('\n'),
  verify: [
    '用法：jixiao verify --data 表格文件 --draft 草稿文件 [--note 说明]… [--json]',
    '      jixiao verify --data 表格文件 --batch < 草稿.jsonl',
    '',
    '把草稿（文本或 Markdown）中的每个数字和增减用词与表格数据核对：✓ 已核实、✗ 与数据不符、? 数据中没有、– 非数据。',
    '有错误时退出码为 1。',
    '',
    TABLE_FILE,
    '',
    '选项：',
    '  --data 表格文件     要核对的数据',
    '  --draft 草稿文件    要核对的草稿',
    '  --batch             从标准输入读 JSON Lines {"id", "text"}，每行输出一个结果 {"id", "ok", "mentions", "findings"}',
    '  --note 说明         用户补充的说明，其中的数字按“用户说明”核对',
    '  --json              输出 JSON：{"ok", "mentions", "findings"}',
    `  ${TABLE_OPTION}`,
    `  ${PROFILE_OPTION}`,
    '',
    '示例：',
    '  jixiao verify --data data/samples/zongzhi-2022.json --draft 差异原因.md',
  ].join('\n'),
  import: [
    '用法：jixiao import 文件 [--out 文件夹] [--json] [--year 年度]',
    '',
    '读取 Word（.docx）、Excel（.xlsx）、CSV、文本（.txt，从 Word 复制的文字）或 JSON 文件中的绩效自评表，',
    '列出识别出的每张表和导入提示（警告）。',
    '',
    '选项：',
    '  --out 文件夹        每张表写成一个规范 JSON 文件（可直接用于 facts、draft、verify），标准输出列出写入的文件',
    '  --json              输出 JSON：{"tables": […], "warnings": […]}',
    '  --year 年度         表格未注明年度时使用的年度（四位数）',
    '',
    '示例：',
    '  jixiao import 自评表.docx',
    '  jixiao import 自评表.docx --out 表格',
  ].join('\n'),
  review: [
    '用法：jixiao review 报告文件 [--json] [--year 年度] [--profile 规则]',
    '      jixiao review 文件夹 --summary 汇总.xlsx|汇总.csv [--out 文件夹] [--jobs 并行数]',
    '',
    '审核一份已完成的自评报告（.docx 或 .txt：表格和正文）：识别其中的表格，核对正文每段中的每个数字。',
    '有错误时退出码为 1。给出文件夹时审核其中每份报告，每份一行写入汇总表，进度输出到标准错误。',
    '',
    '选项：',
    '  --json              输出 JSON：{"tables", "paragraphs", "summary", "warnings"}',
    '  --year 年度         报告未注明年度时使用的年度',
    '  --summary 文件      文件夹模式：汇总表（.xlsx 或 .csv）',
    '  --out 文件夹        文件夹模式：每份报告写一个 JSON',
    '  --jobs 并行数       文件夹模式：线程数（默认每个处理器核心一个）',
    `  ${PROFILE_OPTION}`,
    '',
    '示例：',
    '  jixiao review 2022年度自评报告.docx',
    '  jixiao review 报告 --summary 汇总.xlsx --out 结果',
  ].join('\n'),
}

export const OVERVIEW = [
  '用法：jixiao <命令> [参数]…    （未全局安装时：node dist/cli.js 或 npm run --silent cli -- <命令>）',
  '',
  '绩效自评助手：读取绩效自评表，精确计算差异、执行率和得分，起草报告并核对其中的每个数字。',
  '',
  '命令：',
  '  facts    列出表格的事实表、得分和警告',
  '  draft    起草报告的一节（差异原因、存在的问题、改进措施）并核对',
  '  verify   核对草稿中的每个数字',
  '  import   读取 Word/Excel/CSV/文本文件中的表格，可写成规范 JSON',
  '  review   审核已完成的自评报告（单个文件或整个文件夹）',
  '',
  '每个命令的说明：jixiao <命令> --help',
  '退出码：0 成功，1 核对发现错误，2 输入有误（标准错误中说明文件、行或字段），3 内部错误或模型调用失败。',
  '结果只写到标准输出；提示和说明写到标准错误。',
].join('\n')

/** `--help` or `-h` anywhere among a command's arguments (before a `--`). */
export function wantsHelp(args: readonly string[]): boolean {
  for (const a of args) {
    if (a === '--') return false
    if (a === '--help' || a === '-h') return true
  }
  return false
}
