import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { slugify } from '../../cms/src/fields/slug'
import { ContentError, readComponents } from '../../scripts/lib/content'

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

function problems(dir: string): string[] {
  try {
    readComponents(dir)
  } catch (error) {
    if (error instanceof ContentError) return error.problems
    throw error
  }
  return []
}

describe('content corpus reader', () => {
  it('reads the fixture corpus with shared and localized fields apart', () => {
    const components = readComponents(fixtures)
    expect(components.map((c) => c.slug)).toEqual(['kiertava-digitukihenkilo', 'virtuaaliverstas'])
    const support = components[0]!
    expect(support.shared).toMatchObject({ order: 1, project: 'dot', audience: ['staff', 'customers'] })
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
        expect.stringMatching(/components\/Bad_Slug: the folder name is the slug/),
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

describe('slugify', () => {
  it('folds Nordic letters and punctuation into a readable ASCII slug', () => {
    expect(slugify('Kiertävä digitukihenkilö')).toBe('kiertava-digitukihenkilo')
    expect(slugify('  Åbo – Turku!  ')).toBe('abo-turku')
    expect(slugify('Digipaja: asiakaspolku (1–3)')).toBe('digipaja-asiakaspolku-1-3')
  })
})
