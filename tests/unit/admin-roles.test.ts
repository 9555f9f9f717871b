import { readFileSync } from 'node:fs'

import type { SelectField } from 'payload'
import { describe, expect, it } from 'vitest'

import { roles } from '../../cms/src/access'
import { adminGroups } from '../../cms/src/admin/groups'
import { Media } from '../../cms/src/collections/Media'
import { Users } from '../../cms/src/collections/Users'

/**
 * The user form names the roles in words, the glossary's (docs/admin-glossary.md, Roles), never as
 * the codes stored in the database, and says what each may do; people and files are in Ylläpito.
 */

const languages = ['fi', 'en', 'sv'] as const

/** The glossary's Roles table: English code → { fi, en, sv }. */
function glossaryRoles(): Record<string, Record<(typeof languages)[number], string>> {
  const glossary = readFileSync(new URL('../../docs/admin-glossary.md', import.meta.url), 'utf8')
  const table = glossary.split('## Roles')[1]!.split('\n## ')[0]!
  const rows = table
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.startsWith('| ---') && !line.startsWith('| Finnish'))
    .map((line) => line.split('|').map((cell) => cell.trim()))
  return Object.fromEntries(rows.map(([, fi, en, sv]) => [en!, { fi: fi!, en: en!, sv: sv! }]))
}

const roleField = Users.fields.find((field) => 'name' in field && field.name === 'role') as SelectField

describe('the role select', () => {
  it('shows each role in words from the glossary, in every interface language', () => {
    const glossary = glossaryRoles()
    expect(roleField.options.map((option) => (typeof option === 'string' ? option : option.value))).toEqual([...roles])
    for (const option of roleField.options) {
      expect(typeof option, JSON.stringify(option)).toBe('object')
      const { value, label } = option as { value: string; label: Record<string, string> }
      const words = glossary[value]
      expect(words, `the glossary has no role "${value}"`).toBeDefined()
      for (const language of languages)
        expect(label[language]?.toLowerCase(), `${value} in ${language}`).toBe(words![language])
    }
  })

  it('says what each role may do, naming every role, in every interface language', () => {
    const description = roleField.admin?.description as Record<string, string>
    const glossary = glossaryRoles()
    for (const language of languages)
      for (const role of roles)
        expect(description[language]?.toLowerCase(), language).toContain(glossary[role]![language])
  })
})

describe('navigation', () => {
  it.each([
    ['users', Users],
    ['media', Media],
  ])('%s are in the upkeep group (Ylläpito)', (_slug, collection) => {
    expect(collection.admin?.group).toEqual(adminGroups.upkeep)
  })
})
