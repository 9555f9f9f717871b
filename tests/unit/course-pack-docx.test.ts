import { unzipSync } from 'fflate'
import { createHash } from 'node:crypto'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { contentLicence, contentLicenceNotice } from '@toolkit/contract/licence'
import type { LexicalNode, RichText, SnapshotDocument } from '@toolkit/contract/snapshot'
import { formatFileSize } from '../../site/src/i18n/labels'
import { coursePackZip, type CoursePackZipOptions } from '../../site/src/lib/course-pack-zip'
import { docxParagraphs } from '../helpers/docx'

// A course pack's ZIP as a trainer gets it (issue 19): a start page that links every file, the
// licence, and the lesson plan and handouts also as DOCX, read back here from word/document.xml.

type Pack = SnapshotDocument<'course-packs'>
type Lang = 'fi' | 'en' | 'sv'

// Lexical JSON as the CMS stores it, only the fields the renderers read.
const text = (value: string, format = 0): LexicalNode => ({ type: 'text', text: value, format })
const block = (type: string, children: LexicalNode[], fields: Record<string, unknown> = {}): LexicalNode => ({
  type,
  children,
  ...fields,
})
const paragraph = (...children: LexicalNode[]) => block('paragraph', children)
const heading = (value: string) => block('heading', [text(value)], { tag: 'h2' })
const list = (listType: 'bullet' | 'number' | 'check', ...items: LexicalNode[][]) =>
  block(
    'list',
    items.map((children) => block('listitem', children)),
    { listType },
  )
const link = (url: string, words: string) => block('link', [text(words)], { fields: { url } })
const richText = (...children: LexicalNode[]): RichText => ({ root: { type: 'root', children } })

const words = {
  fi: {
    title: 'Sähköiset palvelut',
    summary: 'Päivä sähköisistä palveluista.',
    goals: ['Osallistuja kirjautuu palveluun.'],
    sessions: ['Tunnistautuminen', 'Lomakkeen täyttö'],
    notes: 'Varaa koneet etukäteen.',
    handouts: ['Kirjautumisen vaiheet', 'Muistilista'],
    handoutText: 'Avaa selain ja kirjoita osoite.',
    step: 'Valitse pankki.',
  },
  sv: {
    title: 'E-tjänster',
    summary: 'En dag om e-tjänster.',
    goals: ['Deltagaren loggar in i tjänsten.'],
    sessions: ['Identifiering', 'Att fylla i en blankett'],
    notes: 'Boka datorerna i förväg.',
    handouts: ['Stegen för att logga in', 'Minneslista'],
    handoutText: 'Öppna webbläsaren och skriv adressen.',
    step: 'Välj bank.',
  },
}

function content(lang: 'fi' | 'sv'): Pack['content']['fi'] {
  const w = words[lang]
  return {
    title: w.title,
    summary: w.summary,
    plainSummary: null,
    searchKeywords: [],
    goals: w.goals,
    sessions: w.sessions.map((title, index) => ({
      title,
      minutes: 45,
      activities: `${title}: ${index + 1}`,
      materials: index === 0 ? null : 'Tietokone',
    })),
    handouts: [
      {
        title: w.handouts[0]!,
        text: richText(
          heading(w.handouts[0]!),
          paragraph(text(w.handoutText), text(' '), text('tärkeää', 1)),
          list('number', [text(w.step)], [text('2')]),
          list('bullet', [link('https://www.suomi.fi/', 'Suomi.fi')], [list('bullet', [text('sisäkkäinen')])]),
          list('check', [text('valmis')]),
        ),
      },
      // Markup and a control character an editor may type: text in the document, and still a valid file.
      { title: w.handouts[1]!, text: richText(paragraph(text('<b>lihava</b> & "lainaus"\u0001'))) },
    ],
    body: richText(heading('Ennen päivää'), paragraph(text(w.notes, 2)), list('number', [text('Testaa verkko.')])),
  }
}

const pack: Pack = {
  id: '1',
  slug: 'sahkoiset-palvelut',
  updatedAt: '2026-11-30T12:00:00.000Z',
  level: 'basic',
  audience: 'customers',
  durationMinutes: 240,
  materials: ['7'],
  cheatSheets: ['kirjaudu'],
  badges: [],
  sources: [],
  previousSlugs: [],
  content: { fi: content('fi'), en: null, sv: content('sv') },
}

