import fs from 'node:fs'
import path from 'node:path'
import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'

import { codeLicence, contentLicence, contentLicenceNotice } from '@toolkit/contract/licence'
import { locales } from '@toolkit/contract/locales'

// The code's licence (LICENSE), the content's (CC BY 4.0, named wherever content leaves the site) and
// how to cite the toolkit (CITATION.cff), checked so that none of them drifts.
const root = path.resolve('.')
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8')

/**
 * The Citation File Format 1.2.0 rules for the keys a CITATION.cff may have, written from the format's
 * specification (https://github.com/citation-file-format/citation-file-format, schema-guide.md): the
 * four required keys, the allowed top-level keys, and the shape of authors, dates and references.
 */
const entity = {
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string', minLength: 1 } },
}
const person = {
  type: 'object',
  anyOf: [{ required: ['family-names'] }, { required: ['given-names'] }],
  properties: {
    'family-names': { type: 'string', minLength: 1 },
    'given-names': { type: 'string', minLength: 1 },
    orcid: { type: 'string', pattern: '^https://orcid\\.org/' },
    affiliation: { type: 'string' },
  },
}
const authors = { type: 'array', minItems: 1, items: { anyOf: [person, entity] } }
const cffSchema = {
  type: 'object',
  required: ['cff-version', 'message', 'title', 'authors'],
  additionalProperties: false,
  properties: {
    'cff-version': { const: '1.2.0' },
    message: { type: 'string', minLength: 1 },
    title: { type: 'string', minLength: 1 },
    abstract: { type: 'string', minLength: 1 },
    authors,
    type: { enum: ['software', 'dataset'] },
    version: { type: ['string', 'number'] },
    'date-released': { type: 'string', format: 'date' },
    license: { type: 'string', pattern: '^[A-Za-z0-9.+-]+$' },
    keywords: { type: 'array', items: { type: 'string', minLength: 1 } },
    url: { type: 'string', format: 'uri' },
    'repository-code': { type: 'string', format: 'uri' },
    doi: { type: 'string', pattern: '^10\\.\\d{4,9}/' },
    commit: { type: 'string' },
    contact: authors,
    identifiers: { type: 'array' },
    'license-url': { type: 'string', format: 'uri' },
    'preferred-citation': { type: 'object' },
    repository: { type: 'string', format: 'uri' },
    'repository-artifact': { type: 'string', format: 'uri' },
    references: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type', 'title', 'authors'],
        properties: {
          type: { type: 'string' },
          title: { type: 'string', minLength: 1 },
          authors,
          year: { type: 'integer' },
        },
      },
    },
  },
}

describe('licences and citation', () => {
  it('licenses the code under the EUPL 1.2, with its full text in LICENSE', () => {
    const text = read('LICENSE')
    expect(text.startsWith('EUROPEAN UNION PUBLIC LICENCE v. 1.2')).toBe(true)
    expect(text).toContain('Compatible Licences')
    expect(text.length).toBeGreaterThan(12000)
    expect(codeLicence.spdx).toBe('EUPL-1.2')
    expect(JSON.parse(read('package.json')).license).toBe(codeLicence.spdx)
  })

  it('names the content licence and the two reports in every language', () => {
    for (const lang of locales) {
      const notice = contentLicenceNotice(lang, 'Esimerkkiyhdistys')
      expect(notice, lang).toContain(contentLicence.url)
      expect(notice, lang).toContain('Esimerkkiyhdistys')
      expect(notice, lang).toMatch(/DOT/)
      expect(notice, lang).toMatch(/S22619/)
    }
  })

  it('has a CITATION.cff that follows the Citation File Format 1.2.0 and carries the version of package.json', () => {
    const cff = YAML.parse(read('CITATION.cff')) as Record<string, unknown>
    const ajv = new Ajv({ allErrors: true })
    addFormats(ajv)
    const validate = ajv.compile(cffSchema)
    expect(validate(cff), JSON.stringify(validate.errors)).toBe(true)
    expect(String(cff.version)).toBe(JSON.parse(read('package.json')).version)
    expect(cff.license).toBe(codeLicence.spdx)
    // The check can fail: a file without authors or with a made-up key does not pass.
    expect(validate({ ...cff, authors: [] })).toBe(false)
    expect(validate({ ...cff, 'made-up': 1 })).toBe(false)
  })
})
