import { z } from 'zod'

import { defaultSnapshotLocale, snapshotLocales } from './base'
import { documentSchemas } from './types.generated'

/**
 * The snapshot: the one file that crosses from the CMS to the site. The exporter validates what it
 * writes with this module and the site validates what it reads with the same module, so a change
 * of shape breaks loudly on both sides instead of silently on one. The per-type schemas are
 * generated from the Payload configs (./types.generated.ts).
 *
 * Localized values are stored per locale exactly as the CMS holds them, with no fallback applied:
 * `null` means "not translated", and the site decides how to fall back and says so to the reader.
 */
export * from './base'
export { documentSchemas } from './types.generated'

export const SNAPSHOT_VERSION = 4

const { model: modelSchema, settings: settingsSchema, ...collectionSchemas } = documentSchemas
export type CollectionKey = keyof typeof collectionSchemas
export const collectionKeys = Object.keys(collectionSchemas) as CollectionKey[]

/** An uploaded file as the site needs it; the `alt` text is per locale (null: not translated). */
export const mediaSchema = z.strictObject({
  id: z.string().min(1),
  filename: z.string().min(1),
  mimeType: z.string().min(1),
  filesize: z.number().nullable(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  url: z.string().min(1),
  sizes: z.record(
    z.string(),
    z.strictObject({ url: z.string().min(1), width: z.number().nullable(), height: z.number().nullable() }),
  ),
  alt: z.strictObject({ fi: z.string().min(1), en: z.string().min(1).nullable(), sv: z.string().min(1).nullable() }),
})
export type SnapshotMedia = z.infer<typeof mediaSchema>

export const snapshotSchema = z.strictObject({
  schemaVersion: z.literal(SNAPSHOT_VERSION),
  generatedAt: z.string().datetime({ offset: true }),
  /** `preview` holds drafts: built only for editors, never deployed. */
  source: z.enum(['local', 'rest', 'fixture', 'preview']),
  defaultLocale: z.literal(defaultSnapshotLocale),
  locales: z.array(z.enum(snapshotLocales)),
  /** The operating model; null until it is published. */
  model: modelSchema.nullable(),
  /** Who publishes the site (its names, logo, contacts, badge issuer and address); null until published. */
  settings: settingsSchema.nullable(),
  collections: z.strictObject(
    Object.fromEntries(collectionKeys.map((key) => [key, z.array(collectionSchemas[key])])) as {
      [K in CollectionKey]: z.ZodArray<(typeof collectionSchemas)[K]>
    },
  ),
  media: z.array(mediaSchema),
})
export type Snapshot = z.infer<typeof snapshotSchema>
export type SnapshotDocument<K extends CollectionKey> = Snapshot['collections'][K][number]
export type SnapshotModel = NonNullable<Snapshot['model']>
export type SnapshotSettings = NonNullable<Snapshot['settings']>

/** The snapshot's keys for the globals, as scripts/lib/shape.ts names them. */
export const globalKeys = ['model', 'settings'] as const
export type GlobalKey = (typeof globalKeys)[number]

/** The names the site uses for the model components. */
export type SnapshotComponent = SnapshotDocument<'components'>
export type ComponentContent = SnapshotComponent['content']['fi']

/** Validates a parsed snapshot; the error lists every problem with its path, e.g. collections.components.3.content.en.title. */
export function parseSnapshot(value: unknown, origin: string): Snapshot {
  const result = snapshotSchema.safeParse(value)
  if (result.success) return result.data
  const lines = result.error.issues
    .slice(0, 20)
    .map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`)
  const more = result.error.issues.length > 20 ? `\n  … and ${result.error.issues.length - 20} more` : ''
  throw new SnapshotError(`${origin} is not a valid snapshot:\n${lines.join('\n')}${more}`)
}

export class SnapshotError extends Error {
  override name = 'SnapshotError'
}
