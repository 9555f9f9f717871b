import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { detailPath, sectionPath, pagePath } from '@toolkit/contract/routes'
import { freePort } from '../../scripts/lib/net'
import type { Toolkit } from '../../scripts/lib/toolkit'
import { englishStrings, type EnglishStrings } from '../helpers/admin-strings'
import { launchBrowser } from '../helpers/browser'

// Editors' journeys in real Chromium, against what `npm start` serves (the production CMS server,
// the site publisher, the preview and the local site) on a fresh database: the admin is Finnish
// even for a browser set to English, no screen shows an English word, an editor creates and
// publishes a document of every content type and finds it on the local site, a contributor's
// draft goes through review, and a validation error is shown next to its field and saves nothing.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-journeys-'))
Object.assign(process.env, {
  TOOLKIT_DATA_DIR: dir,
  DATABASE_URI: `file:${path.join(dir, 'payload.db')}`,
  PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
  ISSUER_EMAIL: 'merkit@example.org',
})
delete process.env.PAYLOAD_URL

const people = {
  editor: { email: 'toimittaja@example.org', password: 'salasana-toimittaja-123', role: 'editor' },
  contributor: { email: 'kirjoittaja@example.org', password: 'salasana-kirjoittaja-123', role: 'contributor' },
} as const

let payload: Payload
let toolkit: Toolkit
let browser: Browser
let english: EnglishStrings

beforeAll(async () => {
  const { startPayload } = await import('../../scripts/lib/payload')
  const { seedContent } = await import('../../scripts/lib/seed')
  const { assembleSnapshot, readPublishedLocal, writeSnapshot } = await import('../../scripts/lib/export')
  const { buildSite } = await import('../../scripts/lib/site-build')
  const { serveToolkit } = await import('../../scripts/lib/toolkit')
  payload = await startPayload()
  // The first account becomes an administrator; the people of the journeys come after it.
  await payload.create({
    collection: 'users',
    data: { email: 'yllapito@example.org', password: crypto.randomBytes(12).toString('hex'), role: 'admin' },
  })
  for (const person of Object.values(people)) await payload.create({ collection: 'users', data: { ...person } })
  await seedContent(payload, path.resolve('tests/fixtures/content'))
  const snapshotPath = path.join(dir, 'snapshot.json')
  writeSnapshot(assembleSnapshot('local', await readPublishedLocal(payload)), snapshotPath)
  const site = await buildSite(snapshotPath, path.join(dir, 'dist'))
  toolkit = await serveToolkit({
    payload,
    site,
    snapshotPath,
    dataDir: dir,
    ports: { cms: await freePort(), site: await freePort(), preview: await freePort() },
    log: () => undefined,
  })
  english = englishStrings(payload.config)
  browser = await launchBrowser()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await toolkit?.stop()
  await payload?.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
})

/** A browser set to English, as many editors' are: the admin must still answer in Finnish. */
async function signedIn(person: keyof typeof people): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.goto(`${toolkit.cmsUrl}/admin/login`)
  await page.fill('#field-email', people[person].email)
  await page.fill('#field-password', people[person].password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
  return { context, page }
}

/** Every line of text and every label-like attribute the screen shows now. */
async function screenText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lines = document.body.innerText.split('\n')
    for (const element of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
      for (const name of ['placeholder', 'aria-label', 'title']) {
        const value = element.getAttribute(name)
        if (value) lines.push(value)
      }
    }
    return lines
  })
}

/** The English lines of the screen, after every tab of the form has been shown once. */
async function englishOnScreen(page: Page): Promise<string[]> {
  const found = new Set(english.find(await screenText(page)))
  const tabs = page.locator('.tabs-field__tab-button')
  for (let index = 0; index < (await tabs.count()); index++) {
    const tab = tabs.nth(index)
    if (!(await tab.isVisible())) continue
    await tab.click({ timeout: 5_000 })
    for (const line of english.find(await screenText(page))) found.add(line)
  }
  return [...found]
}

/** A field of the form, wherever it is: in the sidebar, in the main column or in another tab. */
async function field(page: Page, id: string) {
  const locator = page.locator(`#field-${id}`).first()
  if (await locator.isVisible()) return locator
  const tabs = page.locator('.tabs-field__tab-button')
  for (let index = 0; index < (await tabs.count()); index++) {
    const tab = tabs.nth(index)
    if (!(await tab.isVisible())) continue
    await tab.click({ timeout: 5_000 })
    if (await locator.isVisible()) return locator
  }
  throw new Error(`No visible field #field-${id}`)
}

