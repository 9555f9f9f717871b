import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import { isDeepStrictEqual } from 'node:util'
import type { Payload, PayloadRequest } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { type ComponentSource, contentLocales, type Locale, readComponents } from './content'

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

/** Turns one locale's front matter and body into the values Payload stores for it. */
function localizedData(source: ComponentSource, locale: Locale, toLexical: (markdown: string) => unknown): Data | null {
  const file = source.locales[locale]
  if (!file) return null
  const { lessons, ...rest } = file.data
  return {
    ...rest,
    lessons: lessons?.map((text) => ({ text })),
    body: file.body ? toLexical(file.body) : undefined,
  }
}

/** Drops what Payload adds on its own (row ids, empty values) so stored and desired data compare equal. */
export function normalize(value: unknown): unknown {
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

function sameAsStored(stored: Data, shared: Data, perLocale: Partial<Record<Locale, Data>>): boolean {
  for (const [key, value] of Object.entries(shared)) {
    if (!isDeepStrictEqual(normalize(stored[key]), normalize(value))) return false
  }
  for (const [locale, data] of Object.entries(perLocale) as [Locale, Data][]) {
    for (const [key, value] of Object.entries(data)) {
      const storedByLocale = stored[key] as Data | undefined
      if (!isDeepStrictEqual(normalize(storedByLocale?.[locale]), normalize(value))) return false
    }
  }
  return stored._status === 'published'
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
): Promise<SeedReport> {
  const components = readComponents(contentDir)
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const toLexical = (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown })

  const report: SeedReport = { created: [], updated: [], unchanged: [], kept: [] }
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    for (const source of components) {
      await upsertComponent(payload, req, source, toLexical, report, mode)
    }
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  return report
}

async function upsertComponent(
  payload: Payload,
  req: PayloadRequest,
  source: ComponentSource,
  toLexical: (markdown: string) => unknown,
  report: SeedReport,
  mode: SeedMode,
): Promise<void> {
  const shared: Data = { slug: source.slug, ...source.shared }
  const perLocale: Partial<Record<Locale, Data>> = {}
  for (const locale of contentLocales) {
    const data = localizedData(source, locale, toLexical)
    if (data) perLocale[locale] = data
  }

  const found = await payload.find({
    collection: 'components',
    where: { slug: { equals: source.slug } },
    locale: 'all',
    draft: true,
    depth: 0,
    limit: 1,
    req,
  })
  const stored = found.docs[0] as unknown as Data | undefined
  if (stored && sameAsStored(stored, shared, perLocale)) {
    report.unchanged.push(source.slug)
    return
  }
  if (stored && mode === 'create-missing') {
    report.kept.push(source.slug)
    return
  }

  let id = stored?.id as number | string | undefined
  for (const locale of contentLocales) {
    const data = perLocale[locale]
    if (!data) continue
    const values = { ...(locale === 'fi' ? shared : {}), ...data, _status: 'published' as const }
    if (id === undefined) {
      const created = await payload.create({ collection: 'components', locale, data: values as never, req })
      id = created.id
    } else {
      await payload.update({ collection: 'components', id, locale, data: values as never, req })
    }
  }
  ;(stored ? report.updated : report.created).push(source.slug)
}
