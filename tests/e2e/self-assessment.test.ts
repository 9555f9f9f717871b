import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'

import { buildSite } from '../../scripts/lib/site-build'
import { serveStatic } from '../../scripts/lib/static-server'
import type { Snapshot } from '@toolkit/contract/snapshot'
import { MAX_SUGGESTIONS, recommend } from '../../site/src/lib/assessment'
import { detailPath } from '@toolkit/contract/routes'
import { builtSite, useBrowser } from '../helpers/site'

const { siteUrl, snapshot } = builtSite()
const session = useBrowser()
const assessment = snapshot.collections['self-assessments'][0]!
const questions = assessment.content.fi.questions
const pathIn = (lang: 'fi' | 'en' | 'sv') => detailPath(lang, 'self-assessments', assessment.slug)

/** Answers every question with the step `answerFor(index)` (0–3) by clicking its label. */
async function answerAll(page: Page, answerFor: (index: number) => number) {
  const fieldsets = page.locator('fieldset[data-question]')
  for (let index = 0; index < questions.length; index++) {
    await fieldsets.nth(index).locator('label.scale-option').nth(answerFor(index)).click()
  }
}

async function resultLinks(page: Page): Promise<string[]> {
  return page
    .locator('[data-result-body] a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
}

const collectionOf = { coursePacks: 'course-packs', cheatSheets: 'cheat-sheets', badges: 'badges' } as const

/** What the rules in the content recommend for these answers, as the page's links (every one is published). */
function expectedLinks(
  source: Snapshot['collections']['self-assessments'][number],
  answerFor: (index: number) => number,
): string[] {
  const data = {
    questions: source.content.fi.questions,
    levels: source.levels,
    rules: source.rules,
    answerRules: source.answerRules,
  }
  const answers = Object.fromEntries(data.questions.map((question, index) => [question.key, answerFor(index)]))
  return recommend(data, answers)
    .slice(0, MAX_SUGGESTIONS)
    .map((item) => detailPath('fi', collectionOf[item.kind], item.slug))
}

describe('self-assessment "Mistä aloitan?"', () => {
  it.each(['fi', 'en', 'sv'] as const)(
    '%s: asks 12–20 questions covering all five DigComp areas, each on a four-step scale',
    async (lang) => {
      await session.page.setViewportSize({ width: 1024, height: 800 })
      await session.page.goto(new URL(pathIn(lang), siteUrl).href)
      expect(await session.page.getAttribute('html', 'lang')).toBe(lang)
      const count = await session.page.locator('fieldset[data-question]').count()
      expect(count).toBeGreaterThanOrEqual(12)
      expect(count).toBeLessThanOrEqual(20)
      expect(new Set(questions.map((question) => question.area))).toEqual(new Set(['1', '2', '3', '4', '5']))
      expect(await session.page.locator('fieldset[data-question]').first().locator('input[type="radio"]').count()).toBe(
        4,
      )
    },
  )

  it('gives a level per area and the recommendations the rules in the content call for, with zero network requests', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1024, height: 800 } })
    await page.goto(new URL(pathIn('fi'), siteUrl).href, { waitUntil: 'networkidle' })
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    const weakInSafety = (index: number) => (questions[index]!.area === '4' ? 0 : 1)
    await answerAll(page, weakInSafety)
    await page.click('[data-submit]')
    await page.waitForSelector('[data-result]:not([hidden])')
    expect(await page.locator('[data-result] tbody tr').count()).toBe(5)
    expect(await page.locator('[data-result] tbody tr').nth(3).locator('td').textContent()).toBe('Ensiaskeleet')
    const links = await resultLinks(page)
    expect(links.length).toBeGreaterThan(0)
    expect(links).toEqual(expectedLinks(assessment, weakInSafety))
    // The same result as text, to copy for a counsellor.
    expect(await page.inputValue('[data-result-text]')).toContain('Turvallisuus: Ensiaskeleet')
    // Answering and getting the result asked nothing of the network, and stored nothing.
    expect(requests).toEqual([])
    expect(await page.evaluate(() => localStorage.length)).toBe(0)
    await page.close()
  })

  it('remembers the answers on this device only when asked, and forgets them on request', async () => {
    const context = await session.browser.newContext()
    const page = await context.newPage()
    const url = new URL(pathIn('en'), siteUrl).href
    await page.goto(url)
    await page.check('[data-remember]')
    await answerAll(page, () => 2)
    await page.reload()
    expect(await page.isChecked('[data-remember]')).toBe(true)
    expect(await page.locator('input[type="radio"]:checked').count()).toBe(questions.length)
    await page.click('[data-forget]')
    expect(await page.evaluate(() => localStorage.length)).toBe(0)
    await page.reload()
    expect(await page.locator('input[type="radio"]:checked').count()).toBe(0)
    await context.close()
  })

  it('shows one question per screen on a small phone and moves on after an answer', async () => {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 740 } })
    await page.goto(new URL(pathIn('fi'), siteUrl).href)
    expect(await page.locator('fieldset[data-question]:visible').count()).toBe(1)
    expect(await page.textContent('[data-progress]')).toBe(`Kysymys 1 / ${questions.length}`)
    await page.locator('fieldset[data-question]:visible label.scale-option').nth(1).click()
    // A tapped answer stays in view for a moment before the next question.
    await expect.poll(() => page.textContent('[data-progress]')).toBe(`Kysymys 2 / ${questions.length}`)
    // Focus moves to the new question, so a screen reader reads it out.
    expect(await page.evaluate(() => document.activeElement?.closest('fieldset')?.dataset.question)).toBe(
      questions[1]!.key,
    )
    await page.click('[data-previous]')
    expect(await page.locator('fieldset[data-question]:visible').getAttribute('data-question')).toBe(questions[0]!.key)
    await page.close()
  })

  it('shows every question and no step buttons on a wider screen, and steps again when narrowed', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(new URL(pathIn('fi'), siteUrl).href)
    expect(await page.locator('fieldset[data-question]:visible').count()).toBe(questions.length)
    // A flex row once showed the step buttons (and the progress line) though its hidden attribute was set.
    expect(await page.locator('[data-steps]').isVisible()).toBe(false)
    expect(await page.locator('[data-progress]').isVisible()).toBe(false)
    await page.setViewportSize({ width: 360, height: 740 })
    await expect.poll(() => page.locator('[data-steps]').isVisible()).toBe(true)
    expect(await page.locator('fieldset[data-question]:visible').count()).toBe(1)
    await page.close()
  })

  it.each(['fi', 'en', 'sv'] as const)(
    '%s: the result, and the one-question screen on a phone, have zero axe violations',
    async (lang) => {
      // axe needs a page of a context of its own.
      const context = await session.browser.newContext({ viewport: { width: 1024, height: 800 } })
      const page = await context.newPage()
      await page.goto(new URL(pathIn(lang), siteUrl).href)
      await answerAll(page, (index) => index % 4)
      await page.click('[data-submit]')
      await page.waitForSelector('[data-result]:not([hidden])')
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']
      expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => v.id)).toEqual([])
      await page.setViewportSize({ width: 320, height: 700 })
      await page.reload()
      await page.emulateMedia({ colorScheme: 'dark' })
      expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => v.id)).toEqual([])
      await context.close()
    },
  )

  it('works with the keyboard alone', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1024, height: 800 } })
    await page.goto(new URL(pathIn('fi'), siteUrl).href)
    await page.focus(`input[name="${questions[0]!.key}"]`)
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowRight')
    expect(await page.inputValue(`input[name="${questions[0]!.key}"]:checked`)).toBe('1')
    await page.focus('[data-submit]')
    await page.keyboard.press('Enter')
    await page.waitForSelector('[data-result]:not([hidden])')
    expect(await page.evaluate(() => document.activeElement?.matches('[data-result]'))).toBe(true)
    await page.close()
  })

  it('without JavaScript shows every question and explains how to work out the result', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(new URL(pathIn('fi'), siteUrl).href)
    expect(await page.locator('fieldset[data-question]:visible').count()).toBe(questions.length)
    expect(await page.locator('#count-heading').textContent()).toBe('Laske tulos itse')
    expect(await page.locator('noscript table tbody tr').count()).toBe(assessment.levels.length)
    // What the answers themselves call for comes first, with every rule's question, and where to get help.
    const explanation = (await page.locator('section[aria-labelledby="count-heading"]').textContent()) ?? ''
    for (const rule of assessment.answerRules)
      expect(explanation).toContain(questions.find((question) => question.key === rule.question)!.text)
    expect(explanation).toContain(assessment.content.fi.help!)
    await context.close()
  })
})

