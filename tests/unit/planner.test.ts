import { describe, expect, it } from 'vitest'

import {
  buildPlan,
  factLines,
  parsePlanQuery,
  planQuery,
  type PlannerComponent,
  type PlanWords,
  planToMarkdown,
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
  ...extra,
})
const staffPack = {
  kind: 'coursePack' as const,
  title: 'Henkilöstön koulutus',
  url: '/fi/koulutuspaketit/henkilosto/',
  download: '/fi/koulutuspaketit/henkilosto/pack.zip',
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

  it('writes the plan as Markdown with absolute links', () => {
    const words: PlanWords = {
      title: 'Suunnitelma',
      beforeYouStart: 'Ennen',
      notes: {
        staffFirst: 'Kouluta ensin.',
        combineRoles: 'Yhdistä.',
        startSmall: 'Pienesti.',
        reachOut: 'Jalkaudu.',
        voluntary: 'Vapaaehtoista.',
        plainLanguage: 'Selkeästi.',
      },
      steps: 'Vaiheet',
      roles: 'Roolit',
      resources: 'Resurssit',
      risks: 'Riskit',
      whatToDo: 'Tee näin',
      materials: 'Materiaalit',
      staffTraining: 'Henkilöstö',
      download: 'ZIP',
      facts: 'Lähtötiedot',
      factLines: ['Koko: Alle 10'],
    }
    const markdown = planToMarkdown(
      buildPlan(data, ['b'], { ...none, staffSkills: 'low' }),
      words,
      'https://toolkit.example',
    )
    expect(markdown).toContain('# Suunnitelma')
    expect(markdown).toContain('- Koko: Alle 10')
    expect(markdown).toContain('- Kouluta ensin.')
    expect(markdown).toContain('## 1. Osa b')
    expect(markdown).toContain('1. **Aloita** – Sovi vastuut.')
    expect(markdown).toContain('- **Ohjaaja**: Tukee.')
    expect(markdown).toContain('- Kukaan ei tule – Tee näin: Jalkaudu pajoille.')
    expect(markdown).toContain(
      '[Henkilöstön koulutus](https://toolkit.example/fi/koulutuspaketit/henkilosto/) ([ZIP](https://toolkit.example/fi/koulutuspaketit/henkilosto/pack.zip))',
    )
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
