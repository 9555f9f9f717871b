import { describe, expect, it } from 'vitest'

import {
  isEmptyRequest,
  readSearchAddress,
  requestKey,
  resultsStatus,
  resultView,
  searchAddress,
  searchesWhileTyping,
  type SearchPageData,
  searchRequest,
} from '../../site/src/lib/search'

// The search island's logic (site/src/scripts/search.ts), without a browser.
const data: SearchPageData = {
  types: { 'cheat-sheet': 'Lunttilaput', component: 'Mallin osat' },
  searching: 'Haetaan…',
  noResults: 'Ei tuloksia.',
  results: 'Tuloksia: {count}',
  unavailable: 'Haku ei toimi.',
}
const selects = [
  { name: 'type', options: ['', 'cheat-sheet', 'component'] },
  { name: 'topic', options: ['', 'safety'] },
]

describe('search requests', () => {
  it('trims the words and leaves "all" out of the filters', () => {
    expect(
      searchRequest('  salasana ', [
        { name: 'type', value: 'cheat-sheet' },
        { name: 'topic', value: '' },
      ]),
    ).toEqual({
      query: 'salasana',
      filters: { type: ['cheat-sheet'] },
    })
  })

  it('is empty with neither words nor filters, and not with filters alone', () => {
    expect(isEmptyRequest(searchRequest('   ', [{ name: 'type', value: '' }]))).toBe(true)
    expect(isEmptyRequest(searchRequest('', [{ name: 'type', value: 'component' }]))).toBe(false)
  })

  it('gives the same key to typing and Enter for the same search, and another to other filters', () => {
    const typed = searchRequest('salasana', [{ name: 'type', value: '' }])
    expect(requestKey(searchRequest('salasana ', [{ name: 'type', value: '' }]))).toBe(requestKey(typed))
    expect(requestKey(searchRequest('salasana', [{ name: 'type', value: 'component' }]))).not.toBe(requestKey(typed))
  })
})

describe('searching while typing', () => {
  it('waits until the last word has three letters', () => {
    expect(searchesWhileTyping('sa')).toBe(false)
    expect(searchesWhileTyping('sal')).toBe(true)
    expect(searchesWhileTyping('salasana ty')).toBe(false)
    expect(searchesWhileTyping('salasana työ ')).toBe(true)
  })

  it('searches when the field is cleared, so that the results are cleared too', () => {
    expect(searchesWhileTyping('')).toBe(true)
    expect(searchesWhileTyping('   ')).toBe(true)
  })
})

describe('the address of a search', () => {
  it('holds the words as typed and the chosen filters, nothing else', () => {
    const address = searchAddress('https://example.org/fi/haku/?q=old&page=2#top', 'salasana ', [
      { name: 'type', value: 'cheat-sheet' },
      { name: 'topic', value: '' },
    ])
    expect(address).toBe('https://example.org/fi/haku/?q=salasana+&type=cheat-sheet#top')
  })

  it('reads back the words, and only filter values the page offers', () => {
    expect(readSearchAddress('?q=salasana&type=component&topic=unknown', selects)).toEqual({
      words: 'salasana',
      choices: [
        { name: 'type', value: 'component' },
        { name: 'topic', value: '' },
      ],
    })
    expect(readSearchAddress('', selects).words).toBe('')
  })

  it('round-trips: an address made from a search reads back as that search', () => {
    const choices = [
      { name: 'type', value: 'cheat-sheet' },
      { name: 'topic', value: 'safety' },
    ]
    const address = new URL(searchAddress('https://example.org/fi/haku/', 'ä & ö', choices))
    expect(readSearchAddress(address.search, selects)).toEqual({ words: 'ä & ö', choices })
  })
})

describe('a result', () => {
  it('shows the title, the kind of page when the page says, and the excerpt', () => {
    expect(
      resultView(
        {
          url: '/fi/lunttilaput/a/',
          excerpt: 'x <mark>y</mark>',
          meta: { title: 'A' },
          filters: { type: ['cheat-sheet'] },
        },
        data.types,
      ),
    ).toEqual({
      url: '/fi/lunttilaput/a/',
      title: 'A',
      kind: 'Lunttilaput',
      excerptHtml: 'x <mark>y</mark>',
    })
  })

  it('falls back to the address without a title, and shows no kind for an unknown or missing type', () => {
    const view = resultView({ url: '/fi/x/', excerpt: '', filters: { type: ['constructor'] } }, data.types)
    expect(view.title).toBe('/fi/x/')
    expect(view.kind).toBeNull()
    expect(resultView({ url: '/fi/x/', excerpt: '' }, data.types).kind).toBeNull()
  })

  it('counts the results in the status line', () => {
    expect(resultsStatus(data, 12)).toBe('Tuloksia: 12')
  })
})
