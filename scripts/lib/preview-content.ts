import { assembleUnchecked, type PublishedContent } from './export'
import { documentTypes } from './shape'
import {
  type GlobalKey,
  globalKeys,
  parseSnapshot,
  type Snapshot,
  snapshotLocales,
  type SnapshotLocale,
  snapshotSchema,
} from '@toolkit/contract/snapshot'

/**
 * The preview's content: the newest version of every document, drafts included, checked document
 * by document with the same strict schema as the published export. A draft that does not pass
 * (Payload saves incomplete drafts) is replaced by its published version, or left out when it has
 * none, and listed with the reasons, so one unfinished draft never stops the whole preview.
 */

/** A draft the preview could not show as it is, and why. */
export interface LeftOutDraft {
  /** The Payload collection or global slug ('components', 'operating-model', 'media'), as the admin's Preview link names it. */
  type: string
  id: string
  slug: string | null
  title: string | null
  /** Each problem with its field, e.g. "content.en.summary: Invalid input: expected string, received null". */
  problems: string[]
  /** What the preview shows instead. */
  shown: 'published version' | 'nothing'
}

type RawDoc = Record<string, unknown> & { id?: unknown }
type PerLocale<T> = Record<SnapshotLocale, T>
type RawContent = {
  collections: Record<string, PerLocale<RawDoc[]>>
  media: PerLocale<RawDoc[]>
} & Record<GlobalKey, PerLocale<RawDoc | null>>

const isGlobalKey = (value: unknown): value is GlobalKey => (globalKeys as readonly unknown[]).includes(value)

/** Where a schema problem is, as a document of the raw read. */
type Culprit =
  | { part: 'collections'; key: string; id: string; doc: Record<string, unknown>; rest: PropertyKey[] }
  | { part: GlobalKey; doc: Record<string, unknown>; rest: PropertyKey[] }
  | { part: 'media'; id: string; doc: Record<string, unknown>; rest: PropertyKey[] }

type GlobalCulprit = Extract<Culprit, { part: GlobalKey }>
const isGlobalCulprit = (culprit: Culprit): culprit is GlobalCulprit => isGlobalKey(culprit.part)

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {}

function locate(value: Record<string, unknown>, issuePath: PropertyKey[]): Culprit | null {
  const [part, first, second, ...rest] = issuePath
  if (isGlobalKey(part) && value[part]) return { part, doc: asRecord(value[part]), rest: issuePath.slice(1) }
  if (part === 'media' && typeof first === 'number') {
    const doc = asRecord((value.media as unknown[])[first])
    return { part, id: String(doc.id), doc, rest: issuePath.slice(2) }
  }
  if (part === 'collections' && typeof first === 'string' && typeof second === 'number') {
    const list = asRecord(value.collections)[first]
    const doc = asRecord(Array.isArray(list) ? list[second] : undefined)
    return { part, key: first, id: String(doc.id), doc, rest }
  }
  return null
}

function copyRaw(content: PublishedContent): RawContent {
  const raw = content as unknown as RawContent
  const perLocale = <T, U>(values: PerLocale<T>, copy: (value: T) => U) =>
    Object.fromEntries(snapshotLocales.map((locale) => [locale, copy(values[locale])])) as PerLocale<U>
  return {
    collections: Object.fromEntries(
      Object.entries(raw.collections).map(([key, lists]) => [key, perLocale(lists, (list) => [...list])]),
    ),
    ...(Object.fromEntries(globalKeys.map((key) => [key, perLocale(raw[key], (doc) => doc)])) as Record<
      GlobalKey,
      PerLocale<RawDoc | null>
    >),
    media: perLocale(raw.media, (list) => [...list]),
  }
}

const typeOf = (key: string) => documentTypes.find((type) => type.key === key)

/** Replaces a document in every locale with its published version (where it has one); says whether it had one. */
function usePublished(content: RawContent, published: RawContent, culprit: Culprit): boolean {
  if (isGlobalCulprit(culprit)) {
    const key = culprit.part
    for (const locale of snapshotLocales) content[key][locale] = published[key][locale]
    return published[key].fi !== null
  }
  const lists =
    culprit.part === 'media'
      ? [content.media, published.media]
      : [content.collections[culprit.key]!, published.collections[culprit.key]!]
  const [target, source] = lists as [PerLocale<RawDoc[]>, PerLocale<RawDoc[]>]
  const isIt = (doc: RawDoc) => String(doc.id) === culprit.id
  for (const locale of snapshotLocales) {
    const replacement = source[locale].find(isIt)
    target[locale] = target[locale].flatMap((doc) => (!isIt(doc) ? [doc] : replacement ? [replacement] : []))
  }
  return snapshotLocales.some((locale) => target[locale].some(isIt))
}

