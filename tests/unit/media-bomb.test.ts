import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'

import { assembleSnapshot, emptyPublishedContent } from '../../scripts/lib/export'
import { MAX_INPUT_PIXELS, MediaError, publishMedia } from '../../scripts/lib/media-publish'
import type { SnapshotMedia } from '../../scripts/lib/snapshot-schema'

/**
 * Decompression bombs: a PNG of a few kilobytes can declare a huge image. Publishing must refuse it
 * with a message naming the media item, before decoding it, and go on working.
 */
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A valid 1-bit greyscale PNG of the given size, all black: tiny on disk, huge once decoded. */
function blackPng(width: number, height: number, { truncated = false } = {}): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.writeUInt8(1, 8) // bit depth
  header.writeUInt8(0, 9) // greyscale
  const rowBytes = 1 + Math.ceil(width / 8) // filter byte + pixels
  const pixels = truncated ? zlib.deflateSync(Buffer.alloc(rowBytes)) : zlib.deflateSync(Buffer.alloc(rowBytes * height), { level: 9 })
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))])
}

const uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-media-bomb-'))
afterAll(() => fs.rmSync(uploads, { recursive: true, force: true }))

function item(id: string, filename: string, width: number, height: number): SnapshotMedia {
  return { id, filename, mimeType: 'image/png', filesize: null, width, height, url: `/api/media/file/${filename}`, sizes: {}, alt: { fi: 'Kuva', en: null, sv: null } }
}

async function publish(media: SnapshotMedia[]) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-media-bomb-out-'))
  try {
    return await publishMedia({ ...assembleSnapshot('local', emptyPublishedContent()), media }, outDir, { localDir: uploads })
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
    await expect(attempt).rejects.toThrow(new RegExp(`"${filename}" \\(id 41\\).*${width} × ${height} pixels.*more than`))
  })

  it('still publishes an ordinary image', async () => {
    fs.writeFileSync(path.join(uploads, 'kuva.png'), await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#6f2c91' } }).png().toBuffer())
    await expect(publish([item('42', 'kuva.png', 2400, 1600)])).resolves.toMatchObject({ files: 1 })
  })
})
