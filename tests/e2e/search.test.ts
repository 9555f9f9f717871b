import { describe, expect, it } from 'vitest'

import { richTextToPlain } from '../../site/src/lib/rich-text'
import { detailPath, sectionPath } from '@toolkit/contract/routes'
import { builtSite, useBrowser } from '../helpers/site'

const { siteUrl, snapshot } = builtSite()
const session = useBrowser()

/** A word that occurs in this component's body and in no other component's Finnish text. */
function distinctiveWord(slug: string): string {
  const texts = snapshot.collections.components.map((c) => ({
    slug: c.slug,
    text: `${c.content.fi.title} ${c.content.fi.summary} ${richTextToPlain(c.content.fi.body)}`.toLowerCase(),
  }))
  const own = richTextToPlain(
    snapshot.collections.components.find((c) => c.slug === slug)!.content.fi.body,
  ).toLowerCase()
  const words = [...new Set(own.match(/[a-zåäö]{7,}/g) ?? [])]
  const word = words.find((candidate) => texts.every((t) => t.slug === slug || !t.text.includes(candidate)))
  if (!word) throw new Error(`No distinctive Finnish word in the body of ${slug}`)
  return word
}

async function search(path: string, query: string): Promise<string[]> {
  await session.page.goto(new URL(path, siteUrl).href)
  await session.page.fill('#search-query', query)
  await session.page.press('#search-query', 'Enter')
  // Results are shown as they arrive; the list is aria-busy until the last of them is in.
  await session.page.waitForSelector('#search-results:not([aria-busy]) a', { timeout: 15_000 })
  return session.page.$$eval('#search-results a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  )
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
    expect((await session.page.locator('#search-results mark').first().textContent())?.toLowerCase()).toContain(
      word.slice(0, 5),
    )
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

  it('filters by type alone, without search words, and keeps the filter in the address', async () => {
    await session.page.goto(new URL(`${sectionPath('fi', 'search')}?type=cheat-sheet`, siteUrl).href)
    await session.page.waitForSelector('#search-results:not([aria-busy]) a', { timeout: 15_000 })
    expect(await session.page.inputValue('select[name="type"]')).toBe('cheat-sheet')
    const results = await session.page.$$eval('#search-results a', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    )
    const sheets = snapshot.collections['cheat-sheets']
    // The page shows the first 20 results; the corpus has fewer cheat sheets than that.
    expect(sheets.length).toBeLessThanOrEqual(20)
    expect(results.sort()).toEqual(sheets.map((sheet) => detailPath('fi', 'cheat-sheets', sheet.slug)).sort())
    // Each result says what kind of page it is.
    expect(await session.page.locator('#search-results li .meta').first().textContent()).toBe('Lunttilaput')
  })

  it('filters by every kind of content page the registry has, the self-assessment too', async () => {
    await session.page.goto(new URL(`${sectionPath('fi', 'search')}?type=self-assessment`, siteUrl).href)
    await session.page.waitForSelector('#search-results:not([aria-busy]) a', { timeout: 15_000 })
    expect(await session.page.inputValue('select[name="type"]')).toBe('self-assessment')
    const results = await session.page.$$eval('#search-results a', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    )
    expect(results.sort()).toEqual(
      snapshot.collections['self-assessments']
        .map((assessment) => detailPath('fi', 'self-assessments', assessment.slug))
        .sort(),
    )
    expect(await session.page.locator('#search-results li .meta').first().textContent()).toBe('Mistä aloitan?')
  })

  it('narrows a search by topic to the cheat sheets and course packs on that topic', async () => {
    const topic = 'security'
    const sheets = snapshot.collections['cheat-sheets'].filter((sheet) => sheet.topics.includes(topic))
    const packs = snapshot.collections['course-packs'].filter((pack) =>
      pack.cheatSheets.some((slug) => sheets.some((sheet) => sheet.slug === slug)),
    )
    expect(sheets.length).toBeGreaterThan(0)
    await session.page.goto(new URL(sectionPath('fi', 'search'), siteUrl).href)
    await session.page.selectOption('select[name="topic"]', topic)
    await session.page.waitForSelector('#search-results:not([aria-busy]) a', { timeout: 15_000 })
    await session.page.waitForFunction(() => !document.getElementById('search-status')!.textContent!.includes('…'))
    const results = await session.page.$$eval('#search-results a', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    )
    const expected = [
      ...sheets.map((s) => detailPath('fi', 'cheat-sheets', s.slug)),
      ...packs.map((p) => detailPath('fi', 'course-packs', p.slug)),
    ]
    expect(expected.length).toBeLessThanOrEqual(20)
    expect(results.sort()).toEqual(expected.sort())
    expect(new URL(session.page.url()).searchParams.get('topic')).toBe(topic)
  })

  it('narrows by audience: funders get only pages written for them', async () => {
    const forFunders = [
      ...snapshot.collections.components
        .filter((c) => c.audience.includes('funders'))
        .map((c) => detailPath('en', 'components', c.slug)),
      ...snapshot.collections.events
        .filter((e) => e.audience.includes('funders') && e.content.en)
        .map((e) => detailPath('en', 'events', e.slug)),
    ]
    expect(forFunders.length).toBeGreaterThan(0)
    await session.page.goto(new URL(`${sectionPath('en', 'search')}?audience=funders`, siteUrl).href)
    await session.page.waitForSelector('#search-results:not([aria-busy]) a', { timeout: 15_000 })
    const results = await session.page.$$eval('#search-results a', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    )
    expect(results.length).toBe(Math.min(forFunders.length, 20))
    expect(results.every((path) => forFunders.includes(path))).toBe(true)
  })
  it('searches by itself as the reader types a word, but not on one or two letters; Enter always searches', async () => {
    const component = snapshot.collections.components[0]!
    const word = distinctiveWord(component.slug)
    const page = session.page
    await page.goto(new URL(sectionPath('fi', 'search'), siteUrl).href)
    await page.waitForLoadState('networkidle')
    const fragments: string[] = []
    page.on('request', (request) => {
      if (request.url().endsWith('.pf_fragment')) fragments.push(request.url())
    })
    // Two letters and a pause: no search, no result text fetched.
    await page.locator('#search-query').pressSequentially(word.slice(0, 2), { delay: 50 })
    await page.waitForTimeout(800)
    expect(fragments).toEqual([])
    expect(await page.locator('#search-results li').count()).toBe(0)
    // The whole word and a pause: the results come without Enter.
    await page.locator('#search-query').pressSequentially(word.slice(2), { delay: 50 })
    await page.waitForSelector('#search-results:not([aria-busy]) a', { timeout: 15_000 })
    const typed = await page.$$eval('#search-results a', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    )
    expect(typed).toContain(detailPath('fi', 'components', component.slug))
    expect(await page.locator('#search-status').textContent()).toMatch(/\d/)
    // Enter on a single letter still searches.
    await page.fill('#search-query', 'a')
    await page.press('#search-query', 'Enter')
    await page.waitForSelector('#search-results:not([aria-busy]) a', { timeout: 15_000 })
    expect(new URL(page.url()).searchParams.get('q')).toBe('a')
    page.removeAllListeners('request')
  })
})
