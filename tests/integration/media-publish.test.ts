import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dataDir } from '../../scripts/lib/env'
import { assembleSnapshot, readPublishedLocal, writeSnapshot } from '../../scripts/lib/export'
import { MAX_IMAGE_WIDTH } from '../../site/integrations/media-publish'
import { startPayload } from '../../scripts/lib/payload'
import { BuildError, buildSite } from '../../scripts/lib/site-build'
import { detailPath } from '@toolkit/contract/routes'
import { publishSiteSettings } from '../helpers/site-settings'

// An image an editor uploads for a cheat-sheet step reaches the static site as the site's own,
// optimised file: pages never load anything from the CMS's host.
let payload: Payload
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-media-'))

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload?.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('published media', () => {
  it('are copied into the built site, scaled down and without their metadata, and pages point to them', async () => {
    // A large photo with camera data, as phones take them.
    const photo = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: '#00703c' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'PhoneMaker', Model: 'Phone 1' } })
      .toBuffer()
    expect((await sharp(photo).metadata()).exif).toBeDefined()
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Kela-sovelluksen etusivu' },
      file: { data: photo, name: 'etusivu.jpg', mimetype: 'image/jpeg', size: photo.length },
    })
    await payload.create({
      collection: 'cheat-sheets',
      data: {
        title: 'Näin kirjaudut',
        slug: 'nain-kirjaudut',
        task: 'Kirjaudut palveluun.',
        steps: [{ text: 'Avaa sovellus.', image: media.id }],
        _status: 'published',
      } as never,
    })
    await publishSiteSettings(payload)
    const snapshotFile = path.join(dir, 'snapshot.json')
    writeSnapshot(assembleSnapshot('local', await readPublishedLocal(payload)), snapshotFile)

    const built = await buildSite(snapshotFile, path.join(dir, 'dist'))
    const html = fs.readFileSync(
      path.join(built.outDir, detailPath('fi', 'cheat-sheets', 'nain-kirjaudut'), 'index.html'),
      'utf8',
    )
    const img = /<img [^>]*>/.exec(html)?.[0] ?? ''
    const src = /src="([^"]+)"/.exec(img)?.[1] ?? ''
    expect(src).toMatch(new RegExp(`^/media/${media.id}/`))
    expect(img).toContain('alt="Kela-sovelluksen etusivu"')
    // Every file the srcset names is in the site.
    const srcset = /srcset="([^"]+)"/
      .exec(img)![1]!
      .split(', ')
      .map((entry) => entry.split(' ')[0]!)
    expect(srcset.length).toBeGreaterThanOrEqual(3)
    for (const file of [src, ...srcset]) expect(fs.existsSync(path.join(built.outDir, file)), file).toBe(true)
    // No address of the CMS anywhere in the page.
    expect(html).not.toContain('/api/media/')

    const published = await sharp(fs.readFileSync(path.join(built.outDir, src))).metadata()
    expect(published.width).toBe(MAX_IMAGE_WIDTH)
    expect(published.exif).toBeUndefined()
  }, 180_000)

  it('stop the build with the file named when an upload is missing, leaving the site as it was', async () => {
    const outDir = path.join(dir, 'dist')
    const before = fs.readFileSync(path.join(outDir, 'fi', 'index.html'), 'utf8')
    const uploads = path.join(dataDir, 'media')
    const original = fs.readdirSync(uploads).find((name) => /^etusivu\.\w+$/.test(name))!
    fs.renameSync(path.join(uploads, original), path.join(dir, original))
    try {
      const failure = buildSite(path.join(dir, 'snapshot.json'), outDir)
      await expect(failure).rejects.toThrow(BuildError)
      await expect(failure).rejects.toThrow(new RegExp(`${original.replace('.', '\\.')}.*missing`))
      expect(fs.readFileSync(path.join(outDir, 'fi', 'index.html'), 'utf8')).toBe(before)
    } finally {
      fs.renameSync(path.join(dir, original), path.join(uploads, original))
    }
  }, 180_000)
})
