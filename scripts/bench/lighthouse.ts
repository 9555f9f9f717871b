import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import fs from 'node:fs'
import type { Server } from 'node:http'
import path from 'node:path'

import { ensureChromium } from '../lib/chromium'
import { serveStatic } from '../lib/static-server'
import { detailPath, homePath, sectionPath, sections } from '@toolkit/contract/routes'
import { chromiumFlags } from '../lib/browser'
import { type BenchContext, type Row } from './context'

/**
 * Lighthouse's mobile audit (its default: emulated phone, simulated slow 4G and CPU) of the real
 * corpus's home page, a component page and the search page, served over loopback; the four
 * categories each, and for any score under 100 the audits that cost points. The search page, the
 * one page that loads a search engine of its own, is audited five times and each run reported:
 * its score once swung between 84 and 100 on the same build.
 */
const searchRuns = 5
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const

export async function runLighthouseBench(context: BenchContext): Promise<Row[]> {
  const site = await context.realSite()
  const componentSlug = fs
    .readdirSync(path.join(site.outDir, 'fi', sections.components.fi), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()[0]
  if (!componentSlug) throw new Error('The real build has no component pages.')
  const searchPage = sectionPath('fi', 'search')
  const pages: [string, string][] = [
    ['home', homePath('fi')],
    ['component', detailPath('fi', 'components', componentSlug)],
    ...Array.from({ length: context.quick ? 1 : searchRuns }, (_, run): [string, string] => [
      `search (run ${run + 1})`,
      searchPage,
    ]),
  ]
  const { server, url } = await serveStatic(site.outDir)
  const chrome = await chromeLauncher.launch({
    chromePath: ensureChromium(),
    chromeFlags: chromiumFlags,
    logLevel: 'error',
  })
  const rows: Row[] = []
  try {
    for (const [name, pagePath] of pages) {
      context.log(`Lighthouse (mobile): ${pagePath}…`)
      const result = await lighthouse(`${url}${pagePath}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
      })
      if (!result) throw new Error(`Lighthouse returned nothing for ${pagePath}.`)
      const { lhr } = result
      if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${pagePath}: ${lhr.runtimeError.message}`)
      const scores = categories.map((category) => Math.round((lhr.categories[category]?.score ?? 0) * 100))
      const lost = categories.flatMap((category) =>
        (lhr.categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${ref.id} (${lhr.audits[ref.id]?.displayValue || lhr.audits[ref.id]?.score})`),
      )
      rows.push({
        bench: 'lighthouse',
        metric: `${name} ${pagePath} perf/a11y/best-practices/SEO`,
        // Total blocking time is what a search engine on the page's own thread cost it.
        value: `${scores.join('/')} (TBT ${lhr.audits['total-blocking-time']?.displayValue ?? '?'})`,
        budget: '100/100/100/100',
        ok: scores.every((score) => score === 100),
      })
      if (lost.length > 0) {
        rows.push({
          bench: 'lighthouse',
          metric: `${name}: audits below full score`,
          value: lost.join(', ').slice(0, 160),
        })
        console.log(`Lighthouse ${name} ${pagePath}: audits below full score: ${lost.join(', ')}`)
      }
      const metrics = [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
      ]
      console.log(
        `Lighthouse ${name} ${pagePath}: ${metrics.map((id) => `${id} ${lhr.audits[id]?.displayValue ?? '?'}`).join(', ')}`,
      )
    }
  } finally {
    chrome.kill()
    await new Promise<void>((resolve) => (server as Server).close(() => resolve()))
  }
  return rows
}
