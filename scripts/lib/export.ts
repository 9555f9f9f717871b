import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { errorMessage } from '@toolkit/contract/errors'

import type { Config } from '../../cms/src/payload-types'
import { documentTypes } from './document-types.generated'
import type { DocumentType, ShapeNode } from './shape'
import {
  type CollectionKey,
  defaultSnapshotLocale,
  type GlobalKey,
  globalKeys,
  isInternalLink,
  type LexicalNode,
  parseSnapshot,
  SNAPSHOT_VERSION,
  type Snapshot,
  type SnapshotLocale,
  type SnapshotMedia,
  snapshotLocales,
} from '@toolkit/contract/snapshot'

/** Read generically below: the field walk follows the same configs that generated these types. */
type RawDoc = Record<string, unknown> & { id?: number | string; updatedAt?: string }
type PerLocale<T> = Record<SnapshotLocale, T>

/**
 * Everything an anonymous visitor can read, per locale, as Payload's generated types describe it
 * (depth 0, no fallback): the input of one snapshot.
 */
export interface PublishedContent {
  collections: { [K in CollectionKey]: PerLocale<Config['collections'][K][]> }
  /** The operating model per locale, or null where it has not been published. */
  model: PerLocale<Config['globals']['operating-model'] | null>
  /** The site settings per locale, or null where they have not been published. */
  settings: PerLocale<Config['globals']['site-settings'] | null>
  media: PerLocale<Config['collections']['media'][]>
}

/** The same read, as the generic field walk sees it. */
type RawPublished = {
  collections: Record<CollectionKey, PerLocale<RawDoc[]>>
  media: PerLocale<RawDoc[]>
} & Record<GlobalKey, PerLocale<RawDoc | null>>

/** Where the export failed, said plainly; the previous snapshot and site stay as they were. */
export class ExportError extends Error {
  override name = 'ExportError'
}

const collectionTypes = documentTypes.filter((type) => type.kind === 'collection')
/** The globals (the operating model, the site settings), each under its snapshot key. */
const globalTypes = globalKeys.map((key) => {
  const type = documentTypes.find((candidate) => candidate.kind === 'global' && candidate.key === key)
  if (!type) throw new Error(`No global with the snapshot key "${key}" in the document types`)
  return type
})

/**
 * Resolves relationships and uploads to what the snapshot stores: slugs and media ids of published
 * documents. Every media id it resolves is a reference that puts the file on the site.
 */
interface Resolver {
  slugOf(collection: string, id: unknown): string | null
  mediaId(id: unknown): string | null
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === ''
const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id?: unknown }).id : value)

/** Links to other documents or files: only the published ones survive, as slugs or media ids. */
function references(
  value: unknown,
  hasMany: boolean,
  resolveId: (id: unknown) => string | null,
): string[] | string | null {
  const found = (Array.isArray(value) ? value : [value])
    .map((item) => resolveId(idOf(item)))
    .filter((ref): ref is string => ref !== null)
  return hasMany ? found : (found[0] ?? null)
}

/** Converts one field's CMS value to its snapshot value, following the shape generated from the same config. */
function convert(node: ShapeNode, value: unknown, resolve: Resolver): unknown {
  switch (node.kind) {
    case 'scalar':
      if (node.hasMany) return Array.isArray(value) ? value.filter((item) => !isEmpty(item)) : []
      if (isEmpty(value)) return null
      return node.type === 'date' ? new Date(String(value)).toISOString() : value
    case 'richText':
      if (!(value && typeof value === 'object' && 'root' in value)) return null
      return { ...value, root: resolveRichText(value.root as LexicalNode, resolve) }
    case 'array': {
      const rows = Array.isArray(value) ? (value as Record<string, unknown>[]) : []
      return node.list
        ? rows.map((row) => row[node.list!])
        : rows.map((row) => convertFields(node.fields, row, resolve))
    }
    case 'group':
      return convertFields(node.fields, (value ?? {}) as Record<string, unknown>, resolve)
    case 'relationship':
      return references(value, node.hasMany, (id) => resolve.slugOf(node.relationTo, id))
    case 'upload':
      return references(value, node.hasMany, (id) => resolve.mediaId(id))
  }
}