const sheet: SnapshotDocument<'cheat-sheets'> = {
  id: '2',
  slug: 'kirjaudu',
  updatedAt: '2026-11-30T12:00:00.000Z',
  level: null,
  topics: [],
  digcomp: [],
  previousSlugs: [],
  content: {
    fi: {
      title: 'Kirjaudu',
      task: 'Kirjaudu palveluun.',
      plainSummary: null,
      searchKeywords: [],
      before: [],
      steps: [{ text: 'Avaa sivu.', tip: null, image: null }],
      safety: null,
      body: null,
    },
    en: null,
    sv: null,
  },
}

const publisher = { fi: 'Testikaupunki', en: 'Test City', sv: 'Teststad' }

const options = (lang: Lang): CoursePackZipOptions => ({
  cheatSheets: [sheet],
  lang,
  site: new URL('https://toolkit.example.org/'),
  publisher: publisher[lang],
  siteName: 'Työkalupakki',
  materials: [
    {
      path: 'materials/diat.pdf',
      title: 'Diat',
      details: `PDF, ${formatFileSize(8, lang)}`,
      data: new Uint8Array([37, 80, 68, 70, 45, 1, 2, 3]),
    },
  ],
})

const decode = (data: Uint8Array | undefined) => new TextDecoder().decode(data)

/** The list item of the start page that links `path`. */
const itemLinking = (index: string, path: string) =>
  [...index.matchAll(/<li>(.*?)<\/li>/g)].map((match) => match[1]!).find((item) => item.includes(`href="${path}"`))

