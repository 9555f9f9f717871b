import fs from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import {
  type DetailSection,
  detailPath,
  homePath,
  pagePath,
  searchQueryParameter,
  sectionPath,
  sections,
} from '@toolkit/contract/routes'
import { helsinkiIsoDay } from '../../site/src/lib/events'
import { builtPages, builtSite, useBrowser } from '../helpers/site'

const { siteUrl, snapshot } = builtSite()
const siteDir = inject('siteDir')
const langs = ['fi', 'en', 'sv'] as const
type Lang = (typeof langs)[number]
const session = useBrowser()

/** The phone the issue measured: the header may take at most a fifth of its first screen. */
const PHONE = { width: 390, height: 844 }
const HEADER_SHARE = 0.2
const NARROWEST = { width: 320, height: 640 }
const WIDE = { width: 1280, height: 900 }

/** A browser without JavaScript at a given size: every path here must work without scripts. */
let noScript: BrowserContext
let page: Page
beforeAll(async () => {
  noScript = await session.browser.newContext({ javaScriptEnabled: false, viewport: PHONE })
  page = await noScript.newPage()
})
afterAll(async () => {
  await noScript?.close()
})

async function open(address: string) {
  const response = await page.goto(new URL(address, siteUrl).href)
  expect(response?.status(), address).toBe(200)
}

const components = [...snapshot.collections.components].sort(
  (a, b) => (a.order ?? 1e9) - (b.order ?? 1e9) || a.slug.localeCompare(b.slug),
)
const titleOf = (doc: { content: Record<Lang, Record<string, unknown> | null> }, lang: Lang, field = 'title') =>
  String((doc.content[lang] ?? doc.content.fi!)[field])
/** The sections in the main navigation whose documents have pages, with one document each. */
const navSectionsWithDocuments: DetailSection[] = [
  'components',
  'course-packs',
  'cheat-sheets',
  'badges',
  'events',
  'posts',
]
const handoutPage = builtPages().find((address) =>
  new RegExp(`^/fi/${sections['course-packs'].fi}/[^/]+/[^/]+/$`).test(address),
)!

describe('header search', () => {
  it.each(langs)(
    '%s: a plain form on every page that sends the words to the search page without JavaScript',
    async (lang) => {
      await open(detailPath(lang, 'components', components[0]!.slug))
      await page.locator('header form[role="search"] input').fill('digituki')
      await page.locator('header form[role="search"] button').click()
      await page.waitForURL((url) => url.pathname === sectionPath(lang, 'search'))
      expect(new URL(page.url()).searchParams.get(searchQueryParameter)).toBe('digituki')
      expect(await page.locator('main h1').count()).toBe(1)
    },
  )

  it('is on every built page with a header', () => {
    const withHeader = builtPages().filter((address) => read(address).includes('class="site-header"'))
    expect(withHeader.length).toBeGreaterThan(300)
    for (const address of withHeader) {
      const lang = /<html lang="(\w+)"/.exec(read(address))![1] as Lang
      expect(read(address), address).toMatch(
        new RegExp(
          `<form role="search" class="header-search[^"]*" method="get" action="${sectionPath(lang, 'search')}"`,
        ),
      )
    }
  })
})

describe('compact navigation', () => {
  it.each(langs)(
    '%s: on a 390 × 844 phone the header with its search takes at most a fifth of the first screen',
    async (lang) => {
      await page.setViewportSize(PHONE)
      const untranslated = components.find((component) => component.content[lang] === null) ?? components[0]!
      for (const address of [
        homePath(lang),
        sectionPath(lang, 'components'),
        detailPath(lang, 'components', untranslated.slug),
      ]) {
        await open(address)
        const header = (await page.locator('header.site-header').boundingBox())!
        expect(header.height, address).toBeLessThanOrEqual(PHONE.height * HEADER_SHARE)
        expect(await page.locator('header form[role="search"] input').isVisible(), address).toBe(true)
        expect(await page.locator('nav.main-nav').isVisible(), address).toBe(false)
      }
    },
  )

  it('the menu opens and closes without JavaScript, and its links work', async () => {
    await page.setViewportSize(PHONE)
    await open(homePath('fi'))
    const menu = page.locator('header details.menu-toggle > summary')
    const links = page.locator('nav.main-nav a')
    expect(await links.first().isVisible()).toBe(false)
    await menu.click()
    expect(await links.first().isVisible()).toBe(true)
    expect(await links.count()).toBeGreaterThan(5)
    expect((await page.locator('header.site-header').boundingBox())!.height).toBeGreaterThan(
      PHONE.height * HEADER_SHARE,
    )
    await page.locator(`nav.main-nav a[href="${sectionPath('fi', 'cheat-sheets')}"]`).click()
    await page.waitForURL((url) => url.pathname === sectionPath('fi', 'cheat-sheets'))
    await menu.click()
    await menu.click()
    expect(await links.first().isVisible()).toBe(false)
  })

  it.each(langs)(
    '%s: on a wide screen the whole menu shows, on one row, aligned with the content column',
    async (lang) => {
      await page.setViewportSize(WIDE)
      await open(sectionPath(lang, 'components'))
      expect(await page.locator('header details.menu-toggle').isVisible()).toBe(false)
      const boxes = await page
        .locator('nav.main-nav a')
        .evaluateAll((links) => links.map((a) => a.getBoundingClientRect().toJSON() as DOMRect))
      const heading = (await page.locator('main h1').boundingBox())!
      expect(Math.abs(boxes[0]!.x - heading.x)).toBeLessThanOrEqual(1)
      expect(new Set(boxes.map((box) => Math.round(box.y))).size).toBe(1)
      await page.setViewportSize(PHONE)
    },
  )
})

