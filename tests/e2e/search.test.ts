import { describe, expect, it } from 'vitest'

import { richTextToPlain } from '../../site/src/lib/rich-text'
import { detailPath, sectionPath } from '../../site/src/lib/routes'
import { builtSite, useBrowser } from '../helpers/site'

const { siteUrl, snapshot } = builtSite()
const session = useBrowser()

/** A word that occurs in this component's body and in no other component's Finnish text. */
function distinctiveWord(slug: string): string {
  const texts = snapshot.collections.components.map((c) => ({ slug: c.slug, text: `${c.content.fi.title} ${c.content.fi.summary} ${richTextToPlain(c.content.fi.body)}`.toLowerCase() }))
  const own = richTextToPlain(snapshot.collections.components.find((c) => c.slug === slug)!.content.fi.body).toLowerCase()
  const words = [...new Set(own.match(/[a-zåäö]{7,}/g) ?? [])]
  const word = words.find((candidate) => texts.every((t) => t.slug === slug || !t.text.includes(candidate)))
  if (!word) throw new Error(`No distinctive Finnish word in the body of ${slug}`)
  return word
}

async function search(path: string, query: string): Promise<string[]> {
  await session.page.goto(new URL(path, siteUrl).href)
  await session.page.fill('#search-query', query)
  await session.page.press('#search-query', 'Enter')
  await session.page.waitForSelector('#search-results a', { timeout: 15_000 })
  return session.page.$$eval('#search-results a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
}

describe('search', () => {
  it('finds a component by a Finnish word from its body', async () => {
    const component = snapshot.collections.components[snapshot.collections.components.length - 1]!
    const word = distinctiveWord(component.slug)
    const results = await search(sectionPath('fi', 'search'), word)
    expect(results).toContain(detailPath('fi', 'components', component.slug))
    // Finnish search returns Finnish pages only.
    expect(results.every((path) => path.startsWith('/fi/'))).toBe(true)
    // The matched word is highlighted in the excerpt, and the query is kept in the address.
    expect((await session.page.locator('#search-results mark').first().textContent())?.toLowerCase()).toContain(word.slice(0, 5))
    expect(new URL(session.page.url()).searchParams.get('q')).toBe(word)
  })

  it('English search returns English pages only', async () => {
    const translated = snapshot.collections.components.find((c) => c.content.en !== null)!
    const results = await search(sectionPath('en', 'search'), translated.content.en!.title.split(' ')[0]!)
    expect(results.length).toBeGreaterThan(0)
    expect(results.every((path) => path.startsWith('/en/'))).toBe(true)
  })

  it('explains itself without JavaScript', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false })
    const noJs = await context.newPage()
    await noJs.goto(new URL(sectionPath('fi', 'search'), siteUrl).href)
    expect(await noJs.locator('noscript').count()).toBe(1)
    await context.close()
  })
})