/**
 * Rich text with its references resolved as the snapshot holds them (@toolkit/contract/snapshot,
 * base.ts): an upload becomes the id of a published upload (which it puts on the site, like an
 * upload field) with its caption, a reference and an internal link the id and slug of a published
 * document. What points at anything unpublished or deleted is left out (uploads, references) or
 * keeps its text without the link, so the site shows nothing broken and no draft is named.
 * Read at depth 0, a node holds only the target's id; a populated target is never copied.
 */
function resolveRichText(node: LexicalNode, resolve: Resolver): LexicalNode | null {
  const target = (value: unknown, relationTo: unknown) => {
    const id = idOf(value)
    const slug = typeof relationTo === 'string' ? resolve.slugOf(relationTo, id) : null
    return slug === null ? null : { id: String(id), slug }
  }
  switch (node.type) {
    case 'upload': {
      const mediaId = node.relationTo === 'media' ? resolve.mediaId(idOf(node.value)) : null
      if (mediaId === null) return null
      const caption = (node.fields as { caption?: unknown } | null | undefined)?.caption
      return {
        ...node,
        value: mediaId,
        fields: typeof caption === 'string' && caption.trim() ? { caption: caption.trim() } : null,
      }
    }
    case 'relationship': {
      const value = target(node.value, node.relationTo)
      return value ? { ...node, value } : null
    }
  }
  const resolved: LexicalNode = { ...node }
  if (isInternalLink(node)) {
    const {
      doc,
      url: _staleUrl,
      ...fields
    } = node.fields as { doc?: { relationTo?: unknown; value?: unknown }; url?: unknown }
    const value = target(doc?.value, doc?.relationTo)
    resolved.fields = { ...fields, doc: value ? { relationTo: doc!.relationTo, value } : null }
  }
  if (Array.isArray(node.children)) {
    resolved.children = node.children
      .map((child) => resolveRichText(child, resolve))
      .filter((child): child is LexicalNode => child !== null)
  }
  return resolved
}

function convertFields(nodes: ShapeNode[], doc: Record<string, unknown>, resolve: Resolver): Record<string, unknown> {
  return Object.fromEntries(nodes.map((node) => [node.name, convert(node, doc[node.name], resolve)]))
}

/** A locale counts as translated when the document has its title in that locale. */
function translated(type: DocumentType, doc: RawDoc | null | undefined): doc is RawDoc {
  return Boolean(doc) && !isEmpty(doc![type.titleField])
}

function contentByLocale(type: DocumentType, docs: PerLocale<RawDoc | null | undefined>, resolve: Resolver) {
  const content = {} as Record<SnapshotLocale, Record<string, unknown> | null>
  for (const locale of snapshotLocales) {
    const doc = docs[locale]
    content[locale] = translated(type, doc) ? convertFields(type.localized, doc, resolve) : null
  }
  return content
}

function toMedia(docs: PerLocale<RawDoc[]>): SnapshotMedia[] {
  const byLocale = (locale: SnapshotLocale) => new Map(docs[locale].map((doc) => [String(doc.id), doc]))
  const en = byLocale('en')
  const sv = byLocale('sv')
  return docs.fi
    .filter((doc) => !isEmpty(doc.alt) && !isEmpty(doc.url) && !isEmpty(doc.filename))
    .map((doc) => {
      const id = String(doc.id)
      const sizes = Object.entries(
        (doc.sizes ?? {}) as Record<string, { url?: string | null; width?: number | null; height?: number | null }>,
      )
        .filter(([, size]) => !isEmpty(size?.url))
        .map(([name, size]) => [name, { url: size.url!, width: size.width ?? null, height: size.height ?? null }])
      return {
        id,
        filename: String(doc.filename),
        mimeType: String(doc.mimeType ?? 'application/octet-stream'),
        filesize: (doc.filesize as number | null | undefined) ?? null,
        width: (doc.width as number | null | undefined) ?? null,
        height: (doc.height as number | null | undefined) ?? null,
        url: String(doc.url),
        sizes: Object.fromEntries(sizes),
        alt: {
          fi: String(doc.alt),
          en: (en.get(id)?.alt as string | undefined) || null,
          sv: (sv.get(id)?.alt as string | undefined) || null,
        },
      }
    })
}

