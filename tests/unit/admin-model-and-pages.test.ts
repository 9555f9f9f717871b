import type { CollectionConfig, GlobalConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { adminGroups } from '../../cms/src/admin/groups'
import { Components } from '../../cms/src/collections/Components'
import { Pages } from '../../cms/src/collections/Pages'
import { OperatingModel } from '../../cms/src/globals/OperatingModel'
import { checkLabel, formProblems, mainColumn, topLevelNames } from '../helpers/admin-form'

/**
 * The operating model, its components and the standing pages as a Finnish editor meets them: in
 * their navigation group, every label, help text, option and row name in Finnish (and English and
 * Swedish), a help text on every field an editor fills, long forms in unnamed tabs (which keep the
 * data shape), and list views that find a document by more than its title.
 */

describe.each([
  ['Components', Components, adminGroups.model],
  ['Pages', Pages, adminGroups.site],
] as [string, CollectionConfig, unknown][])('%s in the admin', (_name, collection, group) => {
  it('sits in its navigation group, with Finnish names and a description', () => {
    expect(collection.admin?.group).toEqual(group)
    const problems: string[] = []
    checkLabel('singular', collection.labels?.singular, problems)
    checkLabel('plural', collection.labels?.plural, problems)
    checkLabel('description', collection.admin?.description, problems)
    expect(problems).toEqual([])
  })

  it('has Finnish, English and Swedish for every label, help text, option and row name, and no named tab', () => {
    expect(formProblems(collection.fields)).toEqual([])
  })

  it('keeps the main column short (tabs beyond eight fields) and the title first', () => {
    expect(mainColumn(collection.fields).length).toBeLessThanOrEqual(8)
    expect((collection.fields[0] as { name?: string }).name).toBe(collection.admin?.useAsTitle)
  })

  it('lists documents by title and status and searches more than the title, by fields that exist', () => {
    const names = topLevelNames(collection.fields)
    const columns = collection.admin?.defaultColumns ?? []
    expect(columns).toEqual(expect.arrayContaining([collection.admin?.useAsTitle, '_status', 'updatedAt']))
    for (const column of columns) if (column !== '_status' && column !== 'updatedAt') expect(names).toContain(column)
    const searchable = collection.admin?.listSearchableFields ?? []
    expect(searchable.length).toBeGreaterThan(1)
    for (const field of searchable) expect(names).toContain(field)
  })
})

describe('the operating model in the admin', () => {
  const model: GlobalConfig = OperatingModel

  it('sits in the Toimintamalli group with its components, named and described in Finnish', () => {
    expect(model.admin?.group).toEqual(adminGroups.model)
    const problems: string[] = []
    checkLabel('label', model.label, problems)
    checkLabel('description', model.admin?.description, problems)
    expect(problems).toEqual([])
  })

  it('has Finnish, English and Swedish for every label, help text, option and row name, and no named tab', () => {
    expect(formProblems(model.fields)).toEqual([])
  })

  it('is organised in tabs', () => {
    expect(mainColumn(model.fields).length).toBeLessThanOrEqual(8)
  })
})
