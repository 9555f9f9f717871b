/**
 * The site's sections in one place. Every collection of the snapshot and every section of the
 * contract's routes has an entry below, and the compiler refuses the registry without one
 * (`satisfies SectionRegistry`). Each entry says what the section is called, where it is in the
 * navigation, what its pages tell search, what it keeps for offline use and which components render
 * it, and the pages are lookups over it, the way Payload's website template renders blocks through
 * one map: the list pages (pages/[lang]/[section]/index.astro), the document pages ([slug].astro),
 * the main navigation (Header.astro), the search filter (SearchPage.astro) and the page type each
 * page tells search (Base.astro).
 *
 * Components are imported when a page renders them (`() => import(…)`): only Astro can load a .astro
 * file, and this module stays loadable by Node for the service worker step and the unit tests.
 * Addresses are not here: the path segments per language stay in the contract
 * (@toolkit/contract/routes), which the preview server reads too.
 */
import type { DetailSection, Section } from '@toolkit/contract/routes'
import type { CollectionKey, SnapshotDocument } from '@toolkit/contract/snapshot'
import type { Lang } from '../i18n/locales'
import type { UiKey } from '../i18n/ui'
import type { Alternates } from '../lib/pages'

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

/** An Astro component as TypeScript sees it: the default export of a .astro file is a function of its Props. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- what Astro's own types give a component's result
export type Component<Props> = (props: Props) => any
/** A component, imported when a page renders it. */
type Lazy<Props> = () => Promise<{ default: Component<Props> }>

/** What every list component takes: the section's published documents, in their reading order. */
export interface ListProps<K extends CollectionKey> {
  lang: Lang
  docs: SnapshotDocument<K>[]
}
/** What every document page component takes. */
export interface DetailProps<K extends CollectionKey> {
  lang: Lang
  doc: SnapshotDocument<K>
}
/** What a page of its own takes. */
export interface OwnPageProps {
  lang: Lang
  alternates: Alternates
}

/** What a list page shows of its section besides the list. */
export interface ListPageText {
  /** The list page's title and heading, and the section's name in the main navigation. */
  title: UiKey
  /** The list page's description and lead paragraph. */
  intro: UiKey
  /** The list component shows the lead itself (the components list shows the model overview in its place). */
  listShowsIntro?: true
}

/**
 * A collection listed on a page of its own (/fi/lunttilaput/), with a page per document exactly
 * when the contract's `detailSections` say so.
 */
type DocumentsSection<K extends CollectionKey, HasPages extends boolean> = ListPageText & {
  kind: 'documents'
  /** Place in the main navigation (after the home page, ascending), or null when the section is not in it. */
  nav: number | null
  offline: Offline
  List: Lazy<ListProps<K>>
} & (HasPages extends true
    ? {
        /** What the section's document pages tell search. */
        pageType: PageType
        Detail: Lazy<DetailProps<K>>
      }
    : { pageType: null; Detail?: never })

/** A page of its own (search, the planner, the offline page): its component makes the whole page. */
interface OwnPageSection {
  kind: 'page'
  /** The section's name in the main navigation. */
  title: UiKey
  nav: number | null
  Page: Lazy<OwnPageProps>
}

/** The standing pages (about, accessibility, privacy): one page each at the top of a language (the contract's `pageSegments`), no list. */
interface StandingPagesSection {
  kind: 'standing'
  pageType: PageType
  Detail: Lazy<DetailProps<'pages'>>
}

/**
 * What each key must be: a collection with a section in the routes is listed (with document pages
 * exactly when the routes give it some), a section without a collection is a page of its own, and
 * the standing pages are the standing pages. A new collection without a section in the routes
 * cannot be registered (never) until it gets one or is given a kind here.
 */
type EntryFor<K extends CollectionKey | Section> = K extends Section
  ? K extends CollectionKey
    ? DocumentsSection<K, K extends DetailSection ? true : false>
    : OwnPageSection
  : K extends 'pages'
    ? StandingPagesSection
    : never
type SectionRegistry = { [K in CollectionKey | Section]: EntryFor<K> }

