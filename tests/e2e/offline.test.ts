import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'

import { detailPath, homePath, sectionPath } from '@toolkit/contract/routes'
import { builtSite, useBrowser } from '../helpers/site'

const { siteUrl, snapshot } = builtSite()
const session = useBrowser()

describe('offline use', () => {
  it('after one visit, opens a cheat sheet and the self-assessment with no connection, and says what still works', async () => {
    const context = await session.browser.newContext()
    const page = await context.newPage()
    await page.goto(new URL(homePath('fi'), siteUrl).href)
    // The worker installs (precaching the cheat sheets and the self-assessment) and takes control.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 })

    await context.setOffline(true)
    const sheet = snapshot.collections['cheat-sheets'][0]!
    await page.goto(new URL(detailPath('sv', 'cheat-sheets', sheet.slug), siteUrl).href)
    expect(await page.locator('main h1').textContent()).toBe((sheet.content.sv ?? sheet.content.fi).title)
    // The page says it is a saved copy.
    expect(await page.isVisible('[data-offline-banner]')).toBe(true)

    const assessment = snapshot.collections['self-assessments'][0]!
    await page.goto(new URL(detailPath('fi', 'self-assessments', assessment.slug), siteUrl).href)
    await page.locator('fieldset[data-question]').first().locator('label.scale-option').first().click()
    await page.click('[data-submit]')
    await page.waitForSelector('[data-result]:not([hidden])')

    // A page never opened gets the offline page of its language, which lists what still works.
    await page.goto(new URL(detailPath('en', 'components', snapshot.collections.components[0]!.slug), siteUrl).href)
    expect(await page.locator('main h1').textContent()).toBe('You are offline')
    expect(await page.locator(`main a[href="${sectionPath('en', 'cheat-sheets')}"]`).count()).toBe(1)
    await context.close()
  })

  it('keeps a course-pack ZIP once it has been downloaded', async () => {
    const context = await session.browser.newContext({ acceptDownloads: true })
    const page = await context.newPage()
    const pack = snapshot.collections['course-packs'][0]!
    const zip = `${detailPath('fi', 'course-packs', pack.slug)}pack.zip`
    await page.goto(new URL(detailPath('fi', 'course-packs', pack.slug), siteUrl).href)
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 })
    const online = await page.evaluate(async (url) => (await fetch(url)).status, zip)
    expect(online).toBe(200)
    await context.setOffline(true)
    const offline = await page.evaluate(async (url) => {
      const response = await fetch(url)
      return { status: response.status, bytes: (await response.arrayBuffer()).byteLength }
    }, zip)
    expect(offline.status).toBe(200)
    expect(offline.bytes).toBeGreaterThan(100)
    await context.close()
  })

  it('keeps a page opened before a new version was published, and downloads again only what changed', async () => {
    const context = await session.browser.newContext()
    const page = await context.newPage()
    const component = snapshot.collections.components[0]!
    const address = new URL(detailPath('en', 'components', component.slug), siteUrl).href
    const home = new URL(homePath('en'), siteUrl).href
    // The home page registers the worker (reading pages carry no script); it then keeps every page opened.
    await page.goto(home)
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 })
    await page.goto(address)
    const title = await page.locator('main h1').textContent()
    await page.goto(home)

    const worker = path.join(inject('siteDir'), 'sw.js')
    const published = fs.readFileSync(worker, 'utf8')
    const manifest = /"version":"(\w+)","precache":(\{[^}]*\})/.exec(published)!
    const version = manifest[1]!
    const revisions = JSON.parse(manifest[2]!) as Record<string, string>
    const changed = homePath('en')
    const unchanged = Object.keys(revisions).find((address) => address.startsWith('/_astro/'))!
    /** When the server sent the copy of `address` that a precache holds (its Date header). */
    const storedAt = (version: string, address: string) =>
      page.evaluate(
        async ([name, url]) => (await (await window.caches.open(name!)).match(url!))?.headers.get('date') ?? null,
        [`precache-${version}`, address],
      )
    const firstAsset = await storedAt(version, unchanged)
    const firstHome = await storedAt(version, changed)
    expect(firstAsset).not.toBeNull()
    // The server's Date header counts seconds: a new download would carry a later one.
    await page.waitForTimeout(1100)

    // A new build is published in which only the English home page changed.
    const next = 'fedcba9876543210'
    fs.writeFileSync(
      worker,
      published
        .replace(`"version":"${version}"`, `"version":"${next}"`)
        .replace(`"${changed}":"${revisions[changed]}"`, `"${changed}":"0000000000000000"`),
    )
    try {
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update())
      await page.waitForSelector('[data-update-banner]:not([hidden])', { timeout: 30_000 })
      await Promise.all([page.waitForNavigation(), page.click('[data-update-banner] button')])
      await page.waitForFunction(
        async (expected) => !(await window.caches.keys()).includes(`precache-${expected}`),
        version,
      )
      expect(await storedAt(next, unchanged)).toBe(firstAsset)
      expect(await storedAt(next, changed)).not.toBe(firstHome)

      await context.setOffline(true)
      await page.goto(address)
      expect(await page.locator('main h1').textContent()).toBe(title)
      // …with its styles.
      const styled = await page.evaluate(() =>
        [...document.styleSheets].some((sheet) => sheet.href?.includes('/_astro/') && sheet.cssRules.length > 0),
      )
      expect(styled).toBe(true)
    } finally {
      fs.writeFileSync(worker, published)
    }
    await context.close()
  })

  it('offers a new version instead of keeping readers on an old one, and drops the old caches', async () => {
    const context = await session.browser.newContext()
    const page = await context.newPage()
    await page.goto(new URL(homePath('en'), siteUrl).href)
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 })
    const worker = path.join(inject('siteDir'), 'sw.js')
    const published = fs.readFileSync(worker, 'utf8')
    const version = /"version":"(\w+)"/.exec(published)![1]!
    expect(await page.evaluate(() => window.caches.keys())).toContain(`precache-${version}`)
    // A new build is published while the reader has the page open.
    const next = '0123456789abcdef'
    fs.writeFileSync(worker, published.replace(`"version":"${version}"`, `"version":"${next}"`))
    try {
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update())
      await page.waitForSelector('[data-update-banner]:not([hidden])', { timeout: 30_000 })
      expect(await page.textContent('[data-update-banner]')).toContain('A new version of the toolkit is available.')
      await Promise.all([page.waitForNavigation(), page.click('[data-update-banner] button')])
      await page.waitForFunction(
        async (expected) => (await window.caches.keys()).includes(`precache-${expected}`),
        next,
      )
      const caches = await page.evaluate(() => window.caches.keys())
      expect(caches).not.toContain(`precache-${version}`)
    } finally {
      fs.writeFileSync(worker, published)
    }
    await context.close()
  })
})
