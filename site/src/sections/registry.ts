/**
 * The site's sections in one place. Every collection of the snapshot and every section of the
 * contract's routes has an entry below, and the compiler refuses the registry without one
 * (`satisfies SectionRegistry`). Pages are lookups over it: the list pages
 * (pages/[lang]/[section]/index.astro), the document pages ([slug].astro), the main navigation
 * (Header.astro), the search filter (SearchPage.astro) and the page type each page tells search
 * (Base.astro). Which component renders a section is in ./components.ts: it imports .astro files,
 * which only Astro loads, while this file stays plain TypeScript for the unit tests and for Node.
 *
 * Addresses are not here: the path segments per language stay in the contract
 * (@toolkit/contract/routes), which the preview server and the service worker read too.
 */
import type { DetailSection, Section } from '@toolkit/contract/routes'
import type { CollectionKey } from '@toolkit/contract/snapshot'
import type { UiKey } from '../i18n/ui'

/**
 * The kinds of page, as each page tells search (Base.astro's `data-pagefind-filter="type"`), with
 * the name the search page's type filter offers for each, in the filter's order. null: the kind is
 * not offered as a filter (the home page, list pages and the planner are ways in, not content).
 */
export const pageTypes = {
  component: 'components',
  'course-pack': 'coursePacks',
  'cheat-sheet': 'cheatSheets',
  handout: 'handouts',
  badge: 'badges',
  event: 'events',
  post: 'posts',
  'self-assessment': 'selfAssessments',
  page: 'standingPages',
  home: null,
  list: null,
  planner: null,
} as const satisfies Record<string, UiKey | null>
export type PageType = keyof typeof pageTypes

/** What a section keeps for readers without a connection; its pages register the offline support unless null. */
export type Offline =
  /** The service worker stores its list and document pages on the first visit. */
  | 'precached'
  /** Its documents are downloaded for offline use (the course packs' ZIPs). */
  | 'downloads'
  | null

/** A collection listed on a page of its own (/fi/lunttilaput/), with a page per document where the contract's `detailSections` say so. */
export interface DocumentsSection<HasPages extends boolean = boolean> {
  kind: 'documents'
  /** The list page's title and heading, and the section's name in the main navigation. */
  title: UiKey
  /** The list page's description and lead paragraph. */
  intro: UiKey
  /** The list component shows the lead itself (the components list shows the model overview in its place). */
  listShowsIntro?: true
  /** Place in the main navigation (after the home page, ascending), or null when the section is not in it. */
  nav: number | null
  /** What the section's document pages tell search; null for a section whose documents have no pages. */
  pageType: HasPages extends true ? PageType : null
  offline: Offline
}

/** A page of its own (search, the planner, the offline page): its component makes the whole page. */
export interface OwnPageSection {
  kind: 'page'
  /** The section's name in the main navigation. */
  title: UiKey
  nav: number | null
}

/** The standing pages (about, accessibility, privacy): one page each at the top of a language (the contract's `pageSegments`), no list. */
export interface StandingPagesSection {
  kind: 'standing'
  pageType: PageType
}

/**
 * What each key must be: a collection with a section in the routes is listed (with document pages
 * exactly when the routes give it some), a section without a collection is a page of its own, and
 * the standing pages are the standing pages. A new collection without a section in the routes
 * cannot be registered (never) until it gets one or is given a kind here.
 */
type EntryFor<K extends CollectionKey | Section> = K extends Section
  ? K extends CollectionKey
    ? DocumentsSection<K extends DetailSection ? true : false>
    : OwnPageSection
  : K extends 'pages'
    ? StandingPagesSection
    : never
type SectionRegistry = { [K in CollectionKey | Section]: EntryFor<K> }

export const sectionRegistry = {
  components: { kind: 'documents', title: 'modelTitle', intro: 'componentsIntro', listShowsIntro: true, nav: 1, pageType: 'component', offline: null },
  'course-packs': { kind: 'documents', title: 'coursePacks', intro: 'coursePacksIntro', nav: 2, pageType: 'course-pack', offline: 'downloads' },
  'cheat-sheets': { kind: 'documents', title: 'cheatSheets', intro: 'cheatSheetsIntro', nav: 3, pageType: 'cheat-sheet', offline: 'precached' },
  badges: { kind: 'documents', title: 'badges', intro: 'badgesIntro', nav: 4, pageType: 'badge', offline: null },
  tools: { kind: 'documents', title: 'tools', intro: 'toolsIntro', nav: 5, pageType: null, offline: null },
  indicators: { kind: 'documents', title: 'outcomes', intro: 'outcomesIntro', nav: 6, pageType: null, offline: null },
  events: { kind: 'documents', title: 'events', intro: 'eventsIntro', nav: 7, pageType: 'event', offline: null },
  posts: { kind: 'documents', title: 'posts', intro: 'postsIntro', nav: 8, pageType: 'post', offline: null },
  'self-assessments': { kind: 'documents', title: 'selfAssessments', intro: 'selfAssessmentsIntro', nav: null, pageType: 'self-assessment', offline: 'precached' },
  search: { kind: 'page', title: 'search', nav: 9 },
  planner: { kind: 'page', title: 'planner', nav: null },
  offline: { kind: 'page', title: 'offlineTitle', nav: null },
  pages: { kind: 'standing', pageType: 'page' },
} as const satisfies SectionRegistry

type Registry = typeof sectionRegistry
export type RegistryKey = keyof Registry
type KeysOfKind<Kind> = { [K in RegistryKey]: Registry[K] extends { kind: Kind } ? K : never }[RegistryKey]
/** The sections with a list page. */
export type ListSection = KeysOfKind<'documents'>
/** The sections that are pages of their own. */
export type OwnPage = KeysOfKind<'page'>

const keys = Object.keys(sectionRegistry) as RegistryKey[]
const isKind =
  <Kind extends Registry[RegistryKey]['kind']>(kind: Kind) =>
  (key: RegistryKey): key is KeysOfKind<Kind> =>
    sectionRegistry[key].kind === kind

export const listSections: readonly ListSection[] = keys.filter(isKind('documents'))
export const ownPages: readonly OwnPage[] = keys.filter(isKind('page'))

/** The main navigation after the home page, in order: each section and its name. */
export const navigation: readonly { section: ListSection | OwnPage; label: UiKey }[] = [...listSections, ...ownPages]
  .flatMap((section) => {
    const { nav, title } = sectionRegistry[section]
    return nav === null ? [] : [{ section, label: title, nav }]
  })
  .sort((a, b) => a.nav - b.nav)
  .map(({ section, label }) => ({ section, label }))

/** The search page's type filter: each page type offered, with its name. */
export const searchTypeOptions: readonly (readonly [PageType, UiKey])[] = (Object.keys(pageTypes) as PageType[]).flatMap((type) => {
  const label = pageTypes[type]
  return label === null ? [] : [[type, label] as const]
})

/** The sections whose pages the service worker stores on the first visit (list and document pages). */
export const precachedSections: readonly ListSection[] = listSections.filter((section) => sectionRegistry[section].offline === 'precached')

/** Whether a section's pages register the offline support (what it keeps or downloads for offline use). */
export const registersOffline = (section: ListSection): boolean => sectionRegistry[section].offline !== null

/** What a document page of a section tells its layout (Base.astro): its page type for search and whether it registers the offline support. */
export function documentPageProps(section: DetailSection): { pageType: PageType; offline: boolean } {
  return { pageType: sectionRegistry[section].pageType, offline: registersOffline(section) }
}
