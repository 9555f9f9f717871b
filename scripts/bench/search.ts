import type { Server } from 'node:http'
import zlib from 'node:zlib'
import fs from 'node:fs'

import { resolveFile, serveStatic } from '../lib/static-server'
import { homePath, sectionPath } from '@toolkit/contract/routes'
import { launchBrowser } from '../lib/browser'
import { type BenchContext, formatBytes, type Row } from './context'
import { words } from './corpus'

/**
 * Search on the largest synthetic build, in headless Chromium, as a reader uses it: the search page
 * is opened (and left until the network is idle), a query is typed and Enter pressed; then a
 * second one. For each query: the time from Enter until the page shows that query's first result
 * (which may be at once, when the search ran while the reader typed), and the bytes fetched from the first key to the end (Pagefind's index chunks and result fragments, and
 * its script, WASM and metadata if the page had not loaded them yet). The local server sends files
 * as they are, without HTTP compression: Pagefind's index files are gzip already, its JS and WASM
 * are not, so the figure with gzip for those (as Netlify would send them) is printed beside it.
 */
export interface QueryCost {
  query: string
  ms: number
  bytes: number
  gzipBytes: number
  requests: number
  results: number
  /** Bytes by kind of file: Pagefind's script, WASM, entry, meta, index chunks, fragments, filters. */
  byKind: Record<string, number>
}

function kindOf(url: string): string {
  const file = new URL(url).pathname
  if (file.endsWith('.wasm') || /wasm\.[a-z-]+\.pagefind$/.test(file)) return 'wasm'
  if (file.endsWith('.js')) return 'js'
  const extension = /\.pf_([a-z]+)$/.exec(file)?.[1]
  if (extension) return extension
  if (file.endsWith('pagefind-entry.json')) return 'entry'
  return 'other'
}

/**
 * Arms a timer in the page: it starts when the search form is submitted and stops when the page
 * shows that search's results: a result link in the list, and the status line no longer saying
 * "searching" (the search island sets it when a search starts and replaces it with the count as the first
 * result is shown). When the search already ran while the reader typed, the results are there at
 * once, and the time is the few ms to notice it.
 */
const armTimer = `window.__searchTime = new Promise((resolve, reject) => {
  const results = document.getElementById('search-results')
  const status = document.getElementById('search-status')
  const searching = JSON.parse(document.querySelector('[data-module="search"] [data-island-data]').textContent).searching
  let started = null
  const check = () => {
    if (started !== null && status.textContent !== searching && results.querySelector('a')) {
      observer.disconnect()
      resolve(performance.now() - started)
    }
  }
  const observer = new MutationObserver(check)
  for (const target of [results, status]) observer.observe(target, { childList: true, subtree: true, characterData: true })
  // Capture: this runs before the page's own submit handler, which starts the search; the check
  // after it (next task) sees either "searching" or this search's results already on the page.
  document.addEventListener('submit', () => { started = performance.now(); setTimeout(check, 0) }, { capture: true, once: true })
  setTimeout(() => reject(new Error('no results within 30 s')), 30000)
}); undefined`

/**
 * Where a query's time goes, measured in the page with Pagefind's API (the steps the search island,
 * site/src/scripts/search.ts, takes):
 * loading pagefind.js, init (WASM and index entry), search(), and the 20 result fragments.
 */
function timeSteps(queries: string[]): string {
  return `(async () => {
    const now = () => performance.now()
    const steps = []
    let t = now()
    const pagefind = await import('/pagefind/pagefind.js')
    await pagefind.options({ noWorker: true }) // as site/src/scripts/search.ts
    const load = now() - t
    t = now()
    await pagefind.init()
    const init = now() - t
    for (const query of ${JSON.stringify(queries)}) {
      t = now()
      const search = await pagefind.search(query)
      const searchMs = now() - t
      t = now()
      await Promise.all(search.results.slice(0, 20).map((result) => result.data()))
      steps.push({ query, search: searchMs, fragments: now() - t, results: search.results.length })
    }
    return { load, init, steps }
  })()`
}

export interface QuerySteps {
  load: number
  init: number
  steps: { query: string; search: number; fragments: number; results: number }[]
}

/** The steps of the same queries in a fresh browser, cold: nothing cached or preloaded. */
export async function measureSteps(siteUrl: string, queries: string[]): Promise<QuerySteps> {
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage()
    // The Finnish home page: same language, and nothing of Pagefind loaded yet (the search page preloads it).
    await page.goto(`${siteUrl}${homePath('fi')}`, { waitUntil: 'load' })
    return (await page.evaluate(timeSteps(queries))) as QuerySteps
  } finally {
    await browser.close()
  }
}

