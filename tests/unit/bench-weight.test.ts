import { describe, expect, it } from 'vitest'

import { type PageWeight, unexpectedScripts } from '../../scripts/bench/weight'

const island = (name: string) => `/_astro/${name}.astro_astro_type_script_index_0_lang.Ab12_c.js`
const page = (path: string, scripts: string[]): PageWeight => ({
  page: path,
  htmlBytes: 1,
  cssBytes: 1,
  jsBytes: scripts.length,
  scripts,
  total: 2 + scripts.length,
})

// The weight benchmark's "no JS on other pages" budget: an island is expected only on the pages
// that use it, and anywhere else it is named.
describe('weight benchmark: scripts a page may load', () => {
  it('accepts each island on its own pages', () => {
    expect(unexpectedScripts(page('/fi/haku/', [island('SearchPage'), island('OfflineSupport')]))).toEqual([])
    expect(unexpectedScripts(page('/fi/tapahtumat/', [island('EventList')]))).toEqual([])
    expect(unexpectedScripts(page('/en/feedback/', [island('FeedbackForm')]))).toEqual([])
    expect(unexpectedScripts(page('/sv/respons/', [island('FeedbackForm')]))).toEqual([])
    expect(unexpectedScripts(page('/fi/koulutuspaketit/', [island('ListFilter'), island('OfflineSupport')]))).toEqual(
      [],
    )
  })

  it('names an island on a page that does not use it, and any other script', () => {
    expect(unexpectedScripts(page('/fi/toimintamalli/', [island('EventList')]))).toEqual([island('EventList')])
    expect(unexpectedScripts(page('/fi/tietoa/', [island('FeedbackForm')]))).toEqual([island('FeedbackForm')])
    expect(unexpectedScripts(page('/fi/tapahtumat/', [island('SearchPage')]))).toEqual([island('SearchPage')])
    expect(unexpectedScripts(page('/fi/', ['/_astro/tracker.js']))).toEqual(['/_astro/tracker.js'])
  })
})