export const sectionRegistry = {
  components: {
    kind: 'documents',
    title: 'modelTitle',
    intro: 'componentsIntro',
    listShowsIntro: true,
    nav: 1,
    pageType: 'component',
    offline: null,
    List: () => import('../components/ComponentList.astro'),
    Detail: () => import('../components/ComponentDetail.astro'),
  },
  'course-packs': {
    kind: 'documents',
    title: 'coursePacks',
    intro: 'coursePacksIntro',
    nav: 2,
    pageType: 'course-pack',
    offline: 'downloads',
    List: () => import('../components/CoursePackList.astro'),
    Detail: () => import('../components/CoursePackDetail.astro'),
  },
  'cheat-sheets': {
    kind: 'documents',
    title: 'cheatSheets',
    intro: 'cheatSheetsIntro',
    nav: 3,
    pageType: 'cheat-sheet',
    offline: 'precached',
    List: () => import('../components/CheatSheetList.astro'),
    Detail: () => import('../components/CheatSheetDetail.astro'),
  },
  badges: {
    kind: 'documents',
    title: 'badges',
    intro: 'badgesIntro',
    nav: 4,
    pageType: 'badge',
    offline: null,
    List: () => import('../components/BadgeList.astro'),
    Detail: () => import('../components/BadgeDetail.astro'),
  },
  tools: {
    kind: 'documents',
    title: 'tools',
    intro: 'toolsIntro',
    nav: 5,
    pageType: null,
    offline: null,
    List: () => import('../components/ToolList.astro'),
  },
  indicators: {
    kind: 'documents',
    title: 'outcomes',
    intro: 'outcomesIntro',
    nav: 6,
    pageType: null,
    offline: null,
    List: () => import('../components/Outcomes.astro'),
  },
  events: {
    kind: 'documents',
    title: 'events',
    intro: 'eventsIntro',
    nav: 7,
    pageType: 'event',
    offline: null,
    List: () => import('../components/EventList.astro'),
    Detail: () => import('../components/EventDetail.astro'),
  },
  posts: {
    kind: 'documents',
    title: 'posts',
    intro: 'postsIntro',
    nav: 8,
    pageType: 'post',
    offline: null,
    List: () => import('../components/PostList.astro'),
    Detail: () => import('../components/PostDetail.astro'),
  },
  'self-assessments': {
    kind: 'documents',
    title: 'selfAssessments',
    intro: 'selfAssessmentsIntro',
    nav: null,
    pageType: 'self-assessment',
    offline: 'precached',
    List: () => import('../components/SelfAssessmentList.astro'),
    Detail: () => import('../components/SelfAssessmentDetail.astro'),
  },
  // Not in the main navigation: every page's header has the search form, which leads to this page.
  search: { kind: 'page', title: 'search', nav: null, Page: () => import('../components/SearchPage.astro') },
  planner: { kind: 'page', title: 'planner', nav: null, Page: () => import('../components/PlannerPage.astro') },
  offline: { kind: 'page', title: 'offlineTitle', nav: null, Page: () => import('../components/OfflinePage.astro') },
  pages: { kind: 'standing', pageType: 'page', Detail: () => import('../components/PageDetail.astro') },
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
export const searchTypeOptions: readonly (readonly [PageType, UiKey])[] = (
  Object.keys(pageTypes) as PageType[]
).flatMap((type) => {
  const label = pageTypes[type]
  return label === null ? [] : [[type, label] as const]
})

/** The sections whose pages the service worker stores on the first visit (list and document pages). */
export const precachedSections: readonly ListSection[] = listSections.filter(
  (section) => sectionRegistry[section].offline === 'precached',
)

/** Whether a section's pages register the offline support (what it keeps or downloads for offline use). */
export const registersOffline = (section: ListSection): boolean => sectionRegistry[section].offline !== null

/** The documents with pages: the contract's detail sections and the standing pages. */
export type DocumentPageKey = DetailSection | 'pages'

/**
 * The list component of a section. Generic in the section, so that the component and the
 * documents of one section are typed together: `<List lang docs={await getDocuments(section)} />`.
 */
export async function listComponent<K extends ListSection>(section: K): Promise<Component<ListProps<K>>> {
  const lists: { [S in ListSection]: { List: Lazy<ListProps<S>> } } = sectionRegistry
  return (await lists[section].List()).default
}

/** The page component of a document, typed together with the document as listComponent is. */
export async function detailComponent<K extends DocumentPageKey>(section: K): Promise<Component<DetailProps<K>>> {
  const details: { [S in DocumentPageKey]: { Detail: Lazy<DetailProps<S>> } } = sectionRegistry
  return (await details[section].Detail()).default
}

/** The component of a section that is a page of its own. */
export async function ownPageComponent(section: OwnPage): Promise<Component<OwnPageProps>> {
  return (await sectionRegistry[section].Page()).default
}

/** What a document page of a section tells its layout (Base.astro): its page type for search and whether it registers the offline support. */
export function documentPageProps(section: DetailSection): { pageType: PageType; offline: boolean } {
  return { pageType: sectionRegistry[section].pageType, offline: registersOffline(section) }
}
