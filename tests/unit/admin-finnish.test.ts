import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import * as richTextLexical from '@payloadcms/richtext-lexical'
import { initI18n } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { beforeAll, describe, expect, it } from 'vitest'

import { extraTranslations, interfaceLanguages } from '../../cms/src/i18n'

/**
 * Payload ships no Finnish: ours (cms/src/i18n/) must cover every string the installed
 * @payloadcms/translations and @payloadcms/richtext-lexical have for English, so that an upgrade
 * that adds a string fails here, naming it, instead of showing English to a Finnish editor.
 */

type Tree = { [key: string]: string | Tree }

/** 'group:key' (or 'feature:sub:key') → string, the key format of Payload's t(). */
const flatten = (tree: Tree, prefix = ''): Map<string, string> => {
  const flat = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}:${key}` : key
    if (typeof value === 'string') flat.set(name, value)
    else for (const [subKey, subValue] of flatten(value, name)) flat.set(subKey, subValue)
  }
  return flat
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((match) => match[1]).sort()
/**
 * <0>…</0> of Payload's Translation component, and the HTML of its e-mails (<a href="…">, <br>).
 * Not general:noLabel's "<No {{label}}>": its angle brackets are text, and its words are translated.
 */
const markup = (text: string) =>
  [...text.matchAll(/<\/?\d+>|<\/?[a-z][a-z0-9]*(?:\s+[a-z-]+(?:="[^"]*")?)*\s*\/?>/g)].map((match) => match[0]).sort()

/** What a translation lacks, has too much of, or gets wrong compared with the English, one line each. */
const compare = (english: Map<string, string>, finnish: Map<string, string>) => ({
  missing: [...english.keys()].filter((key) => !finnish.get(key)?.trim()),
  extra: [...finnish.keys()].filter((key) => !english.has(key)),
  wrongPlaceholders: [...english]
    .filter(([key, text]) => finnish.has(key) && placeholders(text).join() !== placeholders(finnish.get(key)!).join())
    .map(([key, text]) => `${key}: English has {{${placeholders(text).join('}} {{')}}}, Finnish "${finnish.get(key)}"`),
  wrongMarkup: [...english]
    .filter(([key, text]) => finnish.has(key) && markup(text).join() !== markup(finnish.get(key)!).join())
    .map(([key, text]) => `${key}: English has ${markup(text).join(' ')}, Finnish "${finnish.get(key)}"`),
})

/**
 * Finnish strings that may equal the English one: each is a word Finnish uses as such. Keep this
 * short; anything else equal to the English is an untranslated copy.
 */
const sameInFinnishAndEnglish: Record<string, string> = {
  // (none needed yet)
}

const payloadEnglish = flatten(en.translations as unknown as Tree)
const payloadFinnish = flatten(interfaceLanguages.fi.translations as unknown as Tree)

/**
 * config.i18n.translations as Payload's config sanitizer leaves them when the rich-text editor has
 * every feature richtext-lexical exports: the given translations, with each feature's strings
 * merged in by the package's own lexicalEditor() (core strings as lexical.general, each feature's
 * as lexical.<key>). A minimal config, so that no collection a feature could point at is needed.
 */
const translationsWithEveryEditorFeature = async (translations: object): Promise<Record<string, { lexical: Tree }>> => {
  process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER = 'true'
  const everyFeature = Object.entries(richTextLexical)
    .filter(
      ([name, value]) => name.endsWith('Feature') && name !== 'createServerFeature' && typeof value === 'function',
    )
    .map(([, feature]) =>
      (feature as (props: object) => richTextLexical.FeatureProviderServer<unknown, unknown, unknown>)({}),
    )
  const config = {
    collections: [],
    globals: [],
    i18n: { translations: structuredClone(translations) },
  } as unknown as Parameters<ReturnType<typeof richTextLexical.lexicalEditor>>[0]['config']
  await richTextLexical.lexicalEditor({ features: everyFeature })({ config, isRoot: true, parentIsLocalized: false })
  return config.i18n.translations as Record<string, { lexical: Tree }>
}

/** The package's own i18n files (core and per feature), to prove no feature escaped the list above. */
const lexicalI18nFiles = async (): Promise<{ file: string; english: Tree }[]> => {
  const dist = path.dirname(createRequire(import.meta.url).resolve('@payloadcms/richtext-lexical'))
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
    (file) => path.basename(file) === 'i18n.js',
  )
  return Promise.all(
    files.map(async (file) => {
      const module = (await import(pathToFileURL(path.join(dist, file)).href)) as { i18n: { en: Tree } }
      return { file, english: module.i18n.en }
    }),
  )
}

describe("Payload's admin interface in Finnish", () => {
  it('has a non-empty Finnish string for every key of every group of the installed English, and no other keys', () => {
    const { missing, extra } = compare(payloadEnglish, payloadFinnish)
    expect(missing, `keys with no Finnish in cms/src/i18n/fi/ (added by a Payload upgrade?)`).toEqual([])
    expect(extra, 'Finnish keys the installed English does not have (removed by an upgrade?)').toEqual([])
  })

  it('keeps every {{placeholder}} and every <0>…</0> or HTML tag of the English, and adds none', () => {
    const { wrongPlaceholders, wrongMarkup } = compare(payloadEnglish, payloadFinnish)
    expect(wrongPlaceholders).toEqual([])
    expect(wrongMarkup).toEqual([])
  })

  it('leaves no string untranslated (equal to the English) outside a short, justified list', () => {
    const untranslated = [...payloadEnglish]
      .filter(([key, text]) => payloadFinnish.get(key) === text && !(key in sameInFinnishAndEnglish))
      .map(([key, text]) => `${key}: "${text}"`)
    expect(untranslated).toEqual([])
    const staleExceptions = Object.keys(sameInFinnishAndEnglish).filter(
      (key) => payloadFinnish.get(key) !== payloadEnglish.get(key),
    )
    expect(staleExceptions, 'exceptions that are no longer equal to the English: remove them').toEqual([])
  })

  it("uses the glossary's button words (docs/admin-glossary.md) where Payload has the same English button", () => {
    // Glossary rows "| Finnish | English | …" whose Finnish is one capitalised phrase: a button.
    const glossary = readFileSync(path.resolve(import.meta.dirname, '../../docs/admin-glossary.md'), 'utf8')
    const buttons = [...glossary.matchAll(/^\| ([A-ZÅÄÖ][^|,(]*?) \| ([^|]+?) \|/gm)]
      .map(([, finnish, english]) => ({ finnish, english: english.toLowerCase() }))
      .filter(({ english }) => english !== 'english')
    const buttonsPayloadHas = [...payloadEnglish].flatMap(([key, text]) =>
      buttons.filter(({ english }) => english === text.toLowerCase()).map(({ finnish }) => ({ key, finnish })),
    )
    expect(buttonsPayloadHas.length).toBeGreaterThanOrEqual(4)
    for (const { key, finnish } of buttonsPayloadHas) expect(payloadFinnish.get(key), key).toBe(finnish)
  })
})

describe("the rich-text editor's strings in Finnish", () => {
  let lexicalEnglish: Map<string, string>
  const lexicalFinnish = flatten(extraTranslations.fi.lexical, 'lexical')

  beforeAll(async () => {
    lexicalEnglish = flatten((await translationsWithEveryEditorFeature({})).en.lexical, 'lexical')
  })

  it('reads every i18n file the package ships (so no feature was left out of the editor built here)', async () => {
    const files = await lexicalI18nFiles()
    expect(files.length).toBeGreaterThan(10)
    const registered = [...lexicalEnglish.values()]
    for (const { file, english } of files) {
      for (const text of flatten(english).values()) expect(registered, file).toContain(text)
    }
    expect(lexicalEnglish.has('lexical:general:placeholder')).toBe(true)
  })

  it('has Finnish for every string the editor and each of its features register, and no other keys', () => {
    const { missing, extra, wrongPlaceholders, wrongMarkup } = compare(lexicalEnglish, lexicalFinnish)
    expect(missing, 'lexical keys with no Finnish in cms/src/i18n/fi/lexical.ts').toEqual([])
    expect(extra, 'Finnish lexical keys the installed editor does not have').toEqual([])
    expect(wrongPlaceholders).toEqual([])
    expect(wrongMarkup).toEqual([])
  })

  it('leaves no editor string untranslated', () => {
    const untranslated = [...lexicalEnglish]
      .filter(([key, text]) => lexicalFinnish.get(key) === text)
      .map(([key, text]) => `${key}: "${text}"`)
    expect(untranslated).toEqual([])
  })

  it("is what the admin's t() finds once Payload has merged the editor's translations into ours", async () => {
    const translations = await translationsWithEveryEditorFeature(extraTranslations)
    const i18n = await initI18n({
      config: {
        fallbackLanguage: 'fi',
        supportedLanguages: interfaceLanguages,
        translations,
      } as unknown as Parameters<typeof initI18n>[0]['config'],
      context: 'client',
      language: 'fi' as Parameters<typeof initI18n>[0]['language'],
    })
    const t = i18n.t as (key: string, vars?: Record<string, unknown>) => string

    const editorKeys = [...flatten(translations.en.lexical, 'lexical').keys()]
    expect(editorKeys).toContain('lexical:heading:label')
    const notFinnish = editorKeys.filter((key) => t(key) !== lexicalFinnish.get(key))
    expect(notFinnish, "keys the Finnish admin's t() does not answer with our Finnish").toEqual([])
    expect(t('lexical:heading:label', { headingLevel: 2 })).toBe('Otsikko 2')
    expect(t('version:saveDraft')).toBe('Tallenna luonnos')
  })
})