describe('the current section is marked', () => {
  it.each(langs)(
    '%s: aria-current="page" on its list page, "true" on its document pages, nothing elsewhere',
    async (lang) => {
      for (const section of navSectionsWithDocuments) {
        const doc = snapshot.collections[section][0]!
        const link = `nav.main-nav a[href="${sectionPath(lang, section)}"]`
        await open(sectionPath(lang, section))
        expect(await page.getAttribute(link, 'aria-current'), section).toBe('page')
        expect(await page.locator('nav.main-nav a[aria-current]').count(), section).toBe(1)
        await open(detailPath(lang, section, doc.slug))
        expect(await page.getAttribute(link, 'aria-current'), `${section}/${doc.slug}`).toBe('true')
        expect(await page.locator('nav.main-nav a[aria-current]').count(), `${section}/${doc.slug}`).toBe(1)
      }
      await open(homePath(lang))
      expect(await page.getAttribute(`nav.main-nav a[href="${homePath(lang)}"]`, 'aria-current')).toBe('page')
      expect(await page.locator('nav.main-nav a[aria-current]').count()).toBe(1)
    },
  )
})

/** The breadcrumb trail of the open page: each crumb's text and link (null for the current page). */
async function trail(lang: Lang) {
  const label = { fi: 'Murupolku', en: 'Breadcrumb', sv: 'Brödsmulor' }[lang]
  expect(await page.locator(`nav[aria-label="${label}"] > ol`).count()).toBe(1)
  return page.locator(`nav[aria-label="${label}"] li`).evaluateAll((items) =>
    items.map((li) => {
      const link = li.querySelector('a')
      return {
        text: li.textContent?.trim(),
        href: link?.getAttribute('href') ?? null,
        current: li.querySelector('[aria-current="page"]') !== null,
      }
    }),
  )
}

describe('breadcrumbs', () => {
  it.each(langs)(
    '%s: from the home page through the section to the page on list, document and handout pages',
    async (lang) => {
      const home = { fi: 'Etusivu', en: 'Home', sv: 'Startsida' }[lang]
      const component = components[0]!
      await open(sectionPath(lang, 'components'))
      const listTitle = (await page.locator('main h1').textContent())!.trim()
      expect(await trail(lang)).toEqual([
        { text: home, href: homePath(lang), current: false },
        { text: listTitle, href: null, current: true },
      ])
      await open(detailPath(lang, 'components', component.slug))
      expect(await trail(lang)).toEqual([
        { text: home, href: homePath(lang), current: false },
        { text: listTitle, href: sectionPath(lang, 'components'), current: false },
        { text: titleOf(component, lang), href: null, current: true },
      ])
      await open(pagePath(lang, 'accessibility'))
      expect((await trail(lang)).map((crumb) => crumb.href)).toEqual([homePath(lang), null])
    },
  )

  it('a handout page leads back through its course pack', async () => {
    await open(handoutPage)
    const [, , slug] = handoutPage.split('/').filter(Boolean)
    const pack = snapshot.collections['course-packs'].find((doc) => doc.slug === slug)!
    const crumbs = await trail('fi')
    expect(crumbs.map((crumb) => crumb.href)).toEqual([
      homePath('fi'),
      sectionPath('fi', 'course-packs'),
      detailPath('fi', 'course-packs', slug!),
      null,
    ])
    expect(crumbs[2]!.text).toBe(titleOf(pack, 'fi'))
    expect(crumbs[3]!.text).toBe((await page.locator('main h1').textContent())!.trim())
  })

  it('the home page has none', async () => {
    await open(homePath('fi'))
    expect(await page.locator('nav.breadcrumbs').count()).toBe(0)
  })
})

