import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import { safeZipEntryName } from '@toolkit/contract/escape'
import type { SnapshotDocument, SnapshotMedia } from '@toolkit/contract/snapshot'
import { fileTypeLabel, formatFileSize } from '../../site/src/i18n/labels'
import { materialDetails, materialFileNames } from '../../site/src/lib/course-pack-materials'
import { coursePackZip, type CoursePackZipOptions, type ZipMaterial } from '../../site/src/lib/course-pack-zip'
import { registrationLink, type SnapshotEvent } from '../../site/src/lib/events'
import { localize } from '../../site/src/lib/localize'
import { metaTags, shareDescription } from '../../site/src/lib/share'

// The pure parts of what an editor enters reaching the site: file sizes and kinds in words, the
// course pack's files in its ZIP, the share tags, the registration link. The built pages are
// checked in tests/integration/editor-fields-on-site.test.ts.

const NBSP = '\u00a0'

describe('file sizes and kinds in words', () => {
  it.each([
    [512, ['512 t', '512 bytes', '512 byte']],
    [350 * 1024, ['350 kt', '350 KB', '350 kB']],
    [1_258_291, ['1,2 Mt', '1.2 MB', '1,2 MB']],
    // Just under a megabyte would round to "1 024 kt": it is "1 Mt".
    [1024 * 1023.9, ['1 Mt', '1 MB', '1 MB']],
    [10 * 1024 * 1024, ['10 Mt', '10 MB', '10 MB']],
  ] as const)('%d bytes', (bytes, [fi, en, sv]) => {
    expect(formatFileSize(bytes, 'fi')).toBe(fi.replace(' ', NBSP))
    expect(formatFileSize(bytes, 'en')).toBe(en.replace(' ', NBSP))
    expect(formatFileSize(bytes, 'sv')).toBe(sv.replace(' ', NBSP))
  })

  it.each([
    ['application/pdf', 'diat.pdf', ['PDF', 'PDF', 'PDF']],
    [
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      'diat.pptx',
      ['PowerPoint', 'PowerPoint', 'PowerPoint'],
    ],
    ['application/vnd.ms-powerpoint', 'diat.ppt', ['PowerPoint', 'PowerPoint', 'PowerPoint']],
    ['image/png', 'kuva.png', ['PNG-kuva', 'PNG image', 'PNG-bild']],
    ['image/jpeg', 'kuva.jpg', ['JPEG-kuva', 'JPEG image', 'JPEG-bild']],
    ['image/webp', 'kuva.webp', ['WebP-kuva', 'WebP image', 'WebP-bild']],
    ['application/zip', 'paketti.zip', ['ZIP-tiedosto', 'ZIP file', 'ZIP-fil']],
    ['application/octet-stream', 'tuntematon', ['tiedosto', 'file', 'fil']],
  ] as const)('%s', (mimeType, filename, [fi, en, sv]) => {
    expect([fileTypeLabel(mimeType, filename, 'fi'), fileTypeLabel(mimeType, filename, 'en')]).toEqual([fi, en])
    expect(fileTypeLabel(mimeType, filename, 'sv')).toBe(sv)
  })
})

function media(id: string, filename: string, mimeType = 'application/pdf'): SnapshotMedia {
  return {
    id,
    filename,
    mimeType,
    filesize: 1000,
    width: null,
    height: null,
    url: `/api/media/file/${filename}`,
    sizes: {},
    alt: { fi: `Tiedosto ${id}`, en: null, sv: null },
  }
}

