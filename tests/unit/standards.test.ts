import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { readContent } from '../../scripts/lib/content'
import { documentType, type ShapeNode } from '../../scripts/lib/shape'
import { findStandardsDir } from '../helpers/standards'

// The content model and the corpus against the official reference data in ../shared/standards
// (not copied into the project). STANDARDS_DIR points elsewhere when the checkout lives apart.
const standardsDir = findStandardsDir('models')
const json = (file: string) => JSON.parse(fs.readFileSync(path.join(standardsDir!, file), 'utf8'))

type Data = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
const corpus = readContent(path.resolve('content'))
const documents = (key: string) => corpus.filter((document) => document.type.key === key)
const fiData = (key: string) =>
  documents(key).map((document) => ({ slug: String(document.slug), data: document.locales.fi!.data as Data }))

function node(nodes: ShapeNode[], dotted: string): ShapeNode | undefined {
  const [head, ...rest] = dotted.split('.')
  const found = nodes.find((candidate) => candidate.name === head)
  if (!found || rest.length === 0) return found
  return 'fields' in found ? node(found.fields, rest.join('.')) : undefined
}

describe.skipIf(!standardsDir)('reference standards', () => {
  it("gives every heading of Innokylä's operating-model page a field in the operating model, filled in the corpus", () => {
    const headings = json('models/innokyla-toimintamalli-fields.json')
    // Innokylä heading → our field. "Luotu" and "Viimeksi muokattu" are the CMS's own timestamps.
    const fieldFor: Record<string, string> = {
      'Toimintamallin nimi': 'title',
      'Toimintamallin lyhyt kuvaus': 'shortDescription',
      Toteutuspaikka: 'implementedWhere',
      'Paikkakunta, maakunta tai hyvinvointialue': 'region',
      'Toimintamallin rahoittaja': 'funders',
      'Toimintamallin kokonaisuus': 'largerWhole',
      Tekijä: 'developers',
      'Ratkaisun perusidea': 'coreIdea',
      Toimintaympäristö: 'operatingEnvironment',
      'Toimivuuden ja käyttöönoton ehdot': 'conditions',
      'Kehitystyön lähtökohtana olevat tarpeet': 'needs',
      'Tavoiteltu muutos': 'targetedChange',
      'Muutoksen mittaaminen': 'measuringChange',
    }
    const model = documentType('model')
    const nodes = [...model.shared, ...model.localized]
    const fi = documents('model')[0]!.locales.fi!.data as Data
    const all = [
      ...headings.perustiedot,
      ...headings.kuvausRequired,
      ...headings.kehittamisenPolku.observedHeadings,
    ].filter((heading: string) => !['Luotu', 'Viimeksi muokattu'].includes(heading))
    for (const heading of all) {
      const field = fieldFor[heading]
      expect(field, `no field for the Innokylä heading "${heading}"`).toBeDefined()
      expect(node(nodes, field!), field).toBeDefined()
      expect(fi[field!], `content/model/fi.md has no ${field}`).toBeTruthy()
    }
  })

  it('holds every part of an accessibility statement that Act 306/2019 requires, filled in the corpus', () => {
    const { fields } = json('models/saavutettavuusseloste-model.json')
    const pages = documentType('pages')
    const statement = [...pages.shared, ...pages.localized].find((candidate) => candidate.name === 'statement')!
    const nodes = 'fields' in statement ? statement.fields : []
    const expectFields = (shape: Data, prefix: string) => {
      for (const [key, value] of Object.entries(shape)) {
        const dotted = `${prefix}${key}`
        const found = node(nodes, dotted)
        expect(found, `statement.${dotted}`).toBeDefined()
        const enumMatch = typeof value === 'string' ? /^enum: ([\w-]+(?: \| [\w-]+)+)/.exec(value) : null
        if (enumMatch && found?.kind === 'scalar') expect(found.options).toEqual(enumMatch[1]!.split(' | '))
        if (Array.isArray(value) && typeof value[0] === 'object') expectFields(value[0], `${dotted}.`)
        else if (value && typeof value === 'object' && !Array.isArray(value)) expectFields(value, `${dotted}.`)
      }
    }
    expectFields(fields, '')
    const page = fiData('pages').find((entry) => entry.slug === 'accessibility')!.data.statement
    for (const required of ['complianceStatus', 'preparedOn', 'lastReviewedOn', 'assessmentMethod'])
      expect(page[required], required).toBeTruthy()
    expect(page.feedback.responseTimeDays).toBe(fields.feedback.responseTimeDays)
    expect(page.enforcement.url).toBe(fields.enforcement.url)
    expect(page.enforcement.authority).toMatch(/^Lupa- ja valvontavirasto/)
  })

  it('uses only real ESF+ common indicator codes', () => {
    const file = json('models/esf-plus-common-indicators.json')
    const codes = new Set(
      Object.values(file)
        .filter(Array.isArray)
        .flat()
        .map((entry: Data) => entry.code),
    )
    // The list holds codes, and the corpus may use only those, each with its programme period. The
    // two projects' own figures carry none: DOT was a 2014–2020 project and the list is 2021–2027's.
    expect(codes.size).toBeGreaterThan(10)
    const used = fiData('indicators').filter((entry) => entry.data.esfCode)
    for (const { slug, data } of used) {
      expect(codes.has(data.esfCode), `${slug}: ${data.esfCode}`).toBe(true)
      expect(data.esfProgrammePeriod, slug).toBe('2021-2027')
      expect(data.project, slug).not.toBe('dot')
    }
  })

  it('aligns badges and cheat sheets with real DigComp 2.2 competences, their ESCO concepts and DigComp 3.0 identifiers', () => {
    const digcomp22 = json('digcomp/digcomp-2.2-esco.json')
    const competences = new Map<string, { area: string; escoUri?: string }>(
      digcomp22.areas.flatMap((area: Data) =>
        area.competences.map((c: Data) => [c.code, { area: area.code, escoUri: c.escoUri }]),
      ),
    )
    const csv = fs.readFileSync(path.join(standardsDir!, 'digcomp/digcomp-3.0-core-framework.en.csv'), 'utf8')
    const digcomp30 = new Set([...csv.matchAll(/"(digcomp\.competence\.\d\.\d)\.label"/g)].map((match) => match[1]))
    expect(digcomp30.size).toBeGreaterThan(15)

    for (const { slug, data } of fiData('badges')) {
      expect(data.digcomp22.length, slug).toBeGreaterThan(0)
      for (const row of data.digcomp22) {
        const known = competences.get(row.competence)
        expect(known, `${slug}: ${row.competence}`).toBeDefined()
        expect(row.area, `${slug}: ${row.competence}`).toBe(known!.area)
        expect(row.escoUri ?? null, `${slug}: ESCO URI of ${row.competence}`).toBe(known!.escoUri ?? null)
      }
      for (const id of data.digcomp30) expect(digcomp30.has(id), `${slug}: ${id}`).toBe(true)
    }
    for (const { slug, data } of fiData('cheat-sheets')) {
      for (const code of data.digcomp ?? []) expect(competences.has(code), `${slug}: ${code}`).toBe(true)
    }
  })
})