/** Joins the per-locale reads into one snapshot, resolves relationships to slugs, and validates the whole. */
export function assembleSnapshot(
  source: Snapshot['source'],
  published: PublishedContent,
  generatedAt = new Date(),
): Snapshot {
  return parseSnapshot(assembleUnchecked(source, published, generatedAt), 'The exported content')
}

/**
 * The same snapshot before validation, for the preview, which checks drafts document by document
 * (scripts/lib/preview-content.ts) instead of refusing them all for one incomplete draft.
 */
export function assembleUnchecked(
  source: Snapshot['source'],
  published: PublishedContent,
  generatedAt = new Date(),
): Record<string, unknown> {
  const read = published as unknown as RawPublished
  // Every upload that could be published; only those a document below references are kept.
  const media = toMedia(read.media)
  const mediaIds = new Set(media.map((item) => item.id))
  const referencedMedia = new Set<string>()
  // Only documents that are published (and so in this read) can be linked to from the site.
  const slugs = new Map<string, Map<string, string>>()
  for (const type of collectionTypes) {
    const docs = read.collections[type.key as CollectionKey].fi.filter((doc) => translated(type, doc))
    slugs.set(type.slug, new Map(docs.map((doc) => [String(doc.id), String(doc.slug)])))
  }
  const resolve: Resolver = {
    slugOf: (collection, id) => slugs.get(collection)?.get(String(id)) ?? null,
    mediaId: (id) => {
      if (!mediaIds.has(String(id))) return null
      referencedMedia.add(String(id))
      return String(id)
    },
  }

  const collections = {} as Record<string, unknown[]>
  for (const type of collectionTypes) {
    const perLocale = read.collections[type.key as CollectionKey]
    const byId = (locale: SnapshotLocale) => new Map(perLocale[locale].map((doc) => [String(doc.id), doc]))
    const en = byId('en')
    const sv = byId('sv')
    collections[type.key] = perLocale.fi
      .filter((doc) => translated(type, doc)) // no Finnish title: incomplete, not shown
      .map((doc) => {
        const id = String(doc.id)
        return {
          id,
          slug: doc.slug,
          updatedAt: doc.updatedAt,
          ...convertFields(type.shared, doc, resolve),
          content: contentByLocale(type, { fi: doc, en: en.get(id), sv: sv.get(id) }, resolve),
        }
      })
      .sort(byOrderThenSlug)
  }

  // A global is on the site once it has its title in Finnish, like a collection's document.
  const globals = Object.fromEntries(
    globalTypes.map((type) => {
      const docs = read[type.key as GlobalKey]
      const fi = docs.fi
      const value = translated(type, fi)
        ? {
            updatedAt: fi.updatedAt,
            ...convertFields(type.shared, fi, resolve),
            content: contentByLocale(type, docs, resolve),
          }
        : null
      return [type.key, value]
    }),
  ) as Record<GlobalKey, unknown>

  return {
    schemaVersion: SNAPSHOT_VERSION,
    generatedAt: generatedAt.toISOString(),
    source,
    defaultLocale: defaultSnapshotLocale,
    locales: [...snapshotLocales],
    model: globals.model,
    settings: globals.settings,
    collections,
    // Only uploads that a document of this snapshot uses reach the site: an unreferenced upload,
    // or one that only a draft uses, is neither in the snapshot nor downloaded and published.
    media: media.filter((item) => referencedMedia.has(item.id)),
  }
}

function byOrderThenSlug(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const order = (doc: Record<string, unknown>) => (typeof doc.order === 'number' ? doc.order : Number.MAX_SAFE_INTEGER)
  return order(a) - order(b) || String(a.slug).localeCompare(String(b.slug))
}

/** A read with nothing in it, to fill in (tests, and the readers below). */
export function emptyPublishedContent(): PublishedContent {
  return emptyRaw() as unknown as PublishedContent
}

function emptyRaw(): RawPublished {
  const perLocale = <T>(make: () => T) =>
    Object.fromEntries(snapshotLocales.map((locale) => [locale, make()])) as PerLocale<T>
  return {
    collections: Object.fromEntries(
      collectionTypes.map((type) => [type.key, perLocale(() => [] as RawDoc[])]),
    ) as RawPublished['collections'],
    ...(Object.fromEntries(globalKeys.map((key) => [key, perLocale(() => null)])) as Record<
      GlobalKey,
      PerLocale<RawDoc | null>
    >),
    media: perLocale(() => [] as RawDoc[]),
  }
}

