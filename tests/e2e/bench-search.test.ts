import { describe, expect, inject, it } from 'vitest'

import { MainThreadTrace } from '../../scripts/bench/main-thread'
import { realCorpusQueries, searchSession } from '../../scripts/bench/search'
import { launchBrowser } from '../../scripts/lib/browser'
import { builtSite } from '../helpers/site'

const { siteUrl } = builtSite()
const siteDir = inject('siteDir')

// The search benchmark's tools (npm run bench): its readings are budgets' evidence, so the tools
// themselves are tested here: no timings are asserted, only that they measure what they say.
describe('search benchmark', () => {
  it('finds the longest main-thread task between two marks, and only between them', async () => {
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage()
      await page.goto(siteUrl)
      const trace = await MainThreadTrace.start(browser, page)
      await trace.mark('quiet start')
      await trace.mark('quiet end')
      await trace.mark('busy start')
      // One task that keeps the thread for 150 ms, as a search on the page's own thread did.
      await page.evaluate(() => {
        const until = performance.now() + 150
        while (performance.now() < until);
      })
      await trace.mark('busy end')
      const longest = await trace.stop({ quiet: ['quiet start', 'quiet end'], busy: ['busy start', 'busy end'] })
      expect(longest.busy).toBeGreaterThanOrEqual(150)
      expect(longest.quiet).toBeLessThan(150)
    } finally {
      await browser.close()
    }
  })

  it('says so when a phase was never reached', async () => {
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage()
      await page.goto(siteUrl)
      const trace = await MainThreadTrace.start(browser, page)
      await trace.mark('started')
      await expect(trace.stop({ search: ['started', 'never'] })).rejects.toThrow(/no mark "never"/)
    } finally {
      await browser.close()
    }
  })

  it('types two queries on the search page as a reader does and reads each one’s cost', async () => {
    const queries = [realCorpusQueries.common, realCorpusQueries.twoWords]
    const costs = await searchSession(siteUrl, siteDir, queries)
    expect(costs.map((cost) => cost.query)).toEqual(queries)
    for (const cost of costs) {
      expect(cost.results).toBeGreaterThan(0)
      expect(cost.ms).toBeGreaterThanOrEqual(0)
      // The page's thread did run tasks in both phases (key presses, results): the trace saw them.
      expect(cost.typingTask).toBeGreaterThan(0)
      expect(cost.searchTask).toBeGreaterThan(0)
    }
    // The first query fetched its index chunk and its results' fragments, and they were counted.
    expect(costs[0]!.byKind.index).toBeGreaterThan(0)
    expect(costs[0]!.byKind.fragment).toBeGreaterThan(0)
  })
})
