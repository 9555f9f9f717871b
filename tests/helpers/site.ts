import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'

import type { Snapshot } from '@toolkit/contract/snapshot'
import { launchBrowser } from './browser'
import { loadSnapshot } from './snapshot'

/** The built site the e2e global setup serves, and the snapshot it was built from. */
export function builtSite(): { siteUrl: string; snapshot: Snapshot } {
  return { siteUrl: inject('siteUrl'), snapshot: loadSnapshot(inject('snapshotPath')) }
}

/** The path of every HTML page the build wrote (e.g. /fi/tapahtumat/), from the served folder. */
export function builtPages(): string[] {
  const root = inject('siteDir')
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => `/${path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`)
    .map((file) => (file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file))
    .sort()
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