describe.each(['fi', 'sv'] as const)('a course pack ZIP in %s', (lang) => {
  const w = words[lang]
  let zipped: Record<string, Uint8Array>
  beforeAll(async () => {
    zipped = unzipSync(await coursePackZip(pack, options(lang)))
  })
  const filesOf = async () => zipped

  it('opens with index.html, and holds the lesson plan and every handout as HTML and DOCX, the licence and the manifest', async () => {
    const files = await filesOf()
    expect(Object.keys(files)).toEqual([
      'index.html',
      'print-all.html',
      'lesson-plan.html',
      'lesson-plan.docx',
      'handouts/kirjautumisen-vaiheet.html',
      'handouts/kirjautumisen-vaiheet.docx',
      'handouts/muistilista.html',
      'handouts/muistilista.docx',
      'cheat-sheets/kirjaudu.html',
      'materials/diat.pdf',
      'LICENSE.txt',
      'manifest.json',
    ])
  })

  it("index.html is in the pack's language, says what the pack is, and links every file with its kind and size", async () => {
    const files = await filesOf()
    const index = decode(files['index.html'])
    expect(index).toContain(`<html lang="${lang}">`)
    expect(index).toContain(`<h1>${w.title}</h1>`)
    expect(index).toContain(w.summary)
    expect(index).toContain({ fi: 'Työtoiminnan asiakkaat', sv: 'Kunder i arbetsverksamheten' }[lang])
    expect(index).toContain({ fi: 'Perustaidot', sv: 'Grundläggande' }[lang])
    expect(index).toContain('240 min')
    const linked = [...index.matchAll(/href="([^"]+)"/g)]
      .map((match) => match[1]!)
      .filter((href) => !/^https?:/.test(href))
    expect(linked.sort()).toEqual(
      Object.keys(files)
        .filter((path) => path !== 'index.html')
        .sort(),
    )
    for (const path of Object.keys(files).filter((name) => !['index.html', 'manifest.json'].includes(name)))
      expect(itemLinking(index, path), path).toContain(formatFileSize(files[path]!.length, lang))
    expect(itemLinking(index, 'lesson-plan.docx')).toContain('Word (DOCX)')
    expect(itemLinking(index, 'handouts/muistilista.docx')).toContain(w.handouts[1])
  })

  it('index.html says how to adapt the pack, marked as our suggestion, and names the licence', async () => {
    const index = decode((await filesOf())['index.html'])
    const heading = {
      fi: 'Näin muokkaat pakettia (työkalupakin ehdotus)',
      sv: 'Så här anpassar du paketet (vårt förslag)',
    }[lang]
    expect(index).toContain(`<h2>${heading}</h2>`)
    expect(index).toMatch(/Word.*LibreOffice/)
    expect(index).toContain(`<a href="${contentLicence.url}">${contentLicence.url}</a>`)
    expect(index).toContain('CC BY 4.0')
    expect(index).toContain(publisher[lang])
  })

  it('LICENSE.txt has the content licence notice, naming the publisher', async () => {
    const licence = decode((await filesOf())['LICENSE.txt'])
    expect(licence).toBe(`${contentLicenceNotice(lang, publisher[lang])}\n`)
    expect(licence).toContain(publisher[lang])
  })

  it('manifest.json lists every other file with its size and SHA-256, and the licence', async () => {
    const files = await filesOf()
    const manifest = JSON.parse(decode(files['manifest.json'])) as {
      publisher: string
      licence: { spdx: string; url: string }
      files: { path: string; bytes: number; sha256: string }[]
    }
    expect(manifest.files.map((file) => file.path)).toEqual(
      Object.keys(files).filter((path) => path !== 'manifest.json'),
    )
    for (const file of manifest.files) {
      expect(files[file.path]!.length, file.path).toBe(file.bytes)
      expect(createHash('sha256').update(files[file.path]!).digest('hex'), file.path).toBe(file.sha256)
    }
    expect(manifest.licence).toEqual({ spdx: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' })
    expect(manifest.publisher).toBe(publisher[lang])
  })

  it('lesson-plan.docx has the title, facts, goals, sessions table, trainer’s notes and the licence line', async () => {
    const docx = (await filesOf())['lesson-plan.docx']!
    const paragraphs = docxParagraphs(docx)
    expect(paragraphs[0]).toBe(w.title)
    for (const expected of [w.summary, ...w.goals, ...w.sessions, w.notes, 'Ennen päivää', 'Testaa verkko.', '240 min'])
      expect(paragraphs.join('\n'), expected).toContain(expected)
    expect(paragraphs.at(-1)).toBe(contentLicenceNotice(lang, publisher[lang]))
    const xml = decode(unzipSync(docx)['word/document.xml'])
    // The sessions are a table with a header row; the trainer's notes' list is numbered, its heading a heading.
    expect(xml).toContain('<w:tbl>')
    expect(xml).toContain('<w:tblHeader/>')
    expect(xml).toContain('<w:numPr>')
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>')
    expect(xml).toContain('<w:i/>')
  })

  it("a handout's DOCX has its text, lists, link address and the licence line", async () => {
    const files = await filesOf()
    const paragraphs = docxParagraphs(files['handouts/kirjautumisen-vaiheet.docx']!)
    expect(paragraphs[0]).toBe(w.handouts[0])
    expect(paragraphs).toContain(`${w.handoutText} tärkeää`)
    expect(paragraphs).toContain(w.step)
    expect(paragraphs).toContain('Suomi.fi (https://www.suomi.fi/)')
    expect(paragraphs).toContain('sisäkkäinen')
    expect(paragraphs).toContain('☐ valmis')
    expect(paragraphs.at(-1)).toBe(contentLicenceNotice(lang, publisher[lang]))
    // Markup an editor typed stays text; the control character Word would refuse is left out.
    expect(docxParagraphs(files['handouts/muistilista.docx']!)).toContain('<b>lihava</b> & "lainaus"')
  })

  it('the DOCX files say their language, title and author, and are dated by the pack', async () => {
    const parts = unzipSync((await filesOf())['lesson-plan.docx']!)
    const tag = { fi: 'fi-FI', sv: 'sv-FI' }[lang]
    expect(decode(parts['word/styles.xml'])).toContain(`<w:lang w:val="${tag}"/>`)
    const core = decode(parts['docProps/core.xml'])
    expect(core).toContain(`<dc:title>${w.title}</dc:title>`)
    expect(core).toContain(`<dc:creator>${publisher[lang]}</dc:creator>`)
    expect(core).toContain(`<dc:language>${tag}</dc:language>`)
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-30T12:00:00Z</dcterms:created>')
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-30T12:00:00Z</dcterms:modified>')
  })
})

describe('course pack ZIP', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('is byte-identical when built again later from the same content', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2027-01-01T08:00:00Z'))
    const first = await coursePackZip(pack, options('sv'))
    vi.setSystemTime(new Date('2027-06-15T17:31:07Z'))
    const second = await coursePackZip(pack, options('sv'))
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
  })

  it("marks text that falls back to Finnish as Finnish in an English pack's DOCX", async () => {
    const files = unzipSync(await coursePackZip(pack, options('en')))
    const plan = unzipSync(files['lesson-plan.docx']!)
    expect(decode(plan['word/styles.xml'])).toContain('<w:lang w:val="en-GB"/>')
    expect(decode(plan['word/document.xml'])).toContain('<w:lang w:val="fi-FI"/>')
    expect(docxParagraphs(files['lesson-plan.docx']!)).toContain("Trainer's notes")
  })
})
