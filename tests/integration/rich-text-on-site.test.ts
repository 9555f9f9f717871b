import { Window } from 'happy-dom'
import { handleEndpoints, type Payload } from 'payload'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import config from '../../cms/src/payload.config'
import { assembleSnapshot, readPublishedLocal, readPublishedRest, writeSnapshot } from '../../scripts/lib/export'
import { startPayload } from '../../scripts/lib/payload'
import { buildSite } from '../../scripts/lib/site-build'
import type { LexicalNode, Snapshot } from '@toolkit/contract/snapshot'
import { minimalDocument } from '../helpers/documents'
import { pdf } from '../helpers/pdf'
import { publishSiteSettings } from '../helpers/site-settings'

// What an editor puts in a post's body reaches the built site: an image as a figure with its alt
// text and caption, a PDF as a download with its kind and size, an internal link and a reference
// to the right page in the reader's language. A link or reference to a draft or to a deleted
// post leaves nothing broken behind, and the draft appears nowhere in the snapshot.
let payload: Payload
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-rich-text-'))
let snapshot: Snapshot
let restSnapshot: Snapshot
let outDir = ''
const ids = {} as Record<'image' | 'file' | 'target' | 'draft' | 'deleted', string>

const SECRET_TITLE = 'Salainen luonnos'
const SECRET_SLUG = 'salainen-luonnos'

const text = (value: string) => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
})
const internalLink = (id: string, label: string) => ({
  type: 'link',
  version: 3,
  id: `link-${label}`,
  fields: { linkType: 'internal', doc: { relationTo: 'posts', value: Number(id) }, newTab: false },
  children: [text(label)],
  direction: 'ltr',
  format: '',
  indent: 0,
})
const reference = (id: string) => ({
  type: 'relationship',
  version: 2,
  format: '',
  relationTo: 'posts',
  value: Number(id),
})
const upload = (id: number, caption?: string) => ({
  type: 'upload',
  version: 3,
  id: `upload-${id}`,
  format: '',
  relationTo: 'media',
  value: id,
  fields: caption ? { caption } : null,
})

/** The post's body as the admin's editor saves it. */
const body = () => ({
  root: {
    type: 'root',
    version: 1,
    format: '',
    indent: 0,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        version: 1,
        format: '',
        indent: 0,
        direction: 'ltr',
        textFormat: 0,
        children: [
          text('Katso '),
          internalLink(ids.target, 'kohdesivu'),
          text(', '),
          internalLink(ids.draft, 'luonnoslinkki'),
          text(' ja '),
          internalLink(ids.deleted, 'poistettu linkki'),
          text('.'),
        ],
      },
      reference(ids.target),
      reference(ids.draft),
      reference(ids.deleted),
      upload(Number(ids.image), 'Kurssipäivä Helsingissä'),
      upload(Number(ids.file)),
      upload(987654),
    ],
  },
})

async function uploadFile(data: Buffer, name: string, mimetype: string, alt: { fi: string; en: string }) {
  const doc = await payload.create({
    collection: 'media',
    data: { alt: alt.fi },
    file: { data, name, mimetype, size: data.length },
  })
  await payload.update({ collection: 'media', id: doc.id, locale: 'en', data: { alt: alt.en } })
  return String(doc.id)
}

async function post(n: number, slug: string, title: string, status: 'published' | 'draft', extra: object = {}) {
  const doc = await payload.create({
    collection: 'posts',
    draft: status === 'draft',
    data: { ...minimalDocument.posts(n), slug, title, ...extra, _status: status } as never,
  })
  return String(doc.id)
}

/** Every node of a rich-text value, depth first. */
const nodes = (node: LexicalNode): LexicalNode[] => [node, ...(node.children ?? []).flatMap(nodes)]

const payloadFetch = ((input: string | URL | Request, init?: RequestInit) =>
  handleEndpoints({ config, request: new Request(input, init) })) as typeof fetch

function page(file: string): Document {
  const window = new Window()
  return new window.DOMParser().parseFromString(
    fs.readFileSync(path.join(outDir, file, 'index.html'), 'utf8'),
    'text/html',
  ) as unknown as Document
}

beforeAll(async () => {
  payload = await startPayload()
  const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#00703c' } })
    .jpeg()
    .toBuffer()
  // Used by nothing but the body's rich text: they must be published all the same.
  ids.image = await uploadFile(photo, 'kurssi.jpg', 'image/jpeg', {
    fi: 'Ryhmä tietokoneiden ääressä',
    en: 'A group at computers',
  })
  ids.file = await uploadFile(pdf(300_000), 'ohjeet.pdf', 'application/pdf', {
    fi: 'Ohjeet tulostettavaksi',
    en: 'Instructions to print',
  })
  ids.target = await post(1, 'kohde', 'Kohdekirjoitus', 'published')
  await payload.update({
    collection: 'posts',
    id: ids.target,
    locale: 'en',
    data: { title: 'Target post', excerpt: 'In English.', _status: 'published' } as never,
  })
  ids.draft = await post(2, SECRET_SLUG, SECRET_TITLE, 'draft', { excerpt: 'Ei vielä julkinen.' })
  ids.deleted = await post(3, 'poistuva', 'Poistuva kirjoitus', 'published')
  const article = await post(4, 'artikkeli', 'Artikkeli', 'published', { body: body() })
  await payload.update({
    collection: 'posts',
    id: article,
    locale: 'en',
    data: { title: 'Article', excerpt: 'In English.', _status: 'published' } as never,
  })
  await payload.delete({ collection: 'posts', id: ids.deleted })

  await publishSiteSettings(payload)
  snapshot = assembleSnapshot('local', await readPublishedLocal(payload))
  restSnapshot = assembleSnapshot('rest', await readPublishedRest('http://cms.test', undefined, payloadFetch))
  const snapshotFile = path.join(dir, 'snapshot.json')
  writeSnapshot(snapshot, snapshotFile)
  outDir = (await buildSite(snapshotFile, path.join(dir, 'dist'))).outDir
}, 240_000)

