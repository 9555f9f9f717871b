import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import type { Config } from '../../cms/src/payload-types'
import { type DocumentType, documentTypes, type ShapeNode } from './shape'
import {
  type CollectionKey,
  defaultSnapshotLocale,
  parseSnapshot,
  SNAPSHOT_VERSION,
  type Snapshot,
  type SnapshotLocale,
  type SnapshotMedia,
  snapshotLocales,
} from './snapshot-schema'

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
  media: PerLocale<Config['collections']['media'][]>
}

/** The same read, as the generic field walk sees it. */
interface RawPublished {
  collections: Record<CollectionKey, PerLocale<RawDoc[]>>
  model: PerLocale<RawDoc | null>
  media: PerLocale<RawDoc[]>
}

/** Where the export failed, said plainly; the previous snapshot and site stay as they were. */
export class ExportError extends Error {
  override name = 'ExportError'
}

const collectionTypes = documentTypes.filter((type) => type.kind === 'collection')
const modelType = documentTypes.find((type) => type.kind === 'global')!

/** Resolves relationships and uploads to what the snapshot stores: slugs and media ids of published documents. */
interface Resolver {
  slugOf(collection: string, id: unknown): string | null
  mediaId(id: unknown): string | null
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === ''
const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id?: unknown }).id : value)

/** Links to other documents or files: only the published ones survive, as slugs or media ids. */
function references(value: unknown, hasMany: boolean, resolveId: (id: unknown) => string | null): string[] | string | null {
  const found = (Array.isArray(value) ? value : [value]).map((item) => resolveId(idOf(item))).filter((ref): ref is string => ref !== null)
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
      return value && typeof value === 'object' && 'root' in value ? value : null
    case 'array': {
      const rows = Array.isArray(value) ? (value as Record<string, unknown>[]) : []
      return node.list ? rows.map((row) => row[node.list!]) : rows.map((row) => convertFields(node.fields, row, resolve))
    }
    case 'group':
      return convertFields(node.fields, (value ?? {}) as Record<string, unknown>, resolve)
    case 'relationship':
      return references(value, node.hasMany, (id) => resolve.slugOf(node.relationTo, id))
    case 'upload':
      return references(value, node.hasMany, (id) => resolve.mediaId(id))
  }
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
      const sizes = Object.entries((doc.sizes ?? {}) as Record<string, { url?: string | null; width?: number | null; height?: number | null }>)
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
        alt: { fi: String(doc.alt), en: (en.get(id)?.alt as string | undefined) || null, sv: (sv.get(id)?.alt as string | undefined) || null },
      }
    })
}

/** Joins the per-locale reads into one snapshot, resolves relationships to slugs, and validates the whole. */
export function assembleSnapshot(source: Snapshot['source'], published: PublishedContent, generatedAt = new Date()): Snapshot {
  const read = published as unknown as RawPublished
  const media = toMedia(read.media)
  const mediaIds = new Set(media.map((item) => item.id))
  // Only documents that are published (and so in this read) can be linked to from the site.
  const slugs = new Map<string, Map<string, string>>()
  for (const type of collectionTypes) {
    const docs = read.collections[type.key as CollectionKey].fi.filter((doc) => translated(type, doc))
    slugs.set(type.slug, new Map(docs.map((doc) => [String(doc.id), String(doc.slug)])))
  }
  const resolve: Resolver = {
    slugOf: (collection, id) => slugs.get(collection)?.get(String(id)) ?? null,
    mediaId: (id) => (mediaIds.has(String(id)) ? String(id) : null),
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

  const model = translated(modelType, read.model.fi)
    ? {
        updatedAt: read.model.fi.updatedAt,
        ...convertFields(modelType.shared, read.model.fi, resolve),
        content: contentByLocale(modelType, read.model, resolve),
      }
    : null

  return parseSnapshot(
    {
      schemaVersion: SNAPSHOT_VERSION,
      generatedAt: generatedAt.toISOString(),
      source,
      defaultLocale: defaultSnapshotLocale,
      locales: [...snapshotLocales],
      model,
      collections,
      media,
    },
    'The exported content',
  )
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
  const perLocale = <T>(make: () => T) => Object.fromEntries(snapshotLocales.map((locale) => [locale, make()])) as PerLocale<T>
  return {
    collections: Object.fromEntries(collectionTypes.map((type) => [type.key, perLocale(() => [] as RawDoc[])])) as RawPublished['collections'],
    model: perLocale(() => null),
    media: perLocale(() => [] as RawDoc[]),
  }
}

const isPublished = (doc: RawDoc | null | undefined) => Boolean(doc) && (doc as { _status?: unknown })._status === 'published'

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
    const model = (await payload.findGlobal({ slug: 'operating-model', locale, ...options })) as unknown as RawDoc
    read.model[locale] = which === 'latest' || isPublished(model) ? model : null
    const media = await payload.find({ collection: 'media', locale, ...options, pagination: false })
    read.media[locale] = media.docs as unknown as RawDoc[]
  }
  return read as unknown as PublishedContent
}

interface RestPage {
  docs: RawDoc[]
  hasNextPage: boolean
}

/** Reads published documents over REST, page by page (the REST default limit is 10). */
export async function readPublishedRest(baseUrl: string, apiKey?: string, fetchImpl: typeof fetch = fetch): Promise<PublishedContent> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (apiKey) headers.authorization = `users API-Key ${apiKey}`

  const getJson = async (pathname: string, params: Record<string, string>): Promise<unknown> => {
    const url = new URL(pathname, baseUrl)
    url.search = new URLSearchParams({ 'fallback-locale': 'none', depth: '0', draft: 'false', ...params }).toString()
    let response: Response
    try {
      response = await fetchImpl(url, { headers, signal: AbortSignal.timeout(30_000) })
    } catch (error) {
      throw new ExportError(`The CMS at ${baseUrl} could not be reached (${error instanceof Error ? error.message : String(error)}).`)
    }
    if (!response.ok) throw new ExportError(`The CMS answered ${response.status} ${response.statusText} for ${url.pathname}?${url.search}.`)
    try {
      return await response.json()
    } catch {
      throw new ExportError(`The CMS at ${baseUrl} did not return JSON for ${url.pathname}.`)
    }
  }

  const allPages = async (pathname: string, locale: string, where: Record<string, string>): Promise<RawDoc[]> => {
    const docs: RawDoc[] = []
    for (let page = 1; ; page++) {
      const body = (await getJson(pathname, { locale, limit: '100', page: String(page), ...where })) as RestPage
      if (!Array.isArray(body?.docs)) throw new ExportError(`The CMS at ${baseUrl} returned an unexpected answer for ${pathname}: no "docs" list.`)
      docs.push(...body.docs)
      if (!body.hasNextPage) break
    }
    return docs
  }

  const read = emptyRaw()
  for (const locale of snapshotLocales) {
    for (const type of collectionTypes) {
      read.collections[type.key as CollectionKey][locale] = await allPages(`/api/${type.slug}`, locale, {
        'where[_status][equals]': 'published',
      })
    }
    const model = (await getJson('/api/globals/operating-model', { locale })) as RawDoc
    read.model[locale] = isPublished(model) ? model : null
    read.media[locale] = await allPages('/api/media', locale, {})
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
