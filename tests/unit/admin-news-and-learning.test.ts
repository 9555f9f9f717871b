import type { CollectionConfig, DateField, Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { adminGroups } from '../../cms/src/admin/groups'
import { CheatSheets } from '../../cms/src/collections/CheatSheets'
import { Events } from '../../cms/src/collections/Events'
import { Posts } from '../../cms/src/collections/Posts'
import { Tools } from '../../cms/src/collections/Tools'
import { checkLabel, formProblems, mainColumn, topLevelNames } from '../helpers/admin-form'

/**
 * Events, posts, cheat sheets and tools as a Finnish editor meets them: in their navigation group
 * (Ajankohtaista, Koulutus ja materiaalit), every label, help text, option, row name and message
 * in Finnish (and English and Swedish), a help text on every field an editor fills, the events'
 * long form in unnamed tabs, Finnish date formats in the pickers, and list views that show what
 * tells documents apart and search more than the title.
 */

describe.each([
  ['Events', Events, adminGroups.news, 'start'],
  ['Posts', Posts, adminGroups.news, 'date'],
  ['CheatSheets', CheatSheets, adminGroups.learning, 'level'],
  ['Tools', Tools, adminGroups.learning, 'category'],
] as [string, CollectionConfig, unknown, string][])('%s in the admin', (_name, collection, group, distinguishing) => {
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

  it('lists documents by title, the field that tells them apart, status, review mark and last change, and searches more than the title', () => {
    const names = topLevelNames(collection.fields)
    const columns = collection.admin?.defaultColumns ?? []
    expect(columns).toEqual(
      expect.arrayContaining([collection.admin?.useAsTitle, distinguishing, '_status', 'readyForReview', 'updatedAt']),
    )
    for (const column of columns) if (column !== '_status' && column !== 'updatedAt') expect(names).toContain(column)
    const searchable = collection.admin?.listSearchableFields ?? []
    expect(searchable.length).toBeGreaterThan(1)
    for (const field of searchable) expect(names).toContain(field)
  })
})

/** Every date field of a form, wherever it sits. */
function dateFields(fields: Field[]): DateField[] {
  return fields.flatMap((field) =>
    field.type === 'date'
      ? [field]
      : field.type === 'tabs'
        ? field.tabs.flatMap((tab) => dateFields(tab.fields))
        : 'fields' in field
          ? dateFields(field.fields)
          : [],
  )
}

describe('date pickers', () => {
  it('show and read dates as Finnish software writes them (15.1.2027 10.00), not US-style', () => {
    const formats = (collection: CollectionConfig) =>
      Object.fromEntries(
        dateFields(collection.fields).map((field) => {
          const date = field.admin?.date as { displayFormat?: string; timeFormat?: string } | undefined
          return [field.name, { display: date?.displayFormat, time: date?.timeFormat }]
        }),
      )
    expect(formats(Events)).toEqual({
      start: { display: 'd.M.yyyy H.mm', time: 'H.mm' },
      end: { display: 'd.M.yyyy H.mm', time: 'H.mm' },
    })
    expect(formats(Posts)).toEqual({ date: { display: 'd.M.yyyy', time: undefined } })
  })
})

describe('validation messages', () => {
  /** The Validate function of a named field, wherever it sits in the form. */
  function validatorOf(fields: Field[], name: string): Function {
    const found = (function find(list: Field[]): Field | undefined {
      for (const field of list) {
        if ('name' in field && field.name === name) return field
        const inner =
          field.type === 'tabs'
            ? find(field.tabs.flatMap((tab) => tab.fields))
            : 'fields' in field
              ? find(field.fields)
              : undefined
        if (inner) return inner
      }
      return undefined
    })(fields)
    const validate = (found as { validate?: Function } | undefined)?.validate
    if (!validate) throw new Error(`no validate on ${name}`)
    return validate
  }
  const finnish = { req: { i18n: { language: 'fi' } } }

  it('refuse an event that ends before it starts, and a material with two sources, in Finnish', () => {
    const end = validatorOf(Events.fields, 'end')('2027-01-15T08:00:00.000Z', {
      ...finnish,
      siblingData: { start: '2027-01-15T10:00:00.000Z' },
    })
    expect(end).toMatch(/^Päättyy: tapahtuma ei voi päättyä ennen kuin se alkaa/)
    const material = validatorOf(Events.fields, 'file')(1, {
      ...finnish,
      siblingData: { file: 1, url: 'https://example.org/' },
    })
    expect(material).toMatch(/^Materiaali: anna täsmälleen yksi/)
  })

  it('refuse a malformed code in Finnish, naming the field', () => {
    const code = (collection: CollectionConfig, name: string, value: string) =>
      validatorOf(collection.fields, name)([value], finnish)
    expect(code(Posts, 'tags', 'Työllistyminen')).toMatch(/^Aiheet: /)
    expect(code(CheatSheets, 'topics', 'Puhelin')).toMatch(/^Aiheet: /)
    expect(code(CheatSheets, 'digcomp', '7')).toMatch(/^DigComp: kirjoita/)
    expect(code(Tools, 'languages', 'suomi')).toMatch(/^Kielet: /)
  })
})
