import { describe, expect, it } from 'vitest'

import { homePath, sectionPath } from '@toolkit/contract/routes'
import { sourceSection } from '../../site/src/lib/report-sources'
import { builtSite, useBrowser } from '../helpers/site'

// What each kind of user comes to do, clicked through in a real browser.
const { siteUrl, snapshot } = builtSite()
const session = useBrowser()
const open = (path: string) => session.page.goto(new URL(path, siteUrl).href)

describe('user journeys', () => {
  it('an NGO reader goes from the home page to the model and one of its components', async () => {
    await open(homePath('fi'))
    await session.page.click('main .entry-points a[href="/fi/toimintamalli/"]')
    expect(await session.page.locator('main h1').textContent()).toBe('Toimintamalli')
    await session.page.locator('main .card-list a').first().click()
    expect(new URL(session.page.url()).pathname).toMatch(/^\/fi\/toimintamalli\/[a-z0-9-]+\/$/)
    expect(await session.page.locator('main #steps-heading').count()).toBe(1)
  })

  it('a trainer filters the course packs, downloads one and opens a cheat sheet for printing', async () => {
    await open(sectionPath('en', 'course-packs'))
    const all = await session.page.locator('main [data-filter-group] li:visible').count()
    expect(all).toBe(snapshot.collections['course-packs'].length)
    await session.page.selectOption('select[name="audience"]', 'staff')
    const staff = snapshot.collections['course-packs'].filter((pack) => pack.audience === 'staff').length
    expect(await session.page.locator('main [data-filter-group] li:visible').count()).toBe(staff)
    expect(await session.page.locator('[data-filter-count]').textContent()).toBe(`Showing ${staff}`)
    await session.page.locator('main [data-filter-group] li:visible a').first().click()
    const [download] = await Promise.all([
      session.page.waitForEvent('download'),
      session.page.click('a[href$="pack.zip"]'),
    ])
    expect(download.suggestedFilename()).toMatch(/\.zip$/)

    await open(sectionPath('en', 'cheat-sheets'))
    await session.page.locator('main .card-list a').first().click()
    await session.page.emulateMedia({ media: 'print' })
    expect(await session.page.locator('header.site-header').isVisible()).toBe(false)
    expect(await session.page.locator('main h1').isVisible()).toBe(true)
    await session.page.emulateMedia({ media: 'screen' })
  })

  it('without JavaScript the course-pack list is complete and grouped, and the filter stays out of the way', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(new URL(sectionPath('fi', 'course-packs'), siteUrl).href)
    expect(await page.locator('form.filters').isVisible()).toBe(false)
    expect(await page.locator('main [data-filter-group] li').count()).toBe(snapshot.collections['course-packs'].length)
    await context.close()
  })

  it('a funder opens the outcomes and finds each figure with its source', async () => {
    await open(homePath('en'))
    await session.page.click('main .entry-points a[href="/en/outcomes/"]')
    for (const indicator of snapshot.collections.indicators.slice(0, 5)) {
      const row = session.page.locator(`tr#${indicator.slug}`)
      expect(await row.count(), indicator.slug).toBe(1)
      // The section's title in English, as the reports' headings are translated in the vocabulary.
      expect(await row.locator('td').last().textContent()).toContain(sourceSection(indicator.source.section, 'en').text)
    }
    expect(await session.page.locator('figure.chart svg[role="img"]').count()).toBeGreaterThan(0)
  })
})