describe('on this page', () => {
  /** The contents list of the open page and the ids of the section headings the page shows. */
  async function contentsAndSections() {
    const targets = await page
      .locator('nav.on-this-page a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    const sectionIds = await page
      .locator('article h2[id]:not(#on-this-page-heading)')
      .evaluateAll((headings) => headings.map((h) => `#${h.id}`))
    return { targets, sectionIds }
  }

  it.each(langs)(
    '%s: every component page lists the sections it shows, and only those, each link to a heading on the page',
    async (lang) => {
      for (const component of components) {
        await open(detailPath(lang, 'components', component.slug))
        const { targets, sectionIds } = await contentsAndSections()
        expect(sectionIds.length, component.slug).toBeGreaterThanOrEqual(3)
        expect(targets, component.slug).toEqual(sectionIds)
        for (const target of targets) expect(await page.locator(target!).count(), target!).toBe(1)
      }
    },
  )

  it('course pack pages list their sections from three up, and none below', async () => {
    for (const pack of snapshot.collections['course-packs']) {
      await open(detailPath('fi', 'course-packs', pack.slug))
      const { targets, sectionIds } = await contentsAndSections()
      expect(targets, pack.slug).toEqual(sectionIds.length >= 3 ? sectionIds : [])
    }
  })

  it('a cheat sheet, which prints on one sheet, has no contents list', async () => {
    const sheet = snapshot.collections['cheat-sheets'][0]!
    await open(detailPath('fi', 'cheat-sheets', sheet.slug))
    expect(await page.locator('nav.on-this-page').count()).toBe(0)
  })
})

describe('previous and next', () => {
  it.each(langs)("%s: lead through the model's components in the model's order", async (lang) => {
    await open(detailPath(lang, 'components', components[0]!.slug))
    expect(await page.locator('nav.pager a[rel="prev"]').count()).toBe(0)
    const visited = [components[0]!.slug]
    while ((await page.locator('nav.pager a[rel="next"]').count()) > 0) {
      await page.locator('nav.pager a[rel="next"]').click()
      await page.waitForLoadState()
      const slug = new URL(page.url()).pathname.split('/').filter(Boolean).at(-1)!
      visited.push(slug)
      const previous = await page.getAttribute('nav.pager a[rel="prev"]', 'href')
      expect(previous).toBe(detailPath(lang, 'components', visited.at(-2)!))
      if (visited.length > components.length) break
    }
    expect(visited).toEqual(components.map((component) => component.slug))
  })
})

const read = (address: string) =>
  fs.readFileSync(path.join(siteDir, address.endsWith('/') ? `${address}index.html` : address), 'utf8')

describe('last updated', () => {
  it("every document page shows its document's date from the snapshot, in the page's language", async () => {
    const documents = (Object.keys(sections) as string[])
      .filter(
        (section): section is DetailSection =>
          section in snapshot.collections && section !== 'tools' && section !== 'indicators',
      )
      .flatMap((section) =>
        snapshot.collections[section].map((doc) => ({
          address: (lang: Lang) => detailPath(lang, section, doc.slug),
          doc,
        })),
      )
    const standing = snapshot.collections.pages.map((doc) => ({
      address: (lang: Lang) => pagePath(lang, doc.slug as 'about'),
      doc,
    }))
    expect(documents.length).toBeGreaterThan(30)
    for (const { address, doc } of [...documents, ...standing]) {
      for (const lang of langs) {
        expect(read(address(lang)), address(lang)).toContain(`<time datetime="${doc.updatedAt}">`)
      }
    }
    const pack = snapshot.collections['course-packs'].find((doc) => handoutPage.includes(`/${doc.slug}/`))!
    expect(read(handoutPage)).toContain(`<time datetime="${pack.updatedAt}">`)
  })

  it.each(langs)('%s: the date is written out in the language', async (lang) => {
    const component = components[0]!
    await open(detailPath(lang, 'components', component.slug))
    const expected = new Intl.DateTimeFormat({ fi: 'fi-FI', en: 'en-GB', sv: 'sv-SE' }[lang], {
      timeZone: 'Europe/Helsinki',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date(component.updatedAt))
    expect(await page.locator('main .last-updated time').textContent()).toBe(expected)
    expect(await page.locator('main .last-updated').textContent()).toBe(
      `${{ fi: 'Päivitetty', en: 'Last updated', sv: 'Senast uppdaterad' }[lang]} ${expected}`,
    )
  })

  it("a day's machine-readable date is the day shown, in Helsinki (the statement's dates were a day early)", () => {
    const statement = snapshot.collections.pages.find((doc) => doc.slug === 'accessibility')!
    const prepared = statement.content.fi.statement!.preparedOn!
    // The CMS stores a day picked in Helsinki as the UTC instant of its midnight there: the day before.
    expect(prepared.slice(0, 10)).not.toBe(helsinkiIsoDay(prepared))
    for (const lang of langs) {
      expect(read(pagePath(lang, 'accessibility'))).toContain(`<time datetime="${helsinkiIsoDay(prepared)}">`)
    }
    const days = builtPages().flatMap((address) =>
      [...read(address).matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})">[^<]*?(\d{1,2})\b/g)].map((match) => ({
        address,
        day: Number(match[1]!.slice(8)),
        shown: Number(match[2]),
      })),
    )
    expect(days.length).toBeGreaterThan(10)
    expect(days.filter(({ day, shown }) => day !== shown)).toEqual([])
  })

  it('list pages, which are no document, have none', async () => {
    await open(sectionPath('fi', 'components'))
    expect(await page.locator('main .last-updated').count()).toBe(0)
  })
})

