import { defaultLocale, isLocale, type Locale, localeNames, locales } from '@toolkit/contract/locales'

/** The site's names for the content languages (one definition: @toolkit/contract/locales). */
export type Lang = Locale
export const langs: readonly Lang[] = locales
export const defaultLang: Lang = defaultLocale
export const langNames: Record<Lang, string> = localeNames
export const isLang = isLocale
