import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import type { Component } from '../../cms/src/payload-types'
import {
  type ComponentContent,
  defaultSnapshotLocale,
  parseSnapshot,
  SNAPSHOT_VERSION,
  type Snapshot,
  type SnapshotComponent,
  type SnapshotLocale,
  snapshotLocales,
} from './snapshot-schema'

/** A document as one locale returns it, with no fallback applied. */
type ComponentDoc = Component

type DocsByLocale = Record<SnapshotLocale, ComponentDoc[]>

/** Where the export failed, said plainly; the previous snapshot and site stay as they were. */
export class ExportError extends Error {
  override name = 'ExportError'
}

function toContent(doc: ComponentDoc | undefined): ComponentContent | null {
  if (!doc?.title) return null
  const items = doc.diagram?.items ?? []
  return {
    title: doc.title,
    summary: doc.summary || null,
    plainSummary: doc.plainSummary || null,
    body: (doc.body as ComponentContent['body']) ?? null,
    steps: (doc.steps ?? []).map(({ title, text }) => ({ title, text })),
    roles: (doc.roles ?? []).map(({ role, description }) => ({ role, description })),
    resources: doc.resources || null,
    lessons: (doc.lessons ?? []).map(({ text }) => text),
    risks: (doc.risks ?? []).map(({ risk, action, outcome }) => ({ risk, action, outcome: outcome || null })),
    diagram:
      doc.diagram?.kind && items.length > 0
        ? { kind: doc.diagram.kind, items: items.map(({ label, text }) => ({ label, text })) }
        : null,
  }
}

/** Joins the per-locale reads of each document into one snapshot entry and validates the whole. */
export function assembleSnapshot(source: Snapshot['source'], docs: DocsByLocale, generatedAt = new Date()): Snapshot {
  const byId = (locale: SnapshotLocale) => new Map(docs[locale].map((doc) => [String(doc.id), doc]))
  const maps = Object.fromEntries(snapshotLocales.map((locale) => [locale, byId(locale)])) as Record<
    SnapshotLocale,
    Map<string, ComponentDoc>
  >
  const components: SnapshotComponent[] = []
  for (const doc of docs[defaultSnapshotLocale]) {
    const id = String(doc.id)
    const fi = toContent(doc)
    if (!fi) continue // no Finnish title: the document is incomplete and not shown
    components.push({
      id,
      slug: doc.slug,
      order: doc.order ?? null,
      project: doc.project ?? null,
      audience: doc.audience ?? [],
      sources: (doc.sources ?? []).map(({ report, section }) => ({ report, section })),
      updatedAt: doc.updatedAt,
      content: { fi, en: toContent(maps.en.get(id)), sv: toContent(maps.sv.get(id)) },
    })
  }
  components.sort((a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.slug.localeCompare(b.slug))
  return parseSnapshot(
    {
      schemaVersion: SNAPSHOT_VERSION,
      generatedAt: generatedAt.toISOString(),
      source,
      defaultLocale: defaultSnapshotLocale,
      locales: [...snapshotLocales],
      components,
    },
    'The exported content',
  )
}

/**
 * Reads published documents through the Local API exactly as an anonymous visitor would:
 * access control on (overrideAccess: false, no user), no drafts, no locale fallback, explicit depth.
 */
export async function readPublishedLocal(payload: Payload): Promise<DocsByLocale> {
  const docs = {} as DocsByLocale
  for (const locale of snapshotLocales) {
    const result = await payload.find({
      collection: 'components',
      locale,
      fallbackLocale: false,
      overrideAccess: false,
      draft: false,
      depth: 0,
      pagination: false,
      where: { _status: { equals: 'published' } },
    })
    docs[locale] = result.docs
  }
  return docs
}

interface RestPage<T> {
  docs: T[]
  hasNextPage: boolean
  page: number
}

/** Reads published documents over REST, page by page (the REST default limit is 10). */
export async function readPublishedRest(baseUrl: string, apiKey?: string, fetchImpl: typeof fetch = fetch): Promise<DocsByLocale> {
  const docs = {} as DocsByLocale
  const headers: Record<string, string> = { accept: 'application/json' }
  if (apiKey) headers.authorization = `users API-Key ${apiKey}`
  for (const locale of snapshotLocales) {
    docs[locale] = []
    for (let page = 1; ; page++) {
      const url = new URL('/api/components', baseUrl)
      url.search = new URLSearchParams({
        locale,
        'fallback-locale': 'none',
        depth: '0',
        draft: 'false',
        limit: '100',
        page: String(page),
        'where[_status][equals]': 'published',
      }).toString()
      let response: Response
      try {
        response = await fetchImpl(url, { headers, signal: AbortSignal.timeout(30_000) })
      } catch (error) {
        throw new ExportError(`The CMS at ${baseUrl} could not be reached (${error instanceof Error ? error.message : String(error)}).`)
      }
      if (!response.ok) throw new ExportError(`The CMS answered ${response.status} ${response.statusText} for ${url.pathname}?${url.search}.`)
      let body: RestPage<ComponentDoc>
      try {
        body = (await response.json()) as RestPage<ComponentDoc>
      } catch {
        throw new ExportError(`The CMS at ${baseUrl} did not return JSON for ${url.pathname}.`)
      }
      if (!Array.isArray(body?.docs)) throw new ExportError(`The CMS at ${baseUrl} returned an unexpected answer for ${url.pathname}: no "docs" list.`)
      docs[locale].push(...body.docs)
      if (!body.hasNextPage) break
    }
  }
  return docs
}

/** Writes the snapshot atomically: a reader sees the old file or the new one, never half of one. */
export function writeSnapshot(snapshot: Snapshot, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temporary, `${JSON.stringify(snapshot, null, 2)}\n`)
  fs.renameSync(temporary, file)
}
