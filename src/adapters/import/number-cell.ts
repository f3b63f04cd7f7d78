// Reading a money, weight or score cell. The cell's text decides: the exact decimal parser reads
// it; '', '/', '—', '无' … mean "nothing"; a printed instruction left in the cell ("（填写金额）")
// is nothing too, but worth a warning; anything else is an error that names the cell.
import { Decimal } from '../../core/decimal.ts'
import { isEmptyCellText } from '../../core/value-text.ts'

export type NumberCell =
  | { kind: 'value'; value: Decimal | null }
  | { kind: 'instruction'; text: string }
  | { kind: 'unreadable'; text: string; message: string; messageEn: string }

const MARKERS = /^(|\/|\\|-|--|—|——|–|无|暂无|空|n\/a|na|不适用|略)$/i

export function readNumberCell(raw: string, unit: string | null): NumberCell {
  const text = raw.normalize('NFKC').replace(/\s+/g, '')
  if (MARKERS.test(text)) return { kind: 'value', value: null }
  if (isEmptyCellText(raw)) return { kind: 'instruction', text: raw }
  let body = text.replace(/^[¥￥]/, '')
  if (unit && body.endsWith(unit)) body = body.slice(0, -unit.length)
  const value = Decimal.tryParse(body)
  if (!value) {
    return {
      kind: 'unreadable',
      text: raw,
      message: `“${raw}”不是可识别的数字${unit ? `（单位${unit}）` : ''}`,
      messageEn: `${JSON.stringify(raw)} is not a number`,
    }
  }
  if (value.trimmed().units.toString().replace('-', '').length > 15) {
    return {
      kind: 'unreadable',
      text: raw,
      message: `“${raw}”的有效数字超过 15 位，无法准确保存`,
      messageEn: `${JSON.stringify(raw)} has more than 15 significant digits`,
    }
  }
  return { kind: 'value', value: value.trimmed() }
}

/**
 * The JSON number for an exact decimal. Number(text) is exact enough here: readNumberCell keeps
 * at most 15 significant digits, so the schema's Decimal.fromNumber reads back the same digits.
 */
export function decimalToJson(value: Decimal | null): number | null {
  return value === null ? null : Number(value.toString())
}
