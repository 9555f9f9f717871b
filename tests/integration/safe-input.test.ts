import { initI18n } from '@payloadcms/translations'
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload } from '../../scripts/lib/payload'
import { collectionKeys, type CollectionKey } from '@toolkit/contract/snapshot'
import { minimalDocument } from '../helpers/documents'

// Bad input is refused with an error that names the field, and a refused save writes nothing.
let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

const link = (url: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'link',
            version: 3,
            direction: null,
            format: '',
            indent: 0,
            fields: { linkType: 'custom', url, newTab: false },
            children: [{ type: 'text', version: 1, text: 'linkki', format: 0, detail: 0, mode: 'normal', style: '' }],
          },
        ],
      },
    ],
  },
})

async function rejected(data: Record<string, unknown>): Promise<{ message: string; fields: string[] }> {
  const before = await payload.count({ collection: 'components' })
  const error = (await payload
    .create({
      collection: 'components',
      data: { title: 'Testi', slug: 'testi', summary: 'S', _status: 'published', ...data } as never,
    })
    .then(
      () => null,
      (caught: unknown) => caught,
    )) as { message: string; data?: { errors?: { path: string }[] } } | null
  expect(error, 'the save should have been refused').not.toBeNull()
  expect((await payload.count({ collection: 'components' })).totalDocs).toBe(before.totalDocs)
  return { message: error!.message, fields: (error!.data?.errors ?? []).map((e) => e.path) }
}

describe('safe input for components', () => {
  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>x</script>',
    'vbscript:msgbox',
    ' JavaScript:void(0)',
    'ftp://files.example.org/x',
    'file:///etc/passwd',
  ])('refuses a rich-text link to %s', async (url) => {
    const { fields, message } = await rejected({ body: link(url) })
    expect(fields).toContain('body')
    // Named by its label in the admin's default language (bodyField in cms/src/fields/common.ts).
    expect(message).toMatch(/Teksti/)
  })

  it.each(['https://www.suomi.fi/', 'mailto:info@example.org', 'tel:+358 9 123', '/fi/haku/'])(
    'accepts a link to %s',
    async (url) => {
      counter++
      const doc = await payload.create({
        collection: 'components',
        data: {
          title: 'Linkki',
          slug: `linkki-${counter}`,
          summary: 'S',
          body: link(url) as never,
          _status: 'published',
        },
      })
      expect(doc.id).toBeDefined()
    },
  )

  it.each(['Iso Kirjain', 'ääkköset-ä', 'kaksi--viivaa', '-alussa', 'välilyönti lopussa '])(
    'refuses the slug "%s"',
    async (slug) => {
      const { fields } = await rejected({ slug })
      expect(fields).toContain('slug')
    },
  )

  it('refuses a duplicate slug', async () => {
    await payload.create({
      collection: 'components',
      data: { title: 'A', slug: 'kaksoiskappale', summary: 'S', _status: 'published' },
    })
    const { fields } = await rejected({ slug: 'kaksoiskappale' })
    expect(fields).toContain('slug')
  })

  it('refuses a missing title and a missing summary, naming each', async () => {
    expect((await rejected({ title: '' })).fields).toContain('title')
    expect((await rejected({ summary: undefined })).fields).toContain('summary')
  })

  it('refuses a summary over 600 characters', async () => {
    expect((await rejected({ summary: 'x'.repeat(601) })).fields).toContain('summary')
  })

  it('refuses an unknown audience and project value', async () => {
    expect((await rejected({ audience: ['everyone'] })).fields).toContain('audience')
    expect((await rejected({ project: 'unknown' })).fields).toContain('project')
  })

  it('refuses a step without text and a risk without an action', async () => {
    expect((await rejected({ steps: [{ title: 'Vaihe' }] })).fields.some((f) => f.startsWith('steps'))).toBe(true)
    expect((await rejected({ risks: [{ risk: 'Riski' }] })).fields.some((f) => f.startsWith('risks'))).toBe(true)
  })
})

let counter = 0

// The same guarantees on every other content type: each case names the field, and the refused
// save leaves the collection as it was.
async function rejectedIn(collection: CollectionKey, data: Record<string, unknown>, req?: PayloadRequest) {
  counter++
  const before = await payload.count({ collection })
  const error = (await payload
    .create({
      collection,
      data: { ...minimalDocument[collection](1000 + counter), _status: 'published', ...data } as never,
      req,
    })
    .then(
      () => null,
      (caught: unknown) => caught,
    )) as { message: string; data?: { errors?: { path: string; message: string }[] } } | null
  expect(error, 'the save should have been refused').not.toBeNull()
  expect((await payload.count({ collection })).totalDocs).toBe(before.totalDocs)
  return {
    message: error!.message,
    errors: error!.data?.errors ?? [],
    fields: (error!.data?.errors ?? []).map((e) => e.path),
  }
}

