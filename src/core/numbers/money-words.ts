// "30.64万" where the words speak of money is 30.64万元: the words that tell it, and the reading.
import { Decimal } from '../decimal.ts'
import type { FoundNumber } from './find-numbers.ts'

/** words of money: a bare 万 or 亿 near them is 万元 or 亿元 */
export const MONEY_CONTEXT = /元|资金|经费|预算|投入|支出|拨款|拨付|金额|成本|收入/

/** A number written with a bare 万/亿 and no unit, read as 万元/亿元 (in place). */
export function asMoneyScale(n: FoundNumber): void {
  if (n.unit !== null || n.scaleDigits <= 0) return
  n.value = Decimal.of(n.value.units, n.value.scale + n.scaleDigits).trimmed()
  n.decimals += n.scaleDigits
  n.unit = n.scaleDigits === 8 ? '亿元' : '万元'
}
