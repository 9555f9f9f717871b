/**
 * Where a page is in the site, for the parts that help a reader find their way: the marked section
 * in the main navigation, the breadcrumbs, the "last updated" date and the page's feedback link.
 * Every page has an address, so its place is read from the address (the contract's routes) in the
 * layout (Base.astro) instead of each page component passing it: no page can forget its breadcrumbs
 * or its date.
 */
import type { Lang } from '../i18n/locales'
import { t } from '../i18n/ui'
import { type Localizable, localize } from './localize'
import { readSnapshot } from './snapshot-loader'
import { feedbackForm } from '@toolkit/contract/feedback-form'
import { isSiteFeedbackPath } from '@toolkit/contract/safe-link'
import { sectionRegistry } from '../sections/registry'
import {
  type DetailSection,
  detailPath,
  detailSections,
  homePath,
  pageSegments,
  type Section,
  sectionPath,
  sections,
} from '@toolkit/contract/routes'

/** A document with a page of its own, as the snapshot has it. */
interface LocatedDocument {
  slug: string
  updatedAt: string
  content: { fi: object; en: object | null; sv: object | null }
}

export interface PageLocation {
  /** The section the page is in (its list page or one of its documents), or null outside any section. */
  section: Section | null
  /** The document the page shows (for a handout page, the event or course pack it belongs to). */
  document: LocatedDocument | null
  /** The page is a handout of the document (/fi/koulutuspaketit/<slug>/<handout>/). */
  isHandout: boolean
  /** A standing page (about, accessibility, privacy). */
  isStandingPage: boolean
}

const sectionBySegment = (lang: Lang, segment: string): Section | null =>
  (Object.keys(sections) as Section[]).find((section) => sections[section][lang] === segment) ?? null

const isDetailSection = (section: Section): section is DetailSection =>
  (detailSections as readonly string[]).includes(section)

/** The page at an address of the site (/fi/toimintamalli/laitekierratys/) placed in its section and document. */
export function locatePage(lang: Lang, pathname: string): PageLocation {
  const [langSegment, segment, slug, handout, ...rest] = pathname.split('/').filter(Boolean)
  const nowhere: PageLocation = { section: null, document: null, isHandout: false, isStandingPage: false }
  if (langSegment !== lang || !segment || rest.length > 0) return nowhere
  const { collections } = readSnapshot()
  const standing = (Object.keys(pageSegments) as (keyof typeof pageSegments)[]).find(
    (page) => pageSegments[page][lang] === segment,
  )
  if (standing && !slug) {
    const document = collections.pages.find((page) => page.slug === standing) ?? null
    return { ...nowhere, document, isStandingPage: document !== null }
  }
  const section = sectionBySegment(lang, segment)
  if (!section) return nowhere
  if (!slug) return { ...nowhere, section }
  if (!isDetailSection(section)) return nowhere
  const list: LocatedDocument[] = collections[section]
  const document = list.find((doc) => doc.slug === slug) ?? null
  return document ? { ...nowhere, section, document, isHandout: handout !== undefined } : nowhere
}

/** A document's title in a language, and the language it is really in (Finnish where it is not translated). */
export function documentTitle(doc: LocatedDocument, lang: Lang): { value: string; lang: Lang } {
  const key = 'title' in doc.content.fi ? 'title' : 'name'
  const title = localize(doc as Localizable<Record<string, unknown>>, lang).field(key)
  return { value: String(title.value), lang: title.lang }
}

/** The name of a section as the main navigation and its list page call it. */
const sectionName = (lang: Lang, section: Section): string => t(lang, sectionRegistry[section].title)

export interface Crumb {
  label: string
  /** The language of the label when it is not the page's (an untranslated title). */
  lang?: Lang
  /** Absent for the current page, which is not a link. */
  href?: string
}

/**
 * The breadcrumb trail from the home page to the current page, or an empty trail where the page
 * has no place under the home page (the home page itself, the 404 page).
 */
export function breadcrumbs(lang: Lang, location: PageLocation, currentTitle: string): Crumb[] {
  const { section, document } = location
  if (!section && !location.isStandingPage) return []
  const trail: Crumb[] = [{ label: t(lang, 'home'), href: homePath(lang) }]
  if (section && document) {
    trail.push({ label: sectionName(lang, section), href: sectionPath(lang, section) })
    if (location.isHandout && isDetailSection(section)) {
      const parent = documentTitle(document, lang)
      trail.push({
        label: parent.value,
        lang: other(parent.lang, lang),
        href: detailPath(lang, section, document.slug),
      })
    } else {
      const title = documentTitle(document, lang)
      return [...trail, { label: title.value, lang: other(title.lang, lang) }]
    }
  }
  return [...trail, { label: currentTitle }]
}

const other = (valueLang: Lang, pageLang: Lang): Lang | undefined => (valueLang === pageLang ? undefined : valueLang)

/**
 * How a main navigation link marks the page being read: "page" on the link's own page, "true" on
 * every page under it (a document of the section), nothing elsewhere. The home page's link marks
 * only the home page, which every other page is under.
 */
export function navigationCurrent(linkPath: string, pathname: string, home: string): 'page' | 'true' | undefined {
  if (pathname === linkPath) return 'page'
  if (linkPath !== home && pathname.startsWith(linkPath)) return 'true'
  return undefined
}

/** The items before and after one in a reading order (null at either end, both null when it is not in it). */
export function neighbours<T extends { slug: string }>(
  ordered: readonly T[],
  slug: string,
): { previous: T | null; next: T | null } {
  const index = ordered.findIndex((item) => item.slug === slug)
  if (index < 0) return { previous: null, next: null }
  return { previous: ordered[index - 1] ?? null, next: ordered[index + 1] ?? null }
}

/**
 * The feedback link of one page: a mailto: address gets the page's address as its subject, and the
 * site's own feedback page gets it as a parameter, so the message says which page it is about; a
 * form's address elsewhere (https:) and a mailto: link that already
 * carries its own fields are used as they are. Every value is percent-encoded, so nothing in the
 * subject can add fields (&body=, &cc=) to the message.
 */
export function pageFeedbackHref(feedbackHref: string, subject: string, pageUrl: string): string {
  if (feedbackHref.includes('?')) return feedbackHref
  // The site's own feedback form is told the page in its address, and fills it in for the reader.
  if (isSiteFeedbackPath(feedbackHref))
    return `${feedbackHref}?${feedbackForm.pageParameter}=${encodeURIComponent(pageUrl)}`
  if (!/^mailto:/i.test(feedbackHref)) return feedbackHref
  return `${feedbackHref}?subject=${encodeURIComponent(subject)}`
}

/** The id of a component page's heading for its related documents of a section (RelatedLinks.astro). */
export const relatedHeadingId = (section: DetailSection): string => `related-${section}`

/** The id of the sources heading (Sources.astro). */
export const SOURCES_HEADING_ID = 'sources-heading'
