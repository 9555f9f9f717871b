import type { Lang } from '../i18n/locales'

/**
 * Every page's address in one place. Path segments are in the reader's language
 * (/fi/toimintamalli/…, /en/model/…, /sv/modell/…), while slugs are shared across languages
 * so that the language switcher can always find the same page.
 */
export const sections = {
  components: { fi: 'toimintamalli', en: 'model', sv: 'modell' },
  search: { fi: 'haku', en: 'search', sv: 'sok' },
} as const satisfies Record<string, Record<Lang, string>>

export type Section = keyof typeof sections

export function homePath(lang: Lang): string {
  return `/${lang}/`
}

export function sectionPath(lang: Lang, section: Section): string {
  return `/${lang}/${sections[section][lang]}/`
}

export function detailPath(lang: Lang, section: Section, slug: string): string {
  return `${sectionPath(lang, section)}${slug}/`
}

/** Finds the section whose segment in `lang` is `segment`. */
export function sectionFromSegment(lang: Lang, segment: string): Section | undefined {
  return (Object.keys(sections) as Section[]).find((section) => sections[section][lang] === segment)
}

/**
 * The page that shows a document of a content type, for links from outside the site (the CMS's
 * preview button). Types without pages of their own yet lead to the nearest page that lists them.
 */
export function documentPath(type: string, slug: string | undefined, lang: Lang): string {
  if (type === 'components' && slug) return detailPath(lang, 'components', slug)
  if (type === 'components' || type === 'operating-model') return sectionPath(lang, 'components')
  return homePath(lang)
}
