import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PreviewServer } from '../../scripts/lib/preview'

// The editors' draft preview: the site's own pages built from drafts, refreshed by the CMS on save.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-preview-'))
Object.assign(process.env, {
  TOOLKIT_DATA_DIR: dir,
  DATABASE_URI: `file:${path.join(dir, 'payload.db')}`,
  PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
  PREVIEW_DEBOUNCE_MS: '50',
})

let payload: Payload
let preview: PreviewServer
let componentId: number | string

async function text(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url)
  return { status: response.status, body: await response.text() }
}

/** The preview rebuilds in the background after a save: wait until the page shows `expected`. */
async function eventually(url: string, expected: string): Promise<string> {
  const deadline = Date.now() + 120_000
  for (;;) {
    const { status, body } = await text(url)
    if (status === 200 && body.includes(expected)) return body
    if (Date.now() > deadline) throw new Error(`${url} never showed "${expected}" (last status ${status})`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

beforeAll(async () => {
  const { startPayload } = await import('../../scripts/lib/payload')
  const { seedContent } = await import('../../scripts/lib/seed')
  const { startPreview } = await import('../../scripts/lib/preview')
  payload = await startPayload()
  await seedContent(payload, path.resolve('tests/fixtures/content'))
  const found = await payload.find({ collection: 'components', where: { slug: { equals: 'virtuaaliverstas' } } })
  componentId = found.docs[0]!.id
  await payload.update({
    collection: 'components',
    id: componentId,
    draft: true,
    locale: 'fi',
    data: { title: 'Luonnos esikatseluun' },
  })
  preview = await startPreview(payload, path.join(dir, 'preview'))
  await preview.rebuild()
}, 240_000)

afterAll(async () => {
  preview?.server.close()
  await payload?.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('draft preview', () => {
  it("opens the document from the admin's preview link, in the site's design, with its draft text", async () => {
    const { previewUrl } = await import('../../cms/src/hooks/preview')
    process.env.PREVIEW_URL = preview.url
    const link = previewUrl('components', 'virtuaaliverstas', 'fi')!
    const redirect = await fetch(link, { redirect: 'manual' })
    expect(redirect.status).toBe(302)
    expect(redirect.headers.get('location')).toBe('/fi/toimintamalli/virtuaaliverstas/')
    const { status, body } = await text(new URL(redirect.headers.get('location')!, preview.url).href)
    expect(status).toBe(200)
    expect(body).toContain('Luonnos esikatseluun')
    expect(body).toContain('class="preview-banner"')
    expect(body).toContain('<meta name="robots" content="noindex"')
  })

  it('never lets the draft into the published snapshot', async () => {
    const { assembleSnapshot, readPublishedLocal } = await import('../../scripts/lib/export')
    const published = assembleSnapshot('local', await readPublishedLocal(payload))
    expect(JSON.stringify(published)).not.toContain('Luonnos esikatseluun')
  })

  it('says it is building while a rebuild runs, instead of serving a half-written site', async () => {
    const building = preview.rebuild()
    const { status, body } = await text(`${preview.url}/fi/toimintamalli/virtuaaliverstas/`)
    expect(status).toBe(503)
    expect(body).toContain('http-equiv="refresh"')
    await building
    expect((await text(`${preview.url}/fi/toimintamalli/virtuaaliverstas/`)).status).toBe(200)
  })

  it('rebuilds by itself when the CMS saves a draft', async () => {
    const { previewBuildSettled } = await import('../../cms/src/hooks/siteBuild')
    process.env.PREVIEW_BUILD_URL = preview.buildUrl
    try {
      await payload.update({
        collection: 'components',
        id: componentId,
        draft: true,
        locale: 'fi',
        data: { title: 'Toinen luonnos' },
      })
      await previewBuildSettled()
      const page = await eventually(`${preview.url}/fi/toimintamalli/virtuaaliverstas/`, 'Toinen luonnos')
      expect(page).toContain('preview-banner')
    } finally {
      delete process.env.PREVIEW_BUILD_URL
    }
  })

  it('refuses anything but POST on the rebuild endpoint, and a POST without its secret token', async () => {
    expect((await fetch(`${preview.url}/__preview/rebuild`)).status).toBe(405)
    expect((await fetch(`${preview.url}/__preview/rebuild`, { method: 'POST' })).status).toBe(403)
    expect((await fetch(`${preview.url}/__preview/rebuild?token=guess`, { method: 'POST' })).status).toBe(403)
  })

  it('shows every other draft when one is incomplete, the published version of that one, and tells the editor why', async () => {
    // Payload saves drafts without checking required fields: the snapshot schema refuses these two.
    const published = await payload.find({
      collection: 'components',
      where: { slug: { equals: 'kiertava-digitukihenkilo' } },
    })
    await payload.update({
      collection: 'components',
      id: published.docs[0]!.id,
      draft: true,
      locale: 'fi',
      data: { summary: '' },
    })
    await payload.create({
      collection: 'components',
      draft: true,
      locale: 'fi',
      data: { title: 'Keskeneräinen luonnos', slug: 'keskenerainen' } as never,
    })
    await preview.rebuild()

    expect(preview.leftOut().map(({ slug, shown }) => ({ slug, shown }))).toEqual(
      expect.arrayContaining([
        { slug: 'kiertava-digitukihenkilo', shown: 'published version' },
        { slug: 'keskenerainen', shown: 'nothing' },
      ]),
    )
    // The preview was built: the other draft is in it, and the incomplete one shows as published.
    const other = await text(`${preview.url}/fi/toimintamalli/virtuaaliverstas/`)
    expect(other.status).toBe(200)
    expect(other.body).toContain('Toinen luonnos')
    expect(other.body).toContain('href="/__preview/status?lang=fi"')
    const fallback = await text(`${preview.url}/fi/toimintamalli/kiertava-digitukihenkilo/`)
    expect(fallback.status).toBe(200)
    expect(fallback.body).toContain(String((published.docs[0] as { summary?: string }).summary).slice(0, 40))

    const status = await text(`${preview.url}/__preview/status`)
    expect(status.body).toContain('Keskeneräinen luonnos')
    expect(status.body).toMatch(/summary/)
    const { previewUrl } = await import('../../cms/src/hooks/preview')
    process.env.PREVIEW_URL = preview.url
    const opened = await text(previewUrl('components', 'keskenerainen', 'fi')!)
    expect(opened.status).toBe(200)
    expect(opened.body).toContain('Tätä luonnosta ei näytetä tallennetun mukaisena')
    expect(opened.body).toMatch(/summary/)
  })

  it('a preview build beside a production build never mixes their content (each has its own Astro cache and data store)', async () => {
    const { assembleSnapshot, readPublishedLocal, writeSnapshot } = await import('../../scripts/lib/export')
    const { buildSite } = await import('../../scripts/lib/site-build')
    const publishedSnapshot = path.join(dir, 'published.json')
    writeSnapshot(assembleSnapshot('local', await readPublishedLocal(payload)), publishedSnapshot)
    const productionDir = path.join(dir, 'production-dist')
    const previewDir = path.join(dir, 'preview-copy-dist')
    await Promise.all([
      buildSite(publishedSnapshot, productionDir),
      buildSite(path.join(dir, 'preview', 'snapshot.json'), previewDir),
    ])

    const page = (root: string) =>
      fs.readFileSync(path.join(root, 'fi', 'toimintamalli', 'virtuaaliverstas', 'index.html'), 'utf8')
    expect(page(productionDir)).not.toContain('Toinen luonnos')
    expect(page(previewDir)).toContain('Toinen luonnos')
    expect(page(previewDir)).toContain('class="preview-banner"')
    expect(page(productionDir)).not.toContain('class="preview-banner"')
  }, 300_000)

  it('answers only at its own address (DNS rebinding) and answers a malformed path with 400', async () => {
    const { request } = await import('node:http')
    const get = (headers: Record<string, string>, requestPath = '/fi/') =>
      new Promise<number>((resolve, reject) => {
        const url = new URL(preview.url)
        request({ host: url.hostname, port: url.port, path: requestPath, headers }, (response) => {
          response.resume()
          resolve(response.statusCode!)
        })
          .on('error', reject)
          .end()
      })
    const port = new URL(preview.url).port
    expect(await get({ host: `evil.example:${port}` })).toBe(421)
    expect(await get({ host: `localhost:${port}` })).toBe(200)
    expect(await get({ host: `localhost:${port}` }, '//')).toBeLessThan(500)
    expect(await get({ host: `localhost:${port}` }, '/%')).toBe(400)
  })
})

describe('hosted preview (npm run preview, beside a hosted CMS)', () => {
  const secret = crypto.randomBytes(32).toString('hex')
  const cmsOrigin = 'https://cms.example.org'
  let hosted: PreviewServer
  const saved = { url: process.env.PREVIEW_URL, secret: process.env.PREVIEW_SECRET }

  beforeAll(async () => {
    const { startPreview } = await import('../../scripts/lib/preview')
    const { freePort } = await import('../../scripts/lib/net')
    const port = await freePort()
    hosted = await startPreview(payload, path.join(dir, 'hosted'), port, {
      cmsOrigins: [cmsOrigin],
      hosted: { host: '127.0.0.1', publicUrl: `http://localhost:${port}`, secret },
    })
    await hosted.rebuild()
    Object.assign(process.env, { PREVIEW_URL: hosted.url, PREVIEW_SECRET: secret })
    delete process.env.PREVIEW_BUILD_URL
  }, 300_000)

  afterAll(() => {
    hosted?.server.close()
    for (const [name, value] of [
      ['PREVIEW_URL', saved.url],
      ['PREVIEW_SECRET', saved.secret],
    ] as const)
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
  })

  const get = (pathname: string, headers: Record<string, string> = {}) =>
    fetch(new URL(pathname, hosted.url), { headers, redirect: 'manual' })
  const draftPage = '/fi/toimintamalli/virtuaaliverstas/'

  it('shows no draft to a browser that did not come through a link the CMS signed', async () => {
    const { signPreviewToken } = await import('@toolkit/contract/preview-access')
    const forged = signPreviewToken('x'.repeat(64), 'session', 3600)
    const linkAsCookie = signPreviewToken(secret, 'link', 3600)
    const attempts: [string, Record<string, string>][] = [
      [draftPage, {}],
      ['/__preview/status', {}],
      ['/__preview/open?type=components&slug=virtuaaliverstas&locale=fi', {}],
      [`${draftPage}?access=${forged}`, {}],
      [draftPage, { cookie: `toolkit-preview=${forged}` }],
      [draftPage, { cookie: `toolkit-preview=${linkAsCookie}` }],
      [draftPage, { cookie: 'toolkit-preview=1.AAAA; toolkit-preview=' }],
    ]
    for (const [pathname, headers] of attempts) {
      const answer = await get(pathname, headers)
      const body = await answer.text()
      expect({ pathname, headers, status: answer.status }).toEqual({ pathname, headers, status: 401 })
      expect(body).toContain('Esikatselu on vain toimittajille')
      expect(body).not.toMatch(/Luonnos esikatseluun|Toinen luonnos/)
    }
  })

  it("lets an editor in through the admin's signed link, and keeps the signature out of the address", async () => {
    const { previewUrl } = await import('../../cms/src/hooks/preview')
    const link = previewUrl('components', 'virtuaaliverstas', 'fi')!
    expect(link).toContain('access=')
    const opened = await fetch(link, { redirect: 'manual' })
    expect(opened.status).toBe(303)
    const cookie = opened.headers.get('set-cookie')!
    expect(cookie).toMatch(/^toolkit-preview=[^;]+; Path=\/; HttpOnly; Max-Age=\d+; SameSite=Lax$/)
    const location = opened.headers.get('location')!
    expect(location).not.toContain('access=')
    const session = { cookie: cookie.split(';')[0]! }
    const redirect = await get(location, session)
    expect(redirect.status).toBe(302)
    expect(redirect.headers.get('location')).toBe(draftPage)
    const page = await get(draftPage, session)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('Toinen luonnos')
    // The admin's Live Preview pane may frame it; no other site may.
    expect(page.headers.get('content-security-policy')).toContain(`frame-ancestors ${cmsOrigin}`)
    expect(page.headers.get('x-frame-options')).toBeNull()
    // The page follows each save: its script reloads it when a newer build is ready.
    expect(html).toContain('<script src="/__preview/live.js" defer></script>')
    const script = await get('/__preview/live.js')
    expect(script.headers.get('content-type')).toMatch(/javascript/)
  })

  it('answers only at its public address', async () => {
    const { request } = await import('node:http')
    const port = new URL(hosted.url).port
    const status = await new Promise<number>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path: draftPage, headers: { host: `127.0.0.1:${port}` } }, (response) => {
        response.resume()
        resolve(response.statusCode!)
      })
        .on('error', reject)
        .end()
    })
    expect(status).toBe(421)
  })

  it('rebuilds when the CMS calls the address it derives from the shared secret, and for nobody else', async () => {
    const { previewBuildUrl } = await import('../../cms/src/hooks/preview')
    const version = async () => ((await (await get('/__preview/version')).json()) as { build: number }).build
    const before = await version()
    const wrong = new URL(previewBuildUrl()!)
    wrong.searchParams.set('token', 'guess')
    expect((await fetch(wrong, { method: 'POST' })).status).toBe(403)
    expect((await fetch(previewBuildUrl()!, { method: 'POST' })).status).toBe(202)
    await expect.poll(version, { timeout: 240_000, interval: 1_000 }).toBeGreaterThan(before)
  }, 300_000)
})
