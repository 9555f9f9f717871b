import { type Browser, chromium } from 'playwright-core'

import { ensureChromium } from './chromium'

/** The flags the tests and benchmarks use in this closed network: no sandbox, GPU, QUIC or background traffic. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Debian's Chromium (or CHROMIUM_PATH), driven by playwright-core. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), headless: true, args: chromiumFlags })
}
