import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { readContent } from '../../scripts/lib/content'
import { headlineIndicatorSlugs, headlineIndicators, type Indicator } from '../../site/src/lib/indicators'

// The outcomes page's key figures are data: a list of indicator slugs, checked here against the corpus.
const corpusIndicators = new Map(
  readContent(path.resolve('content'))
    .filter((document) => document.type.key === 'indicators')
    .map((document) => [document.slug!, document.locales.fi!.data as { unit: string; target?: number | null }]),
)

describe('outcomes: key figures', () => {
  it('names only indicators that exist in the corpus, each once', () => {
    for (const slug of headlineIndicatorSlugs) expect(corpusIndicators.has(slug), slug).toBe(true)
    expect(new Set(headlineIndicatorSlugs).size).toBe(headlineIndicatorSlugs.length)
  })

  it('covers what funders ask first: reach against a target, recycled computers and satisfaction', () => {
    const headline = headlineIndicatorSlugs.map((slug) => corpusIndicators.get(slug)!)
    expect(headline.some((indicator) => indicator.unit === 'persons' && indicator.target != null)).toBe(true)
    expect(headline.some((indicator) => indicator.unit === 'computers-per-year')).toBe(true)
    expect(headline.some((indicator) => indicator.unit === 'score5')).toBe(true)
  })

  it("keeps the list's order and names the headline figures that are not published", () => {
    const published = [...headlineIndicatorSlugs]
      .reverse()
      .slice(1)
      .map((slug) => ({ slug }) as Indicator)
    const { headline, missing } = headlineIndicators([{ slug: 'something-else' } as Indicator, ...published])
    expect(headline.map((indicator) => indicator.slug)).toEqual(headlineIndicatorSlugs.slice(0, -1))
    expect(missing).toEqual([headlineIndicatorSlugs.at(-1)])
  })
})
