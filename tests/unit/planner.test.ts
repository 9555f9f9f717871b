import { describe, expect, it } from 'vitest'

import {
  buildPlan,
  effortSummary,
  factLines,
  parsePlanQuery,
  planDocument,
  planQuery,
  type PlannerComponent,
  smallStartSet,
} from '../../site/src/lib/planner'

const component = (slug: string, extra: Partial<PlannerComponent> = {}): PlannerComponent => ({
  slug,
  title: `Osa ${slug}`,
  summary: null,
  url: `/fi/toimintamalli/${slug}/`,
  steps: [{ title: 'Aloita', text: 'Sovi vastuut.' }],
  roles: [{ role: 'Ohjaaja', description: 'Tukee.' }],
  resources: '1 henkilö, 2 tuntia viikossa',
  risks: [{ risk: 'Kukaan ei tule', action: 'Jalkaudu pajoille.' }],
  materials: [],
  knownEffort: [],
  smallStart: null,
  ...extra,
})
const staffPack = {
  kind: 'coursePack' as const,
  title: 'Henkilöstön koulutus',
  url: '/fi/koulutuspaketit/henkilosto/',
  download: '/fi/koulutuspaketit/henkilosto/pack.zip',
  minutes: 240,
}
const sheet = { kind: 'cheatSheet' as const, title: 'Näin luot salasanan', url: '/fi/lunttilaput/salasana/' }
const data = {
  components: [
    component('a', { materials: [sheet] }),
    component('b', { materials: [sheet, staffPack] }),
    component('c'),
  ],
  staffPacks: [staffPack],
}
const none = { size: null, staffSkills: null, group: null }

describe('adoption planner', () => {
  it("keeps the model's order whatever order the components were picked in", () => {
    expect(buildPlan(data, ['c', 'a'], none).components.map((c) => c.slug)).toEqual(['a', 'c'])
  })

  it('adds advice from the facts, and staff training first when staff skills are weak', () => {
    const plan = buildPlan(data, ['a'], { size: 'small', staffSkills: 'low', group: 'multilingual' })
    expect(plan.notes).toEqual(['staffFirst', 'combineRoles', 'plainLanguage'])
    expect(plan.staffPacks).toEqual([staffPack])
    expect(plan.materials).toEqual([staffPack, sheet])
    expect(buildPlan(data, ['a'], { ...none, staffSkills: 'good' })).toMatchObject({ notes: [], staffPacks: [] })
  })

  it('lists each material once', () => {
    expect(buildPlan(data, ['a', 'b'], none).materials).toEqual([sheet, staffPack])
  })

  it('round-trips the choices through the address and drops what it does not know', () => {
    const facts = { size: 'large', staffSkills: 'mixed', group: null } as const
    const query = planQuery(['b', 'a'], facts)
    expect(parsePlanQuery(query, ['a', 'b', 'c'])).toEqual({ chosen: ['b', 'a'], facts })
    expect(parsePlanQuery('c=a&c=x&c=a&size=huge&group=rehabilitation', ['a'])).toEqual({
      chosen: ['a'],
      facts: { size: null, staffSkills: null, group: 'rehabilitation' },
    })
  })

  it('offers as the small organisation’s set the parts that say why, in the model’s order', () => {
    const withWhy = {
      components: [
        component('a'),
        component('b', { smallStart: 'Halpa aloittaa (DOT 1.1).' }),
        component('c', { smallStart: 'x' }),
      ],
      staffPacks: [],
    }
    expect(smallStartSet(withWhy)).toEqual(['b', 'c'])
    expect(smallStartSet(data)).toEqual([])
  })

  it('sums up roles and time from what is known, and names the parts the reports give nothing for', () => {
    const pack = (slug: string, minutes?: number) => ({
      kind: 'coursePack' as const,
      title: slug,
      url: `/fi/koulutuspaketit/${slug}/`,
      ...(minutes === undefined ? {} : { minutes }),
    })
    const plan = buildPlan(
      {
        components: [
          component('a', {
            roles: [
              { role: 'Digitukihenkilö', description: 'Kiertää.' },
              { role: 'Ohjaaja', description: 'Tukee.' },
            ],
            knownEffort: ['1 henkilö noin 3 päivää viikossa (DOT 2.2)'],
            materials: [pack('p1', 240), sheet],
          }),
          component('b', {
            roles: [{ role: 'ohjaaja', description: 'Kannustaa.' }],
            materials: [pack('p1', 240), pack('p2', 240), pack('p3')],
          }),
          component('c', { roles: [] }),
        ],
        staffPacks: [],
      },
      ['a', 'b', 'c'],
      none,
    )
    expect(effortSummary(plan)).toEqual({
      roles: [
        { role: 'Digitukihenkilö', parts: ['Osa a'] },
        { role: 'Ohjaaja', parts: ['Osa a', 'Osa b'] },
      ],
      known: [{ title: 'Osa a', figures: ['1 henkilö noin 3 päivää viikossa (DOT 2.2)'] }],
      unknown: ['Osa b', 'Osa c'],
      // Each pack once; a pack that gives no length adds nothing to the time.
      packs: { count: 3, minutes: 480 },
    })
  })

  it('writes the plan as a printable HTML document with the page’s plan as its body, headings one level up', () => {
    const html = planDocument({
      lang: 'fi',
      title: 'Suunnitelma <b>&',
      body: '<h3>Lähtötiedot</h3><section><h3 id="x">1. Osa</h3><h4>Vaiheet</h4><p>a &lt;h3&gt; b</p></section>',
      footer: 'Tehty työkalupakissa <Pakki> https://toolkit.example/fi/ota-malli-kayttoon/?c=a&c=b',
    })
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fi">/)
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toContain('<title>Suunnitelma &#60;b&#62;&#38;</title>')
    expect(html).toContain('<h1>Suunnitelma &#60;b&#62;&#38;</h1>')
    expect(html).toContain(
      '<h2>Lähtötiedot</h2><section><h2 id="x">1. Osa</h2><h3>Vaiheet</h3><p>a &lt;h3&gt; b</p></section>',
    )
    expect(html).toContain('@page { size: A4;')
    expect(html).toContain(
      '<footer><p>Tehty työkalupakissa &#60;Pakki&#62; https://toolkit.example/fi/ota-malli-kayttoon/?c=a&#38;c=b</p></footer>',
    )
    expect(html.match(/<h1>/g)).toHaveLength(1)
  })
})

describe('the starting point of a plan', () => {
  const words = {
    factNames: { size: 'Koko', staffSkills: 'Henkilöstön taidot', group: 'Kohderyhmä' },
    factValues: { size_small: 'pieni', staffSkills_low: 'heikot', group_unemployed: 'työttömät' },
  }

  it("says the facts given, one line each, in the planner's order, leaving out those not given", () => {
    expect(factLines({ size: null, staffSkills: 'low', group: 'unemployed' }, words)).toEqual([
      'Henkilöstön taidot: heikot',
      'Kohderyhmä: työttömät',
    ])
    expect(factLines({ group: 'unemployed', size: 'small', staffSkills: null }, words)).toEqual([
      'Koko: pieni',
      'Kohderyhmä: työttömät',
    ])
    expect(factLines(none, words)).toEqual([])
  })
})