// An editor changes a rule in the CMS; the next build recommends what the new rule says.
describe('self-assessment rules are content', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-rules-'))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('recommends what an edited rule lists, after a rebuild', async () => {
    const edited = structuredClone(snapshot)
    const target = edited.collections['self-assessments'][0]!
    // Only one rule is left: whoever answers the lowest step everywhere gets exactly one cheat sheet.
    const sheet = edited.collections['cheat-sheets'].at(-1)!.slug
    target.rules = [{ scope: 'overall', levels: ['beginner'], coursePacks: [], cheatSheets: [sheet], badges: [] }]
    target.answerRules = []
    const snapshotFile = path.join(dir, 'snapshot.json')
    fs.writeFileSync(snapshotFile, JSON.stringify(edited))
    const built = await buildSite(snapshotFile, path.join(dir, 'dist'))
    const { server, url } = await serveStatic(built.outDir)
    try {
      const page = await session.browser.newPage({ viewport: { width: 1024, height: 800 } })
      await page.goto(new URL(pathIn('fi'), url).href)
      await answerAll(page, () => 0)
      await page.click('[data-submit]')
      await page.waitForSelector('[data-result]:not([hidden])')
      expect(await resultLinks(page)).toEqual([detailPath('fi', 'cheat-sheets', sheet)])
      expect(await resultLinks(page)).toEqual(expectedLinks(target, () => 0))
      // …whereas the published rules recommend more than that.
      expect(expectedLinks(assessment, () => 0)).not.toEqual([detailPath('fi', 'cheat-sheets', sheet)])
      await page.close()
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }, 180_000)
})
