import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import { isDeepStrictEqual } from 'node:util'
import type { Payload, PayloadRequest } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, ValidationError } from 'payload'

import {
  type ContentDocument,
  ContentError,
  contentLocales,
  type Locale,
  type LocaleFile,
  readContent,
} from './content'
import { helsinkiDate } from '@toolkit/contract/time'
import { type DocumentType, documentTypes, type ShapeNode } from './shape'
import type { CollectionKey, GlobalKey, Snapshot } from '@toolkit/contract/snapshot'

export interface SeedReport {
  created: string[]
  updated: string[]
  unchanged: string[]
  /** In create-missing mode: documents whose CMS version differs from content/ and was kept. */
  kept: string[]
}

/**
 * `upsert` makes the database match content/ (npm run seed). `create-missing` only adds documents
 * that do not exist yet and keeps everything editors changed in the CMS (npm start).
 */
export type SeedMode = 'upsert' | 'create-missing'

type Data = Record<string, unknown>

interface Context {
  payload: Payload
  req: PayloadRequest
  toLexical: (markdown: string) => unknown
  /** Ids by collection and slug, filled as documents are found or created. */
  ids: Map<string, Map<string, number | string>>
}

/** Drops what Payload adds on its own (row ids, empty values) so stored and desired data compare equal. */
export function normalize(value: unknown): unknown {
  if (value === null || value === '') return undefined
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map(normalize)
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Data)
      .filter(([key]) => key !== 'id')
      .map(([key, inner]) => [key, normalize(inner)] as const)
      .filter(([, inner]) => inner !== undefined && inner !== null && inner !== '')
    return entries.length === 0 ? undefined : Object.fromEntries(entries)
  }
  return value
}

async function idOf(context: Context, collection: string, slug: string): Promise<number | string> {
  let known = context.ids.get(collection)
  if (!known) context.ids.set(collection, (known = new Map()))
  const cached = known.get(slug)
  if (cached !== undefined) return cached
  const found = await context.payload.find({
    collection: collection as never,
    where: { slug: { equals: slug } },
    // A document in the trash still holds its slug (and comes back with its links when restored).
    trash: true,
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    req: context.req,
  })
  const id = (found.docs[0] as { id?: number | string } | undefined)?.id
  if (id === undefined) throw new Error(`no ${collection} document "${slug}"`)
  known.set(slug, id)
  return id
}

/** Converts one field from its content-file form to the value Payload stores (see content/README.md). */
async function toPayload(node: ShapeNode, value: unknown, file: LocaleFile, context: Context): Promise<unknown> {
  if (value === undefined || value === null) {
    // A choice the file leaves out is the CMS's default ("exact"), as when an editor leaves it.
    if (node.kind === 'scalar' && node.defaultValue !== undefined) return node.defaultValue
    return node.kind === 'array' || ('hasMany' in node && node.hasMany) ? [] : null
  }
  switch (node.kind) {
    case 'scalar':
      return node.type === 'date' ? helsinkiDate(String(value)).toISOString() : value
    case 'richText':
      // In content/ a handout names its Markdown file; in a snapshot it is rich text already.
      return typeof value === 'string' ? context.toLexical(file.attachments.get(value) ?? '') : value
    case 'array':
      return Promise.all(
        (value as unknown[]).map((row) =>
          node.list ? { [node.list]: row } : fieldsToPayload(node.fields, row as Data, file, context),
        ),
      )
    case 'group':
      return fieldsToPayload(node.fields, value as Data, file, context)
    case 'relationship': {
      const slugs = Array.isArray(value) ? value : [value]
      const ids = await Promise.all(slugs.map((slug) => idOf(context, node.relationTo, String(slug))))
      return node.hasMany ? ids : ids[0]
    }
    case 'upload':
      return undefined
  }
}

async function fieldsToPayload(nodes: ShapeNode[], data: Data, file: LocaleFile, context: Context): Promise<Data> {
  const result: Data = {}
  for (const node of nodes) {
    if (node.kind === 'upload') continue // uploads live only in the CMS; the seed never clears them
    if (!(node.name in data) && node.kind === 'group' && !hasContentFields(node)) continue
    result[node.name] = await toPayload(
      node,
      data[node.name] ?? (node.kind === 'group' ? {} : undefined),
      file,
      context,
    )
  }
  return result
}

function hasContentFields(node: Extract<ShapeNode, { kind: 'group' }>): boolean {
  return node.fields.some((child) => child.kind !== 'upload')
}

