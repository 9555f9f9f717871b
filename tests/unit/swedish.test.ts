import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { readContent } from '../../scripts/lib/content'
import { hasLocalized, type ShapeNode } from '../../scripts/lib/shape'

// Swedish for everything a learner or a Swedish-speaking organisation uses: the learner-facing
// documents and the model are complete in Swedish (every localized field the Finnish has), the
// others at least name and describe themselves in Swedish; and the Swedish keeps to the term list.
const corpus = readContent(path.resolve('content'))
type Data = Record<string, unknown>

const complete = ['model', 'components', 'cheat-sheets', 'badges', 'course-packs', 'self-assessments', 'pages']
/** Per other type, the fields a Swedish reader needs at least: its name and what it is. */
const atLeast: Record<string, string[]> = {
  events: ['title', 'summary'],
  posts: ['title', 'excerpt'],
  indicators: ['name'],
  tools: ['name', 'description'],
}

const filled = (value: unknown): boolean =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)

/** The localized fields the Finnish has and the Swedish lacks (or has with a different number of items). */
function missingInSwedish(nodes: ShapeNode[], fi: Data, sv: Data, prefix = ''): string[] {
  return nodes.flatMap((node) => {
    const name = `${prefix}${node.name}`
    // Shared fields inside a group (an accessibility statement's status) are written once, in fi.md.
    if (!hasLocalized(node) || !filled(fi[node.name])) return []
    if (node.kind === 'group' && !node.localized)
      return missingInSwedish(node.fields, fi[node.name] as Data, (sv[node.name] ?? {}) as Data, `${name}.`)
    if (!filled(sv[node.name])) return [name]
    if (Array.isArray(fi[node.name]) && (fi[node.name] as unknown[]).length !== (sv[node.name] as unknown[]).length)
      return [
        `${name} (${(sv[node.name] as unknown[]).length} items, Finnish has ${(fi[node.name] as unknown[]).length})`,
      ]
    return []
  })
}

describe('Swedish', () => {
  it('is complete for every learner-facing document, the model, the components and the pages', () => {
    const gaps = corpus
      .filter((document) => complete.includes(document.type.key))
      .flatMap((document) => {
        const where = `${document.type.key}/${document.slug ?? ''}`
        const fi = document.locales.fi!
        const sv = document.locales.sv
        if (!sv) return [`${where}: no sv.md`]
        const fields = missingInSwedish(document.type.localized, fi.data, sv.data)
        if (fi.body && !sv.body) fields.push('body')
        const handouts = [...fi.attachments.keys()].filter(
          (file) => !fs.existsSync(path.resolve('content', path.dirname(sv.file), file.replace(/\.fi\.md$/, '.sv.md'))),
        )
        return [...fields, ...handouts.map((file) => `handout ${file.replace(/\.fi\.md$/, '.sv.md')}`)].map(
          (field) => `${where}: ${field}`,
        )
      })
    expect(gaps).toEqual([])
  })

  it('names and describes every other document', () => {
    const gaps = corpus
      .filter((document) => document.type.key in atLeast)
      .flatMap((document) => {
        const sv = document.locales.sv?.data as Data | undefined
        return atLeast[document.type.key]!.filter((field) => !filled(sv?.[field])).map(
          (field) => `${document.type.key}/${document.slug}: ${field}`,
        )
      })
    expect(gaps).toEqual([])
  })

  it('uses the term list’s words, never the forms it avoids', () => {
    const { terms } = JSON.parse(fs.readFileSync(path.resolve('content/terms.json'), 'utf8')) as {
      terms: { fi: string; sv: string; en: string; avoidSv?: string[] }[]
    }
    expect(terms.length).toBeGreaterThan(30)
    const found: string[] = []
    for (const document of corpus) {
      const sv = document.locales.sv
      if (!sv) continue
      const text = fs.readFileSync(path.resolve('content', sv.file), 'utf8') + [...sv.attachments.values()].join('\n')
      for (const term of terms)
        for (const avoided of term.avoidSv ?? []) {
          const pattern = new RegExp(`(^|[^\\p{L}])${avoided.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu')
          if (pattern.test(text)) found.push(`${sv.file}: "${avoided}" (use "${term.sv}")`)
        }
    }
    expect(found).toEqual([])
  })
})
