import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { readContent } from '../../scripts/lib/content'
import { breakdownLabels, topicLabels } from '../../site/src/i18n/labels'

// The real corpus in content/: complete, in every language it promises, and free of personal data.
const contentDir = path.resolve('content')
const corpus = readContent(contentDir)
// Front matter is checked against the CMS definitions when read; here it is plain data.
type Data = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
const components = corpus
  .filter((document) => document.type.key === 'components')
  .map((document) => ({
    slug: document.slug!,
    locales: document.locales as Partial<Record<'fi' | 'en' | 'sv', { data: Data }>>,
  }))

function allFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
}

describe('content corpus: components', () => {
  it('has at least 12 components, each in Finnish, English and Swedish', () => {
    expect(components.length).toBeGreaterThanOrEqual(12)
    for (const component of components) {
      expect(Object.keys(component.locales).sort(), component.slug).toEqual(['en', 'fi', 'sv'])
    }
  })

  it('gives every component a plain-language summary in every language, and its sources', () => {
    for (const component of components) {
      for (const locale of ['fi', 'en', 'sv'] as const) {
        expect(component.locales[locale]?.data.plainSummary, `${component.slug}/${locale}`).toBeTruthy()
      }
      expect(component.locales.fi!.data.sources.length, component.slug).toBeGreaterThan(0)
    }
  })

  it('keeps translations structurally in step with Finnish (same number of steps, roles, lessons, risks)', () => {
    for (const component of components) {
      const fi = component.locales.fi!.data
      for (const locale of ['en', 'sv'] as const) {
        const other = component.locales[locale]!.data
        for (const key of ['steps', 'roles', 'lessons', 'risks'] as const) {
          if (other[key] === undefined) continue // an untranslated list falls back to Finnish
          expect(other[key]?.length, `${component.slug}/${locale}.${key}`).toBe(fi[key]?.length)
        }
      }
    }
  })

  it('carries the Virtuaaliverstas weekly programme (Mon–Fri) and the Digipaja path as structured data', () => {
    const workshop = components.find((c) => c.slug === 'virtuaaliverstas')!
    expect(workshop.locales.fi!.data.diagram?.kind).toBe('weekly')
    expect(workshop.locales.fi!.data.diagram?.items.map((i: { label: string }) => i.label)).toEqual([
      'Maanantai',
      'Tiistai',
      'Keskiviikko',
      'Torstai',
      'Perjantai',
    ])
    const path_ = components.find((c) => c.slug === 'digipajan-asiakaspolku')!
    expect(path_.locales.fi!.data.diagram?.kind).toBe('stages')
    expect(path_.locales.fi!.data.diagram?.items.length).toBe(5) // referral, periods 1–3, optional 4th
  })

  it('contains no e-mail addresses or phone numbers', () => {
    const email = /[\w.+-]+@[\w-]+\.[\w.]+|\(at\)/i
    const phone = /(\+358|\b0\d{1,3})[\s-]?\d{3}[\s-]?\d{3,4}\b/
    for (const file of allFiles(contentDir).filter((f) => f.endsWith('.md') && !f.endsWith('README.md'))) {
      const text = fs.readFileSync(file, 'utf8')
      expect(email.test(text), `${file} has an e-mail address`).toBe(false)
      expect(phone.test(text), `${file} has a phone number`).toBe(false)
    }
  })
})

describe('content corpus: every type', () => {
  const count = (key: string) => corpus.filter((document) => document.type.key === key).length

  it('has the promised number of documents of each type', () => {
    const minimum: Record<string, number> = {
      model: 1,
      settings: 1,
      components: 12,
      events: 8,
      posts: 8,
      'course-packs': 6,
      'cheat-sheets': 12,
      badges: 6,
      tools: 20,
    }
    for (const [key, least] of Object.entries(minimum)) expect(count(key), key).toBeGreaterThanOrEqual(least)
    expect(
      corpus
        .filter((d) => d.type.key === 'pages')
        .map((d) => d.slug)
        .sort(),
    ).toEqual(['about', 'accessibility', 'feedback', 'privacy'])
  })

  it('asks the same self-assessment questions (keys and areas, in order) in every language', () => {
    const assessments = corpus.filter((d) => d.type.key === 'self-assessments')
    expect(assessments.length).toBeGreaterThanOrEqual(1)
    for (const assessment of assessments) {
      const structure = (lang: 'fi' | 'en' | 'sv') =>
        (
          (assessment.locales[lang] as { data: Data } | undefined)?.data.questions as
            { key: string; area: string }[] | undefined
        )?.map((q) => `${q.key}:${q.area}`)
      expect(structure('en'), `${assessment.slug} en`).toEqual(structure('fi'))
      expect(structure('sv'), `${assessment.slug} sv`).toEqual(structure('fi'))
    }
  })

  it('gives every cheat-sheet topic a label in every language (search filters and pages show them)', () => {
    const topics = new Set(
      corpus
        .filter((d) => d.type.key === 'cheat-sheets')
        .flatMap((d) => (d.locales.fi as { data: Data }).data.topics as string[]),
    )
    expect(topics.size).toBeGreaterThan(0)
    for (const topic of topics) {
      expect(Object.keys(topicLabels[topic] ?? {}).sort(), `topic "${topic}"`).toEqual(['en', 'fi', 'sv'])
    }
  })

  it("gives every indicator's breakdown group a label in every language (the outcomes tables show them)", () => {
    const groups = new Set(
      corpus
        .filter((d) => d.type.key === 'indicators')
        .flatMap((d) => ((d.locales.fi as { data: Data }).data.breakdown as { key: string }[] | undefined) ?? [])
        .map((part) => part.key),
    )
    expect(groups.size).toBeGreaterThan(0)
    for (const group of groups) {
      expect(Object.keys(breakdownLabels[group] ?? {}).sort(), `group "${group}"`).toEqual(['en', 'fi', 'sv'])
    }
  })

  it('has every document in Finnish and English, and the core in Swedish', () => {
    for (const document of corpus) {
      expect(document.locales.en, `${document.type.key}/${document.slug ?? ''} has no en.md`).toBeDefined()
    }
    const swedish = corpus.filter(
      (d) =>
        d.type.key === 'model' ||
        d.type.key === 'settings' ||
        d.type.key === 'components' ||
        (d.type.key === 'pages' && ['about', 'accessibility'].includes(d.slug!)),
    )
    for (const document of swedish)
      expect(document.locales.sv, `${document.type.key}/${document.slug ?? ''} has no sv.md`).toBeDefined()
  })

  it('has a staff course pack besides the customer ones, each fitting work-activity days', () => {
    const packs = corpus.filter((d) => d.type.key === 'course-packs').map((d) => d.locales.fi!.data as Data)
    expect(packs.some((pack) => pack.audience === 'staff')).toBe(true)
    for (const pack of packs) {
      expect(pack.durationMinutes % 240, `${pack.title}: ${pack.durationMinutes} min`).toBe(0)
      const planned = (pack.sessions ?? []).reduce((sum: number, session: Data) => sum + session.minutes, 0)
      expect(planned, `${pack.title}: sessions fit the time`).toBeLessThanOrEqual(pack.durationMinutes)
    }
  })

  it('names where every indicator comes from', () => {
    for (const document of corpus.filter((d) => d.type.key === 'indicators')) {
      const { source } = document.locales.fi!.data as Data
      expect(source?.report && source?.section, document.slug!).toBeTruthy()
    }
  })
})