afterAll(async () => {
  await payload?.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('the snapshot', () => {
  const articleBody = () => {
    const article = snapshot.collections.posts.find((doc) => doc.slug === 'artikkeli')!
    return nodes(article.content.fi.body!.root as LexicalNode)
  }

  it('names no draft: not its title, its slug, nor its id in a link or reference', () => {
    expect(snapshot.collections.posts.map((doc) => doc.slug).sort()).toEqual(['artikkeli', 'kohde'])
    const json = JSON.stringify(snapshot)
    expect(json).not.toContain(SECRET_TITLE)
    expect(json).not.toContain(SECRET_SLUG)
    expect(json).not.toContain('Poistuva')
    // The posts the body's links and references point at (uploads point at media, another id space).
    const pointers = articleBody().flatMap((node) => {
      if (node.type === 'relationship') return [(node.value as { id: string }).id]
      const doc = (node.fields as { doc?: { value: { id: string } } | null } | undefined)?.doc
      return node.type === 'link' && doc ? [doc.value.id] : []
    })
    expect(pointers).toEqual([ids.target, ids.target])
  })

  it('resolves internal links and references to published posts, and unlinks the rest', () => {
    const links = articleBody().filter((node) => node.type === 'link')
    expect(links.map((node) => (node.fields as { doc: unknown }).doc)).toEqual([
      { relationTo: 'posts', value: { id: ids.target, slug: 'kohde' } },
      null,
      null,
    ])
    expect(links.map((node) => node.children?.[0]?.text)).toEqual(['kohdesivu', 'luonnoslinkki', 'poistettu linkki'])
    const references = articleBody().filter((node) => node.type === 'relationship')
    expect(references).toEqual([
      expect.objectContaining({ relationTo: 'posts', value: { id: ids.target, slug: 'kohde' } }),
    ])
  })

  it('carries each upload as a published media id with its caption, and publishes uploads only rich text uses', () => {
    const uploads = articleBody().filter((node) => node.type === 'upload')
    expect(uploads.map(({ value, fields }) => ({ value, fields }))).toEqual([
      { value: ids.image, fields: { caption: 'Kurssipäivä Helsingissä' } },
      { value: ids.file, fields: null },
    ])
    expect(snapshot.media.map((item) => item.id).sort()).toEqual([ids.image, ids.file].sort())
    const file = snapshot.media.find((item) => item.id === ids.file)!
    expect(file).toMatchObject({
      mimeType: 'application/pdf',
      filesize: 300_000,
      alt: { fi: 'Ohjeet tulostettavaksi', en: 'Instructions to print' },
    })
  })

  it('is the same when the build reads the CMS over REST', () => {
    const bodies = (read: Snapshot) => read.collections.posts.map((doc) => [doc.slug, doc.content.fi.body])
    expect(bodies(restSnapshot)).toEqual(bodies(snapshot))
    expect(restSnapshot.media.map((item) => item.id).sort()).toEqual(snapshot.media.map((item) => item.id).sort())
  })
})

describe('the built page', () => {
  it.each([
    ['en', 'blog', 'A group at computers', 'Instructions to print', 'Target post', 'PDF, 293\u00a0KB'],
    ['fi', 'blogi', 'Ryhmä tietokoneiden ääressä', 'Ohjeet tulostettavaksi', 'Kohdekirjoitus', 'PDF, 293\u00a0kt'],
  ] as const)(
    '%s: links lead to the reader’s language, the image is a figure, the PDF a download',
    (lang, section, alt, fileTitle, targetTitle, details) => {
      const document = page(`${lang}/${section}/artikkeli`)
      const prose = document.querySelector('.prose')!
      const target = `/${lang}/${section}/kohde/`

      const links = [...prose.querySelectorAll('p a')].filter((a) => !a.closest('figure'))
      expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
        ['kohdesivu', target],
        [targetTitle, target],
      ])
      // The draft's and the deleted post's links keep their text; their references are gone.
      expect(prose.textContent).toContain('luonnoslinkki ja poistettu linkki.')
      expect(document.documentElement.outerHTML).not.toContain(SECRET_TITLE)
      expect(document.documentElement.outerHTML).not.toContain(SECRET_SLUG)

      const image = prose.querySelector('figure.rich-image img')!
      expect(image.getAttribute('alt')).toBe(alt)
      expect(image.getAttribute('src')).toMatch(new RegExp(`^/media/${ids.image}/`))
      expect(fs.existsSync(path.join(outDir, image.getAttribute('src')!))).toBe(true)
      expect(prose.querySelector('figure.rich-image figcaption')?.textContent).toBe('Kurssipäivä Helsingissä')

      const download = prose.querySelector('figure.rich-file a[download]')!
      expect(download.textContent).toBe(fileTitle)
      expect(download.getAttribute('href')).toMatch(new RegExp(`^/media/${ids.file}/`))
      expect(fs.statSync(path.join(outDir, download.getAttribute('href')!)).size).toBe(300_000)
      expect(prose.querySelector('figure.rich-file .hint')?.textContent).toBe(`(${details})`)
      expect(prose.querySelectorAll('figure')).toHaveLength(2)
    },
  )
})