const isPublished = (doc: RawDoc | null | undefined) =>
  Boolean(doc) && (doc as { _status?: unknown })._status === 'published'

/**
 * Reads published documents through the Local API exactly as an anonymous visitor would:
 * access control on (overrideAccess: false, no user), no drafts, no locale fallback, explicit depth.
 */
export function readPublishedLocal(payload: Payload): Promise<PublishedContent> {
  return readLocal(payload, 'published')
}

/**
 * Reads the newest version of every document, drafts included, for the editors' preview build
 * only: it runs with full access and its output is never published.
 */
export function readLatestLocal(payload: Payload): Promise<PublishedContent> {
  return readLocal(payload, 'latest')
}

async function readLocal(payload: Payload, which: 'published' | 'latest'): Promise<PublishedContent> {
  const read = emptyRaw()
  const options =
    which === 'published'
      ? { overrideAccess: false, draft: false, depth: 0, fallbackLocale: false as const }
      : { overrideAccess: true, draft: true, depth: 0, fallbackLocale: false as const }
  for (const locale of snapshotLocales) {
    for (const type of collectionTypes) {
      const result = await payload.find({
        collection: type.slug as never,
        locale,
        ...options,
        pagination: false,
        ...(which === 'published' ? { where: { _status: { equals: 'published' } } } : {}),
      })
      read.collections[type.key as CollectionKey][locale] = result.docs as unknown as RawDoc[]
    }
    for (const type of globalTypes) {
      const doc = (await payload.findGlobal({ slug: type.slug as never, locale, ...options })) as unknown as RawDoc
      read[type.key as GlobalKey][locale] = which === 'latest' || isPublished(doc) ? doc : null
    }
    const media = await payload.find({ collection: 'media', locale, ...options, pagination: false })
    read.media[locale] = media.docs as unknown as RawDoc[]
  }
  return read as unknown as PublishedContent
}

/** How many documents the REST export asks for a page (the REST default is 10). */
const REST_PAGE_SIZE = 100

/** One page of a REST list as Payload answers it. */
interface RestPage {
  docs: RawDoc[]
  page: number
  limit: number
  totalDocs: number
  totalPages: number
  hasNextPage: boolean
}

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0

/**
 * Checks one REST list answer before it is used: it must say which page it is and how many
 * documents and pages there are, and agree with itself. Returns the problem, or the page.
 */
function checkRestPage(body: unknown, asked: number): RestPage | string {
  if (!body || typeof body !== 'object') return 'the answer is not an object'
  const page = body as Partial<Record<keyof RestPage, unknown>>
  if (!Array.isArray(page.docs)) return 'no "docs" list'
  for (const key of ['page', 'totalDocs', 'totalPages'] as const) {
    if (!isCount(page[key])) return `"${key}" is missing or not a whole number`
  }
  if (typeof page.hasNextPage !== 'boolean') return '"hasNextPage" is missing or not true/false'
  // The CMS may use a smaller page size than asked for; it never uses a larger one.
  const limit =
    Number.isInteger(page.limit) && (page.limit as number) > 0 && (page.limit as number) <= REST_PAGE_SIZE
      ? (page.limit as number)
      : REST_PAGE_SIZE
  const checked = { ...(page as RestPage), limit }
  if (checked.page !== asked) return `it is page ${checked.page}, not the page ${asked} that was asked for`
  if (checked.docs.length > limit) return `${checked.docs.length} documents on a page of ${limit}`
  if (checked.hasNextPage && checked.docs.length === 0) return 'a page with no documents says there is a next page'
  if (checked.hasNextPage !== checked.page < checked.totalPages) {
    return `"hasNextPage" is ${checked.hasNextPage} on page ${checked.page} of ${checked.totalPages}`
  }
  return checked
}

