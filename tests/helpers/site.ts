import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'

import type { Snapshot } from '../../scripts/lib/snapshot-schema'
import { launchBrowser } from './browser'
import { loadSnapshot } from './snapshot'

/** The built site the e2e global setup serves, and the snapshot it was built from. */
export function builtSite(): { siteUrl: string; snapshot: Snapshot } {
  return { siteUrl: inject('siteUrl'), snapshot: loadSnapshot(inject('snapshotPath')) }
}

/** One Chromium (and one page in it) for the tests of a file, closed after them. */
export function useBrowser(): { browser: Browser; page: Page } {
  const session = {} as { browser: Browser; page: Page }
  beforeAll(async () => {
    session.browser = await launchBrowser()
    session.page = await session.browser.newPage()
  })
  afterAll(async () => {
    await session.browser?.close()
  })
  return session
}
