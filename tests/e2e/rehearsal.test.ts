import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { detailPath, homePath } from '@toolkit/contract/routes'
import type { Rehearsal } from '../../scripts/lib/rehearsal'
import { launchBrowser } from '../helpers/browser'

// The production rehearsal (npm run rehearse) with assertions: what the README's Deploying section
// sets up works as an NGO would run it, on PostgreSQL with two CMS instances behind one address.

let rehearsal: Rehearsal
let browser: Browser

beforeAll(async () => {
  const { startRehearsal } = await import('../../scripts/lib/rehearsal')
  rehearsal = await startRehearsal({ log: () => undefined })
  browser = await launchBrowser()
}, 1_200_000)

afterAll(async () => {
  await browser?.close()
  await rehearsal?.stop()
})

const ours = ['Digiosallisuuden työkalupakki', 'digiosallisuus.example.org', 'merkit@example.org']

/** The editor's API key, as the site build and a script send it. */
const asEditor = () => ({ authorization: `users API-Key ${rehearsal.editor.apiKey}` })

async function api(url: string, init: RequestInit = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(url, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
  })
  const text = await response.text()
  try {
    return { status: response.status, body: JSON.parse(text) }
  } catch {
    return { status: response.status, body: text }
  }
}

/** A Finnish editor in Helsinki signs in to the admin, on the CMS's one address. */
async function editorInAdmin(): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
    viewport: { width: 1400, height: 900 },
  })
  const page = await context.newPage()
  await page.goto(`${rehearsal.cmsUrl}/admin/login`)
  await page.fill('#field-email', rehearsal.editor.email)
  await page.fill('#field-password', rehearsal.editor.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
  return { page, close: () => context.close() }
}

/** Creates a component draft in the admin and waits for its own address. */
async function draftInAdmin(page: Page, title: string): Promise<string> {
  await page.goto(`${rehearsal.cmsUrl}/admin/collections/components/create`)
  await page.locator('#field-title').fill(title)
  await page.locator('#field-summary').fill('Harjoituksen tiivistelmä.')
  await page.locator('#action-save-draft').click()
  await page.waitForURL(/\/components\/\d+/, { timeout: 60_000 })
  return /\/components\/(\d+)/.exec(page.url())![1]!
}

/** The scheduled document: set by the scheduling test, checked once its time has come. */
let scheduled: { id: string; title: string; at: number } | undefined

