import { unzipSync } from 'fflate'
import { Window } from 'happy-dom'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { assembleSnapshot, readPublishedLocal, writeSnapshot } from '../../scripts/lib/export'
import { startPayload } from '../../scripts/lib/payload'
import { buildSite } from '../../scripts/lib/site-build'
import { type Lang } from '../../site/src/i18n/locales'
import { detailPath } from '@toolkit/contract/routes'
import { minimalDocument } from '../helpers/documents'
import { pdf } from '../helpers/pdf'
import { publishSiteSettings } from '../helpers/site-settings'

// What an editor enters reaches the built site: a course pack's files (slides, PDFs) on its page
// and inside its ZIP, with their kind and size; a post's or event's share image and text in the
// tags social media read; an event's registration link while the event is still to come.
let payload: Payload
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-editor-fields-'))
let outDir = ''
const ids = {} as Record<'pdf' | 'photo' | 'shareImage', number | string>

async function upload(data: Buffer, name: string, mimetype: string, alt: string): Promise<number | string> {
  const doc = await payload.create({
    collection: 'media',
    data: { alt },
    file: { data, name, mimetype, size: data.length },
  })
  return doc.id
}

function page(file: string): Document {
  const window = new Window()
  return new window.DOMParser().parseFromString(
    fs.readFileSync(path.join(outDir, file, 'index.html'), 'utf8'),
    'text/html',
  ) as unknown as Document
}

const meta = (document: Document, key: string) =>
  document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null

beforeAll(async () => {
  payload = await startPayload()
  const photo = await sharp({ create: { width: 2400, height: 1260, channels: 3, background: '#0b5394' } })
    .jpeg()
    .toBuffer()
  ids.pdf = await upload(pdf(1_258_291), 'Diat osa 1.pdf', 'application/pdf', 'Diat: ensimmäinen kerta')
  ids.photo = await upload(photo, 'taulu.jpg', 'image/jpeg', 'Valokuva taulusta')
  ids.shareImage = await upload(photo, 'jako.jpg', 'image/jpeg', 'Osallistujat tietokoneilla')
  await payload.update({ collection: 'media', id: ids.pdf, locale: 'en', data: { alt: 'Slides: first session' } })
  await payload.update({
    collection: 'media',
    id: ids.shareImage,
    locale: 'en',
    data: { alt: 'Learners at computers' },
  })

  // The files are used by nothing but the pack: they must be published all the same.
  await payload.create({
    collection: 'course-packs',
    data: { ...minimalDocument['course-packs'](1), materials: [ids.pdf, ids.photo], _status: 'published' } as never,
  })
  const shared = await payload.create({
    collection: 'posts',
    data: {
      ...minimalDocument.posts(1),
      shareImage: ids.shareImage,
      shareDescription: 'Näin työtoiminnassa opitaan digitaitoja.',
      _status: 'published',
    } as never,
  })
  // Translated into English, but without an English share text.
  await payload.update({
    collection: 'posts',
    id: shared.id,
    locale: 'en',
    data: { title: 'Post 1', excerpt: 'English excerpt.', _status: 'published' } as never,
  })
  await payload.create({ collection: 'posts', data: { ...minimalDocument.posts(2), _status: 'published' } as never })
  await payload.create({
    collection: 'events',
    data: {
      ...minimalDocument.events(1),
      start: '2099-05-04T09:00:00.000Z',
      registrationUrl: 'https://example.org/ilmoittaudu',
      _status: 'published',
    } as never,
  })
  await payload.create({
    collection: 'events',
    data: {
      ...minimalDocument.events(2),
      start: '2020-05-04T09:00:00.000Z',
      registrationUrl: 'https://example.org/mennyt',
      _status: 'published',
    } as never,
  })
  await publishSiteSettings(payload)
  const snapshotFile = path.join(dir, 'snapshot.json')
  writeSnapshot(assembleSnapshot('local', await readPublishedLocal(payload)), snapshotFile)
  outDir = (await buildSite(snapshotFile, path.join(dir, 'dist'))).outDir
}, 240_000)

afterAll(async () => {
  await payload?.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
})

