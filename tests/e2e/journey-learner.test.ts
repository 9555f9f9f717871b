import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { MAX_SUGGESTIONS } from '../../site/src/lib/assessment'
import { detailPath, homePath } from '@toolkit/contract/routes'
import { builtSite, useBrowser } from '../helpers/site'

// Issue 21: a long-term unemployed person on a phone wants to know how to get bank credentials and
// how to make a strong password, and tries "Mistä aloitan?". Every step at 360 px, as on a phone.
const { siteUrl, snapshot } = builtSite()
const session = useBrowser()
const PHONE = { width: 360, height: 740 }
const credentials = detailPath('fi', 'cheat-sheets', 'pankkitunnusten-hankkiminen')
const strongId = detailPath('fi', 'cheat-sheets', 'vahva-tunnistautuminen')
const password = detailPath('fi', 'cheat-sheets', 'vahvan-salasanan-luominen')
const assessment = snapshot.collections['self-assessments'][0]!
const questions = assessment.content.fi.questions

async function phonePage(): Promise<Page> {
  return session.browser.newPage({ viewport: PHONE })
}

/** Searches from the home page's header, as a reader does, and gives the result pages in order, each once. */
async function searchFromHome(page: Page, query: string): Promise<string[]> {
  await page.goto(new URL(homePath('fi'), siteUrl).href)
  await page.fill('#header-search-query', query)
  await page.press('#header-search-query', 'Enter')
  await page.waitForSelector('#search-results:not([aria-busy]) a', { timeout: 15_000 })
  const paths = await page.$$eval('#search-results a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  )
  return [...new Set(paths)]
}

/** Relative luminance and contrast as WCAG 2.1 defines them, from a computed `rgb(…)` colour. */
function contrast(foreground: string, background: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
      const c = Number(part) / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  }
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a)
  return (light! + 0.05) / (dark! + 0.05)
}

describe('the learner on a phone finds out how to get bank credentials', () => {
  // The everyday words, not the sheets' own terms ("verkkopankkitunnukset", "mobiilivarmenne").
  it.each(['pankkitunnukset', 'vahva tunnistautuminen'])(
    'finds the credentials and strong-identification sheets by "%s" among the first three results',
    async (query) => {
      const page = await phonePage()
      const results = await searchFromHome(page, query)
      expect(results.slice(0, 3)).toEqual(expect.arrayContaining([credentials, strongId]))
      await page.close()
    },
  )

  it("the sheets link each other, and the strong-identification sheet's heading fits the screen", async () => {
    const page = await phonePage()
    await page.goto(new URL(strongId, siteUrl).href)
    expect(await page.locator(`main a[href="${credentials}"]`).count()).toBeGreaterThan(0)
    // No word of the heading is broken over two lines ("verkkopankkitunnuk-/silla" read as cut off).
    const broken = await page.locator('main h1').evaluate((h1) => {
      const words: string[] = []
      const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange()
          range.setStart(node, match.index)
          range.setEnd(node, match.index + match[0].length)
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))
          if (lines.size > 1) words.push(match[0])
        }
      }
      return words
    })
    expect(broken).toEqual([])
    const box = (await page.locator('main h1').boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    await page.goto(new URL(credentials, siteUrl).href)
    expect(await page.locator(`main a[href="${strongId}"]`).count()).toBeGreaterThan(0)
    // The everyday words are in the page for the index (with weight), not on the screen nor read out
    // by a screen reader (the hidden attribute takes them out of the accessibility tree too).
    const keywords = page.locator('main p[data-pagefind-weight]')
    expect(await keywords.textContent()).toContain('pankkitunnukset')
    expect(await keywords.isVisible()).toBe(false)
    expect(await keywords.evaluate((p) => p.hasAttribute('hidden'))).toBe(true)
    await page.close()
  })
})

