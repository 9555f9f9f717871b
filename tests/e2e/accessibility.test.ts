import { AxeBuilder } from '@axe-core/playwright'
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { detailPath, detailSections, homePath, sectionPath } from '../../site/src/lib/routes'
import { builtPages, builtSite, useBrowser } from '../helpers/site'

const { siteUrl, snapshot } = builtSite()
const session = useBrowser()

const langs = ['fi', 'en', 'sv'] as const
const withDiagram = snapshot.collections.components.find((c) => c.content.fi.diagram.kind) ?? snapshot.collections.components[0]!
// Every page the build wrote, in every language…
const pages = [
  ...builtPages(),
  // …and the search page showing results with highlighted excerpts.
  ...langs.map((lang) => `${sectionPath(lang, 'search')}?q=${encodeURIComponent((withDiagram.content[lang] ?? withDiagram.content.fi).title.split(' ')[0]!)}`),
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
  context ??= await session.browser.newContext()
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

async function violations(path: string, options: { colorScheme: 'light' | 'dark'; width: number }) {
  const page = await borrow()
  try {
    await page.setViewportSize({ width: options.width, height: 800 })
    await page.emulateMedia({ colorScheme: options.colorScheme })
    // Search results are drawn by script: wait for the network to settle there only.
    await page.goto(new URL(path, siteUrl).href, { waitUntil: path.includes('?q=') ? 'networkidle' : 'load' })
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  } finally {
    giveBack(page)
  }
}

describe('accessibility (axe, WCAG 2.1 A/AA)', () => {
  it('scans a few hundred pages', () => {
    expect(pages.length).toBeGreaterThan(100)
  })

  it.concurrent.each(pages)('%s has zero violations in light mode', async (path) => {
    expect(await violations(path, { colorScheme: 'light', width: 1024 })).toEqual([])
  })

  it.concurrent.each(samples)('%s has zero violations in dark mode on a 320 px screen', async (path) => {
    expect(await violations(path, { colorScheme: 'dark', width: 320 })).toEqual([])
  })
})
