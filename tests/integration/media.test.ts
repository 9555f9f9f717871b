import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload } from '../../scripts/lib/payload'

// Uploads are judged by their content, not their name; images carry alt text and get small renditions.
let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

const png = () =>
  sharp({ create: { width: 1600, height: 900, channels: 3, background: '#0b5394' } })
    .png()
    .toBuffer()
const file = (data: Buffer, name: string, mimetype: string) => ({ data, name, mimetype, size: data.length })

async function mediaCount() {
  return (await payload.count({ collection: 'media' })).totalDocs
}

describe('media uploads', () => {
  it('stores a real PNG with its alt text and makes smaller WebP renditions', async () => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Sininen kuva' },
      file: file(await png(), 'kuva.png', 'image/png'),
    })
    expect(doc.alt).toBe('Sininen kuva')
    expect(doc.sizes?.thumbnail?.width).toBe(320)
    expect(doc.sizes?.card?.width).toBe(768)
    expect(doc.sizes?.thumbnail?.mimeType).toBe('image/webp')
  })

  it('refuses an image without alt text and writes nothing', async () => {
    const before = await mediaCount()
    await expect(
      payload.create({ collection: 'media', data: {} as never, file: file(await png(), 'kuva.png', 'image/png') }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'alt' })] } })
    expect(await mediaCount()).toBe(before)
  })

  it('refuses a file named .png that is not a PNG', async () => {
    const before = await mediaCount()
    const fake = Buffer.from('<html><script>alert(1)</script></html>')
    // The content is sniffed (it is XML/HTML), whatever the name and the declared type say.
    await expect(
      payload.create({ collection: 'media', data: { alt: 'x' }, file: file(fake, 'kuva.png', 'image/png') }),
    ).rejects.toThrow(/invalid/i)
    expect(await mediaCount()).toBe(before)
  })

  it('refuses SVG, which can carry scripts', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    await expect(
      payload.create({ collection: 'media', data: { alt: 'x' }, file: file(svg, 'kuva.svg', 'image/svg+xml') }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'file' })] } })
  })
})

describe('upload size limit', () => {
  it('refuses a file over 10 MB with a message that names the file field, and writes nothing', async () => {
    const before = await mediaCount()
    // A real PNG padded past the limit: the size, not the content, is what is refused.
    const big = Buffer.concat([await png(), Buffer.alloc(10 * 1024 * 1024)])
    await expect(
      payload.create({ collection: 'media', data: { alt: 'Iso' }, file: file(big, 'iso.png', 'image/png') }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'file', message: expect.stringMatching(/limit is 10\.0 MB/) })] } })
    expect(await mediaCount()).toBe(before)
  })
})
