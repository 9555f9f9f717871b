import { describe, expect, it } from 'vitest'

import { chosenCodes, matchesChoice, separatingCodes } from '../../site/src/lib/list-filter'
import { fillTemplate } from '../../site/src/lib/template'

// The list filter's logic (site/src/scripts/list-filter.ts), without a browser.
describe('list filter', () => {
  it('takes the chosen codes from the form, leaving "all" out', () => {
    expect(
      chosenCodes([
        ['audience', 'staff'],
        ['level', ''],
        ['cost', 'free'],
      ]),
    ).toEqual({ audience: 'staff', cost: 'free' })
  })

  it('matches an item that has every chosen code among its space-separated codes', () => {
    const tool = { category: 'communication', audience: 'learners staff', cost: 'free' }
    expect(matchesChoice(tool, {})).toBe(true)
    expect(matchesChoice(tool, { audience: 'staff' })).toBe(true)
    expect(matchesChoice(tool, { audience: 'staff', cost: 'free' })).toBe(true)
    expect(matchesChoice(tool, { audience: 'staff', cost: 'paid' })).toBe(false)
  })

  it('matches whole codes only, and no item without the attribute', () => {
    expect(matchesChoice({ audience: 'learners' }, { audience: 'learner' })).toBe(false)
    expect(matchesChoice({}, { audience: 'staff' })).toBe(false)
  })

  it('offers only the choices that divide the list: none that every item has, in the order first met', () => {
    // Seven course packs of 240 minutes: the duration separates nothing (issue 21).
    expect(separatingCodes(Array.from({ length: 7 }, () => ['240']))).toEqual([])
    expect(separatingCodes([['customers'], ['customers'], ['staff']])).toEqual(['customers', 'staff'])
    expect(separatingCodes([['security', 'e-services'], ['security'], ['basics', 'security', 'basics']])).toEqual([
      'e-services',
      'basics',
    ])
    expect(separatingCodes([])).toEqual([])
  })
})

describe('message templates', () => {
  it('fills the placeholders it has values for and leaves the others as written', () => {
    expect(fillTemplate('Kysymys {n} / {total}', { n: 2, total: 16 })).toBe('Kysymys 2 / 16')
    expect(fillTemplate('Näytetään {count} {unknown}', { count: 0 })).toBe('Näytetään 0 {unknown}')
  })

  it('takes no value from the object prototype', () => {
    expect(fillTemplate('{constructor} {toString}', {})).toBe('{constructor} {toString}')
  })
})