describe("a course pack's files", () => {
  it('get names that are unique in the pack and safe as ZIP entries, whatever they were uploaded as', () => {
    const names = materialFileNames([
      media('1', 'Diat.PDF'),
      media('2', 'diat.pdf'),
      media('3', 'Ääkköset ja välit.pptx'),
      media('4', '../../etc/passwd'),
      media('5', '.pdf'),
      media('6', 'diat.pdf'),
    ])
    expect(names).toEqual(['diat.pdf', 'diat-2.pdf', 'aakkoset-ja-valit.pptx', 'passwd', 'file-5.pdf', 'diat-3.pdf'])
    for (const name of names) expect(safeZipEntryName(`materials/${name}`, 'test')).toBe(`materials/${name}`)
  })

  it('are described by kind and size', () => {
    expect(materialDetails(media('1', 'diat.pdf'), 1_258_291, 'fi')).toBe(`PDF, 1,2${NBSP}Mt`)
    expect(materialDetails(media('1', 'kuva.png', 'image/png'), 2048, 'en')).toBe(`PNG image, 2${NBSP}KB`)
  })

  const zipOptions: CoursePackZipOptions = {
    cheatSheets: [],
    lang: 'fi',
    site: new URL('https://example.org/'),
    publisher: 'Testiorganisaatio',
    siteName: 'Työkalupakki',
  }
  const pack: SnapshotDocument<'course-packs'> = {
    id: '1',
    slug: 'kurssi',
    updatedAt: '2026-11-30T12:00:00.000Z',
    level: null,
    audience: 'customers',
    durationMinutes: 240,
    materials: ['7'],
    cheatSheets: [],
    badges: [],
    sources: [],
    previousSlugs: [],
    content: {
      fi: {
        title: 'Kurssi',
        summary: 'Tiivistelmä.',
        plainSummary: null,
        searchKeywords: [],
        goals: [],
        sessions: [],
        handouts: [],
        body: null,
      },
      en: null,
      sv: null,
    },
  }

  it('are in the ZIP under materials/, with a line each in the lesson plan and the manifest', async () => {
    const data = new Uint8Array([37, 80, 68, 70, 45, 1, 2, 3])
    const material: ZipMaterial = {
      path: 'materials/diat.pdf',
      title: 'Diat <script>alert(1)</script>',
      titleLang: 'fi',
      details: `PDF, 8${NBSP}bytes`,
      data,
    }
    const files = unzipSync(await coursePackZip(pack, { ...zipOptions, lang: 'en', materials: [material] }))
    expect(files['materials/diat.pdf']).toEqual(data)
    const plan = new TextDecoder().decode(files['lesson-plan.html'])
    expect(plan).toContain(
      `<h2>Materials</h2><ul><li><a href="materials/diat.pdf"><span lang="fi">Diat &#60;script&#62;alert(1)&#60;/script&#62;</span></a> (PDF, 8${NBSP}bytes)</li></ul>`,
    )
    // The start page lists it too, by its title (escaped, marked as Finnish), kind and size.
    expect(new TextDecoder().decode(files['index.html'])).toContain(
      `<li><a href="materials/diat.pdf"><span lang="fi">Diat &#60;script&#62;alert(1)&#60;/script&#62;</span></a> (PDF, 8${NBSP}bytes)</li>`,
    )
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as { files: { path: string }[] }
    expect(manifest.files).toContainEqual(expect.objectContaining({ path: 'materials/diat.pdf', bytes: data.length }))
  })

  it('leave the ZIP as it was when there are none', async () => {
    const files = unzipSync(await coursePackZip({ ...pack, materials: [] }, zipOptions))
    expect(Object.keys(files).filter((name) => name.startsWith('materials/'))).toEqual([])
    expect(new TextDecoder().decode(files['lesson-plan.html'])).not.toContain('Materiaalit')
    expect(new TextDecoder().decode(files['index.html'])).not.toContain('Materiaalit')
  })
})

