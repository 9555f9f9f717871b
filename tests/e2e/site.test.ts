import { describe, expect, it } from 'vitest'

import { detailPath, homePath, sectionPath } from '@toolkit/contract/routes'
import { builtSite, useBrowser } from '../helpers/site'

const { siteUrl, snapshot } = builtSite()
const langs = ['fi', 'en', 'sv'] as const
const session = useBrowser()

async function open(path: string) {
  const response = await session.page.goto(new URL(path, siteUrl).href)
  return response!
}

describe('home pages', () => {
  it.each(langs)(
    '%s: is in its language, links its translations and offers an entry point for each kind of user',
    async (lang) => {
      const response = await open(homePath(lang))
      expect(response.status()).toBe(200)
      expect(await session.page.getAttribute('html', 'lang')).toBe(lang)
      const hreflangs = await session.page.$$eval('link[rel="alternate"][hreflang]', (links) =>
        links.map((l) => l.getAttribute('hreflang')),
      )
      expect(hreflangs).toEqual(expect.arrayContaining(['fi', 'en', 'sv', 'x-default']))
      expect(await session.page.locator('main h1').count()).toBe(1)
      const entries = await session.page
        .locator('main .entry-points li a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
      const assessment = snapshot.collections['self-assessments'][0]!
      expect(entries).toEqual([
        detailPath(lang, 'self-assessments', assessment.slug),
        sectionPath(lang, 'components'),
        sectionPath(lang, 'planner'),
        sectionPath(lang, 'course-packs'),
        sectionPath(lang, 'indicators'),
        sectionPath(lang, 'tools'),
      ])
    },
  )

  it('has landmarks and a skip link that moves focus to the main content', async () => {
    await open(homePath('fi'))
    expect(await session.page.locator('header').count()).toBe(1)
    expect(await session.page.locator('main#main').count()).toBe(1)
    expect(await session.page.locator('footer').count()).toBe(1)
    await session.page.keyboard.press('Tab')
    expect(await session.page.evaluate(() => document.activeElement?.textContent)).toBe('Siirry sisältöön')
    await session.page.keyboard.press('Enter')
    expect(await session.page.evaluate(() => document.activeElement?.id)).toBe('main')
  })
})

describe('component pages', () => {
  it('exist for every component in every language with the right title', async () => {
    for (const component of snapshot.collections.components) {
      for (const lang of langs) {
        const response = await open(detailPath(lang, 'components', component.slug))
        expect(response.status(), `${lang}/${component.slug}`).toBe(200)
        expect(await session.page.getAttribute('html', 'lang')).toBe(lang)
        const expected = (component.content[lang] ?? component.content.fi).title
        expect(await session.page.locator('main h1').textContent()).toBe(expected)
        if (component.content[lang] === null) {
          // A missing translation is said out loud, and the Finnish text is marked as Finnish.
          expect(await session.page.locator('main .notice').count()).toBe(1)
          expect(await session.page.getAttribute('main h1', 'lang')).toBe('fi')
        }
      }
    }
  })

  it('the language switcher goes to the same page in the other language', async () => {
    const component = snapshot.collections.components[0]!
    await open(detailPath('fi', 'components', component.slug))
    await session.page.click('nav.lang-nav a[hreflang="en"]')
    expect(new URL(session.page.url()).pathname).toBe(detailPath('en', 'components', component.slug))
  })

  it('the language switcher marks no language as untranslated: every document is in all three', async () => {
    // (An untranslated version's marker and notice are tested on a built site with one:
    // tests/integration/editor-fields-on-site.test.ts.)
    for (const section of ['components', 'cheat-sheets'] as const) {
      const document = snapshot.collections[section][0]!
      expect(document.content.sv, document.slug).not.toBeNull()
      await open(detailPath('fi', section, document.slug))
      expect(await session.page.locator('nav.lang-nav .lang-missing').count()).toBe(0)
    }
  })

  it('the component index lists every component', async () => {
    await open(sectionPath('en', 'components'))
    expect(await session.page.locator('main .card-list li').count()).toBe(snapshot.collections.components.length)
    // …below the model's own description under Innokylä's headings, plain language first.
    expect(await session.page.locator('main #plain-heading').count()).toBe(1)
    expect(await session.page.locator('main #core-idea').textContent()).toBe('The core idea')
  })
})

describe('sharing', () => {
  it.each(langs)('%s: every page names a social image of the right size that exists', async (lang) => {
    await open(detailPath(lang, 'cheat-sheets', snapshot.collections['cheat-sheets'][0]!.slug))
    const meta = (property: string) => session.page.getAttribute(`meta[property="${property}"]`, 'content')
    const image = new URL((await meta('og:image'))!)
    expect(image.pathname).toBe(`/${lang}/social-image.png`)
    expect(await meta('og:image:alt')).toBeTruthy()
    const response = await fetch(new URL(image.pathname, siteUrl))
    expect(response.headers.get('content-type')).toBe('image/png')
    const png = Buffer.from(await response.arrayBuffer())
    // The PNG's IHDR chunk holds its width and height.
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
      Number(await meta('og:image:width')),
      Number(await meta('og:image:height')),
    ])
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
  })
})

describe('not found', () => {
  it('answers 404 with a page that leads back home', async () => {
    const response = await open('/fi/ei-ole-olemassa/')
    expect(response.status()).toBe(404)
    expect(await session.page.locator('main a[href="/fi/"]').count()).toBeGreaterThan(0)
    expect(await session.page.getAttribute('html', 'lang')).toBe('fi')
    // …in the reader's own language under /en/ and /sv/.
    expect((await open('/en/no-such-page/')).status()).toBe(404)
    expect(await session.page.getAttribute('html', 'lang')).toBe('en')
    expect(await session.page.locator('main h1').textContent()).toBe('Page not found')
  })
})