/** Reads published documents over REST, page by page, and refuses any answer that does not add up. */
export async function readPublishedRest(
  baseUrl: string,
  apiKey?: string,
  fetchImpl: typeof fetch = fetch,
): Promise<PublishedContent> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (apiKey) headers.authorization = `users API-Key ${apiKey}`

  const getJson = async (pathname: string, params: Record<string, string>): Promise<unknown> => {
    const url = new URL(pathname, baseUrl)
    url.search = new URLSearchParams({ 'fallback-locale': 'none', depth: '0', draft: 'false', ...params }).toString()
    let response: Response
    try {
      response = await fetchImpl(url, { headers, signal: AbortSignal.timeout(30_000) })
    } catch (error) {
      throw new ExportError(`The CMS at ${baseUrl} could not be reached (${errorMessage(error)}).`)
    }
    if (!response.ok)
      throw new ExportError(
        `The CMS answered ${response.status} ${response.statusText} for ${url.pathname}?${url.search}.`,
      )
    try {
      return await response.json()
    } catch {
      throw new ExportError(`The CMS at ${baseUrl} did not return JSON for ${url.pathname}.`)
    }
  }

  /**
   * Every document of a list, by offset pages. Bounded: it stops at `totalPages`, refuses an
   * answer that is inconsistent (with itself, with the first page's counts, or with the documents
   * already read), and never asks for more than totalDocs / limit + 1 pages, so a CMS that always
   * says `hasNextPage` ends the export with an error instead of looping.
   */
  const allPages = async (collection: string, locale: string, where: Record<string, string>): Promise<RawDoc[]> => {
    const pathname = `/api/${collection}`
    const fail = (page: number, problem: string) =>
      new ExportError(
        `The CMS at ${baseUrl} gave an inconsistent answer for the collection "${collection}" (${pathname}, locale ${locale}, page ${page}): ${problem}. Nothing was exported.`,
      )
    const docs: RawDoc[] = []
    let first: RestPage | null = null
    for (let asked = 1; ; asked++) {
      if (first && asked > Math.ceil(first.totalDocs / first.limit) + 1) {
        throw fail(asked, `more pages than ${first.totalDocs} documents can fill at ${first.limit} a page`)
      }
      const checked = checkRestPage(
        await getJson(pathname, { locale, limit: String(REST_PAGE_SIZE), page: String(asked), ...where }),
        asked,
      )
      if (typeof checked === 'string') throw fail(asked, checked)
      first ??= checked
      if (
        checked.totalDocs !== first.totalDocs ||
        checked.totalPages !== first.totalPages ||
        checked.limit !== first.limit
      ) {
        throw fail(
          asked,
          `the counts changed while it was read (totalDocs ${first.totalDocs} → ${checked.totalDocs}, totalPages ${first.totalPages} → ${checked.totalPages}); run the export again`,
        )
      }
      docs.push(...checked.docs)
      if (docs.length > checked.totalDocs)
        throw fail(asked, `${docs.length} documents so far, more than the ${checked.totalDocs} it counted (totalDocs)`)
      if (asked >= checked.totalPages) break
    }
    if (docs.length !== first.totalDocs)
      throw fail(first.totalPages, `it returned ${docs.length} of the ${first.totalDocs} documents it counted`)
    return docs
  }

  const read = emptyRaw()
  for (const locale of snapshotLocales) {
    for (const type of collectionTypes) {
      read.collections[type.key as CollectionKey][locale] = await allPages(type.slug, locale, {
        'where[_status][equals]': 'published',
      })
    }
    for (const type of globalTypes) {
      const doc = (await getJson(`/api/globals/${type.slug}`, { locale })) as RawDoc
      read[type.key as GlobalKey][locale] = isPublished(doc) ? doc : null
    }
    read.media[locale] = await allPages('media', locale, {})
  }
  return read as unknown as PublishedContent
}

/** Writes the snapshot atomically: a reader sees the old file or the new one, never half of one. */
export function writeSnapshot(snapshot: Snapshot, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temporary, `${JSON.stringify(snapshot, null, 2)}\n`)
  fs.renameSync(temporary, file)
}

/** A one-line count of what a snapshot holds, for the scripts' output. */
export function describeSnapshot(snapshot: Snapshot): string {
  const counts = Object.entries(snapshot.collections).map(([key, docs]) => `${docs.length} ${key}`)
  return `${snapshot.model ? 'the operating model, ' : ''}${counts.join(', ')}`
}
