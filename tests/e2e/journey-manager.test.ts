import { describe, expect, it } from 'vitest'

import { detailPath, homePath, sectionPath } from '@toolkit/contract/routes'
import { t } from '../../site/src/i18n/ui'
import { builtSite, useBrowser } from '../helpers/site'

// Issue 21, the NGO manager deciding in ten minutes whether to adopt the model, in Finnish at
// 1280 px: from the home page to the planner, the ready choice for a small organisation, a plan
// whose parts link their materials and which sums up the roles and time the reports give, and a
// document to download that opens and prints without the site.
const { siteUrl, snapshot } = builtSite()
const session = useBrowser()
// In the model's order, as the planner lists them.
const components = [...snapshot.collections.components].sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9))
const smallSet = components.filter((component) => component.content.fi.smallStart)
const badgesPart = components.find((component) => component.badges.length > 0 && !component.content.fi.smallStart)
const absolute = (path: string) => new URL(path, siteUrl).href

/** The materials a set of parts links, as the addresses the plan must show. */
function linkedMaterials(parts: typeof components) {
  const unique = (paths: string[]) => [...new Set(paths)]
  return {
    selfAssessments: unique(
      parts.flatMap((part) => part.selfAssessments.map((slug) => detailPath('fi', 'self-assessments', slug))),
    ),
    cheatSheets: unique(
      parts.flatMap((part) => part.cheatSheets.map((slug) => detailPath('fi', 'cheat-sheets', slug))),
    ),
    coursePacks: unique(
      parts.flatMap((part) => part.coursePacks.map((slug) => detailPath('fi', 'course-packs', slug))),
    ),
    badges: unique(parts.flatMap((part) => part.badges.map((slug) => detailPath('fi', 'badges', slug)))),
  }
}

describe('the NGO manager plans the adoption', () => {
  it('goes from the home page to the planner, takes the small organisation’s set, gets materials, roles and time, and downloads the plan as a document', async () => {
    // The corpus has a small organisation's set and a part with badges outside it.
    expect(smallSet.length).toBeGreaterThan(0)
    expect(badgesPart).toBeDefined()
    const page = session.page
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(new URL(homePath('fi'), siteUrl).href)

    // The card titled as the planner is ("Ota malli käyttöön") goes to the planner, and no other card has that title.
    const plannerTitle = t('fi', 'planner')
    const cards = await page
      .locator('main .entry-points a')
      .evaluateAll((links) => links.map((a) => ({ text: a.textContent!.trim(), href: a.getAttribute('href') })))
    expect(cards.filter((card) => card.text === plannerTitle)).toEqual([
      { text: plannerTitle, href: sectionPath('fi', 'planner') },
    ])
    await page.click(`main .entry-points a[href="${sectionPath('fi', 'planner')}"]`)
    expect(new URL(page.url()).pathname).toBe(sectionPath('fi', 'planner'))
    expect(await page.textContent('h1')).toBe(plannerTitle)

    // The small organisation's set is on the page with its reasons (readable without JS), and one link chooses it.
    const reasons = (await page.textContent('.small-start'))!
    for (const part of smallSet) {
      expect(reasons).toContain(part.content.fi.title)
      expect(reasons).toContain(part.content.fi.smallStart)
    }
    await page.click('[data-small-start]')
    await page.waitForSelector('[data-plan]:not([hidden])')
    const checked = await page
      .locator('input[name="c"]:checked')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
    expect(checked).toEqual(smallSet.map((part) => part.slug))
    expect(await page.inputValue('select[name="size"]')).toBe('small')

    // The manager adds the badges part, and makes the plan again.
    await page.check(`input[name="c"][value="${badgesPart!.slug}"]`)
    await page.click('[data-make-plan]')
    const chosen = components.filter((part) => smallSet.includes(part) || part === badgesPart)
    const expected = linkedMaterials(chosen)
    for (const kind of ['selfAssessments', 'cheatSheets', 'coursePacks', 'badges'] as const)
      expect(expected[kind].length, kind).toBeGreaterThan(0)
    const planLinks = await page
      .locator('[data-plan-body] a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
    for (const path of Object.values(expected).flat()) expect(planLinks, path).toContain(path)
    // Each part lists its own materials under it.
    const lunttilaput = chosen.find((part) => part.cheatSheets.length > 0)!
    const partLinks = await page
      .locator(`.plan-step[aria-labelledby="plan-${lunttilaput.slug}"] a`)
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
    for (const slug of lunttilaput.cheatSheets) expect(partLinks).toContain(detailPath('fi', 'cheat-sheets', slug))

    // Roles and time in sum: the figures the reports give, the course packs' hours, every role,
    // and plainly what the reports do not give.
    const effort = (await page.textContent('.plan-effort'))!
    const known = chosen.filter((part) => part.content.fi.knownEffort.length > 0)
    const unknown = chosen.filter((part) => part.content.fi.knownEffort.length === 0)
    expect(known.length).toBeGreaterThan(0)
    for (const part of known) for (const figure of part.content.fi.knownEffort) expect(effort).toContain(figure)
    const packs = snapshot.collections['course-packs'].filter((pack) =>
      chosen.some((part) => part.coursePacks.includes(pack.slug)),
    )
    const hours = packs.reduce((sum, pack) => sum + pack.durationMinutes, 0) / 60
    expect(effort).toContain(t('fi', 'effortPacks', { count: packs.length, hours: hours.toLocaleString('fi') }))
    const roles = new Set(chosen.flatMap((part) => part.content.fi.roles.map((role) => role.role.toLowerCase())))
    expect(effort).toContain(t('fi', 'effortRoles', { count: roles.size }))
    expect(effort).toContain(
      t('fi', 'effortUnknown', { parts: unknown.map((part) => part.content.fi.title).join(', ') }),
    )
    expect(effort).toContain(t('fi', 'effortNotGiven'))

    // The download is a document of its own: title, the parts, and every material's full address.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-plan-download]')])
    expect(download.suggestedFilename()).toBe(t('fi', 'planFileName'))
    const html = await (
      await download.createReadStream()
    )
      .toArray()
      .then((chunks) => Buffer.concat(chunks).toString('utf8'))
    const reader = await session.browser.newPage()
    await reader.setContent(html)
    expect(await reader.title()).toBe(t('fi', 'yourPlan'))
    expect(await reader.locator('h1').allTextContents()).toEqual([t('fi', 'yourPlan')])
    const partHeadings = await reader.locator('main section.plan-step h2').allTextContents()
    expect(partHeadings).toEqual(chosen.map((part, index) => `${index + 1}. ${part.content.fi.title}`))
    const text = (await reader.textContent('body'))!
    const hrefs = await reader.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    for (const path of Object.values(expected).flat()) {
      expect(hrefs, path).toContain(absolute(path))
      // The address is written out too, for the printed page.
      expect(text, path).toContain(absolute(path))
    }
    expect(text).toContain(absolute(sectionPath('fi', 'planner')))
    await reader.close()
  })

  it('reads the model’s funding without stray spaces around the figures', async () => {
    const page = session.page
    await page.goto(new URL(sectionPath('fi', 'components'), siteUrl).href)
    const funding = (await page.locator(`main h3:text-is("${t('fi', 'modelFunding')}") + ul li`).allTextContents()).map(
      (line) => line.replace(/\s+/g, ' '),
    )
    expect(funding.length).toBeGreaterThan(0)
    for (const line of funding) expect(line).not.toMatch(/ [.,:]/)
    expect(funding.join('\n')).toMatch(/\(S22619\), myönnetty 337 155 €, toteutunut/)
  })
})