describe('production rehearsal', () => {
  it('builds the site as Netlify does, over REST with the API key, under the adopting organisation’s name only', async () => {
    const home = await fetch(`${rehearsal.siteUrl}${homePath('fi')}`)
    expect(home.status).toBe(200)
    // netlify.toml's production headers.
    expect(home.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(home.headers.get('strict-transport-security')).toBeTruthy()
    const html = await home.text()
    expect(html).toContain('Esimerkkiyhdistyksen digipakki')
    for (const name of ours) expect(html).not.toContain(name)
    // Netlify's trailing-slash redirect, as the static server serves it.
    const bare = await fetch(`${rehearsal.siteUrl}/fi`, { redirect: 'manual' })
    expect(bare.status).toBe(301)
    expect(bare.headers.get('location')).toBe('/fi/')
  })

  it('spreads requests over both instances', async () => {
    for (let index = 0; index < 4; index++) await fetch(`${rehearsal.cmsUrl}/api/health`)
    expect(new Set(rehearsal.balancer.served)).toEqual(new Set([0, 1]))
    const health = await (await fetch(`${rehearsal.cmsUrl}/api/health`)).json()
    expect(health).toMatchObject({ status: 'ok' })
  })

  it('a publish through instance A reaches anonymous readers on instance B within the read cache’s bound', async () => {
    const [instanceA, instanceB] = rehearsal.instances as [string, string]
    // Signed in on A: B accepts the same session (one secret, one database).
    const login = await api(`${instanceA}/api/users/login`, {
      method: 'POST',
      body: JSON.stringify({ email: rehearsal.editor.email, password: rehearsal.editor.password }),
    })
    expect(login.status).toBe(200)
    const onA = { authorization: `JWT ${login.body.token}` }
    expect((await api(`${instanceB}/api/users/me`, { headers: onA })).body.user?.email).toBe(rehearsal.editor.email)

    const title = `Kahden palvelimen harjoitus ${crypto.randomBytes(2).toString('hex')}`
    const query = `${instanceB}/api/components?where[title][equals]=${encodeURIComponent(title)}&locale=fi&depth=0`
    // B has answered (and cached) "no such document" before the publish.
    expect((await api(query)).body.totalDocs).toBe(0)
    const created = await api(`${instanceA}/api/components?locale=fi`, {
      method: 'POST',
      headers: onA,
      body: JSON.stringify({ title, summary: 'Julkaistu palvelimella A.', _status: 'published' }),
    })
    expect(created.status).toBe(201)
    const publishedAt = Date.now()
    const bound = Number(rehearsal.environment.cms.READ_CACHE_SECONDS) * 1000
    let seenAfter = Number.POSITIVE_INFINITY
    while (Date.now() - publishedAt < bound + 5_000) {
      if ((await api(query)).body.totalDocs === 1) {
        seenAfter = Date.now() - publishedAt
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(seenAfter).toBeLessThanOrEqual(bound + 1_000)
  }, 120_000)

  it('an editor schedules a publish in the admin (checked below, once its time has come)', async () => {
    const { page, close } = await editorInAdmin()
    // The schedule's earliest time is the day's next five-minute slot: just before midnight in
    // Helsinki there is none left today, so wait for the new day as an editor would.
    const helsinki = (at: Date) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', hour: 'numeric', minute: 'numeric' })
        .format(at)
        .split(':')
        .map(Number) as [number, number]
    const [hour, minute] = helsinki(new Date())
    if (hour === 23 && minute >= 54) await new Promise((resolve) => setTimeout(resolve, (61 - minute) * 60_000))

    const title = `Ajastettu harjoitus ${crypto.randomBytes(2).toString('hex')}`
    const id = await draftInAdmin(page, title)
    await page.locator('#action-save-popup button').first().click()
    await page.locator('#schedule-publish').click()
    const drawer = page.locator('.schedule-publish')
    // Publish, not unpublish (the drawer's default for a document that was never published).
    await drawer.locator('.schedule-publish__type li').first().locator('label').first().click()
    await drawer.locator('.react-datepicker__input-container input').first().click()
    await page.locator('.react-datepicker__day--today').first().click()
    const slot = page
      .locator('.react-datepicker__time-list-item:not(.react-datepicker__time-list-item--disabled)')
      .first()
    await slot.click()
    await drawer.locator('#scheduled-publish-save').click()
    // The drawer lists it under the upcoming events.
    await expect.poll(() => drawer.locator('.schedule-publish__upcoming tbody tr').count(), { timeout: 30_000 }).toBe(1)
    const jobs = await api(`${rehearsal.cmsUrl}/api/components/${id}?draft=true&depth=0`, { headers: asEditor() })
    expect(jobs.body._status).toBe('draft')
    scheduled = { id, title, at: Date.now() }
    await close()
  }, 300_000)

  it('an editor saves a draft, sees it in the Live Preview pane, publishes, and Netlify’s build shows it', async () => {
    const title = `Harjoitus ${crypto.randomBytes(2).toString('hex')}`
    const { page, close } = await editorInAdmin()
    await draftInAdmin(page, title)

    // The Live Preview pane shows the preview service's page of the draft.
    await page.locator('#live-preview-toggler, button[aria-label*="esikatselu" i]').first().click()
    const pane = page.frameLocator('iframe.live-preview-iframe, .live-preview-window iframe').first()
    await expect
      .poll(
        async () =>
          (await pane
            .locator('h1')
            .textContent()
            .catch(() => '')) ?? '',
        { timeout: 180_000, interval: 2_000 },
      )
      .toContain(title)

    const since = Date.now()
    await page.locator('#action-save').click()
    await rehearsal.waitForBuild(since, 600_000)
    const slug = String(
      (
        await (
          await fetch(
            `${rehearsal.cmsUrl}/api/components?where[title][equals]=${encodeURIComponent(title)}&locale=fi&depth=0`,
          )
        ).json()
      ).docs[0].slug,
    )
    const published = await fetch(`${rehearsal.siteUrl}${detailPath('fi', 'components', slug)}`)
    expect(published.status).toBe(200)
    expect(await published.text()).toContain(title)
    await close()
  }, 900_000)

  it('sends the password-reset mail over SMTP, and its link works once', async () => {
    // The editor's invitation (sent when the administrator created the account) has a link too: only newer mail counts.
    const from = rehearsal.mailbox.received.length
    const asked = await fetch(`${rehearsal.cmsUrl}/api/users/forgot-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: rehearsal.editor.email }),
    })
    expect(asked.status).toBe(200)
    const mail = await rehearsal.mailbox.waitFor(rehearsal.editor.email, {
      matches: (candidate) => /\/admin\/reset\//.test(candidate.text ?? ''),
      from,
    })
    const token = new RegExp(`${rehearsal.cmsUrl}/admin/reset/([0-9a-f]{20,})`).exec(mail.text ?? '')?.[1]
    expect(token).toBeTruthy()
    const reset = (password: string) =>
      fetch(`${rehearsal.cmsUrl}/api/users/reset-password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token, password }),
      })
    expect((await reset('uusi-salasana-harjoitus-1')).status).toBe(200)
    expect((await reset('kolmas-salasana-harjoitus-2')).status).toBeGreaterThanOrEqual(400)
    const login = await fetch(`${rehearsal.cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: rehearsal.editor.email, password: 'uusi-salasana-harjoitus-1' }),
    })
    expect(login.status).toBe(200)
  }, 120_000)

  it('publishes the scheduled document once, on one of the two instances, and Netlify’s build shows it', async () => {
    expect(scheduled, 'the scheduling test ran').toBeTruthy()
    const { id, title } = scheduled!
    // Due within five minutes of scheduling; both instances run the queue every ten seconds.
    let publishedAt = 0
    await expect
      .poll(
        async () => {
          const now = await api(`${rehearsal.cmsUrl}/api/components/${id}?depth=0&locale=fi`, { headers: asEditor() })
          if (now.body._status === 'published' && !publishedAt) publishedAt = Date.now()
          return now.body._status
        },
        { timeout: 420_000, interval: 2_000 },
      )
      .toBe('published')
    const publishedVersions = async () =>
      (
        await api(
          `${rehearsal.cmsUrl}/api/components/versions?where[parent][equals]=${id}&where[version._status][equals]=published&depth=0`,
          { headers: asEditor() },
        )
      ).body.totalDocs
    expect(await publishedVersions()).toBe(1)
    // Two more rounds of both queues (every ten seconds): nobody publishes it again.
    await new Promise((resolve) => setTimeout(resolve, 20_000))
    expect(await publishedVersions()).toBe(1)
    // And the queue holds no copy of the job that could run it again.
    expect(
      await query(
        rehearsal.environment.cms.DATABASE_URI!,
        `SELECT count(*)::int AS n FROM payload_jobs WHERE completed_at IS NULL AND task_slug = 'schedulePublish'`,
      ),
    ).toEqual([{ n: 0 }])

    await rehearsal.waitForBuild(publishedAt - 1, 600_000)
    const { slug } = (await api(`${rehearsal.cmsUrl}/api/components/${id}?depth=0&locale=fi`)).body
    const page = await fetch(`${rehearsal.siteUrl}${detailPath('fi', 'components', slug)}`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain(title)
  }, 600_000)

  it('backs up the running CMS (database and uploads) and restores it whole into an empty database', async () => {
    // An upload, so that the backup has a file to carry.
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'Harjoituksen kuva' }))
    const image = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#1d4f91' } })
      .png()
      .toBuffer()
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), 'harjoitus.png')
    const uploaded = await fetch(`${rehearsal.cmsUrl}/api/media?locale=fi`, {
      method: 'POST',
      headers: asEditor(),
      body: form,
    })
    expect(uploaded.status).toBe(201)

    const before = await databaseContents(rehearsal.environment.backup.DATABASE_URI!)
    const backups = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-rehearsal-backups-'))
    try {
      // The operator's nightly line: exactly the variables the README gives it.
      const report = rehearsal.runTask('backup', ['--out', backups], rehearsal.environment.backup)
      // The command names the directory it wrote; it must be the one new entry in --out.
      const written = /^Backup written to (.+)$/m.exec(report)?.[1]
      expect(written, report).toBeTruthy()
      expect(fs.readdirSync(backups), report).toEqual([path.basename(written!)])
      const backup = path.basename(written!)

      rehearsal.postgres.createDatabase('restored')
      const restoredData = path.join(backups, 'restored-data')
      const restoredUri = rehearsal.postgres.uri('restored')
      rehearsal.runTask('restore', [path.join(backups, backup)], {
        DATABASE_URI: restoredUri,
        TOOLKIT_DATA_DIR: restoredData,
      })
      // Every table, row for row, and every uploaded file, byte for byte.
      expect(await databaseContents(restoredUri)).toEqual(before)
      const files = (dir: string) =>
        Object.fromEntries(
          (fs.readdirSync(dir, { recursive: true }) as string[])
            .filter((file) => fs.statSync(path.join(dir, file)).isFile())
            .sort()
            .map((file) => [
              file,
              crypto
                .createHash('sha256')
                .update(fs.readFileSync(path.join(dir, file)))
                .digest('hex'),
            ]),
        )
      const uploads = files(path.join(rehearsal.environment.backup.TOOLKIT_DATA_DIR!, 'media'))
      expect(Object.keys(uploads).length).toBeGreaterThan(0)
      expect(files(path.join(restoredData, 'media'))).toEqual(uploads)
    } finally {
      fs.rmSync(backups, { recursive: true, force: true })
    }
  }, 600_000)
})

/** Rows from the rehearsal's PostgreSQL, for what no REST endpoint shows (the jobs queue). */
async function query(uri: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

/** Every table in the database and a digest of its rows, in a stable order. */
async function databaseContents(uri: string): Promise<Record<string, { rows: number; digest: string }>> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const tables = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    )
    const contents: Record<string, { rows: number; digest: string }> = {}
    for (const { name } of tables.rows) {
      const rows = await client.query<{ row: string }>(`SELECT t::text AS row FROM "${name}" t`)
      const sorted = rows.rows.map(({ row }) => row).sort()
      contents[name] = {
        rows: sorted.length,
        digest: crypto.createHash('sha256').update(sorted.join('\n')).digest('hex'),
      }
    }
    return contents
  } finally {
    await client.end()
  }
}

describe('the README’s Deploying section', () => {
  it('names exactly the variables the rehearsal sets', async () => {
    const readme = fs.readFileSync(path.resolve('README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('## Deploying'))
    const named = new Set([...section.matchAll(/`([A-Z][A-Z0-9_]{2,})(?:=[^`]*)?`/g)].map((match) => match[1]!))
    const set = new Set(Object.values(rehearsal.environment).flatMap((variables) => Object.keys(variables)))
    // Set by netlify.toml itself (NODE_VERSION, NPM_FLAGS), by the backup from DATABASE_URI
    // (PGPASSWORD), or the machine's own (PATH).
    for (const name of ['NODE_VERSION', 'NPM_FLAGS', 'PGPASSWORD', 'PATH']) named.delete(name)
    expect([...named].filter((name) => !set.has(name)).sort()).toEqual([])
    expect([...set].filter((name) => !named.has(name)).sort()).toEqual([])
  })
})
