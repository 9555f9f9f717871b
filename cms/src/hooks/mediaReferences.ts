import type { FlattenedBlock, FlattenedField, PayloadRequest, Where } from 'payload'
import { isolateObjectProperty } from 'payload'

import { isRecord } from '../values'

/**
 * Which uploads the published site uses: the ids of the media documents that a *published*
 * document (or the published operating model) refers to, through an upload or relationship field
 * anywhere in its fields (arrays, groups, tabs, blocks, every locale) or an upload node in rich
 * text. Found from the collection and global configs, so a new upload field counts without any
 * change here. This is the rule the site export applies too (scripts/lib/export.ts).
 *
 * Reads the public version only (`draft: false`, `_status: published`) of collections and globals
 * with drafts; a draft that uses an upload does not count until it is published. Runs in the
 * caller's transaction, so a hook sees the change it is part of.
 */
export async function mediaUsedByPublishedDocuments(req: PayloadRequest, mediaSlug = 'media'): Promise<Set<string>> {
  const { payload } = req
  const found = new Set<string>()
  const walker = new ReferenceWalker(mediaSlug, payload.blocks, localeCodes(req))
  const read = { depth: 0, locale: 'all' as const, draft: false, overrideAccess: true, pagination: false as const }

  // Only documents with drafts have a published state; the others (users, uploads, Payload's own
  // document locks and preferences, which point at media being edited) are not published pages.
  for (const collection of payload.config.collections) {
    const select = collection.versions?.drafts ? walker.selectFor(collection.flattenedFields) : null
    if (!select) continue
    const { docs } = await payload.find({
      collection: collection.slug as never,
      ...read,
      where: { _status: { equals: 'published' } },
      select: select as never,
      req: readingCopy(req),
    })
    for (const doc of docs) walker.collect(collection.flattenedFields, doc, found)
  }

  for (const global of payload.config.globals) {
    const select = global.versions?.drafts ? walker.selectFor(global.flattenedFields) : null
    if (!select) continue
    const doc = (await payload.findGlobal({
      slug: global.slug as never,
      ...read,
      select: { ...select, _status: true } as never,
      req: readingCopy(req),
    })) as Record<string, unknown>
    if (doc._status !== 'published') continue
    walker.collect(global.flattenedFields, doc, found)
  }
  return found
}

/**
 * The ids of the media documents an operation names: by `id`, or by the `where` of a bulk
 * update or delete.
 */
async function mediaIdsOf(
  req: PayloadRequest,
  args: { id?: unknown; where?: Where },
  mediaSlug = 'media',
): Promise<string[]> {
  if (typeof args.id === 'string' || typeof args.id === 'number') return [String(args.id)]
  if (!args.where) return []
  const { docs } = await req.payload.find({
    collection: mediaSlug as never,
    where: args.where,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: {} as never,
    req: readingCopy(req),
  })
  return docs.map((doc) => String((doc as { id: unknown }).id))
}

/**
 * payload.find() through the Local API sets locale, fallbackLocale, context and query.depth on the
 * request it is given: a copy keeps the caller's request (and its REST answer) as it was, while
 * sharing its user and transaction.
 */
function readingCopy(req: PayloadRequest): PayloadRequest {
  const copy = isolateObjectProperty(req, ['locale', 'fallbackLocale', 'query', 'context'])
  copy.query = {}
  return copy
}

/** The media an operation names (by id or bulk `where`) that a published document uses. */
export async function mediaInUseAmong(
  req: PayloadRequest,
  args: { id?: unknown; where?: Where },
  mediaSlug = 'media',
): Promise<string[]> {
  const ids = await mediaIdsOf(req, args, mediaSlug)
  if (ids.length === 0) return []
  const inUse = await mediaUsedByPublishedDocuments(req, mediaSlug)
  return ids.filter((id) => inUse.has(id))
}

/** True when a published document (or the published operating model) uses the media document. */
export async function isMediaUsedByPublishedDocuments(
  req: PayloadRequest,
  id: number | string,
  mediaSlug = 'media',
): Promise<boolean> {
  return (await mediaUsedByPublishedDocuments(req, mediaSlug)).has(String(id))
}

function localeCodes(req: PayloadRequest): Set<string> {
  const localization = req.payload.config.localization
  return new Set(localization ? localization.localeCodes : [])
}