async function fillText(page: Page, id: string, value: string) {
  await (await field(page, id)).fill(value)
}

/** A react-select: opens it and takes the option that shows `text`, or the first one. */
async function choose(page: Page, id: string, text?: string | RegExp) {
  const select = await field(page, id)
  await select.locator('.rs__control').click()
  await page
    .locator('.rs__option', text ? { hasText: text } : {})
    .first()
    .click()
}

const chooseFirst = (page: Page, id: string) => choose(page, id)

/** A date (and time) picker: typed in the admin's Finnish format, as an editor would. */
async function typeDate(page: Page, id: string, value: string) {
  const input = (await field(page, id)).locator('input').first()
  await input.click()
  await input.pressSequentially(value)
  await input.press('Enter')
  await page.keyboard.press('Escape')
}

/** A select in a row: the option whose label shows this text. */
type Option = { option: string | RegExp }

/** Adds a row to an array field and fills the row's fields: text typed, selects chosen. */
async function addRow(page: Page, array: string, values: Record<string, string | Option>) {
  const container = await field(page, array)
  const rows = await container.locator('.array-field__row, .array-row').count()
  await container.locator('.array-field__add-row').first().click()
  for (const [name, value] of Object.entries(values)) {
    const id = `${array}__${rows}__${name}`
    // The new row is drawn after the click: wait for its field, since field() looks only once.
    await page.locator(`#field-${id}`).first().waitFor({ state: 'visible', timeout: 15_000 })
    if (typeof value === 'string') await page.locator(`#field-${id}`).fill(value)
    else await choose(page, id, value.option)
  }
}

/** Twelve questions, two for each DigComp area but the first, which gets four: the fewest the form accepts. */
const assessmentQuestions = ['1', '1', '1', '1', '2', '2', '3', '3', '4', '4', '5', '5'].map((area, index) => ({
  key: `kysymys-${index + 1}`,
  area,
  text: `Osaan tehdä asian numero ${index + 1}.`,
}))

/**
 * The draft as the database has it once the save the editor pressed is done. (With autosave the
 * document exists, and its address is in the URL, from the first keystroke: the URL says nothing.)
 */
async function savedDraft(collection: string, where: Record<string, unknown>): Promise<Record<string, unknown>> {
  let found: Record<string, unknown> | undefined
  await expect
    .poll(
      async () => {
        const result = await payload.find({
          collection: collection as never,
          where: where as never,
          draft: true,
          locale: 'fi',
        })
        found = result.docs[0] as Record<string, unknown> | undefined
        return result.docs.length
      },
      { timeout: 30_000, message: `the draft in ${collection} is saved` },
    )
    .toBe(1)
  return found!
}

interface Recipe {
  collection: string
  /** Where the published document shows on the local site (Finnish). */
  where: (slug: string) => string
  fill: (page: Page, title: string) => Promise<void>
  titleField?: string
}

