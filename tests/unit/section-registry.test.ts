import { describe, expect, it } from 'vitest'

import { detailSections, sections } from '@toolkit/contract/routes'
import { collectionKeys } from '@toolkit/contract/snapshot'
import {
  listSections,
  navigation,
  ownPages,
  pageTypes,
  precachedSections,
  searchTypeOptions,
  sectionRegistry,
} from '../../site/src/sections/registry'

// The compiler is the main guard: `satisfies` in the registry (tsc -b and astro check), and astro
// check for its components' props. This holds the same rules at run time, and the choices the
// site's pages now read from the registry.
const registered = Object.keys(sectionRegistry).sort()

describe('section registry', () => {
  it('has an entry for every collection of the snapshot and every section of the routes, and nothing else', () => {
    expect(registered).toEqual([...new Set([...collectionKeys, ...Object.keys(sections)])].sort())
  })

  it('lists exactly the collections that have a section, and gives document pages exactly to the detail sections', () => {
    expect([...listSections].sort()).toEqual(collectionKeys.filter((key) => key in sections).sort())
    for (const section of listSections) {
      expect(sectionRegistry[section].pageType !== null, section).toBe(
        (detailSections as readonly string[]).includes(section),
      )
    }
    expect([...ownPages].sort()).toEqual(
      Object.keys(sections)
        .filter((key) => !(collectionKeys as string[]).includes(key))
        .sort(),
    )
  })

  it("puts the main navigation in the order the header had (search is the header's own form)", () => {
    expect(navigation.map((item) => item.section)).toEqual([
      'components',
      'course-packs',
      'cheat-sheets',
      'badges',
      'tools',
      'indicators',
      'events',
      'posts',
    ])
    expect(navigation.map((item) => item.label)).toEqual([
      'modelTitle',
      'coursePacks',
      'cheatSheets',
      'badges',
      'tools',
      'outcomes',
      'events',
      'posts',
    ])
    const places = Object.values(sectionRegistry).flatMap((entry) =>
      'nav' in entry && entry.nav !== null ? [entry.nav] : [],
    )
    expect(new Set(places).size, 'two sections at one place in the navigation').toBe(places.length)
  })

  it('offers a search filter for every kind of content page, named', () => {
    const contentTypes = Object.values(sectionRegistry).flatMap((entry) =>
      'pageType' in entry && entry.pageType ? [entry.pageType] : [],
    )
    const offered = searchTypeOptions.map(([type]) => type)
    for (const type of contentTypes) expect(offered).toContain(type)
    expect(offered).toEqual([
      'component',
      'course-pack',
      'cheat-sheet',
      'handout',
      'badge',
      'event',
      'post',
      'self-assessment',
      'page',
    ])
    expect(Object.keys(pageTypes).filter((type) => !offered.includes(type as never))).toEqual([
      'home',
      'list',
      'planner',
    ])
  })

  it('keeps the cheat sheets and the self-assessment for offline use', () => {
    expect(precachedSections).toEqual(['cheat-sheets', 'self-assessments'])
  })
})
