import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
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

  it('an editor saves a draft, sees it in the Live Preview pane, publishes, and Netlify’s build shows it', async () => {
    const title = `Harjoitus ${crypto.randomBytes(2).toString('hex')}`
    const context = await browser.newContext({ locale: 'fi-FI', viewport: { width: 1400, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${rehearsal.cmsUrl}/admin/login`)
    await page.fill('#field-email', rehearsal.editor.email)
    await page.fill('#field-password', rehearsal.editor.password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })

    await page.goto(`${rehearsal.cmsUrl}/admin/collections/components/create`)
    await page.locator('#field-title').fill(title)
    await page.locator('#field-summary').fill('Harjoituksen tiivistelmä.')
    await page.locator('#action-save-draft').click()
    await page.waitForURL(/\/components\/\d+/, { timeout: 60_000 })

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
    await context.close()
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
})

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
