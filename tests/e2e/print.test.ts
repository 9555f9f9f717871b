import { describe, expect, it } from 'vitest'

import { detailPath } from '@toolkit/contract/routes'
import { builtSite, useBrowser } from '../helpers/site'

// Cheat sheets are meant to be printed and handed over: each fits on one A4 sheet, in every language.
const { siteUrl, snapshot } = builtSite()
const session = useBrowser()

/** Pages in a PDF: one "/Type /Page" object per page (the page tree is "/Type /Pages"). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0

describe('printing', () => {
  it.each(['fi', 'en', 'sv'] as const)(
    '%s: every cheat sheet prints on one A4 page, without the site navigation',
    async (lang) => {
      for (const sheet of snapshot.collections['cheat-sheets']) {
        await session.page.goto(new URL(detailPath(lang, 'cheat-sheets', sheet.slug), siteUrl).href)
        await session.page.emulateMedia({ media: 'print' })
        expect(await session.page.locator('.site-header').isVisible()).toBe(false)
        const pdf = await session.page.pdf({ format: 'A4', printBackground: false })
        expect(pageCount(pdf), `${lang}/${sheet.slug}`).toBe(1)
        await session.page.emulateMedia({ media: 'screen' })
      }
    },
  )
})
