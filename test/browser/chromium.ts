// Browser tests drive Debian's Chromium through playwright-core. Outside CI a machine without
// /usr/bin/chromium skips them and says so; in CI (CI=1 or true, not 0 or false; .ci/run installs Chromium) a missing
// browser is a failure, not a skip.
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { chromium, type Browser } from 'playwright-core'
import { describe } from 'vitest'

export const CHROMIUM = '/usr/bin/chromium'
export const ARTIFACTS = 'test/artifacts'

const available = existsSync(CHROMIUM)
const inCi = isCi(process.env.CI)

/** CI=1 or CI=true is CI; unset, empty, CI=0, CI=false, no or off is not. */
export function isCi(value: string | undefined): boolean {
  return value !== undefined && !/^(0|false|no|off)?$/i.test(value.trim())
}

export const describeInBrowser: typeof describe = ((name: string, fn: () => void) => {
  if (!available && !inCi) {
    console.warn(
      `[browser tests] ${CHROMIUM} not found: "${name}" skipped. Install it with apt-get install -y chromium (.ci/run does).`,
    )
    return describe.skip(name, fn)
  }
  return describe(name, fn)
}) as typeof describe

export async function launchChromium(): Promise<Browser> {
  if (!available) throw new Error(`${CHROMIUM} not found; in CI, .ci/run installs it (apt-get install -y chromium)`)
  await mkdir(ARTIFACTS, { recursive: true })
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  })
}
