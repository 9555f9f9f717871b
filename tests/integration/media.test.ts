import fs from 'node:fs'
import path from 'node:path'
import type { Payload, TypedUser } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import config from '../../cms/src/payload.config'
import { MAX_INPUT_PIXELS } from '@toolkit/contract/media'
import { startPayload } from '../../scripts/lib/payload'
import { blackPng } from '../helpers/png'
import { rest, restLogin } from '../helpers/rest'

// Uploads are judged by their content, not their name; images carry alt text and get small renditions.
let payload: Payload
let contributor: TypedUser
let contributorToken: string

beforeAll(async () => {
  payload = await startPayload()
  const password = 'salasana-avustaja-123'
  const user = await payload.create({
    collection: 'users',
    data: { email: 'avustaja@example.org', password, role: 'contributor' },
  })
  contributor = { ...user, collection: 'users' } as TypedUser
  contributorToken = await restLogin('avustaja@example.org', password)
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
  it('refuses a file over 10 MB with a message (in Finnish, the default) that names the file field, and writes nothing', async () => {
    const before = await mediaCount()
    // A real PNG padded past the limit: the size, not the content, is what is refused.
    const big = Buffer.concat([await png(), Buffer.alloc(10 * 1024 * 1024)])
    await expect(
      payload.create({ collection: 'media', data: { alt: 'Iso' }, file: file(big, 'iso.png', 'image/png') }),
    ).rejects.toMatchObject({
      data: {
        errors: [
          expect.objectContaining({ path: 'file', message: expect.stringMatching(/suurin sallittu koko on 10,0 Mt/) }),
        ],
      },
    })
    expect(await mediaCount()).toBe(before)
  })
})

/** Every file in the uploads folder (data/media of this test's data folder). */
const storedFiles = () => {
  const folder = path.join(process.env.TOOLKIT_DATA_DIR!, 'media')
  return fs.existsSync(folder) ? fs.readdirSync(folder).sort() : []
}

/** An upload over REST as the admin sends it: multipart with `file` and the other fields as JSON in `_payload`. */
function uploadForm(
  data: Buffer,
  name: string,
  fields: Record<string, unknown> = { alt: 'Kuva' },
  type = 'image/png',
): FormData {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify(fields))
  return form
}

