import { en } from '@payloadcms/translations/languages/en'
import type { Field, SanitizedConfig } from 'payload'

import { extraTranslations, interfaceLanguages } from '../../cms/src/i18n'

/**
 * The English a Finnish editor must never see: every string of Payload's English interface and
 * every English label, help text and option of the project's own config, wherever its Finnish
 * differs (a word that is the same in both, like "URL", is not English on a Finnish screen).
 * A placeholder ({{label}}) matches any text, so "Create New {{label}}" finds "Create New Post".
 */
export interface EnglishStrings {
  /** The lines of text (or attribute values) that are English, exactly as shown. */
  find(lines: string[]): string[]
  size: number
}

type Nested = { [key: string]: string | Nested }

function leaves(english: Nested, finnish: Nested | undefined, into: string[]): void {
  for (const [key, value] of Object.entries(english)) {
    const other = finnish?.[key]
    if (typeof value === 'string') {
      if (typeof other !== 'string' || other.trim() !== value.trim()) into.push(value)
    } else leaves(value, typeof other === 'object' ? other : undefined, into)
  }
}

/** Labels, descriptions and option labels of the config, as { fi, en, sv } objects. */
function configLabels(config: SanitizedConfig, into: string[]): void {
  const label = (value: unknown) => {
    if (value && typeof value === 'object' && 'en' in value && 'fi' in value) {
      const { en: english, fi } = value as { en: unknown; fi: unknown }
      if (typeof english === 'string' && english.trim() !== String(fi).trim()) into.push(english)
    }
  }
  const walk = (fields: Field[]) => {
    for (const field of fields) {
      const admin = (field as { admin?: { description?: unknown } }).admin
      label((field as { label?: unknown }).label)
      label(admin?.description)
      if ('options' in field && Array.isArray(field.options))
        for (const option of field.options) if (typeof option === 'object') label(option.label)
      if ('fields' in field && Array.isArray(field.fields)) walk(field.fields)
      if (field.type === 'tabs')
        for (const tab of field.tabs) {
          label(tab.label)
          label((tab as { description?: unknown }).description)
          walk(tab.fields)
        }
      if (field.type === 'blocks') for (const block of field.blocks) walk(block.fields)
    }
  }
  for (const collection of config.collections) {
    label(collection.labels?.singular)
    label(collection.labels?.plural)
    label(collection.admin?.group)
    label(collection.admin?.description)
    walk(collection.fields)
  }
  for (const global of config.globals) {
    label(global.label)
    label(global.admin?.group)
    label(global.admin?.description)
    walk(global.fields)
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function englishStrings(config: SanitizedConfig): EnglishStrings {
  const strings: string[] = []
  leaves(en.translations as unknown as Nested, interfaceLanguages.fi.translations as unknown as Nested, strings)
  const lexicalEnglish = (config.i18n.translations as Record<string, Nested | undefined>).en?.lexical
  if (lexicalEnglish && typeof lexicalEnglish === 'object')
    leaves(lexicalEnglish as Nested, extraTranslations.fi.lexical as unknown as Nested, strings)
  configLabels(config, strings)

  const exact = new Set<string>()
  const patterns: RegExp[] = []
  for (const text of strings) {
    const trimmed = text.trim()
    // Single characters and bare symbols say nothing in any language.
    if (trimmed.length < 2 || !/[A-Za-z]{2}/.test(trimmed)) continue
    if (trimmed.includes('{{'))
      patterns.push(
        new RegExp(
          `^${trimmed
            .split(/\{\{[^}]+\}\}/)
            .map(escapeRegExp)
            .join('.+')}$`,
        ),
      )
    else exact.add(trimmed)
  }
  return {
    size: exact.size + patterns.length,
    find: (lines) =>
      lines
        .map((line) => line.trim())
        .filter((line) => line && (exact.has(line) || patterns.some((pattern) => pattern.test(line)))),
  }
}