const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]

class ReferenceWalker {
  constructor(
    private readonly mediaSlug: string,
    private readonly blocks: Record<string, FlattenedBlock>,
    private readonly locales: Set<string>,
  ) {}

  /** True when the field points at media: an upload or relationship to it (alone or among others). */
  private pointsAtMedia(field: FlattenedField): boolean {
    if (field.type !== 'upload' && field.type !== 'relationship') return false
    return asList(field.relationTo).includes(this.mediaSlug)
  }

  private blocksOf(field: FlattenedField & { type: 'blocks' }): FlattenedBlock[] {
    const references = (field.blockReferences ?? []).map((block) =>
      typeof block === 'string' ? this.blocks[block] : block,
    )
    return [...field.blocks, ...references].filter((block): block is FlattenedBlock => Boolean(block))
  }

  /** The sub-fields a field holds (array rows, group, tab, every kind of block). */
  private childrenOf(field: FlattenedField): FlattenedField[] {
    if (field.type === 'blocks') return this.blocksOf(field).flatMap((block) => block.flattenedFields)
    if (field.type === 'array' || field.type === 'group' || field.type === 'tab') return field.flattenedFields
    return []
  }

  private mayHoldReferences(field: FlattenedField): boolean {
    return (
      this.pointsAtMedia(field) ||
      field.type === 'richText' ||
      this.childrenOf(field).some((child) => this.mayHoldReferences(child))
    )
  }

  /** Payload `select` for the top-level fields that may hold a reference; null when none may. */
  selectFor(fields: FlattenedField[]): Record<string, true> | null {
    const names = fields.filter((field) => this.mayHoldReferences(field)).map((field) => field.name)
    return names.length > 0 ? Object.fromEntries(names.map((name) => [name, true])) : null
  }

  /** Adds to `found` the media ids a document (read with locale 'all', depth 0) refers to. */
  collect(fields: FlattenedField[], data: unknown, found: Set<string>, insideLocalized = false): void {
    if (!isRecord(data)) return
    for (const field of fields) {
      const value = data[field.name]
      // With locale 'all', a localized field holds one value per locale (its sub-fields do not again).
      const localized = Boolean(field.localized) && !insideLocalized
      const values =
        localized && isRecord(value) && Object.keys(value).every((key) => this.locales.has(key))
          ? Object.values(value)
          : [value]
      for (const one of values) this.collectValue(field, one, found, insideLocalized || localized)
    }
  }

  private collectValue(field: FlattenedField, value: unknown, found: Set<string>, insideLocalized: boolean): void {
    if (this.pointsAtMedia(field)) {
      const polymorphic = Array.isArray((field as { relationTo: unknown }).relationTo)
      for (const item of asList(value)) {
        const id = polymorphic ? (isRecord(item) && item.relationTo === this.mediaSlug ? item.value : undefined) : item
        const plain = isRecord(id) ? id.id : id
        if (typeof plain === 'string' || typeof plain === 'number') found.add(String(plain))
      }
      return
    }
    switch (field.type) {
      case 'richText':
        this.collectRichText(value, found)
        return
      case 'array':
        for (const row of asList(value)) this.collect(field.flattenedFields, row, found, insideLocalized)
        return
      case 'blocks': {
        const blocks = this.blocksOf(field)
        for (const row of asList(value)) {
          const block = isRecord(row) ? blocks.find((candidate) => candidate.slug === row.blockType) : undefined
          if (block) this.collect(block.flattenedFields, row, found, insideLocalized)
        }
        return
      }
      case 'group':
      case 'tab':
        this.collect(field.flattenedFields, value, found, insideLocalized)
        return
      default:
        return
    }
  }

  /** Lexical JSON: an upload (or relationship) node to media anywhere, in any nested structure. */
  private collectRichText(node: unknown, found: Set<string>): void {
    if (Array.isArray(node)) {
      for (const child of node) this.collectRichText(child, found)
      return
    }
    if (!isRecord(node)) return
    if (node.relationTo === this.mediaSlug && (node.type === 'upload' || node.type === 'relationship')) {
      const id = isRecord(node.value) ? node.value.id : node.value
      if (typeof id === 'string' || typeof id === 'number') found.add(String(id))
    }
    for (const child of Object.values(node)) if (typeof child === 'object') this.collectRichText(child, found)
  }
}
