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
  await payload.update({ collection: 'components', id: componentId, draft: true, locale: 'fi', data: { title: 'Luonnos esikatseluun' } })
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
    process.env.PREVIEW_BUILD_URL = `${preview.url}/__preview/rebuild`
    try {
      await payload.update({ collection: 'components', id: componentId, draft: true, locale: 'fi', data: { title: 'Toinen luonnos' } })
      await previewBuildSettled()
      const page = await eventually(`${preview.url}/fi/toimintamalli/virtuaaliverstas/`, 'Toinen luonnos')
      expect(page).toContain('preview-banner')
    } finally {
      delete process.env.PREVIEW_BUILD_URL
    }
  })

  it('refuses anything but POST on the rebuild endpoint', async () => {
    expect((await fetch(`${preview.url}/__preview/rebuild`)).status).toBe(405)
  })
})