describe('upload pixel limit (decompression bombs)', () => {
  it.each([
    ['20000 × 20000 (400 megapixels, only the header)', 20_000, 20_000, true],
    ['8000 × 8000 (64 megapixels, under sharp’s own default limit)', 8000, 8000, false],
  ])(
    'refuses a PNG of %s over REST with 400, a message naming the file and its size, and stores nothing',
    async (_name, width, height, truncated) => {
      const bomb = blackPng(width, height, { truncated })
      expect(bomb.length).toBeLessThan(100_000)
      const [count, files] = [await mediaCount(), storedFiles()]
      const answer = await rest('POST', '/api/media', {
        token: contributorToken,
        body: uploadForm(bomb, `pommi-${width}.png`),
      })
      expect(answer.status).toBe(400)
      const errors = answer.body.errors[0].data.errors as { path: string; message: string }[]
      expect(errors).toEqual([
        {
          path: 'file',
          message: expect.stringMatching(
            new RegExp(
              `pommi-${width}\\.png.*${width} × ${height} pikseliä.*${MAX_INPUT_PIXELS / 1_000_000} megapikseliä`,
            ),
          ),
        },
      ])
      expect(await mediaCount()).toBe(count)
      expect(storedFiles()).toEqual(files)
    },
    120_000,
  )

  it('says it in the editor’s UI language', async () => {
    const answer = await rest('POST', '/api/media', {
      token: contributorToken,
      headers: { 'accept-language': 'sv' },
      body: uploadForm(blackPng(20_000, 20_000, { truncated: true }), 'pommi.png'),
    })
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].data.errors[0].message).toMatch(/pommi\.png.*20000 × 20000 pixlar/)
  })

  it('refuses it through the Local API with a user, and stores nothing', async () => {
    const [count, files] = [await mediaCount(), storedFiles()]
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'Pommi' },
        file: file(blackPng(20_000, 20_000, { truncated: true }), 'pommi.png', 'image/png'),
        overrideAccess: false,
        user: contributor,
      }),
    ).rejects.toMatchObject({
      status: 400,
      data: { errors: [{ path: 'file', message: expect.stringMatching(/pommi\.png.*20000 × 20000/) }] },
    })
    expect(await mediaCount()).toBe(count)
    expect(storedFiles()).toEqual(files)
  })

  it('refuses replacing a stored file with one over the limit, and keeps the old file', async () => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Vanha' },
      file: file(await png(), 'vanha.png', 'image/png'),
    })
    const files = storedFiles()
    const answer = await rest('PATCH', `/api/media/${doc.id}`, {
      token: contributorToken,
      body: uploadForm(blackPng(20_000, 20_000, { truncated: true }), 'uusi.png'),
    })
    expect(answer.status).toBe(400)
    expect(storedFiles()).toEqual(files)
    expect((await payload.findByID({ collection: 'media', id: doc.id })).filename).toBe('vanha.webp')
  })

  it('accepts an ordinary image over REST', async () => {
    const answer = await rest('POST', '/api/media', {
      token: contributorToken,
      body: uploadForm(await png(), 'tavallinen.png'),
    })
    expect(answer.status).toBe(201)
    expect(answer.body.doc).toMatchObject({ filename: 'tavallinen.webp', width: 1600, height: 900 })
  })

  it('gives Payload a sharp that never decodes more than the limit, whatever options it is called with', async () => {
    const { sharp: payloadSharp } = await config
    const bomb = blackPng(8000, 8000)
    await expect(payloadSharp!(bomb).toBuffer()).rejects.toThrow(/pixel limit/)
    await expect(payloadSharp!(bomb, { limitInputPixels: false }).toBuffer()).rejects.toThrow(/pixel limit/)
    await expect(payloadSharp!(bomb, { limitInputPixels: 268_402_689 }).toBuffer()).rejects.toThrow(/pixel limit/)
    // Payload's own options still apply.
    const resized = await payloadSharp!(await png(), { failOn: 'error' })
      .resize(100)
      .webp()
      .toBuffer()
    expect((await sharp(resized).metadata()).width).toBe(100)
  })
})

describe('a refused file, said in the editor’s language', () => {
  // Payload's file checks write their messages in English in its code; the admin shows them next
  // to the file field, so each is said again in the editor's language (Finnish by default).
  const refused = [
    [
      'a damaged PDF',
      Buffer.from('%PDF-1.4\nei oikea pdf'),
      'moniste.pdf',
      'application/pdf',
      /ei ole kelvollinen PDF/,
    ],
    [
      'an SVG with a script',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'kuva.svg',
      'image/svg+xml',
      /SVG-kuvassa on sisältöä/,
    ],
    [
      'an HTML page named .png',
      Buffer.from('<html><script>alert(1)</script></html>'),
      'kuva.png',
      'image/png',
      /ei voi ladata\. Sallittuja ovat PNG, JPEG, WebP, PDF/,
    ],
  ] as const

  it.each(refused)(
    '%s: 400 in Finnish, naming the file field, with no English',
    async (_name, data, name, type, finnish) => {
      const before = await mediaCount()
      const answer = await rest('POST', '/api/media', {
        token: contributorToken,
        body: uploadForm(data, name, { alt: 'x' }, type),
      })
      expect(answer.status).toBe(400)
      const [error] = answer.body.errors
      expect(error.data.errors).toEqual([{ path: 'file', message: expect.stringMatching(finnish) }])
      expect(error.message).toMatch(/Tiedosto$/)
      expect(answer.text).not.toMatch(/Invalid|not allowed|harmful|following field/i)
      expect(await mediaCount()).toBe(before)
    },
  )

  it('in Swedish for an editor whose admin is in Swedish', async () => {
    const answer = await rest('POST', '/api/media', {
      token: contributorToken,
      headers: { 'accept-language': 'sv' },
      body: uploadForm(Buffer.from('%PDF-1.4\ntrasig'), 'trasig.pdf', { alt: 'x' }, 'application/pdf'),
    })
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].data.errors[0].message).toMatch(/inte en giltig PDF/)
    expect(answer.body.errors[0].message).toMatch(/Fil$/)
  })
})
