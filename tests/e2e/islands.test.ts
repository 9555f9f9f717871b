import { describe, expect, it } from 'vitest'

import { detailPath, homePath, sectionPath } from '@toolkit/contract/routes'
import { builtPages, builtSite, useBrowser } from '../helpers/site'

// Every island of the built site starts on its page with no error in the console: an island whose
// markup changed under it logs an ElementError (site/src/scripts/errors.ts) and leaves its part of
// the page as it is without JavaScript, which no other test would notice for the print button or
// the offline notices.
const { siteUrl, snapshot } = builtSite()
const session = useBrowser()
// A handout page: /fi/koulutuspaketit/<pack>/<handout>/.
const handout = builtPages().find(
  (page) => page.startsWith(sectionPath('fi', 'course-packs')) && page.split('/').length === 6,
)!

const islands: { module: string; page: string; enhanced: string }[] = [
  { module: 'search', page: sectionPath('fi', 'search'), enhanced: '#search-query' },
  { module: 'list-filter', page: sectionPath('fi', 'tools'), enhanced: 'form.filters' },
  { module: 'list-filter', page: sectionPath('en', 'course-packs'), enhanced: 'form.filters' },
  {
    module: 'print-button',
    page: detailPath('sv', 'cheat-sheets', snapshot.collections['cheat-sheets'][0]!.slug),
    enhanced: '[data-module="print-button"]',
  },
  { module: 'print-button', page: sectionPath('fi', 'indicators'), enhanced: '[data-module="print-button"]' },
  { module: 'print-button', page: handout, enhanced: '[data-module="print-button"]' },
  { module: 'planner', page: sectionPath('fi', 'planner'), enhanced: '[data-make-plan]' },
  {
    module: 'self-assessment',
    page: detailPath('fi', 'self-assessments', snapshot.collections['self-assessments'][0]!.slug),
    enhanced: '[data-submit]',
  },
  { module: 'offline-support', page: homePath('fi'), enhanced: '[data-module="offline-support"]' },
  // Moves nothing on the corpus (every event is past); the lists stay shown.
  { module: 'event-timing', page: sectionPath('fi', 'events'), enhanced: '[data-events="past"] li' },
]

describe('islands', () => {
  it.each(islands)('$module starts on $page without an error', async ({ module, page, enhanced }) => {
    expect(page, 'a handout page in the build').toBeTruthy()
    const errors: string[] = []
    const onConsole = (message: { type(): string; text(): string }) => {
      if (message.type() === 'error') errors.push(message.text())
    }
    const onError = (error: Error) => errors.push(String(error))
    session.page.on('console', onConsole)
    session.page.on('pageerror', onError)
    try {
      await session.page.goto(new URL(page, siteUrl).href, { waitUntil: 'networkidle' })
      expect(await session.page.locator(`[data-module="${module}"]`).count()).toBeGreaterThan(0)
      // Shown by the island (hidden in the HTML), or present when the island needs nothing shown.
      await session.page
        .locator(enhanced)
        .first()
        .waitFor({ state: module === 'offline-support' ? 'attached' : 'visible', timeout: 5_000 })
      expect(errors).toEqual([])
    } finally {
      session.page.off('console', onConsole)
      session.page.off('pageerror', onError)
    }
  })
})
