// Which value of CI makes a missing Chromium a failure instead of a skip (no browser needed).
import { describe, expect, it } from 'vitest'
import { isCi } from './chromium.ts'

describe('the CI flag of the browser tests', () => {
  it('is set by CI=1, CI=true and a CI service’s own value', () => {
    expect(['1', 'true', 'TRUE', 'yes', 'woodpecker'].map(isCi)).toEqual([true, true, true, true, true])
  })

  it('is not set when CI is unset, empty, 0, false, no or off', () => {
    expect([undefined, '', ' ', '0', 'false', 'False', 'no', 'off'].map(isCi)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ])
  })
})
