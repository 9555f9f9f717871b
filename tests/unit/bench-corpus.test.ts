import { describe, expect, it } from 'vitest'

import {
  generateCorpus,
  minimumItems,
  syntheticQueries,
  typeCounts,
  unresolvedReferences,
} from '../../scripts/bench/corpus'
import { collectionKeys, parseSnapshot } from '@toolkit/contract/snapshot'

// The synthetic corpus of `npm run bench`: it must be a valid snapshot of the requested size whose
// relationships all resolve, and the same every time, so that two benchmark runs build the same site.
describe('benchmark corpus generator', () => {
  const items = 400
  const snapshot = generateCorpus({ items, seed: 42 })
  const documents = (value: typeof snapshot) =>
    collectionKeys.reduce((sum, key) => sum + value.collections[key].length, 0)

  it('gives the same snapshot for the same seed and size, and another for another seed', () => {
    expect(JSON.stringify(generateCorpus({ items, seed: 42 }))).toBe(JSON.stringify(snapshot))
    expect(JSON.stringify(generateCorpus({ items, seed: 43 }))).not.toBe(JSON.stringify(snapshot))
  })

  it('passes parseSnapshot, as the site reads it', () => {
    const parsed = parseSnapshot(JSON.parse(JSON.stringify(snapshot)), 'generated')
    expect(parsed.source).toBe('fixture')
    expect(parsed.model?.components.length).toBe(snapshot.collections.components.length)
  })

  it('has exactly the requested number of documents, most of them components, posts, cheat sheets and tools', () => {
    for (const size of [minimumItems, 100, 1000, 10_000]) {
      const counts = typeCounts(size)
      expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(size)
      for (const key of collectionKeys) expect(counts[key]).toBeGreaterThan(0)
    }
    expect(documents(snapshot)).toBe(items)
    const main = (['components', 'posts', 'cheat-sheets', 'tools'] as const).reduce(
      (sum, key) => sum + snapshot.collections[key].length,
      0,
    )
    expect(main / items).toBeGreaterThan(0.75)
    expect(() => typeCounts(minimumItems - 1)).toThrow(/at least/)
  })

  it('writes Finnish and English, and leaves Swedish untranslated', () => {
    for (const key of collectionKeys) {
      for (const doc of snapshot.collections[key]) {
        expect(doc.content.en).not.toBeNull()
        expect(doc.content.sv).toBeNull()
      }
    }
  })

  it('has unique slugs and relationships that all resolve', () => {
    for (const key of collectionKeys) {
      const slugs = snapshot.collections[key].map((doc) => doc.slug)
      expect(new Set(slugs).size).toBe(slugs.length)
    }
    expect(unresolvedReferences(snapshot)).toEqual([])
    expect(snapshot.collections.components.every((doc) => doc.cheatSheets.length > 0 && doc.tools.length > 0)).toBe(
      true,
    )
    // The check itself notices a broken reference.
    const broken = structuredClone(snapshot)
    broken.collections.components[0]!.tools.push('ei-ole')
    expect(unresolvedReferences(broken)).toEqual([
      `components/${broken.collections.components[0]!.slug} → tools/ei-ole`,
    ])
  })

  it('gives the search benchmark a common word, a rare word and two words that all occur', () => {
    const queries = syntheticQueries('fi')
    // Finnish text of every document, to count the documents a word occurs in, as Pagefind would match it.
    const texts = collectionKeys.flatMap((key) =>
      snapshot.collections[key].map((doc) => JSON.stringify(doc.content.fi).toLowerCase()),
    )
    const holding = (word: string) => texts.filter((text) => new RegExp(`\\b${word}`, 'u').test(text)).length
    const common = holding(queries.common)
    const rare = holding(queries.rare)
    expect(rare).toBeGreaterThan(0)
    expect(common).toBeGreaterThan(10 * rare)
    expect(queries.twoWords.split(' ')).toHaveLength(2)
    for (const word of queries.twoWords.split(' ')) expect(holding(word)).toBeGreaterThan(rare)
  })
})