describe('feedback link', () => {
  const address = snapshot.settings?.feedbackAddress
  it('the tests publish a feedback address in the site settings', () => {
    expect(address).toBe('palaute@example.org')
  })

  it("every page's footer links to it, with the page's own address as the message's subject", () => {
    const withFooter = builtPages().filter((page) => read(page).includes('class="site-footer'))
    expect(withFooter.length).toBeGreaterThan(300)
    for (const builtPage of withFooter) {
      const html = read(builtPage)
      const href = new RegExp(`<p class="page-feedback"><a href="(mailto:${address}[^"]*)"`).exec(html)?.[1]
      expect(href, builtPage).toBeDefined()
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]
      const subject = new URL(href!.replaceAll('&amp;', '&')).searchParams.get('subject')
      expect(subject, builtPage).toContain(canonical ?? builtPage)
    }
  })

  it('works in the browser as a mailto: link with one subject field', async () => {
    const component = components[0]!
    await open(detailPath('en', 'components', component.slug))
    const href = (await page.locator('footer .page-feedback a').getAttribute('href'))!
    const link = new URL(href)
    expect(link.protocol).toBe('mailto:')
    expect(link.pathname).toBe(address)
    expect([...link.searchParams.keys()]).toEqual(['subject'])
    expect(link.searchParams.get('subject')).toBe(
      `Feedback on the page ${new URL(detailPath('en', 'components', component.slug), snapshot.settings!.siteUrl!).href}`,
    )
  })
})

describe('small screens', () => {
  const pages = (lang: Lang) => [
    homePath(lang),
    sectionPath(lang, 'components'),
    sectionPath(lang, 'search'),
    pagePath(lang, 'accessibility'),
    ...components.map((component) => detailPath(lang, 'components', component.slug)),
    ...navSectionsWithDocuments.map((section) => detailPath(lang, section, snapshot.collections[section][0]!.slug)),
  ]

  it.each(langs)('%s: no horizontal scrolling at 320 px, with the menu closed or open', async (lang) => {
    await page.setViewportSize(NARROWEST)
    for (const address of [...pages(lang), ...(lang === 'fi' ? [handoutPage] : [])]) {
      await open(address)
      const overflow = () =>
        page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(await overflow(), address).toBeLessThanOrEqual(0)
      await page.locator('header details.menu-toggle > summary').click()
      expect(await overflow(), `${address} (menu open)`).toBeLessThanOrEqual(0)
    }
    await page.setViewportSize(PHONE)
  })

  it.each(langs)('%s: the wayfinding controls are touch targets of at least 44 px and show focus', async (lang) => {
    await page.setViewportSize(PHONE)
    await open(detailPath(lang, 'components', components[1]!.slug))
    await page.locator('header details.menu-toggle > summary').click()
    const targets = await page
      .locator(
        'header a, header summary, header button, header input, nav.breadcrumbs a, nav.on-this-page a, nav.pager a, footer .page-feedback a',
      )
      .evaluateAll((elements) =>
        elements
          .map((element) => ({
            text: element.textContent?.trim() || element.outerHTML.slice(0, 60),
            height: element.getBoundingClientRect().height,
          }))
          .filter((target) => target.height > 0),
      )
    expect(targets.length).toBeGreaterThan(15)
    for (const target of targets) expect(target.height, target.text).toBeGreaterThanOrEqual(44)
    const summary = page.locator('header details.menu-toggle > summary')
    await summary.focus()
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Tab')
    expect(await summary.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid')
  })
})
