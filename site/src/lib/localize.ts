import { defaultLang, type Lang } from '../i18n/locales'

/** A value together with the language it is really written in. */
export interface InLang<T> {
  value: T
  lang: Lang
}

/** Any snapshot document: its values per locale, Finnish always complete, others null when untranslated. */
export interface Localizable<C> {
  content: { fi: C; en: C | null; sv: C | null }
}

export interface Localized<C> {
  /** The language the page asks for. */
  lang: Lang
  /** True when the document has no translation at all in `lang` and the Finnish text is shown. */
  untranslated: boolean
  /** True when some fields fall back to Finnish. */
  partly: boolean
  field<K extends keyof C>(key: K): InLang<C[K]>
}

/** Empty: no value, an empty list, or a group whose every field is empty (e.g. an unused diagram). */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object' && !('root' in value)) return Object.values(value).every(isEmpty)
  return false
}

/**
 * Fields readers never see on the page: only in its head, where a Finnish value is not used for
 * another language (share.ts, shareDescription), or only in the search index (searchKeywords). A missing translation of one does not make the
 * page "partly in Finnish".
 */
const notShownOnPage = new Set<PropertyKey>(['shareDescription', 'searchKeywords'])

/**
 * A document's search words (searchKeywords) in the page's own language only, never Finnish in
 * their place: they feed that language's search index, where a Finnish word would only add noise.
 */
export const searchKeywordsIn = (doc: Localizable<{ searchKeywords: string[] }>, lang: Lang): string[] =>
  doc.content[lang]?.searchKeywords ?? []

/**
 * Chooses each field from the requested language, falling back to Finnish field by field, and
 * remembers which language each value is in so the page can mark it (lang attribute + notice).
 */
export function localize<C extends object>(doc: Localizable<C>, lang: Lang): Localized<C> {
  const own = doc.content[lang]
  const fallback = doc.content.fi // the default language (Finnish) is always complete
  const fallsBack = (key: keyof C) => own !== null && isEmpty(own[key]) && !isEmpty(fallback[key])
  const field = <K extends keyof C>(key: K): InLang<C[K]> =>
    own && !fallsBack(key) ? { value: own[key], lang } : { value: fallback[key], lang: defaultLang }
  const keys = Object.keys(fallback) as (keyof C)[]
  return {
    lang,
    untranslated: own === null,
    partly: lang !== defaultLang && own !== null && keys.some((key) => !notShownOnPage.has(key) && fallsBack(key)),
    field,
  }
}

/** The lang attribute a value needs on a page: none when it is in the page's own language. */
export function langAttr(valueLang: Lang, pageLang: Lang): Lang | undefined {
  return valueLang !== pageLang ? valueLang : undefined
}
