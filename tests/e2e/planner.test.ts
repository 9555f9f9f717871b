import { describe, expect, it } from 'vitest'

import { detailPath, sectionPath } from '@toolkit/contract/routes'
import { builtSite, useBrowser } from '../helpers/site'

const { siteUrl, snapshot } = builtSite()
const session = useBrowser()
const components = snapshot.collections.components
// Two components that have steps, roles and risks, chosen in reverse of the model's order.
const rich = components.filter(
  (c) => c.content.fi.steps.length > 0 && c.content.fi.roles.length > 0 && c.content.fi.risks.length > 0,
)
const chosen = [rich.at(-1)!, rich[0]!]

describe('adoption planner "Ota malli käyttöön"', () => {
  it.each(['fi', 'en', 'sv'] as const)(
    '%s: offers every component and the facts about the organisation',
    async (lang) => {
      await session.page.goto(new URL(sectionPath(lang, 'planner'), siteUrl).href)
      expect(await session.page.getAttribute('html', 'lang')).toBe(lang)
      expect(await session.page.locator('input[name="c"]').count()).toBe(components.length)
      expect(
        await session.page.locator('select[name="size"], select[name="staffSkills"], select[name="group"]').count(),
      ).toBe(3)
    },
  )

  it('makes a plan in the model’s order with steps, roles, resources, risks and materials, shareable as an address', async () => {
    const page = await session.browser.newPage()
    await page.goto(new URL(sectionPath('fi', 'planner'), siteUrl).href)
    for (const component of chosen) await page.check(`input[name="c"][value="${component.slug}"]`)
    await page.selectOption('select[name="staffSkills"]', 'low')
    await page.selectOption('select[name="size"]', 'small')
    await page.click('[data-make-plan]')
    await page.waitForSelector('[data-plan]:not([hidden])')

    const headings = await page
      .locator('.plan-step h3 a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
    const inModelOrder = components.filter((c) => chosen.includes(c)).map((c) => detailPath('fi', 'components', c.slug))
    expect(headings).toEqual(inModelOrder)
    const first = components.find((c) => chosen.includes(c))!
    const step = page.locator('.plan-step').first()
    expect(await step.locator('ol > li').count()).toBe(first.content.fi.steps.length)
    expect(await step.textContent()).toContain(first.content.fi.roles[0]!.role)
    expect(await step.textContent()).toContain(first.content.fi.risks[0]!.action)
    // Weak staff skills put the staff course packs first; a small organisation is told it can combine roles.
    const staffPacks = snapshot.collections['course-packs'].filter((pack) => pack.audience === 'staff')
    const planText = (await page.textContent('[data-plan-body]'))!
    for (const pack of staffPacks) expect(planText).toContain(pack.content.fi.title)
    expect(planText).toContain('sama ihminen voi hoitaa useamman roolin')

    // The address holds the choices: opening it elsewhere gives the same plan.
    const shared = page.url()
    expect(new URL(shared).searchParams.getAll('c').sort()).toEqual(chosen.map((c) => c.slug).sort())
    const other = await session.browser.newPage()
    await other.goto(shared)
    await other.waitForSelector('[data-plan]:not([hidden])')
    expect(await other.textContent('[data-plan-body]')).toBe(planText)
    await other.close()

    // The downloaded document holds the same plan, as a page of its own with absolute links.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-plan-download]')])
    const html = await (
      await download.createReadStream()
    )
      .toArray()
      .then((chunks) => Buffer.concat(chunks).toString('utf8'))
    expect(download.suggestedFilename()).toBe('kayttoonottosuunnitelma.html')
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fi">/)
    expect(html).toContain('<h1>Suunnitelmanne</h1>')
    for (const component of chosen) expect(html).toContain(component.content.fi.title)
    expect(html).toContain(first.content.fi.steps[0]!.title)
    expect(html).toContain(`href="${new URL(detailPath('fi', 'components', first.slug), siteUrl).href}"`)
    await page.close()
  })

  it('asks for at least one component', async () => {
    const page = await session.browser.newPage()
    await page.goto(new URL(sectionPath('en', 'planner'), siteUrl).href)
    await page.click('[data-make-plan]')
    expect(await page.textContent('[data-planner-message]')).toBe('Choose at least one component.')
    expect(await page.isHidden('[data-plan]')).toBe(true)
    await page.close()
  })
})
