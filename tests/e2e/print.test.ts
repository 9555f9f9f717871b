import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import { detailPath } from '@toolkit/contract/routes'
import { pdfPageCount, pdfPageTexts, printHtmlToPdf, printToPdf, squeezed } from '../helpers/pdf-text'
import { builtSite, useBrowser } from '../helpers/site'

// Cheat sheets are meant to be printed and handed over: each fits on one A4 sheet, in every language.
const { siteUrl, snapshot } = builtSite()
const session = useBrowser()
const langs = ['fi', 'en', 'sv'] as const

describe('printing', () => {
  it.each(langs)('%s: every cheat sheet prints on one A4 page, without the site navigation', async (lang) => {
    for (const sheet of snapshot.collections['cheat-sheets']) {
      await session.page.goto(new URL(detailPath(lang, 'cheat-sheets', sheet.slug), siteUrl).href)
      await session.page.emulateMedia({ media: 'print' })
      expect(await session.page.locator('.site-header').isVisible()).toBe(false)
      const pdf = await printToPdf(session.page)
      expect(pdfPageCount(pdf), `${lang}/${sheet.slug}`).toBe(1)
      // The printed sheet says where it comes from: the toolkit and the sheet's address.
      const text = pdfPageTexts(pdf)[0]!
      const settings = snapshot.settings!.content
      expect(text, `${lang}/${sheet.slug}`).toContain(squeezed(settings[lang]?.siteName ?? settings.fi.siteName))
      expect(text, `${lang}/${sheet.slug}`).toContain(detailPath(lang, 'cheat-sheets', sheet.slug))
    }
  })

  // Issue 21: the ZIP's copies are the site's documents, and print on the pages the site's do.
  it.each(langs)(
    "%s: every course pack's ZIP prints its cheat sheets and handouts on as many pages as the site, and its combined file page for page",
    async (lang) => {
      for (const pack of snapshot.collections['course-packs']) {
        const packPath = detailPath(lang, 'course-packs', pack.slug)
        const response = await fetch(new URL(`${packPath}pack.zip`, siteUrl))
        const files = unzipSync(new Uint8Array(await response.arrayBuffer()))
        const html = (name: string) => new TextDecoder().decode(files[name])
        let pages = 0
        for (const name of Object.keys(files).filter((file) => /^(cheat-sheets|handouts)\/.*\.html$/.test(file))) {
          const slug = name.slice(name.indexOf('/') + 1, -'.html'.length)
          const sitePath = name.startsWith('cheat-sheets/')
            ? detailPath(lang, 'cheat-sheets', slug)
            : `${packPath}${slug}/`
          await session.page.goto(new URL(sitePath, siteUrl).href)
          const site = pdfPageCount(await printToPdf(session.page))
          const zip = pdfPageCount(await printHtmlToPdf(session.browser, html(name)))
          expect(zip, `${lang}/${pack.slug}/${name}`).toBe(site)
          if (name.startsWith('cheat-sheets/')) expect(zip, `${lang}/${pack.slug}/${name}`).toBe(1)
          pages += zip
        }
        pages += pdfPageCount(await printHtmlToPdf(session.browser, html('lesson-plan.html')))
        expect(
          pdfPageCount(await printHtmlToPdf(session.browser, html('print-all.html'))),
          `${lang}/${pack.slug}/print-all.html`,
        ).toBe(pages)
      }
    },
  )
})
