import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'

import { assembleSnapshot, emptyPublishedContent } from '../../scripts/lib/export'
import { MAX_INPUT_PIXELS, MediaError, publishMedia } from '../../site/integrations/media-publish'
import type { SnapshotMedia } from '@toolkit/contract/snapshot'
import { blackPng } from '../helpers/png'

/**
 * Decompression bombs: a PNG of a few kilobytes can declare a huge image. Publishing must refuse it
 * with a message naming the media item, before decoding it, and go on working.
 */
const uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-media-bomb-'))
afterAll(() => fs.rmSync(uploads, { recursive: true, force: true }))

function item(id: string, filename: string, width: number, height: number): SnapshotMedia {
  return {
    id,
    filename,
    mimeType: 'image/png',
    filesize: null,
    width,
    height,
    url: `/api/media/file/${filename}`,
    sizes: {},
    alt: { fi: 'Kuva', en: null, sv: null },
  }
}

async function publish(media: SnapshotMedia[]) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-media-bomb-out-'))
  try {
    return await publishMedia({ ...assembleSnapshot('local', emptyPublishedContent()), media }, outDir, {
      localDir: uploads,
    })
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true })
  }
}

describe('media publishing and decompression bombs', () => {
  it('has an explicit pixel limit well below sharp’s default of 268 megapixels', () => {
    expect(MAX_INPUT_PIXELS).toBeLessThanOrEqual(50_000_000)
    expect(MAX_INPUT_PIXELS).toBeGreaterThanOrEqual(4000 * 3000)
  })

  it.each([
    ['8000 × 8000 (64 megapixels, under sharp’s default limit)', 8000, 8000, false],
    ['20000 × 20000 (400 megapixels, only the header)', 20_000, 20_000, true],
  ])('refuses a PNG of %s with a message naming the media item', async (_name, width, height, truncated) => {
    const filename = `bomb-${width}.png`
    const png = blackPng(width, height, { truncated })
    expect(png.length).toBeLessThan(100_000)
    fs.writeFileSync(path.join(uploads, filename), png)
    const attempt = publish([item('41', filename, width, height)])
    await expect(attempt).rejects.toThrow(MediaError)
    await expect(attempt).rejects.toThrow(
      new RegExp(`"${filename}" \\(id 41\\).*${width} × ${height} pixels.*more than`),
    )
  })

  it('still publishes an ordinary image', async () => {
    fs.writeFileSync(
      path.join(uploads, 'kuva.png'),
      await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#6f2c91' } })
        .png()
        .toBuffer(),
    )
    await expect(publish([item('42', 'kuva.png', 2400, 1600)])).resolves.toMatchObject({ files: 1 })
  })
})
