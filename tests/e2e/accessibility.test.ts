import { AxeBuilder } from '@axe-core/playwright'
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { detailPath, detailSections, homePath, sectionPath } from '@toolkit/contract/routes'
import { builtPages, builtSite, useBrowser } from '../helpers/site'

const { siteUrl, snapshot } = builtSite()
const session = useBrowser()

const langs = ['fi', 'en', 'sv'] as const
const withDiagram =
  snapshot.collections.components.find((c) => c.content.fi.diagram.kind) ?? snapshot.collections.components[0]!
// Every page the build wrote, in every language…
const pages = [
  ...builtPages(),
  // …and the search page showing results with highlighted excerpts.
  ...langs.map(
    (lang) =>
      `${sectionPath(lang, 'search')}?q=${encodeURIComponent((withDiagram.content[lang] ?? withDiagram.content.fi).title.split(' ')[0]!)}`,
  ),
  // …and filtered by topic alone.
  ...langs.map((lang) => `${sectionPath(lang, 'search')}?topic=security`),
  // …and the adoption planner showing a plan (the choices are in the address).
  ...langs.map(
    (lang) =>
      `${sectionPath(lang, 'planner')}?${snapshot.collections.components
        .slice(0, 3)
        .map((c) => `c=${c.slug}`)
        .join('&')}&staffSkills=low&size=small`,
  ),
]
// One page of each kind per language again in dark mode on a small phone.
const samples = langs.flatMap((lang) => [
  homePath(lang),
  sectionPath(lang, 'components'),
  sectionPath(lang, 'indicators'),
  sectionPath(lang, 'tools'),
  ...detailSections.map((section) => detailPath(lang, section, snapshot.collections[section][0]!.slug)),
])

// Scans run two at a time (the machine has two cores), each on a page borrowed from a small pool.
const pool: Page[] = []
const waiting: ((page: Page) => void)[] = []
let context: BrowserContext | undefined
async function borrow(): Promise<Page> {
  if (!context) {
    context = await session.browser.newContext()
    // Every page records what the Content-Security-Policy (served from netlify.toml) blocked.
    await context.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __cspViolations: string[] }).__cspViolations = [])
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
      )
    })
  }
  if (pool.length > 0) return pool.pop()!
  if (openPages < 2) {
    openPages++
    return context.newPage()
  }
  return new Promise((resolve) => waiting.push(resolve))
}
let openPages = 0
function giveBack(page: Page) {
  const next = waiting.shift()
  if (next) next(page)
  else pool.push(page)
}

/** A page whose renderer stopped answering is closed, not pooled; the next borrower gets a new one. */
async function discard(page: Page) {
  openPages--
  await page.close({ runBeforeUnload: false }).catch(() => undefined)
  const next = waiting.shift()
  if (next) void borrow().then(next)
}

class ScanTimeout extends Error {
  override name = 'ScanTimeout'
}

/**
 * Each scan has a deadline. Playwright's evaluate (axe runs in the page) has no timeout of its own:
 * on a loaded two-core machine a renderer once stopped answering, the two pooled pages were never
 * given back and every later scan waited in line until the whole run timed out. A stuck scan now
 * gets one more try on a new page, then fails with the page named.
 */
const SCAN_DEADLINE_MS = 25_000

/** axe's violations on a page, plus anything the CSP blocked and any request to another host. */
async function violations(path: string, options: { colorScheme: 'light' | 'dark'; width: number }): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await scanOnce(path, options)
    } catch (error) {
      if (!(error instanceof ScanTimeout) || attempt === 2) throw error
    }
  }
}

async function scanOnce(path: string, options: { colorScheme: 'light' | 'dark'; width: number }): Promise<string[]> {
  const page = await borrow()
  const foreign: string[] = []
  const site = new URL(siteUrl).host
  const onRequest = (request: { url(): string }) => {
    const url = new URL(request.url())
    if (url.protocol !== 'data:' && url.host !== site) foreign.push(`request to another host: ${url.href}`)
  }
  page.on('request', onRequest)
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ScanTimeout(`${path}: the scan did not finish within ${SCAN_DEADLINE_MS / 1000} s`)),
      SCAN_DEADLINE_MS,
    )
  })
  const scan = async () => {
    await page.setViewportSize({ width: options.width, height: 800 })
    await page.emulateMedia({ colorScheme: options.colorScheme })
    // Search results are drawn by script: wait for the network to settle there only.
    await page.goto(new URL(path, siteUrl).href, { waitUntil: path.includes('?') ? 'networkidle' : 'load' })
    // Legacy mode runs axe in the page itself. The default mode finishes each run in a new blank
    // page with axe injected twice more, for cross-origin frames, which the site never has (a
    // request to another host fails the scan below). Thirty pages on two busy cores took
    // 274–283 s in the default mode and 128–179 s in legacy mode.
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .setLegacyMode(true)
      .analyze()
    const blocked = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)
    return [
      ...result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      ...blocked.map((message) => `CSP: ${message}`),
      ...foreign,
    ]
  }
  let stuck = false
  try {
    return await Promise.race([scan(), deadline])
  } catch (error) {
    stuck = error instanceof ScanTimeout
    throw error
  } finally {
    clearTimeout(timer)
    page.off('request', onRequest)
    if (stuck) await discard(page)
    else giveBack(page)
  }
}

describe('accessibility (axe, WCAG 2.1 A/AA), under the production CSP, with no third-party requests', () => {
  it('scans a few hundred pages', () => {
    expect(pages.length).toBeGreaterThan(100)
  })

  it.concurrent.each(pages)(
    '%s has zero violations in light mode',
    async (path) => {
      expect(await violations(path, { colorScheme: 'light', width: 1024 })).toEqual([])
    },
    120_000,
  )

  it.concurrent.each(samples)(
    '%s has zero violations in dark mode on a 320 px screen',
    async (path) => {
      expect(await violations(path, { colorScheme: 'dark', width: 320 })).toEqual([])
    },
    120_000,
  )
})