const recipes: Recipe[] = [
  {
    collection: 'components',
    where: (slug) => detailPath('fi', 'components', slug),
    fill: async (page, title) => {
      await fillText(page, 'title', title)
      await fillText(page, 'summary', 'Lyhyt tiivistelmä toimintamallin osasta.')
    },
  },
  {
    collection: 'posts',
    where: (slug) => detailPath('fi', 'posts', slug),
    fill: async (page, title) => {
      await fillText(page, 'title', title)
      await fillText(page, 'excerpt', 'Ingressi kertoo lyhyesti, mistä kirjoituksessa on kyse.')
      await fillText(page, 'author', 'Toimitus')
      await typeDate(page, 'date', '15.1.2027')
    },
  },
  {
    collection: 'events',
    where: (slug) => detailPath('fi', 'events', slug),
    fill: async (page, title) => {
      await fillText(page, 'title', title)
      await fillText(page, 'summary', 'Tapahtuman tiivistelmä.')
      await typeDate(page, 'start', '15.1.2027 10.00')
    },
  },
  {
    collection: 'tools',
    titleField: 'name',
    where: () => sectionPath('fi', 'tools'),
    fill: async (page, title) => {
      await fillText(page, 'name', title)
      await fillText(page, 'url', 'https://example.org/tyokalu')
      await fillText(page, 'description', 'Mihin työkalu sopii ja kenelle.')
      await chooseFirst(page, 'category')
      await chooseFirst(page, 'cost')
    },
  },
  {
    collection: 'cheat-sheets',
    where: (slug) => detailPath('fi', 'cheat-sheets', slug),
    fill: async (page, title) => {
      await fillText(page, 'title', title)
      await fillText(page, 'task', 'Mitä lunttilapun avulla tehdään.')
      await addRow(page, 'steps', { text: 'Avaa sovellus.' })
    },
  },
  {
    collection: 'badges',
    titleField: 'name',
    where: (slug) => detailPath('fi', 'badges', slug),
    fill: async (page, title) => {
      await fillText(page, 'name', title)
      await fillText(page, 'description', 'Mitä merkin saaja osaa.')
      await fillText(page, 'criteria', 'Miten osaaminen näytetään.')
      await fillText(page, 'issuer__name', 'Digiosallisuuden työkalupakki')
    },
  },
  {
    collection: 'course-packs',
    where: (slug) => detailPath('fi', 'course-packs', slug),
    fill: async (page, title) => {
      await fillText(page, 'title', title)
      await fillText(page, 'summary', 'Koulutuspaketin tiivistelmä.')
      await chooseFirst(page, 'audience')
      await fillText(page, 'durationMinutes', '90')
    },
  },
  {
    collection: 'indicators',
    titleField: 'name',
    where: () => sectionPath('fi', 'indicators'),
    fill: async (page, title) => {
      await fillText(page, 'name', title)
      await fillText(page, 'value', '42')
      await chooseFirst(page, 'unit')
      await fillText(page, 'period__start', '2022-03')
      await fillText(page, 'period__end', '2023-08')
      await chooseFirst(page, 'source__report')
      await fillText(page, 'source__section', '4.1')
    },
  },
  {
    collection: 'self-assessments',
    where: (slug) => detailPath('fi', 'self-assessments', slug),
    fill: async (page, title) => {
      await fillText(page, 'title', title)
      await fillText(page, 'intro', 'Vastaa kysymyksiin, niin näet, mistä kannattaa aloittaa.')
      await fillText(page, 'privacy', 'Vastaukset pysyvät vain omassa selaimessasi.')
      for (const answer of ['En osaa', 'Osaan vähän', 'Osaan', 'Osaan ja voin neuvoa muita'])
        await addRow(page, 'scale', { text: answer })
      for (const question of assessmentQuestions)
        await addRow(page, 'questions', {
          key: question.key,
          area: { option: new RegExp(`^${question.area} `) },
          text: question.text,
        })
      await addRow(page, 'levels', { level: { option: 'Ensiaskeleet' }, minimum: '0' })
      await addRow(page, 'levels', { level: { option: 'Perustaidot' }, minimum: '1.5' })
      await addRow(page, 'rules', { scope: { option: 'Kokonaistulos' }, levels: { option: 'Ensiaskeleet' } })
    },
  },
  {
    collection: 'pages',
    where: () => pagePath('fi', 'about'),
    fill: async (page, title) => {
      await fillText(page, 'title', title)
      await fillText(page, 'slug', 'about')
    },
  },
]

const slugOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** The editor takes over a document whose lock dialog shows within a few seconds of opening it. */
async function takeOverIfLocked(page: Page): Promise<void> {
  const locked = page.locator('#document-locked')
  const shown = await locked
    .waitFor({ state: 'visible', timeout: 3_000 })
    .then(() => true)
    .catch(() => false)
  // The dialog may be redrawn under the click: pressInForm takes over again if it is still there.
  if (shown)
    await locked
      .getByRole('button', { name: 'Ota muokattavaksi' })
      .click({ timeout: 10_000 })
      .catch(() => {})
}

/**
 * Presses a button of the document form. A document someone else (or another session) still has
 * open shows the admin's lock dialog, sometimes seconds after the page has loaded on a busy machine,
 * and it covers the button: the editor takes the document over, as the dialog offers, and presses
 * again. The dialog is redrawn while it settles, so each click gets a few seconds and is retried.
 */
async function pressInForm(page: Page, selector: string): Promise<void> {
  const locked = page.locator('#document-locked')
  const deadline = Date.now() + 90_000
  for (;;) {
    try {
      if (await locked.isVisible()) {
        await locked.getByRole('button', { name: 'Ota muokattavaksi' }).click({ timeout: 3_000 })
      }
      await page.locator(selector).click({ timeout: 3_000 })
      return
    } catch (error) {
      if (Date.now() > deadline) throw error
    }
  }
}

