import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dataDir } from '../../scripts/lib/env'
import { assembleSnapshot, readPublishedLocal } from '../../scripts/lib/export'
import { publishMedia } from '../../site/integrations/media-publish'
import { startPayload } from '../../scripts/lib/payload'
import { richTextWithUpload } from '../helpers/rich-text'

// Only uploads that published documents use reach the site: an upload referenced by nothing, or
// only by a draft, is neither in the snapshot nor downloaded and copied into the built site.
let payload: Payload
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-media-referenced-'))

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload?.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
})

async function upload(name: string, colour: string) {
  const data = await sharp({ create: { width: 40, height: 30, channels: 3, background: colour } })
    .png()
    .toBuffer()
  return payload.create({
    collection: 'media',
    data: { alt: `Kuva ${name}` },
    file: { data, name: `${name}.png`, mimetype: 'image/png', size: data.length },
  })
}

const post = (slug: string, mediaId: number | string) => ({
  title: `Kirjoitus ${slug}`,
  slug,
  type: 'article',
  date: '2026-11-01T00:00:00.000Z',
  author: 'Toimitus',
  excerpt: 'Tiivistelmä',
  body: richTextWithUpload(mediaId),
})

describe('media on the site', () => {
  it('are only those that published documents reference', async () => {
    const published = await upload('julkaistu', '#00703c') // A: in a published post
    const draftOnly = await upload('luonnos', '#6f2c91') // B: only in a draft-only post
    const unreferenced = await upload('irrallinen', '#0b5394') // C: in nothing
    const laterDraft = await upload('myohempi', '#b00020') // D: only in a newer draft of a published post

    await payload.create({
      collection: 'posts',
      data: { ...post('julkaistu', published.id), _status: 'published' } as never,
    })
    await payload.create({
      collection: 'posts',
      draft: true,
      data: { ...post('luonnos', draftOnly.id), _status: 'draft' } as never,
    })
    const live = await payload.create({
      collection: 'posts',
      data: { ...post('paivittyva', published.id), _status: 'published' } as never,
    })
    await payload.update({
      collection: 'posts',
      id: live.id,
      draft: true,
      data: { body: richTextWithUpload(laterDraft.id), _status: 'draft' } as never,
    })

    const snapshot = assembleSnapshot('local', await readPublishedLocal(payload))
    expect(snapshot.collections.posts.map((doc) => doc.slug).sort()).toEqual(['julkaistu', 'paivittyva'])
    expect(snapshot.media.map((item) => item.id)).toEqual([String(published.id)])

    const outDir = path.join(dir, 'dist')
    await publishMedia(snapshot, outDir, { localDir: path.join(dataDir, 'media') })
    expect(fs.readdirSync(path.join(outDir, 'media'))).toEqual([String(published.id)])
    for (const other of [draftOnly, unreferenced, laterDraft])
      expect(fs.existsSync(path.join(outDir, 'media', String(other.id)))).toBe(false)
  }, 180_000)
})