function leaveOut(content: RawContent, culprit: Culprit): void {
  if (isGlobalCulprit(culprit)) {
    for (const locale of snapshotLocales) content[culprit.part][locale] = null
    return
  }
  const lists = culprit.part === 'media' ? content.media : content.collections[culprit.key]!
  for (const locale of snapshotLocales) lists[locale] = lists[locale].filter((doc) => String(doc.id) !== culprit.id)
}

function describe(culprit: Culprit): Omit<LeftOutDraft, 'problems' | 'shown'> {
  if (culprit.part === 'media')
    return {
      type: 'media',
      id: culprit.id,
      slug: null,
      title: typeof culprit.doc.filename === 'string' ? culprit.doc.filename : null,
    }
  const type = typeOf(culprit.part === 'collections' ? culprit.key : culprit.part)
  const fi = asRecord(asRecord(culprit.doc.content).fi)
  const title = type && typeof fi[type.titleField] === 'string' ? (fi[type.titleField] as string) : null
  if (culprit.part !== 'collections') {
    const slug = type?.slug ?? culprit.part
    return { type: slug, id: slug, slug: null, title }
  }
  return {
    type: type?.slug ?? culprit.key,
    id: culprit.id,
    slug: typeof culprit.doc.slug === 'string' ? culprit.doc.slug : null,
    title,
  }
}

/**
 * Builds the preview snapshot from the newest versions (`latest`), falling back per document to
 * `readPublished()` (read only when a draft fails) and then to leaving the document out.
 */
export async function assemblePreviewSnapshot(
  latest: PublishedContent,
  readPublished: () => Promise<PublishedContent>,
  generatedAt = new Date(),
): Promise<{ snapshot: Snapshot; leftOut: LeftOutDraft[] }> {
  const content = copyRaw(latest)
  let published: RawContent | undefined
  const leftOut = new Map<string, LeftOutDraft>()
  const documents =
    Object.values(content.collections).reduce((sum, lists) => sum + lists.fi.length, 0) + content.media.fi.length + 1
  // Each document is replaced at most once and left out at most once, so this always ends.
  for (let round = 0; round <= 2 * documents; round++) {
    const value = assembleUnchecked('preview', content as unknown as PublishedContent, generatedAt)
    const result = snapshotSchema.safeParse(value)
    if (result.success) return { snapshot: result.data, leftOut: [...leftOut.values()] }

    const culprits = new Map<string, { culprit: Culprit; problems: string[] }>()
    for (const issue of result.error.issues) {
      const culprit = locate(value, issue.path)
      // A problem outside any one document is not a draft's: fail as the published export would.
      if (!culprit) parseSnapshot(value, 'The preview content')
      const key =
        culprit!.part === 'collections'
          ? `${culprit!.key}/${culprit!.id}`
          : culprit!.part === 'media'
            ? `media/${culprit!.id}`
            : culprit!.part
      const entry = culprits.get(key) ?? { culprit: culprit!, problems: [] }
      entry.problems.push(`${culprit!.rest.map(String).join('.') || '(document)'}: ${issue.message}`)
      culprits.set(key, entry)
    }
    published ??= copyRaw(await readPublished())
    for (const [key, { culprit, problems }] of culprits) {
      const known = leftOut.get(key)
      if (!known) {
        const hasPublished = culprit.part !== 'media' && usePublished(content, published, culprit)
        if (!hasPublished) leaveOut(content, culprit)
        leftOut.set(key, { ...describe(culprit), problems, shown: hasPublished ? 'published version' : 'nothing' })
      } else {
        // The published version does not pass either (or the document still fails): leave it out.
        leaveOut(content, culprit)
        known.shown = 'nothing'
        known.problems.push(...problems.map((problem) => `published version, ${problem}`))
      }
    }
  }
  throw new Error('The preview content could not be made valid by leaving out drafts.')
}
