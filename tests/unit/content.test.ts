import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { slugify } from '../../cms/src/fields/slug'
import { readContent } from '../../scripts/lib/content'
import { problems } from '../helpers/content'

const fixtures = path.resolve('tests/fixtures/content')

function corpusWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-content-'))
  for (const [name, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), body)
  }
  return dir
}

const validFi = fs.readFileSync(path.join(fixtures, 'components/virtuaaliverstas/fi.md'), 'utf8')

describe('content corpus reader', () => {
  it('reads the fixture corpus with shared and localized fields apart', () => {
    const documents = readContent(fixtures)
    expect(documents.map((d) => `${d.type.key}/${d.slug}`)).toEqual([
      'components/kiertava-digitukihenkilo',
      'components/virtuaaliverstas',
      'settings/null',
    ])
    const support = documents[0]!
    expect(support.locales.fi?.data).toMatchObject({ order: 1, project: 'dot', audience: ['staff', 'customers'] })
    expect(support.locales.en?.data.title).toBe('Rotating digital-support person')
    expect(support.locales.en?.data).not.toHaveProperty('order')
    expect(support.locales.sv).toBeUndefined()
  })

  it('names the file and the field of every problem, all at once', () => {
    const dir = corpusWith({
      'components/a-ok/fi.md': validFi,
      'components/b-bad/fi.md': validFi.replace('project: dot', 'project: unknown'),
      'components/b-bad/en.md': '---\nsummary: "no title"\n---\n',
      'components/c-yaml/fi.md': '---\ntitle: [unclosed\n---\n',
      'components/Bad_Slug/fi.md': validFi,
      'components/d-nofi/en.md': validFi,
    })
    const found = problems(dir)
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/components\/b-bad\/fi\.md: field "project"/),
        expect.stringMatching(/components\/b-bad\/en\.md: field "title"/),
        expect.stringMatching(/components\/c-yaml\/fi\.md: the front matter is not valid YAML/),
        expect.stringMatching(/components\/Bad_Slug\/: the folder name is the slug/),
        expect.stringMatching(/components\/d-nofi\/fi\.md: missing/),
      ]),
    )
    expect(found.some((p) => p.includes('a-ok'))).toBe(false)
  })

  it('rejects shared fields in a translation and unknown fields anywhere', () => {
    const dir = corpusWith({
      'components/x/fi.md': validFi.replace('order: 2', 'order: 2\ncolour: blue'),
      'components/x/en.md': '---\ntitle: "X"\nsummary: "S"\norder: 3\n---\n',
    })
    const found = problems(dir)
    expect(found.some((p) => p.includes('x/fi.md') && p.includes('colour'))).toBe(true)
    expect(found.some((p) => p.includes('x/en.md') && p.includes('order'))).toBe(true)
  })
})

describe('content corpus reader, across types', () => {
  const event = (extra = '') =>
    `---\ntitle: "Tilaisuus"\nsummary: "S"\nstart: "2023-05-10T09:00:00+03:00"\nformat: in-person\nmaterials:\n  - type: handout\n    title: "Lista"\n    text: "lista.fi.md"\n${extra}---\nKuvaus\n`

  it('reads a handout named in the front matter and refuses a missing or stray one', () => {
    expect(problems(corpusWith({ 'events/a/fi.md': event(), 'events/a/lista.fi.md': '- yksi\n- kaksi\n' }))).toEqual([])
    const missing = problems(corpusWith({ 'events/a/fi.md': event() }))
    expect(missing).toEqual([
      expect.stringMatching(
        /events\/a\/fi\.md: field "materials\.0\.text": the file events\/a\/lista\.fi\.md does not exist/,
      ),
    ])
    const stray = problems(
      corpusWith({ 'events/a/fi.md': event(), 'events/a/lista.fi.md': 'x', 'events/a/vanha.fi.md': 'y' }),
    )
    expect(stray).toEqual([expect.stringMatching(/events\/a\/vanha\.fi\.md: unexpected file/)])
  })

  it('checks dates and vocabularies from the CMS definitions', () => {
    const found = problems(
      corpusWith({
        'events/a/fi.md': event('end: "10.5.2023"\naudience: [everyone]\n').replace(
          'format: in-person',
          'format: by-post',
        ),
        'events/a/lista.fi.md': 'x',
      }),
    )
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/events\/a\/fi\.md: field "end": use YYYY-MM-DD/),
        expect.stringMatching(/events\/a\/fi\.md: field "format"/),
        expect.stringMatching(/events\/a\/fi\.md: field "audience\.0"/),
      ]),
    )
  })

  it('requires every link to another document to name one that exists', () => {
    const pack =
      '---\ntitle: "K"\nsummary: "S"\naudience: customers\ndurationMinutes: 240\ncheatSheets: [ei-ole]\n---\n'
    expect(problems(corpusWith({ 'course-packs/k/fi.md': pack }))).toEqual([
      expect.stringMatching(
        /course-packs\/k\/fi\.md: field "cheatSheets": no cheat-sheets document with the slug "ei-ole"/,
      ),
    ])
  })

  it('names an unknown content folder', () => {
    expect(problems(corpusWith({ 'recipes/a/fi.md': validFi }))).toEqual([
      expect.stringMatching(/^recipes\/: not a content type/),
    ])
  })

  it('keeps a translation to its own fields, even inside a group that mixes shared and localized ones', () => {
    const page =
      '---\ntitle: "Seloste"\nstatement:\n  complianceStatus: partial\n  serviceName: "Sivusto"\n---\nTeksti\n'
    const found = problems(
      corpusWith({
        'pages/accessibility/fi.md': page,
        'pages/accessibility/en.md':
          '---\ntitle: "Statement"\nstatement:\n  serviceName: "Site"\n  complianceStatus: full\n---\nText\n',
      }),
    )
    expect(found).toEqual([
      expect.stringMatching(/pages\/accessibility\/en\.md: field "statement".*complianceStatus.*fi\.md only/),
    ])
  })
})

describe('slugify', () => {
  it('folds Nordic letters and punctuation into a readable ASCII slug', () => {
    expect(slugify('Kiertävä digitukihenkilö')).toBe('kiertava-digitukihenkilo')
    expect(slugify('  Åbo – Turku!  ')).toBe('abo-turku')
    expect(slugify('Digipaja: asiakaspolku (1–3)')).toBe('digipaja-asiakaspolku-1-3')
  })
})