/** The media's published file, as the site serves it. */
function published(id: number | string): { sitePath: string; bytes: Buffer } {
  const folder = path.join(outDir, 'media', String(id))
  const [name] = fs.readdirSync(folder).filter((file) => !/^(thumbnail|card|wide)-/.test(file))
  return { sitePath: `/media/${id}/${name}`, bytes: fs.readFileSync(path.join(folder, name!)) }
}

describe("a course pack's files", () => {
  it.each([
    ['fi', 'Materiaalit', 'Diat: ensimmäinen kerta', 'PDF, 1,2\u00a0Mt'],
    ['en', 'Materials', 'Slides: first session', 'PDF, 1.2\u00a0MB'],
    ['sv', 'Material', 'Diat: ensimmäinen kerta', 'PDF, 1,2\u00a0MB'],
  ] as const)(
    '%s: the page lists each file with a download link, its name, kind and size',
    (lang, heading, title, details) => {
      const document = page(detailPath(lang as Lang, 'course-packs', 'kurssi-1'))
      const section = document.querySelector('#materials-heading')?.closest('section')
      expect(section?.querySelector('h2')?.textContent).toBe(heading)
      const items = [...(section?.querySelectorAll('li') ?? [])]
      expect(items).toHaveLength(2)
      const pdfLink = items[0]!.querySelector('a')!
      expect(pdfLink.getAttribute('href')).toBe(published(ids.pdf).sitePath)
      expect(pdfLink.getAttribute('download')).toBe('diat-osa-1.pdf')
      expect(pdfLink.textContent).toBe(title)
      // Untranslated alternative text is marked as Finnish.
      expect(pdfLink.getAttribute('lang')).toBe(lang === 'sv' ? 'fi' : null)
      expect(items[0]!.textContent).toContain(`(${details})`)
      // An image's size is that of the published (re-encoded) file, which is what a reader downloads.
      const photo = published(ids.photo)
      expect(items[1]!.querySelector('a')!.getAttribute('href')).toBe(photo.sitePath)
      expect(photo.bytes.length).toBeLessThan(1024 * 1024)
      const kilobytes = Math.round(photo.bytes.length / 1024)
      expect(items[1]!.textContent).toContain(`${kilobytes}\u00a0${{ fi: 'kt', en: 'KB', sv: 'kB' }[lang]})`)
      // The CMS stores uploaded photos as WebP.
      expect(items[1]!.textContent).toContain({ fi: 'WebP-kuva', en: 'WebP image', sv: 'WebP-bild' }[lang])
    },
  )

  it('files only a course pack uses are published with the site', () => {
    expect(published(ids.pdf).bytes.subarray(0, 5).toString()).toBe('%PDF-')
    expect(published(ids.pdf).bytes.length).toBe(1_258_291)
  })

  it('the ZIP carries the files under materials/, listed in the lesson plan and the manifest with their sizes', () => {
    const zip = fs.readFileSync(path.join(outDir, detailPath('fi', 'course-packs', 'kurssi-1'), 'pack.zip'))
    const files = unzipSync(new Uint8Array(zip))
    const pdfFile = published(ids.pdf)
    const photo = published(ids.photo)
    expect(Buffer.from(files['materials/diat-osa-1.pdf']!).equals(pdfFile.bytes)).toBe(true)
    expect(Buffer.from(files['materials/taulu.webp']!).equals(photo.bytes)).toBe(true)
    const plan = new TextDecoder().decode(files['lesson-plan.html'])
    expect(plan).toContain('<a href="materials/diat-osa-1.pdf">Diat: ensimmäinen kerta</a> (PDF, 1,2\u00a0Mt)')
    expect(plan).toContain('<a href="materials/taulu.webp">Valokuva taulusta</a> (WebP-kuva,')
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as {
      files: { path: string; bytes: number }[]
    }
    expect(manifest.files).toContainEqual(
      expect.objectContaining({ path: 'materials/diat-osa-1.pdf', bytes: pdfFile.bytes.length }),
    )
  })
})