export async function measureQueries(siteUrl: string, root: string, queries: string[]): Promise<QueryCost[]> {
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage()
    if (process.env.SEARCH_TRACE) page.on('console', (m) => console.log(m.text()))
    // The reader opens the page and then types: what the page loads on its own meanwhile (network idle) is not the query's.
    await page.goto(`${siteUrl}${sectionPath('fi', 'search')}`, { waitUntil: 'networkidle' })
    const costs: QueryCost[] = []
    for (const query of queries) {
      const fetched: { url: string; bytes: Promise<number> }[] = []
      const onResponse = (response: import('playwright-core').Response) => {
        fetched.push({
          url: response.url(),
          bytes: response
            .request()
            .sizes()
            .then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize),
        })
      }
      page.on('response', onResponse)
      // As a reader does: type the query (about 8 keys a second), then press Enter. The time
      // counted is from Enter to the first result link. (Page code is passed as source text: the
      // bundler's helpers, e.g. __name, do not exist in the page.)
      await page.evaluate(armTimer)
      await page.fill('#search-query', '')
      await page.locator('#search-query').pressSequentially(query, { delay: 120 })
      await page.keyboard.press('Enter')
      const ms = (await page.evaluate('window.__searchTime')) as number
      await page.waitForLoadState('networkidle')
      page.off('response', onResponse)
      const sizes = await Promise.all(fetched.map((entry) => entry.bytes))
      const gzipSizes = fetched.map((entry, index) => {
        const file = resolveFile(root, new URL(entry.url).pathname)
        // Pagefind's .pf_* files are gzip already; text and WASM would be compressed by the host.
        if (!file || /\.pf_/.test(file)) return sizes[index]!
        return zlib.gzipSync(fs.readFileSync(file)).length
      })
      const results = await page.locator('#search-results a').count()
      const byKind: Record<string, number> = {}
      fetched.forEach((entry, index) => {
        const kind = kindOf(entry.url)
        byKind[kind] = (byKind[kind] ?? 0) + sizes[index]!
      })
      costs.push({
        query,
        ms,
        bytes: sizes.reduce((sum, size) => sum + size, 0),
        gzipBytes: gzipSizes.reduce((sum, size) => sum + size, 0),
        requests: fetched.length,
        results,
        byKind,
      })
    }
    return costs
  } finally {
    await browser.close()
  }
}

/** The middle value (the lower middle for an even count). */
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!

export async function runSearchBench(context: BenchContext): Promise<Row[]> {
  const items = context.sizes[context.sizes.length - 1]!
  const site = await context.syntheticSite(items)
  const { server, url } = await serveStatic(site.outDir)
  try {
    // Words every synthetic corpus uses (corpus.ts), so that both queries have results.
    const queries = [words.fi[0], words.fi[1]]
    // One reading on two shared cores swings by a factor of two (the browser, the server and the
    // typing all compete), so the same session is run several times, each in a fresh browser, and
    // the median is held to the budget; the spread is printed beside it.
    const sessions = context.quick ? 1 : 5
    context.log(
      `Searching the ${items}-item build in Chromium for "${queries.join('", then "')}", ${sessions} fresh session(s)…`,
    )
    const runs: QueryCost[][] = []
    for (let session = 0; session < sessions; session++) runs.push(await measureQueries(url, site.outDir, queries))
    const steps = await measureSteps(url, queries)
    const bench = 'search'
    const ms = (value: number) => `${value.toFixed(0)} ms`
    const rows = queries.flatMap((query, index): Row[] => {
      const costs = runs.map((run) => run[index]!)
      const times = costs.map((cost) => cost.ms)
      const bytes = costs.map((cost) => cost.bytes)
      const typicalBytes = median(bytes)
      const typical = costs.find((cost) => cost.bytes === typicalBytes)!
      const label = `${index === 0 ? 'first' : 'second'} query "${query}" (${items} items)`
      const time = median(times)
      return [
        {
          bench,
          metric: `${label}: time to first result, median of ${sessions}`,
          value: `${ms(time)} (${times.map((value) => value.toFixed(0)).join(', ')})`,
          budget: '≤ 100 ms',
          ok: time <= 100,
        },
        {
          bench,
          metric: `${label}: transferred, median (most) of ${sessions}`,
          value: `${formatBytes(typicalBytes)} (${formatBytes(Math.max(...bytes))}); with gzip ${formatBytes(typical.gzipBytes)}, ${typical.requests} requests`,
          budget: '≤ 300 KB',
          ok: Math.max(...bytes) <= 300 * 1024,
        },
        {
          bench,
          metric: `${label}: bytes by kind (median session)`,
          value: Object.entries(typical.byKind)
            .sort((a, b) => b[1] - a[1])
            .map(([kind, size]) => `${kind} ${formatBytes(size)}`)
            .join(', '),
        },
      ]
    })
    rows.push({
      bench,
      metric: 'where the time goes, cold (Pagefind API on the home page)',
      value: [
        `load ${ms(steps.load)}`,
        `init ${ms(steps.init)}`,
        ...steps.steps.map(
          (step) =>
            `"${step.query}": search ${ms(step.search)} + 20 fragments ${ms(step.fragments)} (${step.results} hits)`,
        ),
      ].join('; '),
    })
    return rows
  } finally {
    await new Promise<void>((resolve) => (server as Server).close(() => resolve()))
  }
}