/** The preview shows the draft: the Preview button opens it in a new tab, rebuilt within a minute or so. */
async function previewShows(context: BrowserContext, page: Page, text: string): Promise<void> {
  const [preview] = await Promise.all([context.waitForEvent('page'), page.locator('a.preview-btn').first().click()])
  await preview.waitForLoadState()
  await expect.poll(async () => (await preview.reload(), await preview.content()), { timeout: 90_000 }).toContain(text)
  await preview.close()
}

/** Polls a page of the local site until it shows `text`. */
async function onSite(url: string, text: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last = ''
  while (Date.now() < deadline) {
    const response = await fetch(url).catch(() => null)
    last = response ? `${response.status}` : 'no answer'
    if (response?.ok && (await response.text()).includes(text)) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  const status = fs.existsSync(path.join(dir, 'site-build.json'))
    ? fs.readFileSync(path.join(dir, 'site-build.json'), 'utf8')
    : 'no build status'
  throw new Error(`${url} did not show "${text}" (last answer ${last}); the last site build: ${status}`)
}

describe('the admin in Finnish', () => {
  it('answers in Finnish to a browser set to English, from the login page on', async () => {
    const context = await browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    await page.goto(`${toolkit.cmsUrl}/admin/login`)
    expect(await page.locator('html').getAttribute('lang')).toBe('fi')
    expect(english.find(await screenText(page))).toEqual([])
    await context.close()
  })

  it('shows no English on the dashboard, any list, any form or the account page', async () => {
    const { context, page } = await signedIn('editor')
    const screens = [
      '/admin',
      '/admin/account',
      '/admin/globals/operating-model',
      ...payload.config.collections
        .filter((collection) => !collection.slug.startsWith('payload-'))
        .flatMap((collection) => [
          `/admin/collections/${collection.slug}`,
          ...(collection.slug === 'users' ? [] : [`/admin/collections/${collection.slug}/create`]),
        ]),
    ]
    const found: Record<string, string[]> = {}
    for (const screen of screens) {
      await page.goto(`${toolkit.cmsUrl}${screen}`)
      await page.waitForLoadState('networkidle')
      const lines = await englishOnScreen(page)
      if (lines.length > 0) found[screen] = lines
    }
    expect(found).toEqual({})
    await context.close()
  }, 600_000)
})

describe('an editor publishes every content type', () => {
  for (const recipe of recipes) {
    it(`${recipe.collection}: create, save a draft, preview, publish, find it on the site`, async () => {
      const { context, page } = await signedIn('editor')
      const title = `Polku ${recipe.collection} ${crypto.randomBytes(2).toString('hex')}`
      await page.goto(`${toolkit.cmsUrl}/admin/collections/${recipe.collection}/create`)
      await recipe.fill(page, title)
      await page.locator('#action-save-draft').click()
      const saved = await savedDraft(recipe.collection, { [recipe.titleField ?? 'title']: { equals: title } })
      const slug = saved.slug as string
      // The form as the saved document is now (the Preview link names its current slug).
      await page.reload()
      // Not on the site before it is published.
      expect(await (await fetch(`${toolkit.siteUrl}${recipe.where(slug)}`)).text()).not.toContain(title)

      await previewShows(context, page, title)

      await page.locator('#action-save').click()
      await onSite(`${toolkit.siteUrl}${recipe.where(slug)}`, title)
      await context.close()
    }, 300_000)
  }
})

describe('an editor writes the operating model', () => {
  it('writes its required basic facts, saves a draft, previews, publishes, finds it on the model page', async () => {
    const { context, page } = await signedIn('editor')
    const marker = `Malli tukee digitaitoja ${crypto.randomBytes(2).toString('hex')}.`
    const modelPage = `${toolkit.siteUrl}${sectionPath('fi', 'components')}`
    // The journeys' database starts without a model, as a new installation does.
    await page.goto(`${toolkit.cmsUrl}/admin/globals/operating-model`)
    // The walk through every screen left the model open in another session, as a closed tab does.
    await takeOverIfLocked(page)
    await fillText(page, 'title', 'Digiosallisuuden toimintamalli')
    await fillText(page, 'shortDescription', marker)
    await pressInForm(page, '#action-save-draft')
    await expect
      .poll(
        async () => {
          const draft = await payload.findGlobal({ slug: 'operating-model', draft: true, locale: 'fi' })
          return String(draft.shortDescription)
        },
        { timeout: 30_000 },
      )
      .toContain(marker)
    expect(await (await fetch(modelPage)).text()).not.toContain(marker)

    await previewShows(context, page, marker)

    await page.locator('#action-save').click()
    await onSite(modelPage, marker)
    await context.close()
  }, 300_000)
})

describe('review', () => {
  it('a contributor marks a draft ready; an editor sees it on the dashboard and publishes it', async () => {
    const title = `Tarkistettava ${crypto.randomBytes(2).toString('hex')}`
    const contributor = await signedIn('contributor')
    await contributor.page.goto(`${toolkit.cmsUrl}/admin/collections/components/create`)
    await fillText(contributor.page, 'title', title)
    await fillText(contributor.page, 'summary', 'Kirjoittajan luonnos.')
    await (await field(contributor.page, 'readyForReview')).check()
    await contributor.page.locator('#action-save-draft').click()
    await savedDraft('components', { and: [{ title: { equals: title } }, { readyForReview: { equals: true } }] })
    // Contributors are offered no Publish button, and the server would refuse it anyway.
    expect(await contributor.page.locator('#action-save').count()).toBe(0)
    // Leaving the document releases the contributor's edit lock, as it does in the admin.
    await contributor.page.goto(`${toolkit.cmsUrl}/admin`)
    await contributor.context.close()

    const editor = await signedIn('editor')
    await editor.page.goto(`${toolkit.cmsUrl}/admin`)
    const waiting = editor.page.locator('.editorial-dashboard__review a', { hasText: title })
    // The dashboard is drawn on the server at each visit: reload until the draft is listed. On a
    // loaded machine one visit can take many seconds, so allow a minute and a half, and say what
    // the dashboard showed if it never lists it.
    const deadline = Date.now() + 90_000
    let shown = ''
    while ((await waiting.count()) === 0) {
      if (Date.now() > deadline)
        throw new Error(`The dashboard did not list "${title}" within 90 s; it showed: ${shown || 'nothing'}`)
      await editor.page.reload()
      const dashboard = editor.page.locator('.editorial-dashboard').first()
      await dashboard.waitFor({ timeout: 20_000 }).catch(() => undefined)
      shown = ((await dashboard.textContent().catch(() => '')) ?? '').replace(/\s+/g, ' ').slice(0, 600)
    }
    await waiting.click()
    // Should the contributor's lock still hold, the editor takes over, as the admin offers.
    await pressInForm(editor.page, '#action-save')
    const slug = slugOf(title)
    await onSite(`${toolkit.siteUrl}${detailPath('fi', 'components', slug)}`, title)
    const stored = await payload.find({ collection: 'components', where: { slug: { equals: slug } }, depth: 0 })
    expect(stored.docs[0]?.readyForReview).toBe(false)
    await editor.page.goto(`${toolkit.cmsUrl}/admin`)
    expect(await editor.page.locator('.editorial-dashboard__review a', { hasText: title }).count()).toBe(0)
    await editor.context.close()
  }, 300_000)
})

describe('validation', () => {
  it('shows a missing required field next to the field, in Finnish, and saves nothing', async () => {
    const { context, page } = await signedIn('editor')
    await page.goto(`${toolkit.cmsUrl}/admin/collections/posts/create`)
    await fillText(page, 'title', 'Kesken jäänyt kirjoitus')
    // The message sits in the excerpt field's own wrapper, next to its input.
    const excerpt = page.locator('.field-type', { has: page.locator('#field-excerpt') }).first()
    // On a loaded machine the first click can land while autosave is still saving (the button is
    // briefly disabled); the editor would simply press Publish again, and so does the test.
    await expect
      .poll(
        async () => {
          await page.locator('#action-save').click({ timeout: 10_000 })
          await page.waitForTimeout(1_000)
          return excerpt.textContent()
        },
        { timeout: 45_000, interval: 500 },
      )
      .toContain('Tämä kenttä on pakollinen.')
    expect(english.find(await screenText(page))).toEqual([])
    // Autosave may keep the editor's words as a draft, but nothing is published.
    const published = await payload.find({
      collection: 'posts',
      where: { and: [{ title: { equals: 'Kesken jäänyt kirjoitus' } }, { _status: { equals: 'published' } }] },
      locale: 'fi',
    })
    expect(published.docs).toEqual([])
    await context.close()
  }, 120_000)
})
