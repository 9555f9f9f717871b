import { AxeBuilder } from '@axe-core/playwright'
import type { BrowserContext } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { detailPath, homePath, sectionPath } from '../../site/src/lib/routes'
import { builtSite, useBrowser } from '../helpers/site'

const { siteUrl, snapshot } = builtSite()
const session = useBrowser()

const langs = ['fi', 'en', 'sv'] as const
const withDiagram = snapshot.collections.components.find((c) => c.content.fi.diagram.kind) ?? snapshot.collections.components[0]!
const pages = langs.flatMap((lang) => [
  homePath(lang),
  sectionPath(lang, 'components'),
  sectionPath(lang, 'search'),
  // …and the search page showing results with highlighted excerpts.
  `${sectionPath(lang, 'search')}?q=${encodeURIComponent((withDiagram.content[lang] ?? withDiagram.content.fi).title.split(' ')[0]!)}`,
  ...snapshot.collections.components.map((component) => detailPath(lang, 'components', component.slug)),
])

async function violations(context: BrowserContext, path: string) {
  const page = await context.newPage()
  await page.goto(new URL(path, siteUrl).href, { waitUntil: 'networkidle' })
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  await page.close()
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

describe('accessibility (axe, WCAG 2.1 A/AA)', () => {
  it.each(pages)('%s has zero violations in light mode', async (path) => {
    const context = await session.browser.newContext({ colorScheme: 'light' })
    expect(await violations(context, path)).toEqual([])
    await context.close()
  })

  it.each([homePath('fi'), detailPath('en', 'components', withDiagram.slug)])('%s has zero violations in dark mode on a 320 px screen', async (path) => {
    const context = await session.browser.newContext({ colorScheme: 'dark', viewport: { width: 320, height: 640 } })
    expect(await violations(context, path)).toEqual([])
    await context.close()
  })
})
