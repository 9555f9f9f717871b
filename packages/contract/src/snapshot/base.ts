import { z } from 'zod'

import { defaultLocale, locales } from '../locales'
import { SLUG_PATTERN } from '../slug'

/**
 * The building blocks of the snapshot schema. The per-type schemas are generated from the Payload
 * configs into ./types.generated.ts (npm run generate:types); this module holds what they
 * share. It imports nothing from the CMS, so the site can validate the snapshot without Payload.
 */
export const snapshotLocales = locales
export type SnapshotLocale = (typeof snapshotLocales)[number]
export const defaultSnapshotLocale: SnapshotLocale = defaultLocale

export interface LexicalNode {
  type: string
  children?: LexicalNode[]
  text?: string
  [key: string]: unknown
}

const lexicalNode: z.ZodType<LexicalNode> = z.lazy(() =>
  z.looseObject({
    type: z.string().min(1),
    children: z.array(lexicalNode).optional(),
    text: z.string().optional(),
  }),
)

export const richTextSchema = z.object({
  root: z.looseObject({ type: z.literal('root'), children: z.array(lexicalNode) }),
})
export type RichText = z.infer<typeof richTextSchema>

export const slugSchema = z.string().regex(SLUG_PATTERN)
export const dateSchema = z.string().datetime({ offset: true })
/** An uploaded file, referenced by its id in the snapshot's media list. */
export const mediaRefSchema = z.string().min(1)

/**
 * One document: the language-independent fields at the top, and per locale the values exactly as
 * the CMS holds them, without fallback: `null` for a locale the document is not translated into.
 */
export function documentSchema<S extends z.ZodRawShape, C extends z.ZodRawShape>(shared: S, content: C) {
  const perLocale = z.strictObject(content)
  return z.strictObject({
    id: z.string().min(1),
    slug: slugSchema,
    updatedAt: dateSchema,
    ...shared,
    content: z.strictObject({ fi: perLocale, en: perLocale.nullable(), sv: perLocale.nullable() }),
  })
}

/** A single document (the operating model): the same, without id and slug. */
export function singletonSchema<S extends z.ZodRawShape, C extends z.ZodRawShape>(shared: S, content: C) {
  const perLocale = z.strictObject(content)
  return z.strictObject({
    updatedAt: dateSchema,
    ...shared,
    content: z.strictObject({ fi: perLocale, en: perLocale.nullable(), sv: perLocale.nullable() }),
  })
}