describe('share tags', () => {
  const site = new URL('https://toolkit.example.org/')
  const canonical = new URL('/fi/blogi/kirjoitus/', site)
  const values = (tags: ReturnType<typeof metaTags>, key: string) =>
    tags.filter((tag) => ('property' in tag ? tag.property : tag.name) === key).map((tag) => tag.content)

  it('a page with a share image names it by its absolute address, with its alt text and size', () => {
    const tags = metaTags({
      lang: 'fi',
      title: 'Kirjoitus',
      description: 'Jakoteksti.',
      canonical,
      site,
      siteName: 'Testityökalupakki',
      share: {
        type: 'article',
        publishedTime: '2026-11-23T00:00:00.000Z',
        image: { path: '/media/3/kuva.webp', alt: 'Kuvan teksti', mimeType: 'image/webp', width: 1600, height: 840 },
      },
    })
    expect(values(tags, 'description')).toEqual(['Jakoteksti.'])
    expect(values(tags, 'og:description')).toEqual(['Jakoteksti.'])
    expect(values(tags, 'og:type')).toEqual(['article'])
    expect(values(tags, 'article:published_time')).toEqual(['2026-11-23T00:00:00.000Z'])
    expect(values(tags, 'og:image')).toEqual(['https://toolkit.example.org/media/3/kuva.webp'])
    expect(values(tags, 'og:image:alt')).toEqual(['Kuvan teksti'])
    expect(values(tags, 'og:image:width')).toEqual(['1600'])
    expect(values(tags, 'og:url')).toEqual([canonical.href])
    expect(values(tags, 'twitter:card')).toEqual(['summary_large_image'])
  })

  it("any other page has the site's own image and type, and no description when it has none", () => {
    const tags = metaTags({ lang: 'sv', title: 'Sida', canonical, site, siteName: 'Testverktygslåda' })
    expect(values(tags, 'og:image')).toEqual(['https://toolkit.example.org/sv/social-image.png'])
    expect(values(tags, 'og:image:width')).toEqual(['1200'])
    expect(values(tags, 'og:site_name')).toEqual(['Testverktygslåda'])
    expect(values(tags, 'og:type')).toEqual(['website'])
    expect(values(tags, 'og:locale')).toEqual(['sv_FI'])
    expect(values(tags, 'description')).toEqual([])
    expect(values(tags, 'article:published_time')).toEqual([])
  })

  it('the share text is used when it is in the language of the summary it replaces', () => {
    expect(shareDescription({ value: 'Share', lang: 'en' }, { value: 'Summary', lang: 'en' })).toBe('Share')
    expect(shareDescription({ value: 'Jakoteksti', lang: 'fi' }, { value: 'Summary', lang: 'en' })).toBe('Summary')
    expect(shareDescription({ value: null, lang: 'en' }, { value: 'Summary', lang: 'en' })).toBe('Summary')
  })

  it('a share text only in Finnish does not make an English page "partly in Finnish"', () => {
    type Content = { title: string; excerpt: string; shareDescription: string | null }
    const post: { content: { fi: Content; en: Content; sv: Content | null } } = {
      content: {
        fi: { title: 'Otsikko', excerpt: 'Ingressi.', shareDescription: 'Jakoteksti.' },
        en: { title: 'Title', excerpt: 'Excerpt.', shareDescription: null },
        sv: null,
      },
    }
    expect(localize(post, 'en').partly).toBe(false)
    expect(localize({ content: { ...post.content, en: { ...post.content.en, excerpt: '' } } }, 'en').partly).toBe(true)
  })
})

describe('registration link', () => {
  const now = new Date('2026-11-30T12:00:00.000Z')
  const event = (start: string, registrationUrl: string | null) =>
    ({ start, registrationUrl }) as unknown as SnapshotEvent

  it('is shown until the event starts', () => {
    expect(registrationLink(event('2026-12-01T09:00:00.000Z', 'https://example.org/ilmo'), now)).toBe(
      'https://example.org/ilmo',
    )
    expect(registrationLink(event('2026-11-30T11:59:00.000Z', 'https://example.org/ilmo'), now)).toBeNull()
  })

  it('is never an address the safe-link rule refuses, and absent when there is none', () => {
    expect(registrationLink(event('2099-01-01T00:00:00.000Z', 'javascript:alert(1)'), now)).toBeNull()
    expect(registrationLink(event('2099-01-01T00:00:00.000Z', '//evil.example'), now)).toBeNull()
    expect(registrationLink(event('2099-01-01T00:00:00.000Z', null), now)).toBeNull()
  })
})
