import fs from 'node:fs'
import type http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { feedbackForm } from '@toolkit/contract/feedback-form'
import { pagePath } from '@toolkit/contract/routes'
import { readFeedback } from '../../scripts/lib/form-inbox'
import { serveStatic } from '../../scripts/lib/static-server'
import { builtSite, useBrowser } from '../helpers/site'

// The feedback form on the built site, served as `npm start` serves it (with the form inbox): a
// reader sends it with and without JavaScript, and the accessibility statement leads to it.
const { snapshot } = builtSite()
const siteDir = inject('siteDir')
const session = useBrowser()
const inbox = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-e2e-inbox-'))
let server: http.Server
let base: string

beforeAll(async () => {
  ;({ server, url: base } = await serveStatic(siteDir, 0, '127.0.0.1', { formInboxDir: inbox }))
})
afterAll(() => {
  server?.close()
  fs.rmSync(inbox, { recursive: true, force: true })
})

/** The public address of a page, as the footer names it (the site's own address, not this server's). */
const publicUrl = (sitePath: string) => new URL(sitePath, snapshot.settings!.siteUrl ?? 'https://example.org').href

describe('the feedback form', () => {
  it('is built as a form Netlify detects, with the hidden form name and the bot trap', () => {
    const html = fs.readFileSync(path.join(siteDir, 'fi/palaute/index.html'), 'utf8')
    expect(html).toMatch(new RegExp(`<form[^>]*name="${feedbackForm.name}"[^>]*data-netlify="true"`))
    expect(html).toContain(`netlify-honeypot="${feedbackForm.fields.honeypot}"`)
    expect(html).toContain(`name="${feedbackForm.fields.formName}" value="${feedbackForm.name}"`)
  })

  it('takes a message in Swedish with the page it came from filled in, and thanks the reader', async () => {
    const from = publicUrl('/sv/verktyg/')
    await session.page.goto(
      `${base}${pagePath('sv', 'feedback')}?${feedbackForm.pageParameter}=${encodeURIComponent(from)}`,
    )
    const field = session.page.locator(`input[name="${feedbackForm.fields.page}"]`)
    await expect.poll(() => field.inputValue()).toBe(from)
    await session.page.getByLabel('Din respons', { exact: true }).fill('Länken till Kela fungerar inte. <b>fet</b>')
    await session.page.getByRole('button', { name: 'Skicka respons' }).click()
    await session.page.waitForURL(`**${pagePath('sv', 'feedback')}#${feedbackForm.sentId}`)
    await expect.poll(() => session.page.getByRole('status').isVisible()).toBe(true)
    expect(readFeedback(inbox).at(-1)).toMatchObject({
      lang: 'sv',
      page: from,
      message: 'Länken till Kela fungerar inte. <b>fet</b>',
    })
  })

  it('fills in no page from an address of another site', async () => {
    await session.page.goto(
      `${base}${pagePath('fi', 'feedback')}?${feedbackForm.pageParameter}=${encodeURIComponent('https://evil.example/kirjoita-tama')}`,
    )
    await session.page.waitForLoadState('load')
    expect(await session.page.locator(`input[name="${feedbackForm.fields.page}"]`).inputValue()).toBe('')
  })

  it('works without JavaScript, and the browser itself stops an empty message', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false })
    try {
      const page = await context.newPage()
      await page.goto(`${base}${pagePath('en', 'feedback')}`)
      const before = readFeedback(inbox).length
      await page.getByRole('button', { name: 'Send feedback' }).click()
      // The required field keeps the form from being sent.
      expect(page.url()).not.toContain('#sent')
      expect(readFeedback(inbox)).toHaveLength(before)
      await page.getByLabel('Which page is your feedback about? (optional)').fill('Outcomes')
      await page.getByLabel('Your feedback', { exact: true }).fill('The chart has no caption.')
      await page.getByLabel('Your e-mail address, if you want an answer (optional)').fill('reader@example.org')
      await page.getByRole('button', { name: 'Send feedback' }).click()
      await page.waitForURL(`**#${feedbackForm.sentId}`)
      expect(await page.getByText('Thank you! Your feedback has been sent').isVisible()).toBe(true)
      expect(readFeedback(inbox).at(-1)).toMatchObject({ lang: 'en', page: 'Outcomes', email: 'reader@example.org' })
    } finally {
      await context.close()
    }
  })

  it("is the accessibility statement's feedback channel, in the reader's language", async () => {
    for (const lang of ['fi', 'en', 'sv'] as const) {
      await session.page.goto(`${base}${pagePath(lang, 'accessibility')}`)
      const link = session.page.locator('.statement dd a[href$="/"]').first()
      expect(await link.getAttribute('href'), lang).toBe(pagePath(lang, 'feedback'))
    }
    const html = fs.readFileSync(path.join(siteDir, 'fi/saavutettavuus/index.html'), 'utf8')
    // No editor's placeholder, and no claim of full compliance.
    expect(html).not.toMatch(/Huomio toimittajalle|täyttää saavutettavuusvaatimukset<\/dd>/i)
  })
})