describe('share image and description', () => {
  it('says beforehand, in the language switcher, that a language version is not translated yet, and the page says so too', () => {
    // Post 2 is only in Finnish.
    const finnish = page(detailPath('fi', 'posts', 'kirjoitus-2'))
    expect(finnish.querySelector('nav.lang-nav a[hreflang="sv"] .lang-missing')?.textContent).toBe(
      ' (inte översatt ännu)',
    )
    expect(finnish.querySelector('nav.lang-nav a[hreflang="sv"]')?.getAttribute('href')).toBe(
      detailPath('sv', 'posts', 'kirjoitus-2'),
    )
    expect(page(detailPath('sv', 'posts', 'kirjoitus-2')).querySelectorAll('main .notice')).toHaveLength(1)
    // Post 1 is in English: no marker on its English link.
    expect(
      page(detailPath('fi', 'posts', 'kirjoitus-1')).querySelector('nav.lang-nav a[hreflang="en"] .lang-missing'),
    ).toBeNull()
  })

  it("a post's page is shared with its own image and text", () => {
    const document = page(detailPath('fi', 'posts', 'kirjoitus-1'))
    const image = published(ids.shareImage)
    expect(meta(document, 'description')).toBe('Näin työtoiminnassa opitaan digitaitoja.')
    expect(meta(document, 'og:description')).toBe('Näin työtoiminnassa opitaan digitaitoja.')
    expect(meta(document, 'og:type')).toBe('article')
    expect(meta(document, 'article:published_time')).toBe('2026-11-23T00:00:00.000Z')
    const url = new URL(meta(document, 'og:image')!)
    expect(url.origin).toBe(new URL(meta(document, 'og:url')!).origin)
    expect(url.pathname).toBe(image.sitePath)
    expect(meta(document, 'og:image:alt')).toBe('Osallistujat tietokoneilla')
    expect(meta(document, 'og:image:type')).toBe('image/webp')
    expect(meta(document, 'og:image:width')).toBe('1600')
    expect(meta(document, 'og:image:height')).toBe('840')
    expect(meta(document, 'twitter:card')).toBe('summary_large_image')
    // One of each: the layout builds them in one place.
    expect(document.querySelectorAll('meta[property="og:image"]')).toHaveLength(1)
    expect(document.querySelectorAll('meta[name="description"]')).toHaveLength(1)
  })

  it('an English page without an English share text uses its English excerpt, and says nothing is in Finnish', () => {
    const document = page(detailPath('en', 'posts', 'kirjoitus-1'))
    expect(meta(document, 'description')).toBe('English excerpt.')
    expect(meta(document, 'og:image:alt')).toBe('Learners at computers')
    expect(document.querySelectorAll('main .notice')).toHaveLength(0)
  })

  it('without a share image or text: the excerpt and the site’s own image', () => {
    const document = page(detailPath('fi', 'posts', 'kirjoitus-2'))
    expect(meta(document, 'description')).toBe('Ingressi.')
    expect(new URL(meta(document, 'og:image')!).pathname).toBe('/fi/social-image.png')
  })

  it("an event's page falls back to its summary, as a website", () => {
    const document = page(detailPath('fi', 'events', 'tilaisuus-1'))
    expect(meta(document, 'description')).toBe('Tiivistelmä.')
    expect(meta(document, 'og:type')).toBe('website')
  })
})

describe('registration link', () => {
  it.each([
    ['fi', 'Ilmoittaudu'],
    ['en', 'Register'],
    ['sv', 'Anmäl dig'],
  ] as const)('%s: an upcoming event has a Register button', (lang, text) => {
    const document = page(detailPath(lang as Lang, 'events', 'tilaisuus-1'))
    const link = document.querySelector('main a[href="https://example.org/ilmoittaudu"]')
    expect(link?.textContent).toBe(text)
    expect(link?.classList.contains('button')).toBe(true)
  })

  it('a past event has none', () => {
    const html = fs.readFileSync(path.join(outDir, detailPath('fi', 'events', 'tilaisuus-2'), 'index.html'), 'utf8')
    expect(html).not.toContain('https://example.org/mennyt')
    expect(html).not.toContain('Ilmoittaudu')
  })
})
