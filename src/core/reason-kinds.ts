// What a reason cell (产生差异的原因 / 偏差原因分析及改进措施) can hold besides a cause, as data:
// each rule with the cell that motivated it. reason-cell.ts reads a cell sentence by sentence
// with these tables; a newcomer adds a row here and a sentence to test/core/reason-cell.test.ts.

export type ReasonKind = 'cause' | 'value' | 'label' | 'empty' | 'measure'

export type ReasonRule = { pattern: RegExp; example: string }

/** Markers of "nothing written": the cell of a row without a variance. */
export const EMPTY_REASON_RULES: readonly ReasonRule[] = [
  { pattern: /^[0０]$/, example: '0 (河北廊坊 暖通改造, 三行“偏差原因”)' },
  { pattern: /^(无|暂无|没有|无偏差|无差异|无变化|未偏离|无明显偏差|不适用|\/|-|—+)$/, example: '无' },
  { pattern: /^(已|均已)?(完成|达成|达到)(预期)?(目标|指标值?)?$/, example: '已完成 (an actual in the reason column)' },
]

/**
 * A measure (改进措施) written in the same cell as the cause: a sentence that starts with what the
 * unit will do. "已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。" (河北廊坊).
 */
export const MEASURE_RULES: readonly ReasonRule[] = [
  { pattern: /^(改进措施[:：]?|下一步|今后|以后|将来|下年度?|明年)/, example: '下一步将加强预算管理' },
  {
    pattern:
      /^(应|要|将|需|拟|须)?(进一步)?(提高|加强|强化|完善|规范|建立|健全|严格|加快|做好|落实|督促|确保|细化|优化|科学编制|合理编制|加大)/,
    example: '提高预算准确度',
  },
]

/**
 * A label: the name of a figure, not why it differs — a noun phrase ending in a figure word, with
 * no verb, negation or causal word. "本年财政实拨支出金额" (南岳区政法委, 财政拨款行).
 */
export const LABEL_ENDING =
  /(金额|数额|资金|经费|支出|收入|拨款|预算数?|执行数|决算数|合计|总额|总计|小计|情况|比例|数)$/
/** Words that make a phrase say something happened: a cause, not a label. */
export const CLAUSE_WORDS =
  /[，,；;。]|由于|因为|因|受|按|根据|依据|导致|致使|造成|未|没有|不|无法|减少|增加|下降|上升|压减|压缩|弥补|返还|调整|调减|调增|追加|结余|节约|延迟|滞后|推迟|完工|完成|支付|发放|拨付|采购|实施|用于|用|了|尚|超|低于|高于|影响|要求|政策|疫情/

/**
 * A value or a restated figure: what is left of the cell after its numbers, units and the words
 * of a figure's role is nothing of substance. "=95%" (人民群众满意度), "实际支出30.64万元".
 */
export const FIGURE_WORDS =
  /年初|全年|本年|当年|预算数?|实际|完成值?|执行数?|执行率|支出|投入|金额|资金|合计|总额|指标值?|达到|为|是|共|计|约|万元|元|个|次|人|项|%|％|＝|=|≥|≤|>|<|以上|以下|以内|不低于|不少于|不超过/g
