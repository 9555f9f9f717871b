import type { Locale as Lang } from './locales'

/**
 * Every page's address in one place. Path segments are in the reader's language
 * (/fi/toimintamalli/…, /en/model/…, /sv/modell/…), while slugs are shared across languages
 * so that the language switcher can always find the same page.
 */
export const sections = {
  components: { fi: 'toimintamalli', en: 'model', sv: 'modell' },
  events: { fi: 'tapahtumat', en: 'events', sv: 'evenemang' },
  posts: { fi: 'blogi', en: 'blog', sv: 'blogg' },
  'course-packs': { fi: 'koulutuspaketit', en: 'course-packs', sv: 'kurspaket' },
  'cheat-sheets': { fi: 'lunttilaput', en: 'cheat-sheets', sv: 'lathundar' },
  badges: { fi: 'osaamismerkit', en: 'badges', sv: 'marken' },
  tools: { fi: 'tyokalut', en: 'tools', sv: 'verktyg' },
  indicators: { fi: 'tulokset', en: 'outcomes', sv: 'resultat' },
  search: { fi: 'haku', en: 'search', sv: 'sok' },
  'self-assessments': { fi: 'itsearvio', en: 'self-assessment', sv: 'sjalvskattning' },
  planner: { fi: 'ota-malli-kayttoon', en: 'adopt-the-model', sv: 'infor-modellen' },
  offline: { fi: 'ilman-yhteytta', en: 'offline', sv: 'utan-uppkoppling' },
} as const satisfies Record<string, Record<Lang, string>>

/** The standing pages live at the top of each language: /fi/saavutettavuus/, /en/accessibility/… */
export const pageSegments = {
  about: { fi: 'tietoa', en: 'about', sv: 'om' },
  accessibility: { fi: 'saavutettavuus', en: 'accessibility', sv: 'tillganglighet' },
  privacy: { fi: 'tietosuoja', en: 'privacy', sv: 'dataskydd' },
  feedback: { fi: 'palaute', en: 'feedback', sv: 'respons' },
} as const satisfies Record<string, Record<Lang, string>>

export type Section = keyof typeof sections
export type PageSlug = keyof typeof pageSegments

/** Sections whose documents have a page each (tools and indicators are shown on their list pages). */
export const detailSections = [
  'components',
  'events',
  'posts',
  'course-packs',
  'cheat-sheets',
  'badges',
  'self-assessments',
] as const
export type DetailSection = (typeof detailSections)[number]

export function homePath(lang: Lang): string {
  return `/${lang}/`
}

export function sectionPath(lang: Lang, section: Section): string {
  return `/${lang}/${sections[section][lang]}/`
}

/** The search page's query parameter (/fi/haku/?q=…): the header's search form and the search page both send it. */
export const searchQueryParameter = 'q'

export function detailPath(lang: Lang, section: DetailSection, slug: string): string {
  return `${sectionPath(lang, section)}${slug}/`
}

export function pagePath(lang: Lang, slug: PageSlug): string {
  return `/${lang}/${pageSegments[slug][lang]}/`
}

export const isPageSlug = (slug: string): slug is PageSlug => slug in pageSegments

/**
 * The page that shows a document of a content type, for links from outside the site (the CMS's
 * preview button). Types without pages of their own lead to the page that lists them.
 */
export function documentPath(type: string, slug: string | undefined, lang: Lang): string {
  if ((detailSections as readonly string[]).includes(type) && slug) return detailPath(lang, type as DetailSection, slug)
  if (type === 'pages' && slug && isPageSlug(slug)) return pagePath(lang, slug)
  if (type === 'operating-model') return sectionPath(lang, 'components')
  if (type in sections) return sectionPath(lang, type as Section)
  return homePath(lang)
}
