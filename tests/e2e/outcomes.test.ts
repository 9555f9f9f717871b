import { describe, expect, it } from 'vitest'

import { sectionPath } from '@toolkit/contract/routes'
import { langs } from '../../site/src/i18n/locales'
import { reportNames } from '../../site/src/i18n/ui'
import { formatIndicatorValue, formatPeriod, headlineIndicatorSlugs } from '../../site/src/lib/indicators'
import { localize } from '../../site/src/lib/localize'
import { sourceSection } from '../../site/src/lib/report-sources'
import { builtSite, useBrowser } from '../helpers/site'

// The outcomes page as a funder reads it: key figures first, every figure findable by its own
// address, readable on a phone and printable as part of a report.
const { siteUrl, snapshot } = builtSite()
const session = useBrowser()
const indicators = snapshot.collections.indicators
const bySlug = new Map(indicators.map((indicator) => [indicator.slug, indicator]))
const open = async (lang: (typeof langs)[number]) => {
  await session.page.goto(new URL(sectionPath(lang, 'indicators'), siteUrl).href)
}

describe('outcomes page', () => {
  it.each(langs)(
    '%s: the key figures come first, each equal to the snapshot with its source and notes',
    async (lang) => {
      await open(lang)
      const page = session.page
      // Nothing of the full listing (charts, tables, the contents list) comes before the key figures.
      const keyFiguresFirst = await page.evaluate(() => {
        const keyFigures = document.querySelector('main .key-figures')!
        return [
          ...document.querySelectorAll('main table, main figure, main .outcomes-contents, main .indicator-group'),
        ].every((later) => keyFigures.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING)
      })
      expect(keyFiguresFirst).toBe(true)

      const figures = page.locator('main .key-figures li')
      const shown = await figures.evaluateAll((items) => items.map((item) => item.getAttribute('data-indicator')))
      expect(shown).toEqual(headlineIndicatorSlugs.filter((slug) => bySlug.has(slug)))
      expect(shown.length).toBe(headlineIndicatorSlugs.length) // the seeded corpus publishes all of them

      for (const slug of shown) {
        const indicator = bySlug.get(slug!)!
        const figure = page.locator(`main .key-figures li[data-indicator="${slug}"]`)
        const value = figure.locator('.key-figure-value data')
        expect(await value.getAttribute('value'), slug!).toBe(String(indicator.value))
        expect(await value.textContent(), slug!).toBe(formatIndicatorValue(indicator, lang))
        const target = figure.locator('.key-figure-target data')
        if (indicator.target === null) expect(await target.count(), slug!).toBe(0)
        else expect(await target.getAttribute('value'), slug!).toBe(String(indicator.target))
        const source = (await figure.locator('.key-figure-source').textContent())!
        expect(source, slug!).toContain(reportNames[indicator.source.report][lang])
        expect(source, slug!).toContain(sourceSection(indicator.source.section, lang).text)
        expect(source, slug!).toContain(formatPeriod(indicator))
        const notes = localize(indicator, lang).field('notes').value
        if (notes) expect(await figure.locator('.key-figure-note').textContent(), slug!).toBe(notes)
        // The figure's name leads to its row in the full table.
        expect(await figure.locator('a').first().getAttribute('href'), slug!).toBe(`#${slug}`)
      }
    },
  )

  it.each(langs)('%s: every indicator has its own anchor, and the contents list leads to every group', async (lang) => {
    await open(lang)
    const page = session.page
    for (const indicator of indicators) {
      const anchor = page.locator(`[id="${indicator.slug}"]`)
      expect(await anchor.count(), indicator.slug).toBe(1)
      expect(await anchor.evaluate((element) => element.tagName), indicator.slug).toBe('TR')
    }
    expect(await page.locator('main table.indicator-table tbody tr').count()).toBe(indicators.length)

    const targets = await page
      .locator('main nav.outcomes-contents a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!))
    const groupHeadings = await page
      .locator('main .indicator-group > h2')
      .evaluateAll((headings) => headings.map((heading) => `#${heading.id}`))
    expect(groupHeadings.length).toBeGreaterThan(1)
    expect(targets).toEqual(groupHeadings)
    for (const target of targets) {
      await page.click(`main nav.outcomes-contents a[href="${target}"]`)
      expect(new URL(page.url()).hash).toBe(target)
      expect(await page.locator(`${target}`).isVisible(), target).toBe(true)
    }
  })

  it.each(langs)(
    '%s: from a 320 px phone to a laptop nothing scrolls sideways, and on a phone each row reads as labelled values',
    async (lang) => {
      const page = session.page
      try {
        for (const width of [320, 390, 768, 1280]) {
          await page.setViewportSize({ width, height: 800 })
          await open(lang)
          const widths = await page.evaluate(() => {
            const viewport = document.documentElement.clientWidth
            // What sticks out, named so that a failure says where to look.
            const tooWide = [...document.querySelectorAll('body *')]
              .filter((element) => element.getBoundingClientRect().right > viewport + 0.5)
              .filter(
                (element) =>
                  ![...element.children].some((child) => child.getBoundingClientRect().right > viewport + 0.5),
              )
              .map(
                (element) =>
                  `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${element.textContent!.trim().slice(0, 40)}"`,
              )
            return {
              page: document.documentElement.scrollWidth,
              viewport,
              tooWide,
              // A table that fits needs no scrolling: nothing is hidden to the side of its container.
              tablesHiding: [...document.querySelectorAll('main table')].map(
                (table) => table.parentElement!.scrollWidth - table.parentElement!.clientWidth,
              ),
            }
          })
          expect(widths.tooWide, `${width} px`).toEqual([])
          expect(widths.page, `${width} px`).toBeLessThanOrEqual(widths.viewport)
          expect(
            widths.tablesHiding.every((hidden) => hidden <= 0),
            `${width} px: ${widths.tablesHiding}`,
          ).toBe(true)
          // The column's name is written beside each value where the rows are cards; a table has its header row.
          const labelled = await page.locator('main table tbody tr .cell-label').first().isVisible()
          expect(labelled, `${width} px`).toBe(width < 900)
        }
      } finally {
        await page.setViewportSize({ width: 1280, height: 800 })
      }
    },
  )

  it.each(langs)(
    "%s: prints without navigation, within an A4 page's width, showing where links lead and keeping figures and rows whole",
    async (lang) => {
      const page = session.page
      // An A4 sheet with 12 mm margins (the site's @page) is 186 mm wide: about 700 CSS pixels.
      await page.setViewportSize({ width: 700, height: 1000 })
      await open(lang)
      await page.emulateMedia({ media: 'print' })
      try {
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(700)
        expect(await page.locator('.site-header').isVisible()).toBe(false)
        expect(await page.locator('main nav.outcomes-contents').isVisible()).toBe(false)
        expect(await page.locator('main .key-figures').isVisible()).toBe(true)
        const printed = await page
          .locator('main .key-figures li a')
          .first()
          .evaluate((link) => ({
            href: (link as HTMLAnchorElement).href,
            after: getComputedStyle(link, '::after').content,
          }))
        expect(printed.href).toMatch(/^https?:\/\/.+#.+/)
        expect(printed.after).toContain(new URL(printed.href).pathname + new URL(printed.href).hash)
        expect(printed.after).toMatch(/https?:\/\//)
        const breaks = await page.evaluate(() =>
          ['main .key-figures li', 'main table tbody tr', 'main figure'].map(
            (selector) => getComputedStyle(document.querySelector(selector)!).breakInside,
          ),
        )
        expect(breaks).toEqual(['avoid', 'avoid', 'avoid'])
      } finally {
        await page.emulateMedia({ media: 'screen' })
        await page.setViewportSize({ width: 1280, height: 800 })
      }
    },
  )

  it.each([
    ['fi', 'naisia: noin 260, miehiä: noin 235'],
    ['en', 'women: about 260, men: about 235'],
    ['sv', 'kvinnor: cirka 260, män: cirka 235'],
  ] as const)(
    '%s: a breakdown names its groups in the language, not by their codes, as estimates when the report says "noin"',
    async (lang, expected) => {
      await open(lang)
      const notes = await session.page.locator('tr#dot-osallistujat-yhteensa .table-note').allTextContents()
      expect(notes).toContain(expected)
    },
  )
})