/** The full data of one locale: shared fields (from fi.md) merged with this locale's own fields. */
async function localeData(
  type: DocumentType,
  document: ContentDocument,
  locale: Locale,
  context: Context,
): Promise<Data | null> {
  const file = document.locales[locale]
  const fi = document.locales.fi!
  if (!file) return null
  const shared = await fieldsToPayload(type.shared, fi.data, fi, context)
  const localizedNodes = type.localized.filter((node) => !(node.kind === 'richText' && node.name === 'body'))
  const own = await fieldsToPayload(
    localizedNodes,
    locale === 'fi' ? fi.data : mergeShared(type, fi.data, file.data),
    file,
    context,
  )
  const richBody = file.richBody !== undefined ? file.richBody : file.body ? context.toLexical(file.body) : null
  const body = type.localized.some((node) => node.name === 'body') ? { body: richBody } : {}
  return { ...shared, ...own, ...body }
}

/** A group holding both shared and localized fields (the accessibility statement) takes its shared part from fi.md. */
function mergeShared(type: DocumentType, fi: Data, own: Data): Data {
  const merged: Data = { ...own }
  for (const node of type.localized) {
    if (node.kind === 'group' && !node.localized)
      merged[node.name] = deepMerge(sharedPart(node.fields, fi[node.name]), own[node.name])
  }
  return merged
}

/** Only the language-independent values of a group: a missing translation must stay missing, not become Finnish. */
function sharedPart(nodes: ShapeNode[], value: unknown): Data {
  const data = (value ?? {}) as Data
  const result: Data = {}
  for (const node of nodes) {
    if (node.localized || !(node.name in data)) continue
    result[node.name] = node.kind === 'group' ? sharedPart(node.fields, data[node.name]) : data[node.name]
  }
  return result
}

function deepMerge(base: unknown, over: unknown): unknown {
  if (!base || typeof base !== 'object' || Array.isArray(base)) return over ?? base
  if (!over || typeof over !== 'object' || Array.isArray(over)) return over ?? base
  const result: Data = { ...(base as Data) }
  for (const [key, value] of Object.entries(over as Data)) result[key] = deepMerge(result[key], value)
  return result
}

/** The stored document seen in one locale: localized values picked from Payload's { fi, en, sv } objects. */
function inLocale(nodes: ShapeNode[], stored: Data, locale: Locale): Data {
  const pick = (node: ShapeNode, value: unknown): unknown => {
    if (node.localized) return (value as Data | null | undefined)?.[locale]
    if (node.kind === 'group') return inLocale(node.fields, (value ?? {}) as Data, locale)
    return value
  }
  return Object.fromEntries(nodes.map((node) => [node.name, pick(node, stored[node.name])]))
}

function sameAsStored(type: DocumentType, stored: Data, desired: Partial<Record<Locale, Data>>): boolean {
  if (stored._status !== 'published') return false
  for (const [locale, data] of Object.entries(desired) as [Locale, Data][]) {
    const current = inLocale([...type.shared, ...type.localized], stored, locale)
    for (const [key, value] of Object.entries(data)) {
      if (!isDeepStrictEqual(normalize(current[key]), normalize(value))) return false
    }
  }
  return true
}

