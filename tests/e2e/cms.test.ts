import type { ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../../scripts/lib/net'
import type { Snapshot } from '@toolkit/contract/snapshot'
import { launchBrowser } from '../helpers/browser'

// The production CMS server (next build + cms/server.ts) on a fresh, migrated and seeded SQLite
// file: what `npm start` serves. The admin build is reused when its sources have not changed.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-cms-'))
const env = {
  ...process.env,
  TOOLKIT_DATA_DIR: dir,
  DATABASE_URI: `file:${path.join(dir, 'payload.db')}`,
  PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
}
Object.assign(process.env, env)

let server: { child: ChildProcess; url: string }
let browser: Browser
let localSnapshot: Snapshot

beforeAll(async () => {
  const { startPayload } = await import('../../scripts/lib/payload')
  const { seedContent } = await import('../../scripts/lib/seed')
  const { buildAdminIfStale, startCms } = await import('../../scripts/lib/cms-server')
  const { assembleSnapshot, readPublishedLocal } = await import('../../scripts/lib/export')
  const payload = await startPayload()
  await seedContent(payload, path.resolve('tests/fixtures/content'))
  await payload.create({
    collection: 'components',
    draft: true,
    data: { title: 'Keskeneräinen', slug: 'keskenerainen', summary: 'Luonnos', _status: 'draft' },
  })
  const scheduled = await payload.create({
    collection: 'components',
    draft: true,
    data: { title: 'Ajastettu', slug: 'ajastettu', summary: 'Julkaistaan ajastetusti', _status: 'draft' },
  })
  // Due in the past by the time the server runs: its job runner must publish it on its own.
  await payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: new Date(Date.now() + 1000),
    input: { type: 'publish', doc: { relationTo: 'components', value: scheduled.id } },
  })
  localSnapshot = assembleSnapshot('local', await readPublishedLocal(payload))
  await payload.destroy()
  buildAdminIfStale(() => {})
  server = await startCms(await freePort(), env)
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  // The server's database is in dir: let it exit before the folder goes.
  if (server) await (await import('../../scripts/lib/cms-server')).stopCms(server.child)
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('CMS server', () => {
  it('serves the admin, which asks for the first user when there is none (no default password)', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/admin`)
    await page.waitForURL(/\/admin\/create-first-user/, { timeout: 60_000 })
    expect(await page.locator('input[name="email"]').count()).toBe(1)
    await page.close()
  })

  it('serves published documents to anonymous REST readers and hides drafts', async () => {
    const response = await fetch(`${server.url}/api/components?depth=0&limit=100&where[slug][not_equals]=ajastettu`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { docs: { slug: string }[] }
    expect(body.docs.map((doc) => doc.slug).sort()).toEqual(['kiertava-digitukihenkilo', 'virtuaaliverstas'])
  })

  it('publishes a scheduled document by itself (the server runs the jobs queue)', async () => {
    const deadline = Date.now() + 45_000
    let slugs: string[] = []
    while (Date.now() < deadline) {
      const body = (await (await fetch(`${server.url}/api/components?depth=0&limit=100`)).json()) as {
        docs: { slug: string }[]
      }
      slugs = body.docs.map((doc) => doc.slug)
      if (slugs.includes('ajastettu')) break
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
    expect(slugs).toContain('ajastettu')
  })

  it('exports over REST exactly what the Local API exports', async () => {
    const { assembleSnapshot, readPublishedRest } = await import('../../scripts/lib/export')
    const remote = assembleSnapshot('rest', await readPublishedRest(server.url))
    // The scheduled document has been published since the local export; compare the rest.
    expect(remote.collections.components.filter((c) => c.slug !== 'ajastettu')).toEqual(
      localSnapshot.collections.components,
    )
    expect(localSnapshot.collections.components).toHaveLength(2)
  })

  it("keeps an editor's draft edit out of the REST export until it is published", async () => {
    const { assembleSnapshot, readPublishedRest } = await import('../../scripts/lib/export')
    const json = { 'content-type': 'application/json' }
    const credentials = { email: 'editor@example.org', password: 'Pitka-testisalasana-42' }
    const registered = await fetch(`${server.url}/api/users/first-register`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ ...credentials, 'confirm-password': credentials.password }),
    })
    expect(registered.status).toBe(200)
    const { token } = (await registered.json()) as { token: string }
    const auth = { ...json, authorization: `JWT ${token}` }
    const id = localSnapshot.collections.components.find((c) => c.slug === 'virtuaaliverstas')!.id

    const draft = await fetch(`${server.url}/api/components/${id}?draft=true&locale=fi`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ title: 'Luonnos REST-rajapinnasta' }),
    })
    expect(draft.status).toBe(200)
    const beforePublish = assembleSnapshot('rest', await readPublishedRest(server.url))
    expect(JSON.stringify(beforePublish)).not.toContain('Luonnos REST-rajapinnasta')

    const publish = await fetch(`${server.url}/api/components/${id}?locale=fi`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ title: 'Luonnos REST-rajapinnasta', _status: 'published' }),
    })
    expect(publish.status).toBe(200)
    const afterPublish = assembleSnapshot('rest', await readPublishedRest(server.url))
    expect(afterPublish.collections.components.find((c) => c.slug === 'virtuaaliverstas')!.content.fi.title).toBe(
      'Luonnos REST-rajapinnasta',
    )
  })

  it('answers repeated anonymous reads from its cache, never serves it to signed-in users, and drops it on every change', async () => {
    const list = `${server.url}/api/components?depth=0&locale=fi&where[_status][equals]=published`
    await fetch(list)
    const again = await fetch(list)
    expect(again.headers.get('x-read-cache')).toBe('hit')
    // Answered by cms/server.ts before Next: a whole body with its length, not Next's chunked stream.
    expect(again.headers.get('content-length')).toMatch(/^\d+$/)
    expect(again.headers.get('transfer-encoding')).toBeNull()
    const listed = (await again.json()) as { docs: { id: number; title: string }[] }

    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@example.org', password: 'Pitka-testisalasana-42' }),
    })
    const { token } = (await login.json()) as { token: string }
    const auth = { 'content-type': 'application/json', authorization: `JWT ${token}` }
    expect((await fetch(list, { headers: auth })).headers.get('x-read-cache')).toBeNull()

    // An editor publishes a change: the very next anonymous read shows it.
    const target = listed.docs[0]!
    const changed = await fetch(`${server.url}/api/components/${target.id}?locale=fi`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ title: 'Välimuistin ohi', _status: 'published' }),
    })
    expect(changed.status).toBe(200)
    const fresh = await fetch(list)
    expect(fresh.headers.get('x-read-cache')).toBe('miss')
    expect(((await fresh.json()) as typeof listed).docs.find((doc) => doc.id === target.id)!.title).toBe(
      'Välimuistin ohi',
    )
  })

  it('signs in through the admin form and saves a draft from the browser (cookies pass the CSRF check)', async () => {
    const id = localSnapshot.collections.components.find((c) => c.slug === 'kiertava-digitukihenkilo')!.id
    const page = await browser.newPage()
    try {
      await page.goto(`${server.url}/admin/login`)
      await page.locator('input[name="email"]').fill('editor@example.org')
      await page.locator('input[name="password"]').fill('Pitka-testisalasana-42')
      await page.locator('button[type="submit"]').click()
      await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
      await page.goto(`${server.url}/admin/collections/components/${id}`)
      const title = page.locator('input[name="title"]')
      await title.waitFor({ timeout: 60_000 })
      await title.fill('Selaimen luonnos')
      const saved = page.waitForResponse(
        (response) => response.url().includes(`/api/components/${id}`) && response.request().method() === 'PATCH',
        { timeout: 60_000 },
      )
      await page.locator('#action-save-draft').click()
      expect((await saved).status()).toBe(200)
    } finally {
      await page.close()
    }
    const anonymous = (await (await fetch(`${server.url}/api/components/${id}?locale=fi`)).json()) as { title: string }
    expect(anonymous.title).not.toBe('Selaimen luonnos')
  })

  it('does not list users to anonymous readers', async () => {
    const response = await fetch(`${server.url}/api/users`)
    expect(response.status).toBe(403)
  })
})
