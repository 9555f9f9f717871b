/**
 * Which component renders each section of the registry (./registry.ts), as one map from key to
 * component, the way Payload's website template renders blocks: the list and document pages look
 * their component up here instead of testing the section in a chain of ifs. Every list and document
 * component takes the same props ({ lang, docs } / { lang, doc }), so the map is checked without
 * casts: a section whose component is missing, or takes other documents, fails `astro check`.
 */
import type { DetailSection } from '@toolkit/contract/routes'
import type { CollectionKey, SnapshotDocument } from '@toolkit/contract/snapshot'
import BadgeDetail from '../components/BadgeDetail.astro'
import BadgeList from '../components/BadgeList.astro'
import CheatSheetDetail from '../components/CheatSheetDetail.astro'
import CheatSheetList from '../components/CheatSheetList.astro'
import ComponentDetail from '../components/ComponentDetail.astro'
import ComponentList from '../components/ComponentList.astro'
import CoursePackDetail from '../components/CoursePackDetail.astro'
import CoursePackList from '../components/CoursePackList.astro'
import EventDetail from '../components/EventDetail.astro'
import EventList from '../components/EventList.astro'
import OfflinePage from '../components/OfflinePage.astro'
import Outcomes from '../components/Outcomes.astro'
import PageDetail from '../components/PageDetail.astro'
import PlannerPage from '../components/PlannerPage.astro'
import PostDetail from '../components/PostDetail.astro'
import PostList from '../components/PostList.astro'
import SearchPage from '../components/SearchPage.astro'
import SelfAssessmentDetail from '../components/SelfAssessmentDetail.astro'
import SelfAssessmentList from '../components/SelfAssessmentList.astro'
import ToolList from '../components/ToolList.astro'
import type { Lang } from '../i18n/locales'
import { type Alternates, getDocuments } from '../lib/pages'
import { type DocumentsSection, type ListSection, type OwnPage, type RegistryKey, sectionRegistry } from './registry'

/** An Astro component as TypeScript sees it: the default export of a .astro file is a function of its Props. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- what Astro's own types give a component's result
type Component<Props> = (props: Props) => any

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

/** The documents with pages: the contract's detail sections and the standing pages. */
type DocumentPageKey = DetailSection | 'pages'
type Lists = { [K in ListSection]: { List: Component<ListProps<K>> } }
type Details = { [K in DocumentPageKey]: { Detail: Component<DetailProps<K>> } }
type Pages = { [K in OwnPage]: { Page: Component<OwnPageProps> } }
/** Exactly the components each registry entry's kind needs, no more (a Detail for a list without document pages is refused). */
type SectionComponents = {
  [K in RegistryKey]: (K extends ListSection ? Lists[K] : unknown) &
    (K extends DocumentPageKey ? Details[K] : unknown) &
    (K extends OwnPage ? Pages[K] : unknown)
}

export const sectionComponents = {
  components: { List: ComponentList, Detail: ComponentDetail },
  'course-packs': { List: CoursePackList, Detail: CoursePackDetail },
  'cheat-sheets': { List: CheatSheetList, Detail: CheatSheetDetail },
  badges: { List: BadgeList, Detail: BadgeDetail },
  tools: { List: ToolList },
  indicators: { List: Outcomes },
  events: { List: EventList, Detail: EventDetail },
  posts: { List: PostList, Detail: PostDetail },
  'self-assessments': { List: SelfAssessmentList, Detail: SelfAssessmentDetail },
  search: { Page: SearchPage },
  planner: { Page: PlannerPage },
  offline: { Page: OfflinePage },
  pages: { Detail: PageDetail },
} satisfies SectionComponents

/**
 * What a list page shows: the section's registry entry, its list component and its documents.
 * Generic in the section, so that the component and the documents of one section are typed
 * together and the page can render `<Entry.List lang docs={Entry.docs} />` for any section.
 */
export async function listEntry<K extends ListSection>(
  section: K,
): Promise<DocumentsSection & { section: K; List: Component<ListProps<K>>; docs: SnapshotDocument<K>[] }> {
  const entry: DocumentsSection = sectionRegistry[section]
  const lists: Lists = sectionComponents
  return { ...entry, section, List: lists[section].List, docs: await getDocuments(section) }
}

/** The page component of a document, typed together with the document as listComponent is. */
export function detailComponent<K extends DocumentPageKey>(section: K): Component<DetailProps<K>> {
  const details: Details = sectionComponents
  return details[section].Detail
}

/** The component of a section that is a page of its own. */
export function ownPageComponent(section: OwnPage): Component<OwnPageProps> {
  return sectionComponents[section].Page
}