const http = 'http://example.org/'
const cases: [string, CollectionKey, Record<string, unknown>, string][] = [
  ['a tool address on plain http', 'tools', { url: http }, 'url'],
  ['a tool address with javascript:', 'tools', { url: 'javascript:alert(1)' }, 'url'],
  ['a tool language that is not a two-letter code', 'tools', { languages: ['finnish'] }, 'languages'],
  ['an unknown tool category', 'tools', { category: 'games' }, 'category'],
  [
    'an event that ends before it starts',
    'events',
    { start: '2026-12-02T10:00:00.000Z', end: '2026-12-01T10:00:00.000Z' },
    'end',
  ],
  [
    'an event material linked over plain http',
    'events',
    { materials: [{ type: 'link', title: 'Linkki', url: http }] },
    'materials.0.url',
  ],
  [
    'an event material with no file, link or text',
    'events',
    { materials: [{ type: 'slides', title: 'Diat' }] },
    'materials.0.file',
  ],
  ['an unknown event format', 'events', { format: 'by-post' }, 'format'],
  [
    'an indicator month that does not exist',
    'indicators',
    { period: { start: '2023-13', end: '2023-14' } },
    'period.start',
  ],
  [
    'an indicator period that ends before it starts',
    'indicators',
    { period: { start: '2023-08', end: '2022-03' } },
    'period.end',
  ],
  ['an ESF+ code that is not one', 'indicators', { esfCode: 'ESF-1' }, 'esfCode'],
  ['an ESF+ code without the programme period it belongs to', 'indicators', { esfCode: 'EECO02' }, 'esfCode'],
  [
    'an ESF+ 2021–2027 code on a figure of DOT, a project of the 2014–2020 programme',
    'indicators',
    { esfCode: 'EECO02', esfProgrammePeriod: '2021-2027', project: 'dot' },
    'esfCode',
  ],
  ['a value qualifier that is not one', 'indicators', { valueQualifier: 'roughly' }, 'valueQualifier'],
  ['a budget kind with no budget figure', 'indicators', { comparisonKind: 'granted', target: null }, 'comparisonKind'],
  ['a 1–5 score outside the scale', 'indicators', { unit: 'score5', value: 7 }, 'value'],
  [
    'a DigComp 2.2 competence that does not exist',
    'badges',
    { digcomp22: [{ area: '2', competence: '9.9' }] },
    'digcomp22.0.competence',
  ],
  ['a DigComp 3.0 identifier in the wrong form', 'badges', { digcomp30: ['communication'] }, 'digcomp30'],
  [
    'an ESCO URI that is not an ESCO skill',
    'badges',
    { digcomp22: [{ area: '1', competence: '1.1', escoUri: 'https://example.org/x' }] },
    'digcomp22.0.escoUri',
  ],
  ['a badge issuer address on plain http', 'badges', { issuer: { name: 'X', url: http } }, 'issuer.url'],
  ['a cheat sheet without steps', 'cheat-sheets', { steps: [] }, 'steps'],
  [
    'a cheat sheet with more steps than fit a page',
    'cheat-sheets',
    { steps: Array.from({ length: 13 }, (_, i) => ({ text: `Vaihe ${i}` })) },
    'steps',
  ],
  ['a course pack of zero minutes', 'course-packs', { durationMinutes: 0 }, 'durationMinutes'],
  [
    'a lesson longer than a working day',
    'course-packs',
    { sessions: [{ title: 'Pitkä', minutes: 1000, activities: 'Kaikki' }] },
    'sessions.0.minutes',
  ],
  ['a post tag with spaces and capitals', 'posts', { tags: ['Iso Tagi'] }, 'tags'],
  ['a post without a date', 'posts', { date: null }, 'date'],
  [
    'an accessibility feedback channel with javascript:',
    'pages',
    { slug: 'accessibility', statement: { feedback: { channel: 'javascript:alert(1)' } } },
    'statement.feedback.channel',
  ],
  [
    'an accessibility statement with no feedback channel (the law requires one)',
    'pages',
    { slug: 'accessibility', statement: { feedback: { channel: '' } } },
    'statement.feedback.channel',
  ],
  [
    'an accessibility feedback channel that is a page of the site but not its feedback page',
    'pages',
    { slug: 'accessibility', statement: { feedback: { channel: '/fi/tietoa/' } } },
    'statement.feedback.channel',
  ],
  [
    'a WCAG criterion that is not one',
    'pages',
    {
      slug: 'accessibility',
      statement: { nonAccessibleContent: [{ description: 'Kuva', reason: 'non-compliance', wcagCriteria: ['AA'] }] },
    },
    'statement.nonAccessibleContent.0.wcagCriteria',
  ],
  ['a slug with capitals in a tool', 'tools', { slug: 'Iso-Kirjain' }, 'slug'],
  [
    'a self-assessment with too few questions',
    'self-assessments',
    { questions: [{ key: 'q1', area: '1', text: 'Osaan.' }] },
    'questions',
  ],
  [
    'a self-assessment area with a single question',
    'self-assessments',
    {
      questions: Array.from({ length: 12 }, (_, i) => ({
        key: `q${i}`,
        area: i === 0 ? '5' : String((i % 4) + 1),
        text: 'Osaan.',
      })),
    },
    'questions',
  ],
  [
    'a self-assessment question key used twice',
    'self-assessments',
    {
      questions: Array.from({ length: 12 }, (_, i) => ({
        key: i < 2 ? 'sama' : `q${i}`,
        area: String((i % 5) + 1),
        text: 'Osaan.',
      })),
    },
    'questions',
  ],
  [
    'a self-assessment scale of three steps',
    'self-assessments',
    { scale: [{ text: 'Ei' }, { text: 'Vähän' }, { text: 'Kyllä' }] },
    'scale',
  ],
  [
    'self-assessment levels that do not start at 0',
    'self-assessments',
    {
      levels: [
        { level: 'beginner', minimum: 1 },
        { level: 'basic', minimum: 2 },
      ],
    },
    'levels',
  ],
  [
    'self-assessment levels that fall',
    'self-assessments',
    {
      levels: [
        { level: 'beginner', minimum: 0 },
        { level: 'basic', minimum: 2 },
        { level: 'independent', minimum: 1.5 },
      ],
    },
    'levels',
  ],
  [
    'a self-assessment threshold above the scale',
    'self-assessments',
    {
      levels: [
        { level: 'beginner', minimum: 0 },
        { level: 'advanced', minimum: 4 },
      ],
    },
    'levels.1.minimum',
  ],
]

