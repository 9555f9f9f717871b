/**
 * The content languages, defined once for the CMS, the export and the site. Finnish is the
 * default: every document has it, and English and Swedish fall back to it.
 */
export const locales = ['fi', 'en', 'sv'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'fi'

/** Names of the languages in themselves (the language switcher, the admin's locale menu). */
export const localeNames: Record<Locale, string> = { fi: 'Suomi', en: 'English', sv: 'Svenska' }

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}
