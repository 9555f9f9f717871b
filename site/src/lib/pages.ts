import { getCollection } from 'astro:content'

import type { CollectionKey, SnapshotDocument, SnapshotModel } from '@toolkit/contract/snapshot'
import { langs, type Lang } from '../i18n/locales'
import { readSnapshot } from './snapshot-loader'

export type Alternates = Record<Lang, { path: string; translated: boolean }>

/** Alternates for a page that exists in every language (home, lists, search). */
export function everyLanguage(pathFor: (lang: Lang) => string): Alternates {
  return Object.fromEntries(langs.map((lang) => [lang, { path: pathFor(lang), translated: true }])) as Alternates
}

/** Alternates for one document's page: a language without a translation still has the page, marked. */
export function documentAlternates(
  doc: { content: Record<Lang, unknown> },
  pathFor: (lang: Lang) => string,
): Alternates {
  return Object.fromEntries(
    langs.map((lang) => [lang, { path: pathFor(lang), translated: doc.content[lang] !== null }]),
  ) as Alternates
}

const byOrder = (a: { order?: number | null; slug: string }, b: { order?: number | null; slug: string }) =>
  (a.order ?? 1e9) - (b.order ?? 1e9) || a.slug.localeCompare(b.slug)

/** The published documents of a collection, in the order readers expect for that type. */
export async function getDocuments<K extends CollectionKey>(key: K): Promise<SnapshotDocument<K>[]> {
  const entries = await getCollection(key)
  const docs = entries.map((entry) => entry.data as SnapshotDocument<K>)
  if (key === 'posts')
    return docs.sort((a, b) => String((b as { date: string }).date).localeCompare(String((a as { date: string }).date)))
  if (key === 'events')
    return docs.sort((a, b) =>
      String((b as { start: string }).start).localeCompare(String((a as { start: string }).start)),
    )
  return docs.sort(byOrder as (a: SnapshotDocument<K>, b: SnapshotDocument<K>) => number)
}

/** The operating model as a whole, or null until it is published. */
export function getModel(): SnapshotModel | null {
  return readSnapshot().model
}