describe('the learner on a phone tries "Mistä aloitan?"', () => {
  const low = new Set(['e-services', 'passwords']) // "I log in with bank codes…", "I can make a strong password…"

  it('recommends the credentials, strong-identification and password sheets for "En osaa" there, high elsewhere', async () => {
    expect(questions.filter((question) => low.has(question.key))).toHaveLength(low.size)
    const page = await phonePage()
    await page.goto(new URL(detailPath('fi', 'self-assessments', assessment.slug), siteUrl).href)
    // The intro is short: the first question starts on the first screen.
    const first = await page.locator('fieldset[data-question]').first().boundingBox()
    expect(first!.y).toBeLessThan(PHONE.height)

    for (const [index, question] of questions.entries()) {
      const fieldset = page.locator(`fieldset[data-question="${question.key}"]`)
      await fieldset.waitFor({ state: 'visible' })
      await fieldset
        .locator('label.scale-option')
        .nth(low.has(question.key) ? 0 : 3)
        .click()
      if (index < questions.length - 1)
        await page.locator(`fieldset[data-question="${questions[index + 1]!.key}"]`).waitFor({ state: 'visible' })
    }

    // At the last question "Seuraava" is disabled and looks it, its text still readable; the result
    // button is right there on the screen, and the progress line says so.
    const next = page.locator('[data-next]')
    expect(await next.isDisabled()).toBe(true)
    const looks = await next.evaluate((button) => {
      const style = getComputedStyle(button)
      return { color: style.color, background: style.backgroundColor, border: style.borderStyle }
    })
    expect(looks.border).toBe('dashed')
    expect(contrast(looks.color, looks.background)).toBeGreaterThanOrEqual(4.5)
    expect(await page.textContent('[data-progress]')).toContain('Näytä tulos')
    // Answering the last question brings the result button into view, without scrolling by hand.
    const submit = page.locator('[data-submit]')
    const inView = () =>
      submit.evaluate((button) => {
        const box = button.getBoundingClientRect()
        return box.top >= 0 && box.bottom <= window.innerHeight + 1
      })
    await expect.poll(inView).toBe(true)
    const nextBox = (await next.boundingBox())!
    const submitBox = (await submit.boundingBox())!
    // Close enough to "Seuraava" to be seen with it: within a thumb's reach below it.
    expect(submitBox.y - (nextBox.y + nextBox.height)).toBeLessThan(120)

    await submit.click()
    await page.waitForSelector('[data-result]:not([hidden])')
    const recommended = await page
      .locator('[data-result-body] .next-steps a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
    expect(recommended.length).toBeLessThanOrEqual(MAX_SUGGESTIONS)
    expect(recommended).toEqual(expect.arrayContaining([credentials, strongId, password]))
    // The level result is kept, and where to get help is said, also on paper.
    expect(await page.locator('[data-result-body] .result-overall').count()).toBe(1)
    expect(await page.locator('[data-result-body]').textContent()).toContain('Mistä saat apua')
    expect(await page.locator('[data-result-body]').textContent()).toContain(assessment.content.fi.help!)

    // Printed, each recommendation carries its full address.
    expect(await page.locator('.print-address').first().isVisible()).toBe(false)
    await page.emulateMedia({ media: 'print' })
    const printed = await page.locator('.print-address').allTextContents()
    expect(printed.map((text) => new URL(text.trim()).pathname)).toEqual(recommended)
    expect(await page.locator('.print-address').first().isVisible()).toBe(true)
    await page.close()
  })

  it('does not move on when an answer is chosen with the keyboard, so that the arrow keys can change it', async () => {
    const page = await phonePage()
    await page.goto(new URL(detailPath('fi', 'self-assessments', assessment.slug), siteUrl).href)
    const key = questions[0]!.key
    await page.focus(`input[name="${key}"]`)
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.waitForTimeout(600)
    expect(await page.inputValue(`input[name="${key}"]:checked`)).toBe('2')
    expect(await page.locator(`fieldset[data-question="${key}"]`).isVisible()).toBe(true)
    await page.close()
  })
})
