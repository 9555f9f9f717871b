/** Content locales: Finnish is the default; English and Swedish fall back to it. */
export const contentLocales = [
  { code: 'fi', label: 'Suomi' },
  { code: 'en', label: 'English' },
  { code: 'sv', label: 'Svenska' },
] as const

export type ContentLocale = (typeof contentLocales)[number]['code']
export const defaultLocale: ContentLocale = 'fi'
export const localeCodes = contentLocales.map((locale) => locale.code) as ContentLocale[]
