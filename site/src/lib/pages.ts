import { getCollection } from 'astro:content'

import type { SnapshotComponent } from '../../../scripts/lib/snapshot-schema'
import { langs, type Lang } from '../i18n/locales'
import { type Section } from './routes'

export type Alternates = Record<Lang, { path: string; translated: boolean }>

/** Alternates for a page that exists in every language (home, lists, search). */
export function everyLanguage(pathFor: (lang: Lang) => string): Alternates {
  return Object.fromEntries(langs.map((lang) => [lang, { path: pathFor(lang), translated: true }])) as Alternates
}

export async function getComponents(): Promise<SnapshotComponent[]> {
  const entries = await getCollection('components')
  return entries.map((entry) => entry.data as SnapshotComponent).sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9) || a.slug.localeCompare(b.slug))
}

/** Sections that have a list or single page at /<lang>/<section>/. */
export const listSections: Section[] = ['components', 'search']
