import type { CollectionConfig, Field, GlobalConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { adminGroups } from '../../cms/src/admin/groups'
import { Components } from '../../cms/src/collections/Components'
import { Pages } from '../../cms/src/collections/Pages'
import { OperatingModel } from '../../cms/src/globals/OperatingModel'

/**
 * The operating model, its components and the standing pages as a Finnish editor meets them: in
 * their navigation group, every label, help text, option and row name in Finnish (and English and
 * Swedish), a help text on every field an editor fills, long forms in unnamed tabs (which keep the
 * data shape), and list views that find a document by more than its title.
 */

const languages = ['fi', 'en', 'sv'] as const
/** Labels that are proper names, the same in every language. */
const properNames = new Set(['DOT', 'S22619 (Metropolia)'])

function checkLabel(where: string, value: unknown, problems: string[]): void {
  if (typeof value === 'string') {
    if (!properNames.has(value)) problems.push(`${where}: "${value}" has no Finnish`)
    return
  }
  if (!value || typeof value !== 'object') {
    problems.push(`${where}: missing`)
    return
  }
  for (const language of languages) {
    const text = (value as Record<string, unknown>)[language]
    if (typeof text !== 'string' || !text.trim()) problems.push(`${where}: no ${language}`)
  }
}

/** Everything an editor reads on the form, and the shape rules tabs must keep, as one list of problems. */
function formProblems(fields: Field[], path = '', problems: string[] = []): string[] {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) problems.push(`${path}tab "${tab.name}": a named tab changes the data shape`)
        checkLabel(`${path}tab`, tab.label, problems)
        formProblems(tab.fields, path, problems)
      }
      continue
    }
    if (!('name' in field)) {
      if ('fields' in field) formProblems(field.fields, path, problems)
      continue
    }
    const admin = field.admin as { hidden?: boolean; description?: unknown } | undefined
    if (admin?.hidden) continue
    const where = `${path}${field.name}`
    checkLabel(`${where} label`, field.label, problems)
    // A group is a heading; its fields carry the help. A row of one field is explained by its list.
    const soleFieldOfRow = path.endsWith('[].') && fields.length === 1
    if (field.type !== 'group' && !soleFieldOfRow) checkLabel(`${where} help text`, admin?.description, problems)
    if ('options' in field && Array.isArray(field.options))
      for (const option of field.options)
        checkLabel(
          `${where} option ${typeof option === 'string' ? option : option.value}`,
          typeof option === 'string' ? option : option.label,
          problems,
        )
    if (field.type === 'array') {
      // Without labels Payload names the rows from the field's name, in English ("Add Step").
      checkLabel(`${where} row name`, field.labels?.singular, problems)
      checkLabel(`${where} rows name`, field.labels?.plural, problems)
    }
    if ('fields' in field && Array.isArray(field.fields))
      formProblems(field.fields, field.type === 'array' ? `${where}[].` : `${where}.`, problems)
  }
  return problems
}

/** The fields in the main column outside tabs (a tabs field counts once). */
const mainColumn = (fields: Field[]) =>
  fields.filter((field) => !(field.admin as { position?: string } | undefined)?.position)

/** Names of the fields that hold data at the top level of a document (unnamed tabs are not a level). */
const topLevelNames = (fields: Field[]): string[] =>
  fields.flatMap((field) =>
    field.type === 'tabs'
      ? field.tabs.flatMap((tab) => topLevelNames(tab.fields))
      : 'name' in field
        ? [field.name]
        : 'fields' in field
          ? topLevelNames(field.fields)
          : [],
  )

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
