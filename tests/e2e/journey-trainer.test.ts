import fs from 'node:fs'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import type { SnapshotDocument } from '@toolkit/contract/snapshot'
import { detailPath, homePath, sectionPath } from '@toolkit/contract/routes'
import { pdfPageCount, pdfPageTexts, printHtmlToPdf, printToPdf, squeezed } from '../helpers/pdf-text'
import { builtSite, useBrowser } from '../helpers/site'

// Issue 21, the trainer preparing tomorrow's beginners' session, at 1280 px: from the home page to
// the beginners' pack through the list's filter, the pack's ZIP downloaded and opened, and every
// printable document in it printed to A4 PDF. Each must print on as many pages as the site's own
// version (a cheat sheet on one), the combined file must hold them all page for page, and every
// printed page must say where it comes from: the toolkit's name and the document's address.
const { siteUrl, snapshot } = builtSite()
const session = useBrowser()
const lang = 'fi'
const siteName = snapshot.settings!.content.fi.siteName
const beginners = snapshot.collections['course-packs'].find(
  (pack) => pack.level === 'beginner' && pack.audience === 'customers',
)!
const packPath = detailPath(lang, 'course-packs', beginners.slug)

const printSite = async (path: string) => {
  await session.page.goto(new URL(path, siteUrl).href)
  return printToPdf(session.page)
}
const printHtml = (html: string) => printHtmlToPdf(session.browser, html)

/** The site's page each printable file of the ZIP is the copy of. */
function sitePathOf(file: string, pack: SnapshotDocument<'course-packs'>): string | null {
  const sheet = /^cheat-sheets\/([a-z0-9-]+)\.html$/.exec(file)
  if (sheet) return detailPath(lang, 'cheat-sheets', sheet[1]!)
  const handout = /^handouts\/([a-z0-9-]+)\.html$/.exec(file)
  if (handout) return `${detailPath(lang, 'course-packs', pack.slug)}${handout[1]}/`
  return null
}

/** Every page carries the toolkit's name and the address (its path on the site, whatever the host). */
function expectSourceOnEveryPage(pdf: Buffer, addresses: string[], where: string) {
  const pages = pdfPageTexts(pdf)
  expect(pages.length, where).toBeGreaterThan(0)
  pages.forEach((text, index) => {
    expect(text, `${where}, page ${index + 1}: the toolkit's name`).toContain(squeezed(siteName))
    expect(
      addresses.some((address) => text.includes(`${squeezed(address)}`)),
      `${where}, page ${index + 1}: an address of ${addresses.join(', ')}`,
    ).toBe(true)
  })
}

describe('journey: a trainer prepares a beginners’ session', () => {
  it('goes from the home page to the beginners’ pack with a filter that divides the list', async () => {
    await session.page.setViewportSize({ width: 1280, height: 900 })
    await session.page.goto(new URL(homePath(lang), siteUrl).href)
    await session.page.click(`main a[href="${sectionPath(lang, 'course-packs')}"]`)
    expect(new URL(session.page.url()).pathname).toBe(sectionPath(lang, 'course-packs'))
    const items = session.page.locator('main [data-filter-group] li')
    const all = snapshot.collections['course-packs'].length
    expect(await items.count()).toBe(all)

    // Every choice of every filter leaves some packs and hides others: none separates nothing.
    for (const select of await session.page.locator('form.filters select').all()) {
      const name = await select.getAttribute('name')
      const values = (
        await select
          .locator('option')
          .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))
      ).filter(Boolean)
      expect(values.length, `${name}: choices`).toBeGreaterThan(0)
      for (const value of values) {
        await select.selectOption(value)
        const shown = await session.page.locator('main [data-filter-group] li:visible').count()
        expect(shown, `${name}=${value}`).toBeGreaterThan(0)
        expect(shown, `${name}=${value}`).toBeLessThan(all)
      }
      await select.selectOption('')
    }
    // The staff pack is listed under the staff heading, not under a learner level.
    for (const pack of snapshot.collections['course-packs'].filter((candidate) => candidate.audience === 'staff'))
      expect(
        await session.page
          .locator(`#level-staff ~ ul a[href="${detailPath(lang, 'course-packs', pack.slug)}"]`)
          .count(),
        pack.slug,
      ).toBe(1)

    await session.page.selectOption('select[name="level"]', 'beginner')
    const shown = session.page.locator('main [data-filter-group] li:visible')
    expect(await shown.count()).toBe(
      snapshot.collections['course-packs'].filter((pack) => pack.level === 'beginner' && pack.audience !== 'staff')
        .length,
    )
    await shown.locator(`a[href="${packPath}"]`).click()
    expect(new URL(session.page.url()).pathname).toBe(packPath)
  })

  it('downloads the ZIP, and its sheets, handouts and combined file print page for page like the site, each page with its source', async () => {
    await session.page.goto(new URL(packPath, siteUrl).href)
    const [download] = await Promise.all([
      session.page.waitForEvent('download'),
      session.page.click('a[href$="pack.zip"]'),
    ])
    const files = unzipSync(new Uint8Array(fs.readFileSync((await download.path())!)))
    const decode = (name: string) => new TextDecoder().decode(files[name])
    const printable = Object.keys(files).filter((name) => sitePathOf(name, beginners) !== null)
    expect(printable.filter((name) => name.startsWith('cheat-sheets/'))).toHaveLength(beginners.cheatSheets.length)
    expect(printable.filter((name) => name.startsWith('handouts/')).length).toBeGreaterThan(0)

    let pagesOfDocuments = 0
    const addresses: string[] = [packPath]
    for (const name of printable) {
      const sitePath = sitePathOf(name, beginners)!
      addresses.push(sitePath)
      const site = await printSite(sitePath)
      const zip = await printHtml(decode(name))
      // The same document: the ZIP's copy says what the site's says, and prints on as many pages.
      expect(pdfPageTexts(zip).join(''), `${name}: the same text as ${sitePath}`).toBe(pdfPageTexts(site).join(''))
      expect(pdfPageCount(zip), `${name}: pages like ${sitePath}`).toBe(pdfPageCount(site))
      if (name.startsWith('cheat-sheets/')) expect(pdfPageCount(zip), `${name}: one A4 page`).toBe(1)
      expectSourceOnEveryPage(site, [sitePath], sitePath)
      expectSourceOnEveryPage(zip, [sitePath], name)
      pagesOfDocuments += pdfPageCount(zip)
    }
    const plan = await printHtml(decode('lesson-plan.html'))
    expectSourceOnEveryPage(plan, [packPath], 'lesson-plan.html')
    pagesOfDocuments += pdfPageCount(plan)

    // One file to print for the session: the start page links it, and it holds every document, each on its own pages.
    expect(decode('index.html')).toContain('href="print-all.html"')
    const all = await printHtml(decode('print-all.html'))
    expect(pdfPageCount(all), 'print-all.html: the documents page for page').toBe(pagesOfDocuments)
    expectSourceOnEveryPage(all, addresses, 'print-all.html')
  })
})