/** Turns Payload's validation error into the corpus's own kind: the file and field to fix. */
function describeSaveError(error: unknown, document: ContentDocument, locale: Locale): Error {
  const file = document.locales[locale]?.file ?? `${document.type.key}/${document.slug ?? ''}`
  if (error instanceof ValidationError) {
    const fields = (error.data?.errors ?? []) as { path?: string; message?: string }[]
    return new ContentError(
      fields.map((field) => `${file}: field "${field.path ?? '?'}": ${field.message ?? 'invalid'}`),
    )
  }
  if (error instanceof Error && /^no [a-z-]+ document "/.test(error.message))
    return new ContentError([`${file}: ${error.message}`])
  return error instanceof Error ? error : new Error(String(error))
}

async function seedDocument(
  document: ContentDocument,
  context: Context,
  report: SeedReport,
  mode: SeedMode,
): Promise<void> {
  const { payload, req } = context
  const { type } = document
  const label = document.slug === null ? type.key : `${type.key}/${document.slug}`

  const desired: Partial<Record<Locale, Data>> = {}
  for (const locale of contentLocales) {
    try {
      const data = await localeData(type, document, locale, context)
      if (data) desired[locale] = data
    } catch (error) {
      throw describeSaveError(error, document, locale)
    }
  }

  let stored: Data | undefined
  if (type.kind === 'global') {
    stored = (await payload.findGlobal({
      slug: type.slug as never,
      locale: 'all',
      draft: true,
      depth: 0,
      req,
    })) as unknown as Data
    if (stored && !stored.updatedAt) stored = undefined // never saved
  } else {
    const found = await payload.find({
      collection: type.slug as never,
      where: { slug: { equals: document.slug } },
      locale: 'all',
      // An editor's trash counts as an edit: npm start keeps it there, npm run seed restores it.
      trash: true,
      draft: true,
      depth: 0,
      limit: 1,
      req,
    })
    stored = found.docs[0] as unknown as Data | undefined
  }

  const trashed = Boolean(stored?.deletedAt)
  if (stored && !trashed && sameAsStored(type, stored, desired)) {
    report.unchanged.push(label)
    return
  }
  if (stored && mode === 'create-missing') {
    report.kept.push(label)
    return
  }

  let id = stored?.id as number | string | undefined
  for (const locale of contentLocales) {
    const data = desired[locale]
    if (!data) continue
    const values = {
      ...data,
      ...(document.slug ? { slug: document.slug } : {}),
      ...(trashed ? { deletedAt: null } : {}),
      _status: 'published' as const,
    }
    try {
      if (type.kind === 'global') {
        await payload.updateGlobal({ slug: type.slug as never, locale, data: values as never, req })
      } else if (id === undefined) {
        const created = await payload.create({ collection: type.slug as never, locale, data: values as never, req })
        id = (created as { id: number | string }).id
        context.ids.get(type.slug)?.set(document.slug!, id)
      } else {
        await payload.update({ collection: type.slug as never, id, locale, data: values as never, trash: true, req })
      }
    } catch (error) {
      throw describeSaveError(error, document, locale)
    }
  }
  ;(stored ? report.updated : report.created).push(label)
}

/**
 * Loads content/ into Payload: upsert by slug, published, all in one transaction.
 * The whole corpus is read and validated before anything is written, a document whose stored
 * values already equal the corpus is left alone (no new version), and a failure rolls back.
 */
export async function seedContent(
  payload: Payload,
  contentDir: string,
  mode: SeedMode = 'upsert',
  progress?: Progress,
): Promise<SeedReport> {
  return seedDocuments(payload, readContent(contentDir), mode, progress)
}

/**
 * Restores a CMS from a published snapshot (e.g. the production site's) with the same upsert:
 * every published document and translation comes back; uploads do not (the snapshot holds no files).
 */
export async function restoreSnapshot(payload: Payload, snapshot: Snapshot, progress?: Progress): Promise<SeedReport> {
  return seedDocuments(payload, snapshotDocuments(snapshot), 'upsert', progress)
}

/** Told after each document is written (inside the transaction: nothing is committed until the end). */
export type Progress = (done: number, total: number) => void

/** The snapshot's documents in the seed's own input form. */
export function snapshotDocuments(snapshot: Snapshot): ContentDocument[] {
  const toDocument = (type: DocumentType, slug: string | null, doc: Record<string, unknown>): ContentDocument => {
    const {
      content,
      id: _id,
      slug: _slug,
      updatedAt: _updatedAt,
      ...shared
    } = doc as Data & { content: Record<Locale, Data | null> }
    const locales: ContentDocument['locales'] = {}
    for (const locale of contentLocales) {
      const values = content[locale]
      if (!values) continue
      const { body, ...rest } = values
      const data = locale === 'fi' ? { ...shared, ...rest } : rest
      locales[locale] = {
        file: `snapshot ${type.key}/${slug ?? ''} (${locale})`,
        data,
        body: '',
        richBody: body ?? null,
        attachments: new Map(),
      }
    }
    return { type, slug, locales }
  }
  const documents: ContentDocument[] = []
  for (const type of documentTypes) {
    if (type.kind === 'global') {
      const global = snapshot[type.key as GlobalKey]
      if (global) documents.push(toDocument(type, null, global as Data))
    } else {
      for (const doc of snapshot.collections[type.key as CollectionKey])
        documents.push(toDocument(type, doc.slug, doc as Data))
    }
  }
  return documents
}

async function seedDocuments(
  payload: Payload,
  documents: ContentDocument[],
  mode: SeedMode,
  progress?: Progress,
): Promise<SeedReport> {
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const report: SeedReport = { created: [], updated: [], unchanged: [], kept: [] }
  const req = await createLocalReq({}, payload)
  const context: Context = {
    payload,
    req,
    toLexical: (markdown) => convertMarkdownToLexical({ editorConfig, markdown }),
    ids: new Map(),
  }
  await initTransaction(req)
  try {
    // documentTypes lists types in dependency order, so a relationship's target already exists.
    for (const [index, document] of documents.entries()) {
      await seedDocument(document, context, report, mode)
      progress?.(index + 1, documents.length)
    }
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  return report
}