describe('safe input for every content type', () => {
  it.each(cases)('refuses %s', async (_name, collection, data, field) => {
    const { fields } = await rejectedIn(collection, data)
    expect(fields).toContain(field)
  })

  it("publishes a statement whose channel is the site's own feedback form, and keeps a draft that has none yet", async () => {
    const published = await payload.create({
      collection: 'pages',
      data: {
        ...minimalDocument.pages(7001),
        slug: 'accessibility',
        statement: { feedback: { channel: '/sv/respons/' } },
        _status: 'published',
      } as never,
    })
    expect((published as { statement: { feedback: { channel: string } } }).statement.feedback.channel).toBe(
      '/sv/respons/',
    )
    await payload.delete({ collection: 'pages', id: published.id })
    const draft = await payload.create({
      collection: 'pages',
      data: { ...minimalDocument.pages(7002), slug: 'accessibility', _status: 'draft' } as never,
      draft: true,
    })
    expect(draft.id).toBeDefined()
    await payload.delete({ collection: 'pages', id: draft.id })
  })

  it('refuses a duplicate slug in any collection', async () => {
    for (const collection of collectionKeys) {
      const first = minimalDocument[collection](5000)
      await payload.create({ collection, data: { ...first, _status: 'published' } as never })
      expect((await rejectedIn(collection, { slug: first.slug })).fields, collection).toContain('slug')
    }
  })

  it("says what is wrong in the editor's language (Swedish here)", async () => {
    const req = await createLocalReq({}, payload)
    req.i18n = await initI18n({ config: payload.config.i18n, context: 'api', language: 'sv' })
    const { errors } = await rejectedIn('tools', { url: http }, req)
    expect(errors.find((e) => e.path === 'url')?.message).toMatch(/börjar med https:\/\//)
    // Finnish is the admin's default interface language.
    const finnish = await rejectedIn('tools', { url: http })
    expect(finnish.errors.find((e) => e.path === 'url')?.message).toMatch(/joka alkaa https:\/\//)
  })

  it('refuses an http reference and a month that does not exist in the operating model, and keeps the old one', async () => {
    await payload.updateGlobal({
      slug: 'operating-model',
      data: { title: 'Malli', shortDescription: 'Lyhyesti.', _status: 'published' },
    })
    for (const [data, field] of [
      [{ references: [{ title: 'Lähde', url: http }] }, 'references.0.url'],
      [{ period: { dot: { start: '2022-3', end: '2023-08' } } }, 'period.dot.start'],
    ] as const) {
      const error = (await payload
        .updateGlobal({ slug: 'operating-model', data: { title: 'Rikki', ...data } as never })
        .catch((caught: unknown) => caught)) as { data?: { errors?: { path: string }[] } }
      expect((error.data?.errors ?? []).map((e) => e.path)).toContain(field)
      expect((await payload.findGlobal({ slug: 'operating-model' })).title).toBe('Malli')
    }
  })
})
